"""A school's fax cover sheet that carries the verification itself in its
message box, portrait: the school's name and address in a small block at
the top left, a very large "fax" word at the right, a two-column grid of
labelled lines (to, from, fax numbers, phones, date sent, pages, re:), a
row of tick boxes (urgent, for review, please comment, please reply), then
a bordered message area typed in a typewriter face with a short running
note: the records office confirms that the student completed the course on
a day, with the hours, the instructor's name, and the certificate number
to quote; the sender's initials close it. A confidentiality notice in small
print runs along the foot."""

SOURCE = (
    "paddy-sherry/faxzen:resources/views/fax/cover-page.blade.php (fax cover page: title, "
    "label / value info grid, message box, footer notice)"
)
KIND = "course"
PAPER = ["letter-portrait"]
CATEGORIES = (
    "labelled",
    "sentence",
    "portrait",
    "mono",
    "checkboxes",
    "tiny-footer",
    "hours-in-sentence",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.w { position:absolute; inset:54px 64px 40px; font: 13px ${sans}; color:#181818 }
.hd { display:flex; justify-content:${fx_align} }
.o { margin-top:14px; font-size:11px; line-height:15px; color:#333 } .o b { display:block; font: bold 15px ${sans}; color:#111; margin-bottom:2px }
.hd .fx { font: ${fx_weight} ${fx_px}px ${fx_face}; letter-spacing:${fx_ls}px; line-height:.9; color:${fx_color} }
.g { display:grid; grid-template-columns:1fr 1fr; column-gap:30px; margin-top:26px; border-top:3px solid #111 }
.g div { display:flex; border-bottom:1px solid #999; padding:9px 0 5px }
.g i { font-style:normal; font-weight:bold; width:70px; font-size:11.5px; text-transform:${lab_case} }
.g span { flex:1; font: 14px ${typed} }
.g .wide { grid-column:1 / span 2 }
.ck { display:flex; gap:22px; margin-top:16px; font-size:12.5px } .ck span { white-space:nowrap }
.ms { margin-top:22px; border:1.5px solid #333; min-height:320px; padding:16px 20px }
.ms small { display:block; font: bold 11px ${sans}; letter-spacing:1.5px; text-transform:uppercase; margin-bottom:12px }
.ms p { font: 14.5px ${typed}; line-height:22px; margin:0 0 12px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; line-height:11px; color:#555; border-top:1px solid #aaa; padding-top:4px }
</style>
<div class="w">
 <div class="hd"><div class="fx">${fax_word}</div></div>
 <div class="o"><b>${school}</b>${street} · ${town}<br>Tel ${phone} · Fax ${fax}</div>
 <div class="g">
  <div><i>To:</i><span>${to}</span></div><div><i>From:</i><span>${sender}</span></div>
  <div><i>Fax:</i><span>${to_fax}</span></div><div><i>Pages:</i><span>${pages}</span></div>
  <div><i>Phone:</i><span>${to_phone}</span></div><div><i>Date:</i><span>${sent}</span></div>
  <div class="wide"><i>Re:</i><span>${re}</span></div>
 </div>
 <div class="ck">${checks_html}</div>
 <div class="ms"><small>${msg_head}</small>
  <p>${p1}</p>
  <p>${p2}</p>
  <p>${p3}</p>
  <p>${initials}</p>
 </div>
 <div class="ft">${notice}</div>
</div>
"""

RECIPIENTS = [
    "Safety Dept., Rivermark Restoration",
    "HR – Clean Slate Services",
    "Claims Vendor Desk",
    "Office Manager, Dry Pro LLC",
]


def fill(d):
    street, town = d.address()
    r = d.rng
    school = d.provider()
    sender = d.person()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "with_code", "upper"]))
    date = d.date(d.pick(["us_numeric", "long", "short_month", "us_short"]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "hrs", "hours_title"]))
    instructor = d.person()
    cert = d.number(d.pick(["", "#", "No. "]))
    boxes = ["Urgent", "For review", "Please comment", "Please reply"]
    ticked = d.pick(boxes)
    mark = d.pick([("☒", "☐"), ("[X]", "[ ]"), ("■", "□")])
    checks_html = "".join(f"<span>{mark[0] if b == ticked else mark[1]} {b}</span>" for b in boxes)
    p1 = d.pick(
        [
            f"Per your request, our records show that {name} completed {title} on {date}, "
            f"for {hours}.",
            f"This confirms {name} finished our {title} class on {date}. Credit: {hours}.",
        ]
    )
    p2 = d.pick(
        [
            f"Instructor was {instructor}. Certificate {cert} was issued to the student at the "
            "end of class.",
            f"The class was taught by {instructor}; certificate no. {cert}. A copy of the "
            "sign-in sheet follows.",
        ]
    )
    p3 = d.pick(
        [
            "Call me if you need the original. Thanks.",
            "Please call with any questions.",
            "Hope this helps.",
        ]
    )
    first, last = sender.split(" ")[0], sender.split(" ")[-1]
    return {
        "fx_face": d.fonts[d.pick(["display", "sans", "serif"])],
        "fx_weight": d.pick(["bold", "900", "normal"]),
        "fx_px": d.pick([64, 72, 80]),
        "fx_align": d.pick(["flex-start", "flex-end"]),
        "fx_ls": d.pick([2, 6, 10]),
        "fx_color": d.pick(["#111", d.colors["dark"]]),
        "lab_case": d.pick(["none", "uppercase"]),
        "typed": d.fonts["mono"],
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "fax": d.phone(),
        "fax_word": d.pick(["FAX", "Fax", "facsimile"]),
        "to": d.pick(RECIPIENTS),
        "sender": f"{sender}, {d.pick(['Registrar', 'Records', 'Office Manager'])}",
        "to_fax": d.phone(),
        "pages": d.pick(["1", "2 (incl. cover)", "3"]),
        "to_phone": d.phone(),
        "sent": d.other_date("print", d.pick(["us_numeric", "us_short"])),
        "re": d.pick(
            ["Training verification", "Proof of class completion", "Verification request"]
        ),
        "checks_html": checks_html,
        "msg_head": d.pick(["Message", "Comments", "Notes"]),
        "p1": p1,
        "p2": p2,
        "p3": p3,
        "initials": f"– {first[0]}{last[0]}" if d.chance(0.5) else f"– {first}",
        "notice": d.pick(
            [
                "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain "
                "information that is confidential and intended only for the recipient named "
                "above. If you received this fax in error, please notify the sender by "
                "telephone and destroy the documents.",
                "This fax may contain student record information protected by our privacy "
                "policy. If you are not the intended recipient, please call us at once "
                f"and destroy all copies. Ref. {r.randrange(1000, 9999)}",
            ]
        ),
    }
