"""Not a certificate: a half-sheet registration confirmation mailed or
handed out before a manufacturer's class. A dark band with "You're
registered" and the class dates as a range, then labelled rows for the
registrant, class, location, check-in time and instructor, the credit the
class "will carry", a what-to-bring list and a bold line saying it is not
proof of attendance."""

SOURCE = (
    "symbiote-library/silverstripe-eventmanagement:templates/Email/"
    "EventRegistrationConfirmationEmail.ss (registered for the event at the time shown; must "
    "confirm attendance; ignore if sent in error)"
)
KIND = "other"
PAPER = ["half-letter"]
CATEGORIES = (
    "other",
    "dark-band",
    "date-range",
    "labelled",
    "landscape",
    "distractor-person",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:92px; background:${dark}; color:#fff; padding:16px 28px; font-family:${sans} }
.band .k { font: bold 11px ${sans}; letter-spacing:2px; color:${light}; opacity:.9 }
.band h1 { font: bold 28px ${sans}; margin:3px 0 0; line-height:32px }
.band .dr { position:absolute; right:28px; top:22px; text-align:right; font: bold 17px ${sans}; line-height:22px }
.band .dr small { display:block; font: 11px ${sans}; font-weight:normal; opacity:.85 }
.m { position:absolute; left:28px; top:110px; width:470px; font: 13px ${sans}; color:#222 }
.row { display:flex; padding:4px 0; border-bottom:1px dotted #bbb; line-height:17px } .row .l { width:112px; color:#666; flex:none }
.side { position:absolute; right:26px; top:110px; width:240px; background:${light}; border-left:4px solid ${accent}; padding:10px 12px; font: 12px ${sans}; line-height:17px }
.side b { display:block; margin-bottom:3px } .side ul { margin:0; padding-left:16px }
.pol { position:absolute; left:28px; right:26px; bottom:62px; font: 11.5px ${serif}; color:#444; line-height:16px }
.np { position:absolute; left:28px; right:26px; bottom:36px; font: bold 12px ${sans}; color:${accent} }
.ft { position:absolute; left:28px; right:26px; bottom:14px; font: 10px ${sans}; color:#666; display:flex; justify-content:space-between }
</style>
<div class="band"><div class="k">${kicker}</div><h1>${headline}</h1>
 <div class="dr">${dates}<small>${check_in}</small></div></div>
<div class="m">
 <div class="row"><span class="l">Registrant</span><span>${name}</span></div>
 <div class="row"><span class="l">Class</span><span>${title}</span></div>
 <div class="row"><span class="l">Hosted by</span><span>${provider}</span></div>
 <div class="row"><span class="l">Location</span><span>${place}</span></div>
 <div class="row"><span class="l">Instructor</span><span>${instr}</span></div>
 <div class="row"><span class="l">Credit</span><span>${credit}</span></div>
 <div class="row"><span class="l">Confirmation</span><span>${conf}</span></div>
</div>
<div class="side"><b>${bring_head}</b><ul>${bring_html}</ul></div>
<div class="pol">${policy}</div>
<div class="np">${not_proof}</div>
<div class="ft"><span>Questions? ${phone}</span><span>${web}</span></div>
"""


def fill(d):
    from corpus.formats import fmt_number

    street, town = d.address()
    items = [
        "Photo ID for exam check-in",
        "Calculator (no phones)",
        "Steel-toe boots for hands-on lab",
        "Pen and highlighter",
        "Your IICRC certification number",
        "Laptop or tablet for the online exam",
    ]
    return {
        "kicker": d.pick(["REGISTRATION CONFIRMED", "SEAT CONFIRMATION", "CLASS CONFIRMATION"]),
        "headline": d.pick(["You're registered!", "Your seat is reserved", "See you in class"]),
        "dates": d.date_range(d.pick([1, 2, 2])),
        "check_in": d.pick(["Check-in 7:30 AM · Class 8:00–5:00", "Doors 7:45 AM each day"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "provider": d.provider(),
        "place": f"{street}, {town}",
        "instr": d.person(),
        "credit": d.pick(
            [
                f"Approved for {fmt_number(d.credit, d.rng)} CEC hours on successful completion",
                f"{fmt_number(d.credit, d.rng)} IICRC CECs will be issued after the class",
            ]
        ),
        "conf": d.number("R-"),
        "bring_head": d.pick(["Please bring", "What to bring"]),
        "bring_html": "".join(f"<li>{i}</li>" for i in d.rng.sample(items, 4)),
        "not_proof": d.pick(
            [
                "This confirmation is not a certificate and is not proof of attendance.",
                "Not a certificate. Credit is awarded only after full attendance and exam.",
            ]
        ),
        "policy": d.pick(
            [
                "Cancellations received 10 or more days before the class are refunded less a $50 "
                "processing fee. Seats may be transferred to a co-worker at no charge. Parking is "
                "free in the north lot; lunch is provided each day.",
                "If you cannot attend, call us before the first day so your seat can go to the "
                "waiting list. No-shows are billed in full. Hotel rooms are held under the class "
                "name until three weeks before the start date.",
            ]
        ),
        "phone": d.phone(),
        "web": d.web(),
    }
