"""A landscape statement of accomplishment on a dark ground, as online and
classroom schools print them: inside a white margin, either the whole panel
is dark with light type or a dark band across the top holds the header and
the rest is white. The header row has the school's round emblem (a white
drop on a coloured disc), its wordmark and a tagline on the left and a row
of dots with "Completed" or a certificate number on the right, with a thin
coloured bar above. Under a small spaced-caps heading, a running sentence with no labels
opens with the school as its subject ("... is pleased to certify that",
"... hereby acknowledges that", "... verifies that"), the holder's name very
large in a script face, "has successfully completed", the course title in
an outlined box with a line on how it was taught and where, then the
completion date (sometimes in words) and the credit hours in one sentence.
Along the foot, three labelled cells: the instructor's ink signature over
the printed name, the issue date, and the certificate number, and a line
of small print with a web address to check it at."""

SOURCE = (
    "realcme/newmigration:certifications/blades/certificate-nace-amapracat1.tpl.php (the "
    "provider named as the subject of 'certifies that' under its logo and address, then name, "
    "title, date and credit); DataCamp's statement of accomplishment ('DataCamp is pleased to "
    "certify that ... has successfully completed the DataCamp course', dark ground, course in an "
    "outlined box, issue date along the foot); restoration schools' completion letters "
    "('... hereby acknowledges that', '... verifies that the student named completed')"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "sentence",
    "script-name",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.pn { position:absolute; inset:26px; background:${panel_bg}; color:${fg}; font-family:${sans}; overflow:hidden;
  border:1px solid ${edge}; display:flex; flex-direction:column }
.bar { height:7px; background:${accent} }
.bd { background:${band_bg}; color:#fff; padding:26px 50px ${band_pad}px }
.hr { display:flex; justify-content:space-between; align-items:center }
.lg { display:flex; align-items:center; gap:12px }
.mk { width:46px; height:46px; flex:none; border-radius:50%; background:${accent}; border:2px solid rgba(255,255,255,.8);
  display:flex; align-items:center; justify-content:center }
.mk i { width:17px; height:17px; background:#fff; border-radius:0 50% 50% 50%; transform:rotate(45deg); margin-top:5px }
.lg b { display:block; font: bold 17px ${sans}; line-height:19px; white-space:nowrap }
.lg span { display:block; font-size:10.5px; opacity:.7; white-space:nowrap; margin-top:3px; letter-spacing:.4px }
.dots { text-align:right; font-size:10px; letter-spacing:2.5px; text-transform:uppercase; opacity:.55 }
.dots i { display:inline-block; width:7px; height:7px; border-radius:50%; background:${accent}; margin-left:5px;
  opacity:1 }
.kk { margin-top:${kk_top}px; font-size:12px; letter-spacing:4px; text-transform:uppercase; color:#eadfb8;
  font-weight:bold }
.by { flex:1; display:flex; flex-direction:column; justify-content:center; padding:${by_pad}px 50px 150px }
.ld { font-size:17px; color:${dim}; line-height:23px }
.nm { font: ${name_px}px ${script}; color:${name_fg}; line-height:1.2; margin:${nm_gap}px 0 8px }
.md { font-size:16px; color:${dim}; margin-bottom:16px }
.bx { border:1.5px solid ${box_edge}; background:${box_bg}; padding:12px 20px; max-width:${box_w}px }
.bx b { display:block; font: bold ${title_px}px ${sans}; color:${fg}; line-height:1.2 }
.bx span { display:block; font-size:12px; color:${dim}; margin-top:5px }
.af { font-size:16px; color:${dim}; margin-top:20px; line-height:23px; max-width:840px }
.ft { position:absolute; left:50px; right:50px; bottom:46px; display:flex; gap:46px; align-items:flex-end;
  border-top:1px solid ${rule}; padding-top:14px }
.ft div { font-size:13px; color:${fg} }
.ft small { display:block; font-size:9.5px; text-transform:uppercase; letter-spacing:1.6px; color:${dim}; margin-bottom:4px }
.ft .sg { min-width:230px } .ft .h { font: 27px ${handf}; color:${ink}; line-height:30px; margin-bottom:2px }
.tp { position:absolute; left:50px; right:50px; bottom:18px; font-size:9.5px; color:${dim} }
</style>
<div class="pn">
 <div class="bar"></div>
 <div class="bd">
  <div class="hr">
   <div class="lg"><div class="mk"><i></i></div><div><b>${wordmark}</b><span>${tagline}</span></div></div>
   <div class="dots">${right_html}</div>
  </div>
  <div class="kk">${kicker}</div>
 </div>
 <div class="by">
  <div class="ld">${lead}</div>
  <div class="nm">${name}</div>
  <div class="md">${middle}</div>
  <div class="bx"><b>${title}</b><span>${delivery}</span></div>
  <div class="af">${after}</div>
 </div>
 <div class="ft">
  <div class="sg"><div class="h">${instructor}</div><small>${inst_label}</small>${instructor}</div>
  <div><small>${issued_label}</small>${issued}</div>
  <div><small>${no_label}</small>${cert_no}</div>
 </div>
 <div class="tp">${tiny}</div>
</div>
"""

TAGLINES = [
    "Restoration & Cleaning Training",
    "IICRC Approved School",
    "Technical Training for Restorers",
    "Hands-on Restoration Education",
]
SCRIPTS = [
    "'Dancing Script', cursive",
    "'Kaushan Script', cursive",
    "'Lobster Two', cursive",
    "'Kristi', 'Dancing Script', cursive",
]
VERBS = [
    "is pleased to certify that",
    "hereby acknowledges that",
    "verifies that",
    "is pleased to confirm that",
    "certifies that",
]


def fill(d):
    ground = d.chance(0.5)
    dark = d.colors["dark"]
    org = d.org_alt or d.org
    provider = d.provider()
    lead = f"{provider} {d.pick(VERBS)}"
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    date = d.date(d.pick(["long", "words", "ordinal", "dmy_long", "weekday", "long"]))
    hours = d.hours(d.pick(["cec_hours", "words_cec", "ceu_and_cec", "words", "cecs"]))
    after = d.pick(
        [
            f"The course was completed on {date}, and the holder is credited with {hours}.",
            f"All classroom and hands-on requirements were met on {date}; {hours} awarded.",
            f"Completed on {date}. This course is approved for {hours}.",
        ]
    )
    instructor = d.person()
    light_text = {
        "fg": "#ffffff",
        "dim": "rgba(255,255,255,.72)",
        "name_fg": "#ffffff",
        "box_edge": "rgba(255,255,255,.35)",
        "box_bg": "rgba(255,255,255,.06)",
        "rule": "rgba(255,255,255,.2)",
        "ink": "#d9e4ff",
        "panel_bg": dark,
        "edge": dark,
    }
    dark_text = {
        "fg": "#151515",
        "dim": "#4a4a4a",
        "name_fg": dark,
        "box_edge": d.colors["accent"],
        "box_bg": d.colors["light"],
        "rule": "#cfcfcf",
        "ink": "#1d2c6b",
        "panel_bg": "#ffffff",
        "edge": "#bdbdbd",
    }
    right = (
        "<i></i><i></i><i></i><i></i><i></i><br>" + d.pick(["Completed", "Course complete"])
        if d.chance(0.6)
        else f"Certificate {d.number('No. ')}"
    )
    return (light_text if ground else dark_text) | {
        "script": d.pick(SCRIPTS),
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "band_bg": dark,
        "band_pad": 8 if ground else 22,
        "by_pad": d.pick([0, 10, 20]),
        "nm_gap": d.pick([10, 16]),
        "kk_top": d.pick([26, 32]),
        "name_px": d.pick([50, 56]) if len(name) < 26 else 44,
        "title_px": 24 if len(title) < 42 else 20,
        "box_w": d.pick([760, 860]),
        "wordmark": org,
        "tagline": d.pick(TAGLINES),
        "right_html": right,
        "kicker": d.pick(
            ["Statement of Accomplishment", "Certificate of Completion", "Record of Completion"]
        ),
        "lead": lead,
        "name": name,
        "middle": d.pick(
            [
                "has successfully completed the course",
                "has successfully completed the following course of study",
                "attended and completed, with a passing grade on the final examination,",
            ]
        ),
        "title": title,
        "delivery": d.pick(
            [
                f"Classroom and hands-on training \u00b7 {d.city()}",
                f"Instructor-led course \u00b7 {d.city()}",
                "Live online classroom with proctored examination",
            ]
        ),
        "after": after,
        "instructor": instructor,
        "inst_label": d.pick(["Instructor", "Lead instructor", "Approved instructor"]),
        "issued_label": d.pick(["Date issued", "Issued", "Printed"]),
        "issued": d.other_date(d.pick(["issue", "print"]), d.pick(["short_month", "us_numeric"])),
        "no_label": d.pick(["Certificate no.", "Credential ID", "Record no."]),
        "cert_no": d.number(),
        "tiny": d.pick(
            [
                f"Check this certificate at {d.web()}/verify using the certificate number.",
                f"Verify online: {d.web()}/credentials \u00b7 Keep this statement with your CEC records.",
            ]
        ),
    }
