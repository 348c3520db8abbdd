"""A portrait certificate from a school's online learning portal for
restoration companies, where a technician's own supervisor signs off each
course before the certificate is issued. A dark band across the top holds,
in light type, the school's emblem and name with the portal's name under
it, and below them the heading "Certificate of Course Completion" in wide
capitals; a thin accent stripe runs under the band. In the white body,
centred: "This certificate is awarded to", the holder's name large in a
script face over a hairline, a line saying every lesson and the final
assessment were completed, and the course title in bold. Then a grid of
boxed, labelled fields in two columns: the hours credited, the completion
date, the date the certificate was issued, the technician's company and
branch, "Certified by" with the supervisor's name and role, and the
certificate ID (some pages also give the enrolment date). A small note
says lessons were approved by the certifying supervisor and the
certificate cannot be changed once issued. Along the foot, two ink
signatures over rules: the certifying supervisor at left and the school's
director of education at right, each with a printed name and role, and a
line with the web address to verify the ID."""

from html import escape

SOURCE = (
    "Virtual Lab School's certificate as its help page describes it "
    "(https://www.virtuallabschool.org/support/articles/certificates: 'Certificates include the "
    "date of issue, course name, service, clock hour count and the name of the supervisor or "
    "trainer that certified the course ... a unique ID code'; a Program Manager certifies "
    "approval of each lesson); mdjnelson/moodle-mod_customcert:element/date/lang/en/"
    "customcertelement_date.php (completion date and issued date as separate date items, each "
    "placed as its own labelled element, with the teacher's name and a code element); "
    "restoration franchises' training portals where a production manager signs off online CE"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "labelled",
    "script-name",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.bd { position:absolute; left:0; right:0; top:0; height:${band_h}px; background:${band}; color:#fff; font-family:${sans} }
.st { position:absolute; left:0; right:0; top:${band_h}px; height:6px; background:${accent} }
.lg { position:absolute; left:56px; right:56px; top:30px; display:flex; align-items:center; gap:14px }
.em { width:50px; height:50px; flex:none; border-radius:50%; border:2px solid rgba(255,255,255,.85); display:flex;
  align-items:center; justify-content:center; font: bold 15px ${sans}; letter-spacing:.5px; background:rgba(255,255,255,.1) }
.lg b { display:block; font: bold ${org_px}px ${ofont}; line-height:1.15 }
.lg span { display:block; font-size:11px; letter-spacing:2.2px; text-transform:uppercase; opacity:.75; margin-top:4px }
.hd { position:absolute; left:40px; right:40px; bottom:22px; text-align:center; font: ${hd_weight} ${hd_px}px ${display};
  letter-spacing:${hd_ls}px; text-transform:uppercase; color:${hd_fg} }
.w { position:absolute; left:64px; right:64px; top:${body_top}px; text-align:center; color:#1b1b1b; font-family:${serif} }
.aw { font-size:16px; font-style:italic; color:#444 }
.nm { font: ${name_px}px ${name_font}; letter-spacing:${name_ls}px; color:${name_fg}; line-height:1.2; margin-top:6px }
.hr { width:62%; margin:2px auto 0; border-top:1px solid #8a8a8a }
.ld { font-size:15px; margin-top:22px; color:#333; line-height:20px }
.tt { font: bold ${title_px}px ${tfont}; margin:10px auto 0; max-width:600px; line-height:1.25; color:${title_fg} }
.gr { display:grid; grid-template-columns:1fr 1fr; gap:${row_gap}px 16px; margin-top:${grid_gap}px; text-align:left; font-family:${sans} }
.f { border:1px solid ${box_edge}; background:${box_bg}; padding:9px 12px 10px; min-height:60px }
.f small { display:block; font-size:9.5px; letter-spacing:1.5px; text-transform:uppercase; color:${label_fg}; margin-bottom:3px }
.f div { font-size:15px; color:#141414; line-height:19px }
.f.wd { grid-column:1 / 3 }
.nt { font: 11px ${sans}; color:#555; margin-top:18px; line-height:15px; text-align:left }
.ft { position:absolute; left:64px; right:64px; bottom:${foot}px; display:flex; justify-content:space-between; font-family:${sans} }
.sg { width:270px; font-size:12.5px; color:#222 }
.sg .h { font: ${sig_px}px ${hand}; color:${ink}; height:42px; line-height:46px; border-bottom:1px solid #333; padding-left:12px;
  white-space:nowrap; overflow:hidden }
.sg .p { margin-top:4px; font-weight:bold } .sg .r { font-size:11px; color:#555 }
.vf { position:absolute; left:64px; right:64px; bottom:26px; font: 9.5px ${sans}; color:#666; text-align:center;
  border-top:1px solid #ddd; padding-top:5px }
</style>
<div class="bd">
 <div class="lg"><div class="em">${initials}</div><div><b>${org}</b><span>${portal}</span></div></div>
 <div class="hd">${heading}</div>
</div>
<div class="st"></div>
<div class="w">
 <div class="aw">${awarded}</div>
 <div class="nm">${name}</div>
 <div class="hr"></div>
 <div class="ld">${lead}</div>
 <div class="tt">${title}</div>
 <div class="gr">${grid_html}</div>
 <div class="nt">${note}</div>
</div>
<div class="ft">
 <div class="sg"><div class="h">${sup_scrawl}</div><div class="p">${supervisor}</div><div class="r">${sup_sign_role}</div></div>
 <div class="sg"><div class="h">${dir_scrawl}</div><div class="p">${director}</div><div class="r">${dir_role}</div></div>
</div>
<div class="vf">${verify}</div>
"""

COMPANIES = [
    ("Summit Water & Fire Recovery", "Branch 12 \u00b7 Boise, ID"),
    ("Tri-County Disaster Restoration, Inc.", "Mitigation Division"),
    ("Crown Point Carpet & Restoration", "Main Office"),
    ("BlueLine Property Restoration", "Branch 4 \u00b7 Tulsa, OK"),
    ("Evergreen Mitigation Group LLC", "Water Department"),
    ("Keystone Cleaning & Restoration", "Commercial Services"),
]
SUP_ROLES = [
    "Production Manager",
    "Training & Development Coordinator",
    "Operations Manager",
    "Field Supervisor",
    "Branch Manager",
]
SCRIPTS = [
    "'Z003', cursive",
    "'Dancing Script', cursive",
    "'TypoScript', 'Z003', cursive",
    "'Kristi', 'Dancing Script', cursive",
    "'Lobster Two', cursive",
]


def scrawl(d, who):
    parts = who.replace(".", "").split()
    return d.pick([f"{parts[0]} {parts[-1]}", f"{parts[0][0]}. {parts[-1]}"])


def field(label, value, wide=False):
    cls = "f wd" if wide else "f"
    return f'<div class="{cls}"><small>{escape(label)}</small><div>{value}</div></div>'


def fill(d):
    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    if d.chance(0.5):
        hours_label = d.pick(["Clock hours", "IICRC CECs", "CEC hours", "Hours credited"])
        hours = d.hours_number()
    else:
        hours_label = d.pick(["Credit", "Continuing education credit", "Hours"])
        hours = d.hours(d.pick(["cec_hours", "cecs", "hours_title", "ceu_and_cec"]))
    date_label = d.pick(["Completion date", "Date completed", "Course completed"])
    date = d.date(d.pick(["long", "us_numeric", "short_month", "iso", "dmy_long", "dd_mon_yyyy"]))
    issued = d.other_date("issue", d.pick(["long", "us_numeric", "short_month"]))
    supervisor = d.person()
    sup_role = d.pick(SUP_ROLES)
    director = d.person()
    company, branch = d.pick(COMPANIES)
    code = d.pick(
        [
            f"{d.rng.randrange(100000, 999999):06d}-{''.join(d.pick('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}",
            d.number("VC-"),
            "".join(d.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)),
        ]
    )
    cells = [
        field(hours_label, escape(hours)),
        field(date_label, escape(date)),
        field("Date issued", escape(issued)),
        field(
            d.pick(["Company / branch", "Employer", "Service"]), f"{escape(company)}<br>{branch}"
        ),
        field("Certified by", f"{escape(supervisor)}<br>{escape(sup_role)}"),
        field("Certificate ID", escape(code)),
    ]
    if d.chance(0.35):
        enrolled = d.other_date("registered", d.pick(["us_numeric", "short_month"]))
        cells.insert(3, field("Enrolled", escape(enrolled)))
        cells.append(field("Delivery", d.pick(["Self-paced online", "Online with proctored exam"])))
    words = (d.org_alt or d.org).replace("&", " ").replace(",", " ").split()
    initials = "".join(w[0] for w in words if w[0].isupper() and w not in ("Inc.", "LLC"))[:3]
    heading = d.pick(
        [
            "Certificate of Course Completion",
            "Certificate of Completion",
            "Course Completion Certificate",
        ]
    )
    band_h = d.pick([168, 180, 192])
    script_name = name != name.upper()
    return {
        "band": d.colors["dark"],
        "band_h": band_h,
        "body_top": band_h + d.pick([48, 56, 64]),
        "initials": initials or "RS",
        "org": org,
        "org_px": 21 if len(org) <= 30 else 18,
        "ofont": d.fonts[d.pick(["sans", "serif", "display"])],
        "portal": d.pick(
            ["Online Learning Center", "Technician Training Portal", "eLearning Campus"]
        ),
        "heading": heading,
        "hd_weight": d.pick(["normal", "bold"]),
        "hd_px": d.pick([24, 26, 28]),
        "hd_ls": d.pick([3, 4, 5]),
        "hd_fg": d.pick(["#ffffff", "#f3e3b3", "#e8eef6"]),
        "awarded": d.pick(
            [
                "This certificate is awarded to",
                "This certifies that",
                "This certificate is presented to",
            ]
        ),
        "name": name,
        "name_px": (d.pick([58, 64]) if len(name) <= 22 else 48) if script_name else 38,
        "name_font": d.pick(SCRIPTS) if script_name else d.fonts["display"],
        "name_ls": 0 if script_name else 2,
        "name_fg": d.pick(["#1b1b1b", d.colors["dark"]]),
        "lead": d.pick(
            [
                "has completed every lesson and the final assessment of the online course",
                "has completed all lessons and passed the final assessment of",
                "has completed the required lessons, with supervisor approval, of the course",
            ]
        ),
        "title": title,
        "title_px": 25 if len(title) <= 40 else 20,
        "tfont": d.fonts[d.pick(["sans", "serif"])],
        "title_fg": d.pick(["#111", d.colors["dark"]]),
        "grid_gap": d.pick([30, 36, 42]),
        "row_gap": d.pick([12, 16]),
        "grid_html": "".join(cells),
        "box_edge": d.pick(["#c9c9c9", "#b9c4d0", "#d3cbb8"]),
        "box_bg": d.pick(["#ffffff", "#fafafa", d.colors["light"]]),
        "label_fg": d.pick(["#6b6b6b", d.colors["accent"]]),
        "note": d.pick(
            [
                "Each lesson of this course was approved by the certifying supervisor named above. "
                "This certificate cannot be modified or rescinded after it is issued.",
                "Issued when all lessons were approved by the technician's certifying supervisor. "
                "Keep this certificate with your continuing education records.",
            ]
        ),
        "foot": d.pick([70, 80, 90]),
        "sig_px": d.pick([26, 30]),
        "ink": d.pick(["#1d2f6f", "#222", "#203a72"]),
        "sup_scrawl": scrawl(d, supervisor),
        "supervisor": supervisor,
        "sup_sign_role": d.pick(["Certifying supervisor", f"{sup_role}, {company}"]),
        "dir_scrawl": scrawl(d, director),
        "director": director,
        "dir_role": d.pick(["Director of Education", "Director of Training", "Registrar"]),
        "verify": d.pick(
            [
                f"Verify this certificate at {d.web()}/verify with the certificate ID.",
                f"To confirm this record, enter the certificate ID at {d.web()}/certificates.",
            ]
        ),
    }
