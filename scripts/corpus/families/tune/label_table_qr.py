"""A header with an emblem and the issuer's name stacked beside it, the
certificate title in italics and a square code box on the right, then a table
where each bold label sits above its value, a details table with a coloured
header row, and a small footer with a helpline."""

SOURCE = "egovernments/DIVOC:backend/certificate_api/configs/templates/certificate_template.html"
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = ("table", "labelled", "portrait", "provider-in-logo", "qr")

TEMPLATE = """<style>
.w { position:absolute; inset:38px; font: 15px ${sans} }
.hd { display:flex; justify-content:space-between; align-items:flex-start }
.logo { display:flex; gap:12px; align-items:center } .em { width:46px; height:52px; background:${dark}; clip-path:polygon(50% 0,100% 25%,100% 75%,50% 100%,0 75%,0 25%) }
.qr { width:110px; height:110px; background:
  repeating-linear-gradient(90deg,#000 0 6px,#fff 6px 11px), repeating-linear-gradient(0deg,#000 0 5px,#fff 5px 13px);
  background-blend-mode:lighten; border:6px solid #000 }
.ti { font-style:italic; font-size:20px; line-height:30px; margin:24px 0 }
table { width:100%; table-layout:fixed; border-collapse:collapse } .lb { font-weight:bold; padding-top:16px; padding-bottom:6px }
.u { text-decoration:underline; font-weight:bold }
.dt th { background:${dark}; color:#fff; padding:5px; font-size:12px } .dt td { border:1px solid #99a; padding:5px; font-size:12px; text-align:center }
.ft { position:absolute; bottom:0; font-size:10px; line-height:14px }
</style>
<div class="w">
 <div class="hd"><div><div class="logo"><div class="em"></div><div><div style="font-size:13px;font-weight:bold">${org_top}</div>
  <div style="font-size:22px;font-weight:bold">${org_bottom}</div></div></div>
  <div class="ti">${heading_html}</div></div><div class="qr"></div></div>
 <table><tr><td><span class="u">Participant Details</span></td></tr>
  <tr><td class="lb">${name_label}</td><td class="lb">${id_label}</td></tr>
  <tr><td>${name}</td><td>${member}</td></tr>
  <tr><td class="lb">Course</td><td class="lb">${code_label}</td></tr>
  <tr><td>${title}</td><td>${approval}</td></tr></table>
 <table class="dt" style="margin-top:26px"><tr><th>Delivery</th><th>Instructor</th><th>Date Completed</th><th>Credit</th><th>Valid until</th></tr>
  <tr><td>${delivery}</td><td>${instructor}</td><td>${date}</td><td>${hours}</td><td>${expiry}</td></tr></table>
 <div class="ft">${org_full} &middot; ${street}, ${town}<br><b>Questions? Call ${phone}</b></div>
</div>
"""


def fill(d):
    org = d.provider()
    words = org.split()
    cut = max(1, len(words) // 2)
    street, town = d.address()
    return {
        "org_top": " ".join(words[:cut]).upper(),
        "org_bottom": " ".join(words[cut:]).upper(),
        "org_full": org,
        "heading_html": d.pick(
            [
                "Certificate of Course Completion<br>Continuing Education",
                "Training Record<br>(Course Completion)",
            ]
        ),
        "name_label": d.pick(["Participant Name", "Technician Name", "Name"]),
        "id_label": d.pick(["IICRC Registrant #", "Student ID", "Member No."]),
        "name": d.name(d.pick(["plain", "upper"])),
        "member": d.number(),
        "code_label": d.pick(["IICRC Course Approval #", "Approval Number", "Course No."]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "approval": d.approval(),
        "delivery": d.pick(["Classroom", "Live online", "Hands-on lab"]),
        "instructor": d.person(),
        "date": d.date(d.pick(["us_numeric", "dd_mon_yyyy", "iso", "short_month"])),
        "hours": d.hours(d.pick(["cecs", "hrs", "cec_hours"])),
        "expiry": d.other_date("expiry", d.pick(["us_numeric", "dd_mon_yyyy"])),
        "street": street,
        "town": town,
        "phone": d.phone(),
    }
