"""A pocket card a training school hands out with the certificate: a dark
band carrying the school's wordmark, "CE Record Card", five short labelled
rows (name, course, date, credit, course number) and a one-line footer with
the verification address. Credit-card size."""

SOURCE = (
    "kavram/cht-facprcourse:ROOT/WebContent/WEB-INF/jsp/tempCard.jsp (printable wallet "
    "card with name, issue and renewal dates placed over a card image)"
)
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "dark-band",
    "labelled",
    "landscape",
    "provider-in-logo",
    "tiny-footer",
    "distractor-person",
)

TEMPLATE = """<style>
.card { position:absolute; inset:0; border:1px solid #bbb; border-radius:9px; background:#fff }
.bd { position:absolute; left:0; right:0; top:0; height:44px; background:${dark}; color:#fff; border-radius:9px 9px 0 0;
  display:flex; align-items:center; gap:7px; padding:0 10px }
.bd .lg { width:26px; height:26px; border-radius:50%; border:2px solid ${light}; font: bold 9.5px ${sans};
  display:flex; align-items:center; justify-content:center; flex:none }
.bd .o { font: bold ${osize}px ${head}; line-height:11.5px }
.kd { position:absolute; top:47px; left:10px; right:10px; font: bold 8.5px ${sans}; letter-spacing:1.5px; color:${accent}; text-transform:uppercase }
.rows { position:absolute; top:60px; left:10px; right:10px; font: 9px ${sans}; color:#111 }
.rows div { display:flex; gap:5px; line-height:11.5px; margin-bottom:2.5px }
.rows b { flex:none; width:50px; font-size:7.5px; text-transform:uppercase; color:#555; font-weight:bold; padding-top:1px }
.rows span { font-weight:bold }
.ft { position:absolute; left:10px; right:10px; bottom:5px; font: 6.5px ${sans}; color:#555; text-align:center }
</style>
<div class="card">
 <div class="bd"><div class="lg">${initials}</div><div class="o">${org}</div></div>
 <div class="kd">${kind_line}</div>
 <div class="rows">
  <div><b>${name_l}</b><span>${name}</span></div>
  <div><b>Course</b><span>${title}</span></div>
  <div><b>${date_l}</b><span>${date}</span></div>
  <div><b>${hours_l}</b><span>${hours}</span></div>
  <div><b>${no_l}</b><span>${approval}</span></div>
  <div><b>Instructor</b><span style="font-weight:normal">${instructor}</span></div>
 </div>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    org = d.provider()
    words = [w for w in org.replace(",", " ").replace("&", " ").split() if w[:1].isupper()]
    long_title = len(d.course) > 36
    return {
        "head": d.fonts[d.pick(["sans", "cond", "display"])],
        "osize": 10.5 if len(org) > 34 else 11.5,
        "initials": "".join(w[0] for w in words[:3]),
        "org": org,
        "kind_line": d.pick(
            ["CE Record Card", "Continuing Education Card", "Course Completion Card"]
        ),
        "name_l": d.pick(["Name", "Student", "Holder"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "title": d.title("plain" if long_title else d.pick(["plain", "with_code"])),
        "date_l": d.pick(["Completed", "Date", "Finished"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso", "dd_mon_yyyy"])),
        "hours_l": d.pick(["CECs", "Credit", "CE hours"]),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "hrs", "cecs"])),
        "no_l": d.pick(["Course #", "Approval", "IICRC #"]),
        "approval": d.approval(),
        "instructor": d.person(),
        "foot": f"Verify this card at {d.web()} · not valid if altered",
    }
