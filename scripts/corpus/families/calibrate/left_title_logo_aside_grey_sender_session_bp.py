"""A confirmation of attendance for one education session of a trade show,
printed from the show's registration system on plain portrait paper with
wide margins: a large coloured document title at the top left; below it the
show's name with its days and venue on the left and its logo (initials over
the year) on the right; the show office's address in grey; one justified
paragraph with no labels naming the attendee (and company) in italics, the
session, its speaker, the day it was held and the credit inside the show's
span of days; a place-and-date line giving the day it was printed; two
signatures (rule, bold name, italic position) side by side; and a grey
"printed by" line at the foot."""

SOURCE = (
    "indico/indico:indico/modules/receipts/default_templates/attendance/template.html "
    "and theme.css (document title, event title with date interval and venue beside "
    "the logo, organiser address, free-text certificate paragraph with placeholders, "
    "place and date line, up to three signatures, printed-by footer)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "letter",
    "sentence",
    "distractor-person",
    "other-dates",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; left:96px; right:96px; top:104px; bottom:90px; font-family:${sans}; color:#14213d;
  font-size:15px; line-height:24px }
h1 { margin:0; font: bold 34px ${sans}; color:${title_color}; line-height:42px }
.ev { display:flex; align-items:center; margin:28px 0 44px }
.ev .t { flex:2 }
.ev h2 { margin:0 0 4px; font: bold 21px ${sans}; line-height:27px }
.lg { width:118px; height:118px; margin-left:22px; border:4px solid ${accent}; border-radius:14px;
  display:flex; flex-direction:column; align-items:center; justify-content:center; color:${accent} }
.lg b { font: bold 38px ${cond}; letter-spacing:2px; line-height:40px }
.lg span { font: bold 15px ${sans}; letter-spacing:4px; border-top:2px solid ${accent}; margin-top:4px; padding-top:2px }
.from { white-space:pre-line; color:#998899; margin-bottom:52px }
p.tx { text-align:justify; margin:0 0 40px }
p.tx em { font-style:italic }
.pl { margin-bottom:60px }
.sgs { display:flex; justify-content:space-evenly; align-items:flex-end }
.sg { flex-basis:100%; text-align:center; min-width:8em }
.sg div { min-height:28px }
.sg .hw { font: 26px ${hand}; color:#1d2c6b; white-space:nowrap }
.sg .hw.bl { font: 15px ${sans}; color:#14213d }
.sg .n { font-weight:bold }
.sg .p { font-style:italic }
.pb { position:absolute; left:0; right:0; bottom:34px; text-align:center; font: 12px ${sans}; color:#aa99aa }
</style>
<div class="w">
 <h1>${doc_title}</h1>
 <div class="ev">
  <div class="t"><h2>${event}</h2>${span} - ${venue}</div>
  <div class="lg"><b>${initials}</b><span>${year}</span></div>
 </div>
 <div class="from">${sender}</div>
 <p class="tx">${para_html}</p>
 <div class="pl">${place_line}</div>
 <div class="sgs">
  <div class="sg"><div class="hw${bl1}">${sig1_mark}</div><div class="n">${sig1}</div><div class="p">${role1}</div></div>
  <div class="sg"><div class="hw${bl2}">${sig2_mark}</div><div class="n">${sig2}</div><div class="p">${role2}</div></div>
 </div>
</div>
<div class="pb">${printed_by}</div>
"""

COMPANIES = [
    "Rapid Response Restoration",
    "Bayside Dry-Out Services",
    "TriCounty Fire & Water",
    "Hometown Carpet Care",
    "Northstar Mitigation LLC",
    "Pinnacle Property Recovery",
    "Clear Creek Cleaning Co.",
    "Allied Disaster Services",
]
ROLES = [
    "Education Committee Chair",
    "Show Director",
    "Conference Manager",
    "Director of Education Programs",
    "Registration Manager",
]


def fill(d):
    from datetime import timedelta
    from html import escape

    from corpus.formats import fmt_range

    r = d.rng
    event = d.provider()
    base = d.org_alt or event
    before = d.pick([0, 1, 1, 2])
    after = d.pick([0, 1, 2]) if before else d.pick([1, 2])
    span = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    venue = d.venue()
    street, city = d.address()
    speaker = d.person()
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    who = f"<em>{escape(name)}</em>"
    if d.chance(0.6):
        who += f" (<em>{escape(d.pick(COMPANIES))}</em>)"
    title = f"<em>{escape(d.title('plain'))}</em>"
    day = escape(d.date(d.pick(["long", "weekday", "ordinal", "dmy_long", "short_month"])))
    hours = escape(d.hours(d.pick(["cec_hours", "cecs", "ceu_and_cec", "hours_title"])))
    ev, sp, vn = (f"<em>{escape(x)}</em>" for x in (event, span, venue))
    room = d.pick(["Room W204", "Ballroom B", "Room 310", "Hall C, Stage 2", "Room S-118"])
    para = d.pick(
        [
            f"This is to certify that {who} attended the education session {title}, presented by "
            f"{escape(speaker)}, on {day} as part of {ev}, held {sp} at {vn}. The session is "
            f"approved by the IICRC for {hours}.",
            f"We hereby confirm that {who} was present for the full length of the session "
            f"{title} ({escape(room)}) given by {escape(speaker)} at {ev} on {day}, and has been "
            f"credited with {hours}. The show took place {sp} at {vn}.",
            f"{ev}, held {sp} at {vn}, confirms that {who} took part in {title}, led by "
            f"{escape(speaker)} on {day}. Attendance was verified by badge scan at the door; "
            f"credit awarded: {hours}.",
        ]
    )
    sig1, sig2 = d.person(), d.person()
    role1, role2 = r.sample(ROLES, 2)
    signed = (d.chance(0.5), d.chance(0.5))
    printed = d.other_date("print", d.pick(["long", "weekday", "dmy_long"]))
    return {
        "title_color": d.pick(["#18597d", "#1e6091", "#5b2333", "#0b3d2e"]),
        "doc_title": d.pick(
            ["Certificate of Attendance", "Confirmation of Attendance", "Attendance Confirmation"]
        ),
        "event": event,
        "span": span,
        "venue": venue,
        "initials": "".join(w[0] for w in base.replace("&", " ").split() if w[0].isupper())[:4],
        "year": str(d.completed.year),
        "sender": f"{base} Show Management\n{street}\n{city}\n{d.phone()}",
        "para_html": para,
        "place_line": f"{d.city()}, {printed}",
        "sig1_mark": sig1 if signed[0] else "_____________",
        "bl1": "" if signed[0] else " bl",
        "sig1": sig1,
        "role1": role1,
        "sig2_mark": sig2 if signed[1] else "_____________",
        "bl2": "" if signed[1] else " bl",
        "sig2": sig2,
        "role2": role2,
        "printed_by": d.pick(
            [
                "Printed by the show registration system",
                "Printed from the attendee portal",
                "Generated by the event registration service",
            ]
        ),
    }
