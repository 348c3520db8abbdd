"""The learner's "My certificates" page of an open-source LMS, printed from
the browser on a portrait sheet: the print header and footer, the campus
header with the school's logo, the top menu and the learner's name by the
avatar, a breadcrumb, a "search certificates" button, then a "Courses"
heading over a striped table whose one row is the certificate earned:
course, score, date, and two buttons (download the PDF, open the
certificate). The campus footer names the platform administrator and the
helpdesk phone."""

SOURCE = "chamilo/chamilo-lms:main/template/default/gradebook/my_certificates.tpl"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "table",
    "provider-in-logo",
    "web-printout",
    "screenshot",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.pr { position:absolute; left:26px; right:26px; top:10px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#333 }
.pf { position:absolute; left:26px; right:26px; bottom:10px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#333 }
.w { position:absolute; left:40px; right:40px; top:36px; bottom:34px; font: 13px ${ui}; color:#333; border:1px solid #e3e3e3 }
.hd { height:74px; display:flex; align-items:center; justify-content:space-between; padding:0 22px; border-bottom:1px solid #e6e6e6; background:${head_bg} }
.lg { display:flex; align-items:center; gap:10px; font: bold 19px ${logo_face}; color:${logo_ink}; max-width:360px; line-height:22px }
.lg i { width:38px; height:38px; background:${accent}; border-radius:${mark_r}; flex:none }
.me { display:flex; align-items:center; gap:8px; font-size:12.5px; color:${me_ink} }
.me i { width:28px; height:28px; border-radius:50%; background:#bbb; flex:none }
.nav { height:40px; background:${nav_bg}; display:flex; align-items:center; gap:0; padding:0 12px }
.nav span { color:#fff; font-size:12.5px; padding:11px 12px }
.nav span.on { background:rgba(0,0,0,.25) }
.bc { margin:14px 22px 0; padding:8px 12px; background:#f5f5f5; border-radius:4px; font-size:12px; color:#777 }
.bc b { color:#333; font-weight:normal }
.ac { margin:16px 22px 0 }
.btn { display:inline-block; padding:6px 12px; border-radius:4px; font-size:12px; color:#fff; background:#5bc0de; border:1px solid #46b8da }
.warn { margin:16px 22px 0; padding:12px 14px; border:1px solid #faebcc; background:#fcf8e3; color:#8a6d3b; border-radius:4px; font-size:13px }
h2 { margin:22px 22px 0; padding-bottom:8px; border-bottom:1px solid #eee; font: 500 24px ${ui}; color:#333 }
table { margin:16px 22px 0; width:calc(100% - 44px); border-collapse:collapse; font-size:13px }
th { text-align:left; border-bottom:2px solid #ddd; padding:8px; font-weight:bold }
td { padding:9px 8px; border-top:1px solid #ddd; vertical-align:middle }
tr.s td { background:#f9f9f9 }
.r { text-align:right } .c { text-align:center }
td .b1, td .b2 { display:inline-block; padding:5px 8px; border-radius:4px; font-size:11.5px; white-space:nowrap }
td .b1 { background:#337ab7; color:#fff } td .b2 { background:#fff; border:1px solid #ccc; color:#333 }
.note { margin:18px 22px 0; font-size:12px; color:#777; line-height:18px }
.ft { position:absolute; left:0; right:0; bottom:0; height:70px; border-top:1px solid #e6e6e6; background:#f7f7f7; padding:14px 22px; font-size:11.5px; color:#666; line-height:18px; display:flex; justify-content:space-between }
</style>
<div class="pr"><span>${printed}</span><span>${page_title}</span></div>
<div class="w">
 <div class="hd"><div class="lg"><i></i>${org}</div><div class="me"><i></i>${name}</div></div>
 <div class="nav"><span>Homepage</span><span>My courses</span><span>${agenda}</span><span>Reporting</span><span class="on">${mine}</span></div>
 <div class="bc">Home / <b>${mine}</b></div>
 <div class="ac"><span class="btn">${search}</span></div>
 ${warn_html}
 <h2>${courses_heading}</h2>
 <table>
  <tr><th>${course_label}</th><th class="r">${score_label}</th><th class="c">${date_label}</th><th></th><th></th></tr>
  <tr class="s"><td>${title}</td><td class="r">${score}</td><td class="c">${date}</td><td class="r"><span class="b1">&#8681; ${pdf}</span></td><td class="r"><span class="b2">&#8599; ${cert}</span></td></tr>
 </table>
 <div class="note">${note}</div>
 <div class="ft"><span>${admin_label}: ${admin}<br>${helpdesk}: ${phone}</span><span>${powered}</span></div>
</div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    r = d.rng
    org = d.provider()
    site = d.pick(["Campus", "Online Campus", "Learning Center", "eLearning"])
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:14]
    pts = r.randrange(70, 100)
    score = d.pick([f"{pts}.00 / 100 ({pts} %)", f"{pts} %", f"{pts / 10:.1f} / 10"])
    hh, mm = r.randrange(1, 12), r.randrange(0, 60)
    return {
        "ui": d.fonts[d.pick(["sans", "sans", "cond"])],
        "head_bg": d.pick(["#fff", "#fff", d.colors["light"]]),
        "logo_face": d.fonts[d.pick(["sans", "display", "cond"])],
        "logo_ink": d.colors["dark"],
        "mark_r": d.pick(["50%", "6px", "0"]),
        "me_ink": "#444",
        "nav_bg": d.pick([d.colors["dark"], "#2a6496", "#333"]),
        "printed": f"{d.other_date('print', 'us_short')}, {hh}:{mm:02d} {d.pick(['AM', 'PM'])}",
        "page_title": f"{d.pick(['My certificates', 'Certificates'])} - {site}",
        "org": org,
        "name": d.name(d.pick(["plain", "plain", "last_first"])),
        "agenda": d.pick(["Personal agenda", "Agenda", "Calendar"]),
        "mine": d.pick(["My certificates", "My Certificates"]),
        "search": d.pick(["Search certificates", "Certificates search"]),
        "warn_html": d.pick(
            [
                '<div class="warn">You have not achieved any certificate just yet. '
                "Continue on your learning path to get one!</div>",
                "",
            ]
        ),
        "courses_heading": d.pick(["Courses", "Courses", "Course certificates"]),
        "course_label": "Course",
        "score_label": d.pick(["Score", "Score", "Result"]),
        "date_label": d.pick(["Date", "Date", "Issued"]),
        "title": d.title(d.pick(["plain", "plain", "with_code", "code_first"])),
        "score": score,
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "iso", "dd_mon_yyyy"])),
        "pdf": d.pick(["Download certificate PDF", "Download PDF"]),
        "cert": d.pick(["Certificate", "View"]),
        "note": d.pick(
            [
                "Certificates are generated automatically when the course gradebook reaches the "
                "minimum score. Keep a copy for your continuing education records.",
                "",
                "Only courses with an issued certificate are listed here.",
            ]
        ),
        "admin_label": d.pick(["Administrator", "Platform administrator"]),
        "admin": d.person(),
        "helpdesk": d.pick(["Helpdesk", "Support"]),
        "phone": d.phone(),
        "powered": f"{site} \u00b7 {d.pick(['Powered by Chamilo', 'Chamilo 1.11', 'All rights reserved'])}",
        "url": f"https://{d.pick(['campus', 'learn', 'elearning'])}.{slug}.com/main/gradebook/my_certificates.php",
    }
