"""A professional-development record page: a header panel, a small bordered
table (activity, year, hours) with a total row, and under it the
certificate's expiry and renewal dates in large headings."""

SOURCE = "izzat94/jasv44:resources/views/pages/cpd.blade.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("record", "table", "portrait", "labelled", "distractor-date", "dark-band")

TEMPLATE = """<style>
.w { position:absolute; inset:50px 70px; font: 14px ${sans} }
.ph { background:${dark}; color:#fff; padding:10px 14px; font-weight:bold; font-size:15px }
.pb { border:1px solid ${dark}; padding:10px 14px; font-size:12px; line-height:18px; margin-bottom:22px }
h2 { text-align:center; font-size:24px; margin:20px 0 }
table { width:100%; border-collapse:collapse } th, td { border:1px solid #bbb; padding:8px } th { background:#f2f2f2; text-align:left }
h4 { font-size:16px; font-weight:normal; margin:16px 0 0 }
</style>
<div class="w">
 <div class="ph">${org}</div>
 <div class="pb">Member: <b>${name}</b> &nbsp; No. ${member}<br>${instruction}</div>
 <h2>${heading}</h2>
 <table><tr><th>ACTIVITY</th><th>YEAR</th><th>${hours_head}</th></tr>
  <tr><td>${title}<br><span style="font-size:12px">Completed ${date}</span></td><td>${year}</td><td>${hours}</td></tr>
  <tr><th colspan="2">Total</th><th>${hours}</th></tr></table>
 <h4>Certificate Expiry Date: <strong>${expiry}</strong></h4>
 <h4>Renewal Due Date: <strong>${renewal}</strong></h4>
</div>
"""


def fill(d):
    return {
        "org": d.provider(),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "member": d.number(),
        "instruction": "Registrants must keep their certification current by earning continuing "
        "education credit within each renewal period and keeping proof of completion.",
        "heading": d.pick(
            ["Continuing Education Record", "Continuous Professional Development (CPD)"]
        ),
        "hours_head": d.pick(["CEC HOURS", "CPD HOURS", "HOURS"]),
        "title": d.title(d.pick(["plain", "code_first"])),
        "date": d.date(d.pick(["dmy_long", "long", "iso"])),
        "year": d.completed.year,
        "hours": d.hours_number(),
        "expiry": d.other_date("expiry", "dmy_long"),
        "renewal": d.other_date("expiry", "dmy_long"),
    }
