"""Not a certificate: the attendance verification form a group's proctor
prints from a webinar registration e-mail and sends back to the CE
provider. A plain printed header with the program title, date, program
number and credit, instructions, then a ruled roster that each attendee
fills in by hand with a printed name, arrival and departure times and a
signature, and at the bottom the proctor's attestation with a handwritten
name, signature and date. It records who was present; it is not a
certificate and awards nothing by itself."""

SOURCE = (
    "https://support.surgentcpe.com/hc/en-us/articles/14822207297421-I-am-the-proctor-for-my-"
    "group-What-are-my-responsibilities and https://www.nasbaregistry.org/what-sponsors-need-to-"
    "know/what-are-some-best-practices-for-the-use-of-sign-in-sheets-for-a-group-live-program"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "table",
    "handwriting",
    "labelled",
    "roster",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; left:54px; right:54px; top:44px; font: 12px ${face}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${dark}; padding-bottom:6px }
.hd .org { font: bold 19px ${face}; color:${dark} }
.hd .f { font-size:10px; color:#555; text-align:right }
h1 { font: bold 17px ${face}; margin:12px 0 6px; text-transform:uppercase; letter-spacing:0.5px }
.meta { display:grid; grid-template-columns: 120px 1fr 110px 1fr; gap:3px 8px; font-size:12px }
.meta b { font-weight:bold; color:#333 }
.ins { margin:10px 0 6px; font-size:10.5px; line-height:14px; background:#f3f3f3; border-left:3px solid ${dark}; padding:6px 9px }
table { width:100%; border-collapse:collapse }
th { font-size:10px; text-transform:uppercase; letter-spacing:0.4px; border:1px solid #333; padding:4px 5px; background:#e9e9e9; text-align:left }
td { border:1px solid #333; height:${rowh}; padding:0 6px; font: ${hsize} ${hand}; color:${ink}; white-space:nowrap; overflow:hidden }
td.n { font: 11px ${face}; color:#555; width:24px; text-align:center }
.at { margin-top:12px; font-size:11px; line-height:15px }
.sg { display:grid; grid-template-columns: 1.3fr 1.3fr 0.8fr; gap:16px; margin-top:12px }
.sg div { border-bottom:1px solid #333; height:30px; font: 22px ${hand}; color:${ink}; line-height:34px; white-space:nowrap; overflow:hidden }
.sg span { display:block; font: 9.5px ${face}; color:#444; margin-top:2px }
.rt { margin-top:12px; font-size:10px; color:#444 }
</style>
<div class="w">
 <div class="hd"><div class="org">${org}</div><div class="f">${form}<br>${phone}</div></div>
 <h1>${heading}</h1>
 <div class="meta">
  <b>Program:</b><span>${program}</span><b>Program #:</b><span>${prog_no}</span>
  <b>Webinar date:</b><span>${date}</span><b>Scheduled:</b><span>${times}</span>
  <b>Credit available:</b><span>${credit}</span><b>Group ID:</b><span>${group}</span>
 </div>
 <div class="ins">${ins}</div>
 <table>
  <tr><th></th><th style="width:36%">Attendee name (print)</th><th>Arrival</th><th>Departure</th><th style="width:30%">Signature</th></tr>
  ${rows_html}
 </table>
 <div class="at">${attest}</div>
 <div class="sg">
  <div>${proctor}<span>Proctor name (print)</span></div>
  <div>${proctor_sig}<span>Proctor signature</span></div>
  <div>${signed}<span>Date</span></div>
 </div>
 <div class="rt">${return_to}</div>
</div>
"""


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d}"


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    start = r.choice([9 * 60, 10 * 60, 12 * 60, 13 * 60 + 30])
    length = int(d.pick([1, 2, 2, 3, 4, 8]) * 60)
    people = [d.person() for _ in range(r.randrange(5, 10))]
    if d.chance(0.7):
        people.insert(r.randrange(0, len(people)), d.plain_name)
    total = d.pick([16, 17, 18])
    rows = []
    for i in range(total):
        if i < len(people):
            who = people[i]
            arr = start - r.randrange(0, 12)
            dep = start + length + r.randrange(-3, 4) if not d.chance(0.1) else start + length - 40
            sig = who.split()[0][0] + ". " + who.split()[-1]
            cells = [html.escape(who), _clock(arr), _clock(dep), html.escape(sig)]
        else:
            cells = ["", "", "", ""]
        rows.append(
            f'<tr><td class="n">{i + 1}</td>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
        )
    proctor = d.person()
    hours = length // 60
    day = d.completed - timedelta(days=r.randrange(20, 90))
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "hand": d.fonts["hand"],
        "hsize": d.pick(["20px", "21px", "19px"]),
        "rowh": d.pick(["33px", "34px", "32px"]),
        "ink": d.pick(["#1d2f6b", "#111", "#1a3d8f"]),
        "org": d.org,
        "form": d.pick(["Group Attendance Verification", "Form GV-1", "Proctor Form"]),
        "phone": d.phone(),
        "heading": d.pick(
            [
                "Attendance Verification Form",
                "Group Webinar Attendance Verification",
                "Group Viewing Sign-In Sheet",
            ]
        ),
        "program": d.course,
        "prog_no": d.number("P-"),
        "date": fmt_date(day, d.pick(["long", "us_numeric", "weekday"])),
        "times": f"{_clock(start)} – {_clock(start + length)} {d.pick(['ET', 'CT', 'PT', 'MT'])}",
        "credit": d.pick([f"{hours} CE hours", f"up to {hours} credits", f"{hours} hrs"]),
        "group": f"{r.randrange(1000, 9999)}",
        "ins": d.pick(
            [
                "Every attendee seeking credit must print their name, indicate their arrival and "
                "departure times, and sign. The proctor must be present for the whole program, sign "
                "the attestation below and return this form. No credit is issued to any member of the "
                "group until this form is received.",
                "Record the time you arrive and the time you leave, including any departure for an "
                "extended break. Credit is calculated from the times entered. Incomplete rows are not "
                "credited.",
            ]
        ),
        "rows_html": "".join(rows),
        "attest": d.pick(
            [
                "I attest that I was present for the entire program and that the persons listed "
                "above attended for the times shown.",
                "Proctor attestation: I monitored attendance for the full program and verify the "
                "arrival and departure times recorded above.",
            ]
        ),
        "proctor": proctor,
        "proctor_sig": proctor,
        "signed": fmt_date(day, d.pick(["us_short", "us_numeric"])),
        "return_to": d.pick(
            [
                "Return the completed form through a support ticket within 10 business days.",
                f"E-mail or fax the completed form to the registrar, {d.phone()}.",
            ]
        ),
    }
