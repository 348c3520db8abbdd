"""A certificate of course completion printed twice on one sheet, a
"student copy" over a "file copy" separated by a cut line, each a compact
grid of boxed fields as a state contractor board requires them: provider
and provider number, course and course number, credit hours, completion
date, student name, the contractor firm and its licence number."""

SOURCE = "https://oregon.public.law/rules/oar_812-022-0033 (contents of a contractor CE certificate of completion)"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("labelled", "table", "portrait", "distractor-person")

COPY = """<div class="cp">
 <div class="tp"><span class="h">${heading}</span><span class="tag">${copy}</span></div>
 <table>
  <tr><td colspan="2"><small>Provider</small>${org}</td><td><small>Provider No.</small>${prov_no}</td></tr>
  <tr><td colspan="2"><small>Course Name</small>${title}</td><td><small>Course No.</small>${approval}</td></tr>
  <tr><td><small>Credit Hours</small>${hours}</td><td><small>Date of Completion</small>${date}</td><td><small>Delivery</small>${delivery}</td></tr>
  <tr><td colspan="2"><small>Student Name</small>${name}</td><td><small>Relationship</small>${relation}</td></tr>
  <tr><td colspan="2"><small>Contractor (Business Name)</small>${firm}</td><td><small>CCB / Licence No.</small>${ccb}</td></tr>
 </table>
 <div class="bt"><span>Instructor: ${instructor}</span><span>${note}</span></div>
</div>"""

TEMPLATE = (
    """<style>
.w { position:absolute; inset:44px 54px; font-family:${sans}; display:flex; flex-direction:column; justify-content:space-between }
.cp { border:2px solid #222; padding:14px 16px }
.tp { display:flex; justify-content:space-between; align-items:baseline; margin-bottom:10px }
.h { font: bold 19px ${sans}; letter-spacing:0.5px } .tag { font-size:11px; border:1px solid #222; padding:2px 8px; text-transform:uppercase }
table { width:100%; border-collapse:collapse } td { border:1px solid #666; padding:4px 8px 6px; font-size:14.5px; font-weight:bold; vertical-align:top }
td small { display:block; font-size:9.5px; font-weight:normal; color:#444; text-transform:uppercase; margin-bottom:2px }
.bt { display:flex; justify-content:space-between; font-size:11px; margin-top:8px; color:#333 }
.cut { text-align:center; font-size:10px; color:#666; border-top:1.5px dashed #777; line-height:0; margin:10px 0 }
.cut span { background:#fff; padding:0 8px }
</style>
<div class="w">"""
    + COPY.replace("${copy}", "${copy1}")
    + """<div class="cut"><span>&#9986; cut here</span></div>"""
    + COPY.replace("${copy}", "${copy2}")
    + "</div>"
)


def fill(d):
    return {
        "heading": d.pick(
            [
                "CERTIFICATE OF COURSE COMPLETION",
                "CONTINUING EDUCATION CERTIFICATE",
                "CE COMPLETION",
            ]
        ),
        "copy1": d.pick(["Student copy", "Licensee copy"]),
        "copy2": d.pick(["Provider file copy", "Office copy"]),
        "org": d.provider(),
        "prov_no": d.pick(["P-", "", "CEP "]) + str(d.rng.randrange(100, 9999)),
        "title": d.title(d.pick(["plain", "with_code"])),
        "approval": d.approval(),
        "hours": d.hours_number(),
        "date": d.date(d.pick(["us_numeric", "us_short", "iso", "short_month"])),
        "delivery": d.pick(["Classroom", "Online", "Live webinar"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "relation": d.pick(["Owner", "Employee", "Officer", "Member"]),
        "firm": d.pick(
            [
                "Rapid Dry Restoration LLC",
                "Hometown Carpet Care",
                "Apex Water & Fire Inc.",
                "Prime Mitigation LLC",
            ]
        ),
        "ccb": str(d.rng.randrange(100000, 299999)),
        "instructor": d.person(),
        "note": d.pick(["Keep for 5 years", "Verify at the board's website"]),
    }
