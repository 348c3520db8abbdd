"""A portrait certificate of completion for a class a school teaches at a
distributor's branch, inside an ornate frame: a thick coloured border, a thin
inner rule with diamond corner pieces and a faint rosette pattern behind the
text. At the top a round crest with the school's initials over the school's
name as a spaced-capital wordmark and a tagline (the school is named nowhere
else). A tall condensed-capital heading, a small "presented to" line, the
holder's name very large in a script face, a line on what was completed and
the course title in bold. Under it a grid of four labelled cells, each a value
over a rule with a small caption under it: the class days as a span (or a
single day for a short class), the instructor's ink signature over the
printed name, the credit hours, and the distributor that hosted the class
(its city in the caption). At the foot a line of small print on what the certificate does
not confer, the certificate number with the day it was issued, and a square
code to check it; between the grid and the small print a notched round seal
with the school's initials."""

SOURCE = (
    "0xWormh0le/ian-bland-lms:resources/views/certificate-templates/starter-template.php "
    "(condensed capital title, 'This is Presented to :', the name in a large script face, "
    "'For completing learning course :' over the bold title, an info table with the course "
    "span 'd/m/y to d/m/y' and the signature as captioned cells, a validity line and a QR "
    "code); hosted and sponsored IICRC classes from training.normi.org 'NORMI to Sponsor "
    "IICRC WRT Course' (a school's regional classes held at partner sites)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "ornate",
    "script-name",
    "labelled",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:26px; border:12px solid ${dark}; background:${light} }
.fr .in { position:absolute; inset:10px; border:1.5px solid ${accent};
  background: repeating-radial-gradient(circle at 50% 46%, transparent 0 13px, ${ros} 13px 14px) }
.cn { position:absolute; width:22px; height:22px; background:${accent}; transform:rotate(45deg);
  border:3px solid ${light}; outline:1px solid ${accent} }
.c1 { left:-12px; top:-12px } .c2 { right:-12px; top:-12px } .c3 { left:-12px; bottom:-12px }
.c4 { right:-12px; bottom:-12px }
.wrap { position:absolute; left:64px; right:64px; top:58px; bottom:60px; text-align:center;
  font-family:${sans}; color:#1d1d1d }
.crest { width:82px; height:82px; margin:0 auto; border-radius:50%; background:${dark}; color:#fff;
  border:4px double ${accent}; display:flex; align-items:center; justify-content:center;
  font: bold 25px ${display}; letter-spacing:1px }
.wm { margin-top:12px; font: bold ${wm_px}px ${display}; letter-spacing:3px; text-transform:uppercase;
  color:${dark}; line-height:1.25 }
.tg { font-size:11.5px; letter-spacing:2px; color:#555; margin-top:4px; text-transform:uppercase }
.hd { margin-top:${hd_top}px; font: bold ${hd_px}px ${cond}; letter-spacing:4px; color:#2b2b2b;
  text-transform:uppercase; line-height:1.1 }
.pt { margin-top:30px; font: 17px ${cond}; color:#5a4a40; letter-spacing:1px }
.nm { margin-top:6px; font: ${name_px}px ${script}; color:${dark}; line-height:1.25; white-space:nowrap }
.fc { margin-top:10px; font-size:15px; color:#333; line-height:21px }
.tt { margin:8px auto 0; max-width:560px; font: bold ${title_px}px ${serif}; color:#111; line-height:1.25 }
.grid { margin:${grid_top}px auto 0; width:610px; display:grid; grid-template-columns:1fr 1fr;
  column-gap:56px; row-gap:34px; text-align:center }
.cell .v { min-height:38px; border-bottom:1px solid #333; font-size:15px; display:flex;
  align-items:flex-end; justify-content:center; padding-bottom:4px; line-height:19px; white-space:nowrap }
.cell .v.sg { font: 30px ${hand}; color:#1f2f6e; line-height:34px }
.cell .l { font-size:10.5px; letter-spacing:1.6px; text-transform:uppercase; color:#555; margin-top:5px;
  line-height:14px }
.seal { margin:${seal_top}px auto 0; width:118px; height:118px; border-radius:50%;
  background: repeating-conic-gradient(${accent} 0 6deg, ${dark} 6deg 12deg); display:flex;
  align-items:center; justify-content:center }
.seal div { width:96px; height:96px; border-radius:50%; background:${light}; border:2px solid ${accent};
  display:flex; flex-direction:column; align-items:center; justify-content:center; color:${dark};
  font: bold 9px ${sans}; letter-spacing:1.5px; line-height:13px }
.seal b { font: bold 22px ${display}; letter-spacing:1px; line-height:26px }
.fine { position:absolute; left:0; right:120px; bottom:36px; text-align:left; font-size:10px;
  color:#555; line-height:14px }
.no { position:absolute; left:0; bottom:6px; font-size:11px; color:#333; text-align:left }
.qr { position:absolute; right:0; bottom:4px; width:84px; height:84px; border:5px solid #fff;
  outline:1px solid #999;
  background: repeating-conic-gradient(#222 0 25%, #fff 0 50%) 0 0/12px 12px,
    linear-gradient(#fff,#fff) }
.qr::after { content:""; position:absolute; left:0; top:0; width:22px; height:22px; border:5px solid #222;
  background:#fff }
</style>
<div class="fr"><div class="in"><i class="cn c1"></i><i class="cn c2"></i><i class="cn c3"></i><i class="cn c4"></i></div></div>
<div class="wrap">
 <div class="crest">${initials}</div>
 <div class="wm">${provider}</div>
 <div class="tg">${tagline}</div>
 <div class="hd">${heading}</div>
 <div class="pt">${presented}</div>
 <div class="nm">${name}</div>
 <div class="fc">${for_line}</div>
 <div class="tt">${title}</div>
 <div class="grid">
  <div class="cell"><div class="v">${when}</div><div class="l">${when_label}</div></div>
  <div class="cell"><div class="v sg">${instructor}</div><div class="l">${instructor}<br>${inst_role}</div></div>
  <div class="cell"><div class="v">${hours}</div><div class="l">${hours_label}</div></div>
  <div class="cell"><div class="v">${host}</div><div class="l">${host_label} &middot; ${host_city}</div></div>
 </div>
 <div class="seal"><div>${seal_top_word}<b>${initials}</b>${seal_bottom_word}</div></div>
 <div class="fine">${fine}</div>
 <div class="no">${no_label} ${cert_no} &nbsp;&middot;&nbsp; ${issued_label} ${issued}</div>
 <div class="qr"></div>
</div>
"""

HOSTS = [
    "Interstate Restoration Supply",
    "Cascade Janitorial Distributors",
    "ProClean Supply House",
    "Metro Restoration Equipment Rental",
    "Tri-County Cleaning Supply",
    "Frontier Floorcare Distributors",
]
TAGLINES = [
    "IICRC Approved School",
    "Restoration Training Since 1998",
    "Cleaning & Restoration Education",
    "Classroom & Hands-on Training",
]


def fill(d):
    org = d.org_alt or d.org
    words = [w for w in org.replace("&", " ").replace(",", " ").split() if w[:1].isupper()]
    provider = d.provider("upper")
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code", "code_first", "plain"]))
    if d.code:
        when = d.date_range(d.pick([1, 2, 2, 3]))
        when_label = d.pick(["Course dates", "Class dates", "Dates of instruction"])
    else:
        when = d.date(d.pick(["long", "short_month", "us_numeric", "ordinal", "dmy_long"]))
        when_label = d.pick(["Date completed", "Class date", "Completed on"])
    hours = d.hours(d.pick(["cec_hours", "cecs", "iicrc_cec", "hours_title", "words"]))
    instructor = d.person()
    host_city = d.city()
    heading = d.pick(["Certificate of Completion", "Certificate of Training", "Course Completion"])
    return {
        "script": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "ros": "rgba(0,0,0,.035)",
        "wm_px": 22 if len(provider) < 32 else 18,
        "hd_top": d.pick([40, 50]),
        "hd_px": 42 if len(heading) > 23 else d.pick([44, 50]),
        "name_px": 62 if len(name) < 22 else (52 if len(name) < 28 else 44),
        "title_px": 24 if len(title) < 40 else 20,
        "grid_top": d.pick([46, 56]),
        "seal_top": d.pick([40, 56]),
        "seal_top_word": d.pick(["OFFICIAL", "SCHOOL", "APPROVED"]),
        "seal_bottom_word": d.pick(["SEAL", "TRAINING", "SCHOOL"]),
        "initials": "".join(w[0] for w in words)[:3],
        "provider": provider,
        "tagline": d.pick(TAGLINES),
        "heading": heading,
        "presented": d.pick(
            ["This is presented to:", "This certificate is presented to", "Presented to"]
        ),
        "name": name,
        "for_line": d.pick(
            [
                "for completing all classroom hours of the course",
                "for completing the course of instruction",
                "for attending and completing the IICRC course",
            ]
        ),
        "title": title,
        "when": when,
        "when_label": when_label,
        "instructor": instructor,
        "inst_role": d.pick(["Approved Instructor", "Lead Instructor", "Course Instructor"]),
        "hours": hours,
        "hours_label": d.pick(["Continuing education credit", "Credit awarded", "Course hours"]),
        "host": d.pick(HOSTS),
        "host_city": host_city,
        "host_label": d.pick(["Class hosted at", "Training site", "Held at"]),
        "fine": d.pick(
            [
                "Completing this course does not by itself confer IICRC certification; the "
                "certification examination is taken separately.",
                "This certificate records attendance and completion of the class. Certification "
                "is granted only by the certifying body after a passing examination score.",
            ]
        ),
        "no_label": d.pick(["Certificate No.", "Cert. #", "No."]),
        "cert_no": d.number(),
        "issued_label": d.pick(["Issued", "Date of issue:", "Printed"]),
        "issued": d.other_date("issue", d.pick(["us_numeric", "short_month", "dmy_long"])),
    }
