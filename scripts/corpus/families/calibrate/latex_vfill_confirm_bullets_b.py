"""A plain typeset page (a Markdown-to-LaTeX confirmation run through a
landscape A4 layout): a huge bold heading centred in the vertical space, one
ragged-right paragraph "This is to confirm that NAME attended ... held
DATES in CITY, comprising:" with a short bulleted list, and along the foot
a bold-labelled date of issue and signer on the left with a signature
image on the right. No border, no logo."""

SOURCE = "dadrasarmin/luciferchenka:003_confirm_generator/output/Alice_Johnson.md"
KIND = "session"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "date-range",
    "distractor-person",
    "bullet-list",
    "plain",
    "typeset",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:76px; font: ${size}px ${face}; color:#000; line-height:1.35 }
.mid { position:absolute; left:0; right:0; top:50%; transform:translateY(-58%); text-align:center }
h1 { font: bold ${hsize}px ${face}; margin:0 0 34px }
.mp { width:80%; margin:0 auto; text-align:left }
ul { margin:10px 0 0; padding-left:34px } li { margin:3px 0 }
.foot { position:absolute; left:0; right:0; bottom:0; display:flex; align-items:flex-end }
.fl { width:55% } .fl p { margin:0 0 18px } .fl p:last-child { margin:0 }
.fr { width:45%; text-align:center }
.sig { display:inline-block; font: ${sigsize}px ${hand}; color:#15306b; transform:rotate(-4deg); padding:0 10px 6px;
  border-bottom:1.5px solid #15306b }
</style>
<div class="pg">
 <div class="mid">
  <h1>${heading}</h1>
  <div class="mp">This is to confirm that <b>${name}</b> attended ${event_html} held <b>${range}</b>
   ${city}, ${comprising}
   <ul>${items_html}</ul></div>
 </div>
 <div class="foot">
  <div class="fl"><p><b>Date of issue:</b> ${issued}</p><p><b>Signed by:</b> ${signed}</p></div>
  <div class="fr"><span class="sig">${sig}</span></div>
 </div>
</div>
"""


def _other(d):
    while True:
        who = d.person()
        if d.last not in who:
            return who


def fill(d):
    import html

    r = d.rng
    org = d.provider()
    name = d.name("plain")
    rng_text = d.date_range(d.pick([1, 2, 2]))
    speaker = _other(d)
    title = d.title("plain")
    minutes = int(d.credit * 60) + r.randrange(0, 20)
    hours = d.hours(d.pick(["cec_hours", "hours_title", "credit_hours", "cecs"]))
    slot_start = d.pick(["8:30", "9:00", "10:15", "1:30", "2:45", "3:30"])
    items = [
        f"the education session \u201c{html.escape(title)}\u201d, presented by {speaker} "
        f"({slot_start}, {d.pick(['Room', 'Hall', 'Salon'])} {d.pick(['A', 'B', 'C', '104', '2'])})",
        f"{minutes} minutes of verified attendance at that session, credited as {hours}",
    ]
    if d.chance(0.5):
        items.append(
            d.pick(
                [
                    "the exhibit hall and the general session (no continuing education credit)",
                    "the opening keynote (not eligible for credit)",
                ]
            )
        )
    if d.chance(0.35):
        items.append(f"continuing education approval no. {d.approval()}")
    signer = _other(d)
    team = d.chance(0.4)
    return {
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "size": d.pick([18, 19]),
        "hsize": d.pick([34, 38]),
        "sigsize": d.pick([36, 42]),
        "heading": d.pick(
            [
                "Certificate of Participation",
                "Certificate of Attendance",
                "Confirmation of Attendance",
            ]
        ),
        "name": name,
        "event_html": f"the <b>{html.escape(org)}</b>",
        "range": rng_text,
        "city": d.pick([f"at {d.venue()}", f"in {d.city()}"]),
        "comprising": d.pick(["comprising:", "including:"]),
        "items_html": "".join(f"<li>{i}</li>" for i in items),
        "issued": d.other_date("issue", d.pick(["ordinal_dmy", "dmy_long", "long"])),
        "signed": f"{d.org_alt or org} Team" if team else f"{signer}, {d.role()}",
        "sig": signer,
    }
