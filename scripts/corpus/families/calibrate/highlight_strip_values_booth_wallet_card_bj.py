"""A wallet card printed on a card printer at the certification body's booth,
the values laid over a pre-printed card background as strips of light text
on a coloured highlight, the way an ID-card text template sets its merge
fields: a small caps caption at the top beside a round credit mark, then
the holder's name, the show's name and year and, in a two-cell row, the
booth registration and the day, each on its own highlight strip. Under them
a monospaced line with the registrant number and the credit, and a tiny
footer naming the staff member who issued the card and the date the
holder's certification comes up for renewal. The background carries a
broad diagonal sweep in the dark colour at the right."""

SOURCE = (
    "theblackhand123/rosariosis:modules/Student_ID_Card/img/student-id-card-background2.md "
    "(card text template: name and school title as h3 spans with white text on a blue "
    "background, a two-cell table with the ID and a date in the same spans, the ID again in a "
    "pre block over a printed card background); booth credit after R&R magazine's 'IICRC "
    "Continuing Education' (sign in at the IICRC booth at a trade show or convention)"
)
KIND = "booth"
PAPER = "card"
CATEGORIES = ("wallet", "landscape", "distractor-person", "distractor-date", "mono")

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${ground}; overflow:hidden }
.sw { position:absolute; right:-100px; top:-30px; width:170px; height:290px; background:${dark}; transform:rotate(${tilt}deg); opacity:0.92 }
.sw2 { position:absolute; right:-82px; top:-30px; width:12px; height:290px; background:${accent}; transform:rotate(${tilt}deg); margin-right:150px }
.top { position:absolute; left:12px; top:10px; right:90px; font: bold 7.5px ${sans}; letter-spacing:1.4px; text-transform:uppercase; color:${dark} }
.mk { position:absolute; right:12px; top:8px; width:40px; height:40px; border-radius:50%; border:2px solid #fff; color:#fff;
  display:flex; flex-direction:column; align-items:center; justify-content:center; font: bold 12px ${sans}; line-height:11px }
.mk small { font-size:6.5px; letter-spacing:0.8px; font-weight:normal }
.f { position:absolute; left:12px; top:${f_top}px; right:30px; font-family:${sans} }
.f h3 { margin:0 0 ${gap}px; font: bold ${h_size}px ${sans}; line-height:1.25 }
.f h3 span, .row span { color:#fff; background:${strip}; padding:1px 4px; -webkit-box-decoration-break:clone; box-decoration-break:clone }
.f h3.nm { font-size:${nm_size}px }
.row { display:flex; gap:8px; font: bold 9.5px ${sans}; margin-bottom:${gap}px }
.row div { white-space:nowrap }
pre { margin:2px 0 0; font: bold 9.5px ${mono}; color:#111 }
.ft { position:absolute; left:12px; right:110px; bottom:8px; font: 7px ${sans}; color:#555; line-height:10px }
.ft div { white-space:nowrap }
</style>
<div class="bg"><div class="sw"></div><div class="sw2"></div></div>
<div class="top">${caption}</div>
<div class="mk">${mark}<small>${mark_small}</small></div>
<div class="f">
 <h3 class="nm"><span>${name}</span></h3>
 <h3><span>${event}</span></h3>
 <div class="row"><div><span>${title}</span></div><div><span>${date}</span></div></div>
 <pre>${reg_label} ${reg_no}   ${hours}</pre>
</div>
<div class="ft"><div>${issued_label} ${staff}</div><div>${renew_label} ${renew}</div></div>
"""


def fill(d):
    name = d.name(d.pick(["plain", "upper", "last_first"]))
    event = d.provider(d.pick([None, "upper"]))
    title = d.title("plain")
    date = d.date(d.pick(["us_numeric", "short_month", "us_short", "dd_mon_yyyy", "iso"]))
    styles = ["cecs", "iicrc_cec", "cecs_colon"] if d.credit != 1 else ["iicrc_cec", "cecs_colon"]
    hours = d.hours(d.pick(styles))
    long_name = len(name) > 24
    return {
        "ground": d.pick(["#f4f7fb", "#fbfaf5", "#f3f6f2", "#ffffff"]),
        "strip": d.pick([d.colors["dark"], d.colors["accent"], "#3e65b0"]),
        "tilt": d.pick([10, 13, 16]),
        "f_top": 40,
        "gap": 7,
        "h_size": 10 if len(event) > 30 else 11,
        "nm_size": 12 if long_name else 14,
        "caption": d.pick(
            [
                "IICRC continuing education \u00b7 booth card",
                "Continuing education credit",
                "IICRC booth \u00b7 CEC record",
            ]
        ),
        "mark": f"{d.credit:g}",
        "mark_small": d.pick(["CEC", "CECs"]) if d.credit != 1 else "CEC",
        "name": name,
        "event": event,
        "title": title,
        "date": date,
        "reg_label": d.pick(["REG#", "ID", "IICRC#"]),
        "reg_no": f"{d.rng.randrange(10000, 999999)}",
        "hours": hours,
        "issued_label": d.pick(["Issued by", "Printed by", "Booth staff:"]),
        "staff": d.person(),
        "renew_label": d.pick(["Renewal due", "Certification renews", "Next renewal"]),
        "renew": d.other_date("expiry", d.pick(["us_numeric", "short_month"])),
    }
