"""The registrant's copy of a carbonless (three-part) sign-in form filled in
by hand at the IICRC booth of a trade show, on tinted paper: the show's
mark, name, dates and venue at the top left, the form's heading and a red
serial number at the right; ruled fields written in by hand (name,
certification number, company, email, date of visit); a row of boxes for
the categories the registrant holds, some crossed; an opt-in box; the
registrant's signature; a printed credit box; the booth attendant's name
and initials; and the copy distribution line along the foot."""

SOURCE = (
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (attendees sign in "
    "at the IICRC booth at a trade show or convention; forms are faxed or e-mailed to the IICRC "
    "office to update records)"
)
KIND = "booth"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "labelled",
    "landscape",
    "date-range",
    "provider-in-logo",
    "distractor-person",
    "handwriting",
    "checkboxes",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; background:${tint}; font: 11px ${sans}; color:#222; padding:14px 20px }
.hd { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:2px solid #333; padding-bottom:7px }
.lg { display:flex; gap:9px; align-items:center }
.mk { width:40px; height:40px; border:3px solid ${dark}; border-radius:50%; font: bold 13px ${display}; color:${dark};
  display:flex; align-items:center; justify-content:center; flex:none }
.ev { font: bold 14px ${display}; color:${dark}; line-height:17px } .evs { font-size:9.5px; color:#444; line-height:12px }
.tt { text-align:right } .tt .h { font: bold 15px ${cond}; letter-spacing:1px } .tt .f { font-size:8.5px; color:#555 }
.sn { font: bold 14px ${mono}; color:#b3121d }
.row { display:flex; gap:14px; margin-top:7px }
.fl { flex:1; display:flex; align-items:flex-end; gap:6px; border-bottom:1px solid #555; height:31px }
.fl .l { font-size:8.5px; text-transform:uppercase; color:#444; white-space:nowrap; padding-bottom:3px }
.fl .v { font: 17px ${hand}; color:${ink}; white-space:nowrap; line-height:22px }
.cats { margin-top:14px; font-size:8.5px; text-transform:uppercase; color:#444 }
.cats span { display:inline-block; margin-right:8px; font-size:10px; color:#222; text-transform:none }
.cats b { display:inline-block; width:12px; height:12px; border:1px solid #333; vertical-align:-2px; margin-right:2px;
  font: 15px ${hand}; color:${ink}; line-height:10px; text-align:center; background:#fff }
.opt { margin-top:12px; font-size:9.5px; color:#333 } .opt b { display:inline-block; width:11px; height:11px; border:1px solid #333;
  vertical-align:-2px; margin-right:4px; font: 14px ${hand}; color:${ink}; line-height:9px; text-align:center; background:#fff }
.sig { margin-top:14px; display:flex; align-items:flex-end; gap:8px; width:62%; border-bottom:1px solid #555; height:30px }
.sig .l { font-size:8.5px; text-transform:uppercase; color:#444; padding-bottom:3px; white-space:nowrap }
.sig .v { font: 21px ${hand}; color:${ink}; line-height:24px; white-space:nowrap }
.cr { position:absolute; right:20px; bottom:44px; border:2px solid #333; padding:5px 10px; text-align:center; background:#fff; width:140px }
.cr .l { font-size:8px; text-transform:uppercase; letter-spacing:1px } .cr .v { font: bold 15px ${sans} }
.att { position:absolute; left:20px; bottom:46px; font-size:9.5px; display:flex; gap:10px; align-items:flex-end }
.att .i { font: 18px ${hand}; color:${ink}; border-bottom:1px solid #555; width:54px; text-align:center; line-height:20px }
.cp { position:absolute; left:20px; right:20px; bottom:12px; border-top:1px solid #777; padding-top:4px; font-size:8px;
  color:#444; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd">
  <div class="lg"><div class="mk">${mark}</div><div><div class="ev">${event}</div><div class="evs">${show_dates}<br>${venue}</div></div></div>
  <div class="tt"><div class="h">${heading}</div><div class="f">${form_line}</div><div class="sn">No. ${serial}</div></div>
 </div>
 <div class="row"><div class="fl" style="flex:1.6"><span class="l">${name_label}</span><span class="v">${name}</span></div>
  <div class="fl"><span class="l">IICRC Cert. No.</span><span class="v">${cert_no}</span></div></div>
 <div class="row"><div class="fl"><span class="l">Company</span><span class="v">${company}</span></div>
  <div class="fl"><span class="l">City / State</span><span class="v">${city}</span></div></div>
 <div class="row"><div class="fl" style="flex:1.6"><span class="l">Email</span><span class="v">${email}</span></div>
  <div class="fl"><span class="l">${date_label}</span><span class="v">${date}</span></div></div>
 <div class="cats">${cats_label}: ${cats_html}</div>
 <div class="opt"><b>${opt_mark}</b>${opt_text}</div>
 <div class="sig"><span class="l">Registrant signature</span><span class="v">${scrawl}</span></div>
 <div class="att">${att_label}: ${attendant}<span class="i">${initials}</span></div>
 <div class="cr"><div class="l">${credit_label}</div><div class="v">${hours}</div></div>
 <div class="cp"><span>${copies}</span><span>${post_note}</span></div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration",
    "Apex Water & Fire",
    "Hometown Carpet Care",
    "Prime Mitigation",
    "Allied Property Rest.",
    "Summit Disaster Svcs",
]
CATS = ["WRT", "ASD", "AMRT", "FSRT", "OCT", "CCT", "UFT", "HST", "RRT", "CDS"]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    event = d.provider()
    short = d.org_alt or event
    mark = "".join(w[0] for w in short.split() if w[0].isupper())[:3]
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    held = set(d.rng.sample(CATS, d.rng.randrange(1, 4)))
    cats = "".join(
        f"<span><b>{'X' if c in held else ''}</b>{c}</span>" for c in CATS[: d.pick([8, 10])]
    )
    attendant = d.person()
    from unicodedata import normalize

    def ascii_part(text):
        return "".join(
            ch for ch in normalize("NFKD", text.lower()) if ch.isascii() and ch.isalpha()
        )

    first = ascii_part(d.first.split()[0])
    last = ascii_part(d.last)[:8]
    heading_style = d.pick(["plain", "upper"])
    return {
        "tint": d.pick(["#fbf3c4", "#fde0e6", "#fffbe8", "#f4f4f4"]),
        "ink": d.pick(["#1b2f6b", "#222", "#123c8c"]),
        "mark": mark,
        "event": event,
        "show_dates": show,
        "venue": d.venue(),
        "heading": d.title(heading_style),
        "form_line": d.pick(
            ["CEC sign-in · print clearly, press firmly", "Continuing Education Credit sign-in"]
        ),
        "serial": f"{d.rng.randrange(1000, 99999):06d}",
        "name_label": d.pick(["Name (print)", "Registrant", "Full name"]),
        "name": d.name("plain"),
        "cert_no": str(d.rng.randrange(10000, 999999)),
        "company": d.pick(COMPANIES),
        "city": d.city(),
        "email": f"{first}.{last}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}",
        "date_label": d.pick(["Date", "Date of visit"]),
        "date": d.date(d.pick(["us_short", "us_numeric", "us_dash"])),
        "cats_label": d.pick(["Certifications held", "Categories"]),
        "cats_html": cats,
        "att_label": d.pick(["Booth attendant", "Received by", "IICRC staff"]),
        "attendant": attendant,
        "initials": "".join(p[0] for p in attendant.split() if p[0].isupper())[:3],
        "credit_label": d.pick(["CEC credit", "Credit awarded", "CECs"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title"])),
        "copies": "WHITE – IICRC records · YELLOW – Registrant · PINK – Event",
        "opt_mark": d.pick(["X", ""]),
        "opt_text": d.pick(
            [
                "Send me news of IICRC classes and standards by email",
                "I am a first-time visitor to the IICRC booth",
            ]
        ),
        "scrawl": f"{d.first.split()[0][0]}. {d.last}" if d.chance(0.6) else d.last,
        "post_note": d.pick(
            ["Allow 30 days for credit to post", "Keep this copy for your records"]
        ),
    }
