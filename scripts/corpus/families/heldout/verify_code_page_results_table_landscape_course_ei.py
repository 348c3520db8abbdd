"""The public "verify certificate" page of a course platform, printed in
landscape from the browser: the site's header with the school's name as
its logo, a heading, the code field with its button, a green "this
certificate is valid" notice, then one results table whose columns give
the certificate, who it was awarded to, the course, the completion date,
the issue date, the credit and the code; a short footer explains what the
check does."""

SOURCE = "Loise/moodle-mod_customcertificate:customcertificate/verify.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "table",
    "web-printout",
    "provider-in-logo",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; left:36px; right:36px; top:22px; font: 14px ${sans}; color:#1d2125 }
.url { display:flex; justify-content:space-between; font-size:9.5px; color:#777; margin-bottom:8px }
.nav { display:flex; align-items:center; justify-content:space-between; background:#fff; border-bottom:1px solid #dee2e6; box-shadow:0 2px 4px #0001; padding:10px 16px }
.brand { display:flex; align-items:center; gap:10px; font: bold 18px ${display}; color:${dark} }
.brand i { width:34px; height:34px; border-radius:6px; background:${dark}; display:block; position:relative }
.brand i:after { content:""; position:absolute; inset:9px; border:3px solid #fff; border-radius:50% }
.nav .ln { font-size:12.5px; color:#555; display:flex; gap:18px }
.crumb { font-size:12px; color:#6a737b; margin:14px 0 4px }
h2 { font: 26px ${sans}; margin:0 0 14px }
.frm { display:flex; align-items:center; gap:10px; margin-bottom:14px }
.frm label { font-size:13px; color:#444 }
.frm .in { border:1px solid #8f959e; border-radius:4px; padding:6px 10px; width:260px; font: 13px ${mono} }
.frm .bt { background:${accent}; color:#fff; padding:7px 16px; border-radius:4px; font-size:13px }
.ok { background:#d7e6d8; color:#1c3f1e; border:1px solid #b4d0b6; border-radius:4px; padding:10px 14px; margin-bottom:14px; font-size:13.5px }
table { width:100%; border-collapse:collapse; font-size:13.5px }
th { text-align:center; background:#f5f5f5; border:1px solid #dee2e6; padding:8px 6px; font-size:12.5px }
td { text-align:center; border:1px solid #dee2e6; padding:10px 6px }
td.c { font-family:${mono}; font-size:12px }
.ft { position:absolute; left:36px; right:36px; bottom:18px; font-size:10px; color:#6a737b; border-top:1px solid #dee2e6; padding-top:6px; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="url"><span>${url}</span><span>${printed}</span></div>
 <div class="nav"><div class="brand"><i></i>${org}</div><div class="ln"><span>Home</span><span>Courses</span><span>Log in</span></div></div>
 <div class="crumb">Home / ${heading}</div>
 <h2>${heading}</h2>
 <div class="frm"><label>${code_label}</label><span class="in">${code}</span><span class="bt">${button}</span></div>
 <div class="ok">${ok}</div>
 <table><tr><th>${h_cert}</th><th>${h_to}</th><th>${h_course}</th><th>${h_done}</th><th>${h_issued}</th><th>${h_credit}</th><th>${h_code}</th></tr>
 <tr><td>${cert}</td><td>${name}</td><td>${title}</td><td>${date}</td><td>${issued}</td><td>${hours}</td><td class="c">${code}</td></tr></table>
</div>
<div class="ft"><span>${foot}</span><span>${copy}</span></div>
"""


def fill(d):
    r = d.rng
    style = d.pick(["long", "dmy_long", "iso", "short_month"])
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:16]
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    heading = d.pick(["Verify certificate", "Certificate verification", "Check a certificate"])
    org = d.provider()
    return {
        "url": f"https://{slug}.com/mod/customcert/verify_certificate.php?code={code}",
        "printed": d.other_date("print", "us_short"),
        "org": org,
        "heading": heading,
        "code_label": d.pick(["Code", "Certificate code", "Enter code"]),
        "code": code,
        "button": d.pick(["Verify", "Check", "Search"]),
        "ok": d.pick(
            [
                "Verified — this certificate is valid.",
                "The certificate below matches our records.",
                "Valid certificate found.",
            ]
        ),
        "h_cert": d.pick(["Certificate", "Document"]),
        "h_to": d.pick(["Awarded to", "Learner", "Issued to"]),
        "h_course": "Course",
        "h_done": d.pick(["Completed", "Completion date", "Date passed"]),
        "h_issued": d.pick(["Issued", "Received", "Date issued"]),
        "h_credit": d.pick(["CEC hours", "Credit", "Hours"]),
        "h_code": "Code",
        "cert": d.pick(["Course certificate", "Completion certificate", "CE certificate"]),
        "name": d.name("plain"),
        "title": d.title(),
        "date": d.date(style),
        "issued": d.other_date("issue", style),
        "hours": d.hours_number(),
        "foot": d.pick(
            [
                "Anyone can check a certificate here with the code printed on it.",
                "Verification shows only what the certificate itself shows.",
            ]
        ),
        "copy": f"© {d.completed.year + 1} {d.org_alt or d.org}",
    }
