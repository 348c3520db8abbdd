"""An "official record" of credit printed from a training centre's portal:
the centre's header, the participant block, a note that the record cannot be
altered, and a transcript table with one completed course and a total."""

SOURCE = (
    "escWorks-ITS/ArkansasESC:src/ar_esc/shoebox/transcripts/default.aspx and "
    "tidehc/white-board:main/system/transcripts.php"
)
KIND = "course"
PAPER = "letter-portrait"
CATEGORIES = ("record", "table", "portrait", "labelled", "provider-in-logo", "distractor-date")

TEMPLATE = """<style>
.w { position:absolute; inset:50px 60px; font: 13px ${sans} }
.hd { display:flex; justify-content:space-between; border-bottom:3px solid ${dark}; padding-bottom:8px }
.org { font: bold 22px ${sans}; color:${dark} } h2 { font-size:18px; margin:22px 0 6px }
.note { font-size:10px; color:#444; margin-bottom:14px }
.pi td { padding:2px 12px 2px 0 } table.t { width:100%; border-collapse:collapse; margin-top:16px }
.t th { background:${dark}; color:#fff; text-align:left; padding:6px; font-size:12px } .t td { padding:6px; border-bottom:1px solid #ccc }
.tot td { font-weight:bold; border-top:2px solid #333 }
.pf { position:absolute; bottom:0; left:0; right:0; font-size:8px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div class="org">${org}</div><div style="text-align:right">${street}<br>${town}</div></div>
 <h2>${heading}</h2>
 <div class="note">An official transcript cannot be altered. It contains a record of the sessions that you have attended.</div>
 <table class="pi"><tr><td><b>Participant:</b></td><td>${name}</td></tr><tr><td><b>ID:</b></td><td>${member}</td></tr>
  <tr><td><b>Period:</b></td><td>${period}</td></tr></table>
 <table class="t"><tr><th>Course</th><th>Date Completed</th><th>Status</th><th>${credit_head}</th></tr>
  <tr><td>${title}</td><td>${date}</td><td>Complete</td><td>${hours}</td></tr>
  <tr class="tot"><td colspan="3">Total ${credit_head}</td><td>${hours}</td></tr></table>
 <div class="pf"><span>Printed ${printed}</span><span>${web}</span><span>Page 1 of 1</span></div>
</div>
"""


def fill(d):
    street, town = d.address()
    year = d.completed.year
    return {
        "org": d.provider(),
        "street": street,
        "town": town,
        "heading": d.pick(
            ["Official Record", "Transcript of Continuing Education", "Training Transcript"]
        ),
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "member": d.number(),
        "period": f"January 1, {year} – December 31, {year}",
        "credit_head": d.pick(["Credit Hours", "CEC Hours", "Hours"]),
        "title": d.title(d.pick(["plain", "code_first"])),
        "date": d.date(d.pick(["us_numeric", "us_short", "iso"])),
        "hours": d.hours_number(),
        "printed": d.other_date("print", "us_numeric"),
        "web": d.web(),
    }
