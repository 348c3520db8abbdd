"""A club's certificate verification page built with Bootstrap 5, printed
from a browser on an upright sheet: the browser's print header (date and
time, page title) and footer (address, page count), a navbar with the
school's name as its brand, then a light grey gradient row with rounded
corners holding a green shield-and-check icon and one centred sentence (the
certification was awarded to Mr/Ms and the name by the school), a second
sentence with the course, the date and the credit, and a small muted line
saying the certificate is verified by the computer signature system with a
long hash."""

SOURCE = "CELEC-USTHB-CLUB/website:src/resources/views/certification.blade.php"
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "web-printout",
    "sentence",
    "provider-in-logo",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.ph { position:absolute; left:28px; right:28px; top:14px; font: 10.5px ${sans}; color:#333; display:flex; justify-content:space-between }
.pf { position:absolute; left:28px; right:28px; bottom:14px; font: 10.5px ${sans}; color:#333; display:flex; justify-content:space-between }
.nv { position:absolute; left:44px; right:44px; top:44px; height:52px; background:${nav}; display:flex; align-items:center; padding:0 18px;
  font-family:${bs}; color:#fff; gap:26px; border-radius:4px }
.nv .b { font-size:19px; font-weight:bold; display:flex; align-items:center; gap:8px }
.nv .b i { width:26px; height:26px; border-radius:6px; background:#fff; color:${nav}; font-style:normal; font-size:13px; display:flex; align-items:center; justify-content:center }
.nv span { font-size:14px; opacity:0.8 }
.ct { position:absolute; left:70px; right:70px; top:${row_top}px; font-family:${bs}; color:#212529 }
.rw { background: linear-gradient(180deg, rgba(255,255,255,0.15), rgba(255,255,255,0)) #f8f9fa; border-radius:6px; padding:56px 36px 48px; text-align:center }
.sh { width:46px; height:54px; margin:0 auto 16px; background:#009c00; clip-path: polygon(50% 0, 100% 18%, 100% 55%, 50% 100%, 0 55%, 0 18%);
  color:#fff; font: bold 26px 'DejaVu Sans', sans-serif; display:flex; align-items:center; justify-content:center }
.h5 { font-size:20px; line-height:1.45; font-weight:500; margin-bottom:12px }
.h5 a { color:#0d6efd; text-decoration:underline }
.p2 { font-size:16px; line-height:1.55; color:#343a40; margin-bottom:16px }
.mu { font-size:12.5px; color:#6c757d; display:block; word-break:break-all }
.nt { margin-top:24px; font: 13px ${bs}; color:#6c757d; text-align:center; line-height:19px }
</style>
<div class="ph"><span>${printed}</span><span>${page_title}</span></div>
<div class="nv"><div class="b"><i>${initials}</i>${org}</div><span>Home</span><span>${nav2}</span><span>Contact</span></div>
<div class="ct">
 <div class="rw">
  <div class="sh">&#10003;</div>
  <div class="h5">${lead} ${hon} ${name} ${by} <a>${org}</a>.</div>
  <div class="p2">${detail}</div>
  <small class="mu">${verified} ${hash}</small>
 </div>
 <div class="nt">${note}</div>
</div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""


def fill(d):
    org = d.provider()
    words = [w for w in org.replace("&", "").replace(",", "").split() if w[:1].isupper()]
    name = d.name("plain")
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    date = d.date(d.pick(["long", "dmy_long", "iso", "us_numeric", "short_month"]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "hours_title", "words"]))
    detail = d.pick(
        [
            f"Course: {title}, completed on {date} — {hours}.",
            f"for completing {title} on {date}, with {hours}.",
            f"The holder completed {title} on {date} and earned {hours}.",
        ]
    )
    hexs = "".join(d.pick("0123456789abcdef") for _ in range(40))
    printed = d.other_date("print", d.pick(["us_short", "us_numeric"])) + d.pick(
        [", 10:21 AM", ", 3:48 PM", " 17:05"]
    )
    slug = d.web().replace("www.", "")
    return {
        "nav": d.pick(["#212529", "#0d6efd", "#198754", "#1f3a5f", "#6f42c1"]),
        "bs": "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif",
        "row_top": d.pick([150, 180, 210]),
        "printed": printed,
        "page_title": d.pick(
            ["Certifications system", "Certificate verification", f"{org} - Verify"]
        ),
        "initials": "".join(w[0] for w in words)[:2],
        "org": org,
        "nav2": d.pick(["Courses", "Certifications", "Events"]),
        "lead": d.pick(
            [
                "This certification was awarded to",
                "This certificate was awarded to",
                "This certificate was issued to",
            ]
        ),
        "hon": d.pick(["Mr/Ms", "mr/ms", "Mr./Ms."]),
        "name": name,
        "by": "by",
        "detail": detail,
        "verified": d.pick(
            [
                "This certification is verified by our computer signature system",
                "Verified by the digital signature system — signature",
                "Digital signature:",
            ]
        ),
        "hash": hexs,
        "note": d.pick(
            [
                "If the details above do not match the paper you were shown, the certificate is not valid.",
                f"Verification requested {d.other_date('print', 'long')}. Questions: {d.phone()}.",
                "This page is the official record of the certificate named above.",
            ]
        ),
        "url": f"https://{slug}/certifications/{d.rng.randrange(100, 99999)}",
    }
