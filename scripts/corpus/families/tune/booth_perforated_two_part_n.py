"""A two-part booth verification card with a dashed perforation: the upper
part is the technician's receipt (show wordmark with the show's dates,
letter-spaced heading, registrant and certification number written in,
credit, the booth staffer's initials and name), the lower stub is the copy
the booth keeps, repeating the registrant with a stub number and a scan
time."""

SOURCE = (
    "https://support.surgentcpe.com/hc/en-us/articles/14822207297421 (signed attendance "
    "verification kept by the proctor) and the retained-copy stub of carbonless sign-in cards"
)
KIND = "booth"
PAPER = ["slip", "half-letter"]
CATEGORIES = (
    "slip",
    "labelled",
    "landscape",
    "date-range",
    "distractor-person",
    "provider-in-logo",
    "letter-spaced",
    "handwriting",
)

TEMPLATE = """<style>
.top { position:absolute; left:0; right:0; top:0; height:70%; padding:18px 26px 0; font: 15px ${sans} }
.wm { display:flex; align-items:center; gap:10px }
.wm .b { background:${accent}; color:#fff; font: bold 14px ${cond}; padding:6px 8px; border-radius:3px }
.wm .n { font: bold 19px ${display}; color:${dark} }
.hr { display:flex; justify-content:space-between; align-items:baseline } .hr .dt { font-size:11px; font-weight:bold }
h2 { font: bold 14px ${sans}; letter-spacing:5px; margin:12px 0 14px; color:${dark} }
.rw { display:flex; gap:10px; margin-bottom:20px; align-items:flex-end }
.rw small { font-size:10px; color:#555; white-space:nowrap } .rw .v { flex:1; border-bottom:1px solid #666; font: 24px ${hand}; color:#1a2a6c; padding-left:4px; min-height:28px }
.rw .p { flex:1; border-bottom:1px solid #666; font-weight:bold; padding-left:4px }
.perf { position:absolute; left:0; right:0; top:70%; border-top:2px dashed #777 }
.perf span { position:absolute; left:16px; top:-8px; background:#fff; font-size:9px; padding:0 4px }
.stub { position:absolute; left:22px; right:22px; bottom:8px; top:calc(70% + 8px); font: 10px ${sans}; display:flex; justify-content:space-between; align-items:center; color:#333 }
</style>
<div class="top">
 <div class="wm"><div class="b">${mark}</div><div class="n">${event}</div></div>
 <div class="hr"><h2>${heading}</h2><div class="dt">${range}</div></div>
 <div class="rw"><small>${name_label}</small><div class="v">${name}</div><small>Cert. #</small><div class="v" style="flex:0.6">${cert}</div></div>
 <div class="rw"><small>Activity</small><div class="p">${title}</div><small>Credit</small><div class="p" style="flex:0.5">${hours}</div></div>
 <div class="rw"><small>Booth staff</small><div class="v" style="flex:0.8">${staff}</div><small>${staff_label}</small><div class="p" style="flex:0.7">${booth}</div></div>
</div>
<div class="perf"><span>&#9986; ${tear}</span></div>
<div class="stub"><div>${stub_label} <b>${stub}</b><br>${name_plain}</div><div>${venue}<br>Scanned ${scan}</div><div>Keep the top part for your records</div></div>
"""


def fill(d):
    r = d.rng
    words = (d.org_alt or d.org).split()
    return {
        "mark": "".join(w[0] for w in words if w[0].isalpha())[:4].upper(),
        "event": d.provider(),
        "range": d.date_range(d.pick([1, 2, 2])),
        "venue": d.venue(),
        "heading": d.pick(["BOOTH VERIFICATION", "CEC SIGN-IN RECEIPT", "ATTENDEE COPY"]),
        "name_label": d.pick(["Registrant", "Technician", "Name"]),
        "name": d.name("plain"),
        "cert": f"{r.randrange(100000, 999999)}",
        "title": d.title(),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])),
        "staff": d.person(),
        "staff_label": "Booth",
        "booth": f"#{r.randrange(100, 2999)}",
        "tear": d.pick(["detach here", "booth copy below", "tear along the line"]),
        "stub_label": d.pick(["Stub", "No.", "Control #"]),
        "stub": d.number(),
        "name_plain": d.plain_name,
        "scan": f"{r.randrange(8, 17)}:{r.randrange(0, 60):02d}",
    }
