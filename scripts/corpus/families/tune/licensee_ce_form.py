"""A state-style CE certificate of completion for a residential contractor's
course, a form of labelled boxes in the order a licensing rule lists them:
provider name and provider number, course name and course number, credit
hours, the date(s) the course was attended, the student, the contractor the
student works for and its licence number, then the student's attestation and a
provider signature."""

SOURCE = (
    "https://oregon.public.law/rules/oar_812-022-0033 (contents of a certificate of completion)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("labelled", "record", "date-range", "portrait", "plain", "distractor-person")

TEMPLATE = """<style>
.w { position:absolute; inset:56px 64px; font: 13px ${sans}; color:#111 }
h1 { font: bold 20px ${sans}; text-align:center; margin:0; text-transform:uppercase; letter-spacing:1px }
.sub { text-align:center; font-size:12px; margin:4px 0 22px }
.g { display:grid; grid-template-columns:1fr 1fr; border-top:1.5px solid #000; border-left:1.5px solid #000 }
.b { border-right:1.5px solid #000; border-bottom:1.5px solid #000; padding:5px 8px 8px; min-height:54px }
.b.full { grid-column:1 / span 2 }
.b small { display:block; font-size:10px; text-transform:uppercase; color:#333; margin-bottom:5px }
.b span { font: 16px ${typed} }
.att { margin-top:22px; font-size:11.5px; line-height:17px }
.sig { display:flex; gap:30px; margin-top:70px } .sig > div { flex:1; border-top:1px solid #000; padding-top:3px; font-size:11px }
.sig .hand { font-family:${hand}; font-size:24px; margin-top:-34px; height:34px }
</style>
<div class="w">
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <div class="g">
  <div class="b"><small>Provider name</small><span>${org}</span></div>
  <div class="b"><small>Provider number</small><span>${provider_no}</span></div>
  <div class="b"><small>Course name</small><span>${title}</span></div>
  <div class="b"><small>${course_no_label}</small><span>${course_no}</span></div>
  <div class="b"><small>${hours_label}</small><span>${hours}</span></div>
  <div class="b"><small>${dates_label}</small><span>${dates}</span></div>
  <div class="b full"><small>${name_label}</small><span>${name}</span></div>
  <div class="b"><small>Name of contractor</small><span>${contractor}</span></div>
  <div class="b"><small>Contractor license no.</small><span>${license}</span></div>
 </div>
 <div class="att">${attest}</div>
 <div class="sig"><div><div class="hand">${name_sig}</div>Student signature</div>
  <div><div class="hand">${provider_sig}</div>Authorized provider signature</div></div>
</div>
"""
CONTRACTORS = [
    "Dry Right Restoration LLC",
    "Cascade Water & Fire Inc.",
    "Apex Home Services",
    "Northside Remodeling Co.",
    "Blue Line Construction",
]


def fill(d):
    r = d.rng
    return {
        "typed": d.pick([d.fonts["mono"], d.fonts["sans"], d.fonts["serif"]]),
        "heading": d.pick(
            ["Certificate of Completion", "Continuing Education Certificate of Completion"]
        ),
        "sub": d.pick(
            ["Continuing Education for Residential Contractors", "Contractor Continuing Education"]
        ),
        "org": d.provider(),
        "provider_no": f"{r.randrange(100, 999)}",
        "title": d.title("plain"),
        "course_no_label": d.pick(["Course number", "Course approval no."]),
        "course_no": d.approval(),
        "hours_label": d.pick(["Number of credit hours", "Hours of CE", "Credit hours"]),
        "hours": d.hours_number(),
        "dates_label": d.pick(
            ["Date(s) of attendance", "Date of course completion", "Dates attended"]
        ),
        "dates": d.date_range(d.pick([1, 1, 2])),
        "name_label": d.pick(["Name of student", "Name of licensee", "Student name"]),
        "name": d.name("plain"),
        "contractor": d.pick(CONTRACTORS),
        "license": f"CCB {r.randrange(100000, 299999)}",
        "attest": "I certify that I attended and completed the entire course identified above and "
        "that no other individual attended, completed or assisted in completing the course in my place.",
        "name_sig": f"{d.first} {d.last}",
        "provider_sig": d.person(),
    }
