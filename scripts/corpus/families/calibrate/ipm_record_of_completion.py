"""A portrait record of completion from a state-approved pest and moisture
management course, holding what the state rule lists: the course title, its
dates and location, the sponsoring agency and the course number the
department issued, the participant and where they work, the instructor's name
and signature, and a date five years on when the record expires. A letterhead
with the sponsoring agency's address sits on top; a small department notice
and a form number sit at the foot."""

SOURCE = (
    "http://ilrules.elaws.us/iac/t77_pt830_sec.830.2400 (77 Ill. Adm. Code 830.2400: contents of "
    "a letter or certificate of completion for an approved course)"
)
KIND = "course"
PAPER = ["letter-portrait"]
CATEGORIES = (
    "portrait",
    "labelled",
    "table",
    "date-range",
    "distractor-person",
    "distractor-date",
    "distractor-org",
    "handwriting",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:54px 70px; font: 14px ${face}; color:#1a1a1a }
.lh { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid ${dark}; padding-bottom:8px }
.lh .o { font: bold 21px ${face}; color:${dark}; max-width:60% } .lh .a { font-size:11.5px; text-align:right; line-height:15px }
h1 { font: bold 25px ${face}; text-align:center; letter-spacing:1px; margin:56px 0 8px; text-transform:uppercase }
.sub { text-align:center; font-size:13px; font-style:italic; margin-bottom:24px }
table { width:100%; border-collapse:collapse }
td { padding:13px 10px; border:1px solid #888; vertical-align:top; font-size:15px }
td.k { width:36%; background:#f1f1f1; font-size:12px; text-transform:uppercase; letter-spacing:0.3px }
.sg { display:flex; justify-content:space-between; margin-top:80px }
.sg div { width:46%; border-top:1px solid #222; padding-top:4px; font-size:12px; position:relative }
.sg .h { position:absolute; top:-36px; left:6px; font: 28px ${hand}; color:#16337a }
.ex { margin-top:26px; font-weight:bold; font-size:14px }
.nt { position:absolute; left:0; right:0; bottom:0; font-size:10px; color:#444; line-height:13px; border-top:1px solid #aaa; padding-top:6px;
  display:flex; justify-content:space-between; gap:24px }
</style>
<div class="w">
 <div class="lh"><div class="o">${org}</div><div class="a">${street}<br>${town}<br>${phone}</div></div>
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <table>
  <tr><td class="k">${l_name}</td><td><b>${name}</b></td></tr>
  <tr><td class="k">${l_emp}</td><td>${employer}</td></tr>
  <tr><td class="k">${l_title}</td><td>${title}</td></tr>
  <tr><td class="k">${l_dates}</td><td>${dates}</td></tr>
  <tr><td class="k">${l_loc}</td><td>${location}</td></tr>
  <tr><td class="k">${l_sponsor}</td><td>${sponsor}</td></tr>
  <tr><td class="k">${l_num}</td><td>${approval}</td></tr>
  <tr><td class="k">${l_hours}</td><td>${hours}</td></tr>
 </table>
 <div class="sg"><div><span class="h">${instructor}</span>${l_instr}: ${instructor}</div><div><span class="h" style="font-family:${sans};font-size:15px;top:-24px;color:#111">${signed_on}</span>${l_signed}</div></div>
 <div class="ex">${l_exp} ${expires}</div>
 <div class="nt"><span>${notice}</span><span style="white-space:nowrap">${form}</span></div>
</div>
"""


def fill(d):
    from datetime import date

    from corpus.formats import fmt_date

    r = d.rng
    c = d.completed
    expires = date(c.year + 5, c.month, min(c.day, 28))
    street, town = d.address()
    org = d.provider()
    return {
        "face": d.fonts[d.pick(["serif", "sans"])],
        "org": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "heading": d.pick(["Record of Completion", "Certificate of Course Completion"]),
        "sub": d.pick(
            [
                "Issued to each participant who satisfactorily completes the approved course",
                "Approved integrated pest and moisture management training",
            ]
        ),
        "l_name": "Participant",
        "name": d.name(d.pick(["plain", "plain", "last_first"])),
        "l_emp": "Place of employment",
        "employer": d.pick(
            [
                "Bright Start Early Learning Center",
                "Riverside Unified School District",
                "Northside Property Services",
                "Greenway Facilities Group",
            ]
        ),
        "l_title": "Course title",
        "title": d.title(d.pick(["plain", "with_code"])),
        "l_dates": "Course dates",
        "dates": d.date_range(d.pick([1, 1, 2])),
        "l_loc": "Location",
        "location": f"{d.venue()}, {d.city()}",
        "l_sponsor": "Sponsoring agency",
        "sponsor": org,
        "l_num": d.pick(["Department course no.", "Course number"]),
        "approval": d.approval(),
        "l_hours": d.pick(["Contact hours", "Hours of instruction"]),
        "hours": d.hours_number(),
        "l_instr": "Instructor",
        "instructor": d.person(),
        "signed_on": d.other_date("issue", "us_numeric"),
        "l_signed": "Date signed",
        "l_exp": d.pick(["This record expires:", "Valid for five years; expires"]),
        "expires": fmt_date(expires, d.pick(["long", "us_numeric"])),
        "notice": d.pick(
            [
                "The sponsoring agency sends the department a list of participants who completed the "
                "course within 30 days. Keep this record at the work site.",
                "Present this record on request of a department inspector. A lost record is replaced "
                "by the sponsoring agency, not by the department.",
            ]
        ),
        "form": f"Form {d.pick(['PC', 'IPM'])}-{r.randrange(10, 99)} (rev. {r.randrange(1, 12)}/{r.randrange(12, 24)})",
    }
