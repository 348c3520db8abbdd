"""A landscape certificate of completion laid out the way design-profession CE
systems ask providers to print them: the provider's name and provider number
as a letterhead, the attendee and member number in labelled cells, then one
ruled table row holding the course number, course title, credit designation,
hours and completion date, a sign-off line for the provider's representative
and a small-print attestation."""

SOURCE = (
    "https://www.aiaorlando.com/credit-providers ('LU Hour' wording on certificates of completion) "
    "and https://vdocuments.net/aia-continuing-education-system-provider-manual.html"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("table", "record", "labelled", "landscape", "distractor-person")

TEMPLATE = """<style>
.w { position:absolute; inset:48px 56px; font: 14px ${sans}; color:#222 }
.top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${dark}; padding-bottom:8px }
.top .o { font: bold 24px ${serif}; color:${dark} } .top .p { font-size:12px; text-align:right; line-height:17px }
h1 { font: 30px ${display}; text-align:center; margin:34px 0 24px; letter-spacing:1px }
.who { display:flex; gap:24px; margin-bottom:30px }
.who div { flex:1; border-bottom:1px solid #888; padding-bottom:3px }
.who small { display:block; font-size:11px; color:#666; text-transform:uppercase; letter-spacing:0.5px }
.who span { font-size:18px; font-weight:bold }
table { width:100%; border-collapse:collapse; font-size:13px }
th { background:${light}; border:1px solid #999; padding:7px 6px; font-size:11px; text-transform:uppercase; text-align:left }
td { border:1px solid #999; padding:10px 6px }
.sign { display:flex; justify-content:space-between; margin-top:50px; font-size:12px }
.sign div { width:40%; border-top:1px solid #333; padding-top:4px }
.fine { position:absolute; bottom:0; left:0; right:0; font-size:9.5px; color:#555; line-height:13px }
</style>
<div class="w">
 <div class="top"><div class="o">${org}</div><div class="p">${provider_no_label} ${provider_no}<br>${street}, ${town}</div></div>
 <h1>${heading}</h1>
 <div class="who"><div><small>${name_label}</small><span>${name}</span></div>
  <div><small>${member_label}</small><span>${member}</span></div></div>
 <table>
  <tr><th>Course Number</th><th>Course Title</th><th>Credit Designation</th><th>${hours_head}</th><th>${date_head}</th></tr>
  <tr><td>${course_no}</td><td><b>${title}</b></td><td>${designation}</td><td>${hours}</td><td>${date}</td></tr>
 </table>
 <div class="sign"><div>${rep}<br>${rep_role}, ${org_short}</div><div>${delivery}</div></div>
 <div class="fine">${fine}</div>
</div>
"""


def fill(d):
    street, town = d.address()
    org = d.provider()
    return {
        "org": org,
        "org_short": d.org_alt or org,
        "provider_no_label": d.pick(["Provider No.", "Approved Provider #", "Provider Number:"]),
        "provider_no": d.pick(
            [f"J{d.rng.randrange(100, 999)}", f"{d.rng.randrange(10000, 99999)}"]
        ),
        "street": street,
        "town": town,
        "heading": d.pick(["Certificate of Completion", "Continuing Education Certificate"]),
        "name_label": d.pick(["Attendee", "Participant Name", "Awarded to"]),
        "name": d.name(d.pick(["plain", "plain", "last_first"])),
        "member_label": d.pick(["Member Number", "License No.", "Member ID"]),
        "member": d.number(),
        "course_no": d.approval(),
        "title": d.title("plain"),
        "designation": d.pick(["LU|HSW", "LU", "HSW", "CEC"]),
        "hours_head": d.pick(["LU Hours", "Hours", "Credit Hours"]),
        "hours": d.hours_number(),
        "date_head": d.pick(["Date Completed", "Completion Date", "Date"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso", "us_dash"])),
        "rep": d.person(),
        "rep_role": d.pick(["Provider Representative", "CE Coordinator", d.role()]),
        "delivery": d.pick(
            ["Delivery: Face-to-face", "Delivery: Live webinar", "Delivery: Self-study"]
        ),
        "fine": "The provider attests that the attendee named above completed the course listed. "
        "Credits earned will be reported within ten business days. Keep this certificate "
        "with your records for six years.",
    }
