"""A school registrar's letter verifying a course, portrait, on the school's
letterhead: an emblem and the school's name (printed again only in the
footer) over a coloured rule, with its address, phone and web address on
one line under it. Dated, it is addressed either to the technician care of the
restoration company that paid for the class, or to that company's
training manager with the technician named in the "RE:" line. A first
paragraph says the course was taught by "our instructors" on a community
or technical college's campus; then the participant's name on a labelled
line, a ruled one-row table of the course, the class day or span of days,
the room and campus and the CECs, and the instructor's name under it. A
paragraph keeps the other organisations apart: the course is approved by
the certifying body (with its course number), a state agency has accepted
it for contractor continuing education, and the college only lent the
classroom and keeps no record of it. The registrar signs in ink over a
typed name, with "cc:" lines to the technician or the company's managers
and an enclosure note."""

from html import escape

SOURCE = (
    "Laurence-Charles-SVGCC/sat:common/mail/publish-offer-dasgs-cape.php (letterhead across the "
    "top, the date, 'Dear ...', running paragraphs with a list of particulars, signed); what a "
    "board accepts as proof, https://peps.ohio.gov/IndividualLicensing/ContinuingEd/"
    "AttendanceDocumentation.aspx ('a letter from the provider ... stating the date(s), the "
    "number of ... hours earned, the location, the topic and the instructor's name'); community "
    "colleges' workforce-education offices hosting outside training providers on campus"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "portrait",
    "table",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-org",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; left:76px; right:76px; top:50px; bottom:40px; font: 13.5px ${serif}; color:#161616; line-height:20px }
.lh { display:flex; justify-content:space-between; align-items:center; padding-bottom:10px; border-bottom:3px solid ${rule} }
.lg { display:flex; align-items:center; gap:12px }
.em { width:52px; height:52px; flex:none; background:${dark}; clip-path:${clip}; display:flex; align-items:center;
  justify-content:center; color:#fff; font: bold 15px ${sans} }
.lg b { display:block; font: bold ${wm_px}px ${display}; color:${dark}; line-height:1.15; max-width:380px }
.lg span { display:block; font: 10px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#666; margin-top:4px }
.ad { font: 10.5px ${sans}; color:#333; margin-top:5px; text-align:${ad_align}; letter-spacing:.3px }
.lr { font: bold 11px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${rule} }
.dt { margin-top:30px }
.to { margin-top:20px }
.re { margin-top:18px; font-weight:bold }
.w p { margin-top:13px }
table { width:100%; border-collapse:collapse; margin-top:14px; font: 12px ${sans} }
th { text-align:left; font-weight:bold; background:${head_bg}; color:${head_fg}; padding:5px 6px; border:1px solid ${line} }
td { padding:6px 8px; border:1px solid ${line}; vertical-align:top; line-height:17px }
td.n { text-align:center; white-space:nowrap }
td.lo { white-space:nowrap; font-size:11.5px }
.pt { margin-top:12px; font: 13px ${sans} }
.pt b { font-size:14px }
.ins { margin-top:6px; font: 12px ${sans}; color:#333 }
.sg { margin-top:16px }
.sg .h { font: 30px ${hand}; color:#1c2c78; line-height:40px; height:40px }
.cc { margin-top:18px; font: 11.5px ${serif}; line-height:16px; color:#333 }
.ft { position:absolute; left:0; right:0; bottom:0; font: 9.5px ${sans}; color:#777; border-top:1px solid #ccc; padding-top:4px;
  display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="lh">
  <div class="lg"><div class="em">${initials}</div><div><b>${org}</b><span>${tagline}</span></div></div>
  <div class="lr">${lh_right}</div>
 </div>
 <div class="ad">${street} &nbsp;·&nbsp; ${town} &nbsp;·&nbsp; ${phone} &nbsp;·&nbsp; ${web}</div>
 <div class="dt">${letter_date}</div>
 <div class="to">${to_html}</div>
 <div class="re">${re_html}</div>
 <p>${dear}</p>
 <p>${p1}</p>
 <div class="pt">${h_name}: <b>${row_name}</b></div>
 <table>
  <tr><th>Course</th><th>${h_date}</th><th>Location</th><th>${h_hours}</th></tr>
  <tr><td>${title}</td><td class="n">${dates}</td><td class="lo">${room_html}<br>${campus}<br>${campus_city}</td>
   <td class="n">${hours}</td></tr>
 </table>
 <div class="ins">${ins_label} ${instructor}</div>
 <p>${p2}</p>
 <p>${p3}</p>
 <div class="sg">${close}<div class="h">${registrar}</div>${registrar}<br>${reg_role}</div>
 <div class="cc">${cc_html}</div>
 <div class="ft"><span>${foot_l}</span><span>${foot_r}</span></div>
</div>
"""

EMPLOYERS = [
    "Bluewater Restoration Services, Inc.",
    "First Response Cleaning & Restoration",
    "Paul Davis of the North Valley",
    "Rapid Dry Property Recovery LLC",
    "All-Pro Water & Fire Restoration",
    "Heritage Carpet & Restoration",
]
COLLEGES = [
    ("Cascade Valley Community College", "Applied Technology Center, Room 114"),
    ("Mesa Ridge Technical College", "Building 7, Trades Lab"),
    ("Lake County College", "Workforce Training Center, Room B-12"),
    ("Pinecrest State Technical College", "Construction Trades Hall, Room 204"),
    ("Riverbend Community College", "Continuing Education Annex, Room 3"),
]
AGENCIES = [
    "the Washington Department of Labor & Industries",
    "the Texas Department of Licensing and Regulation",
    "the Florida Construction Industry Licensing Board",
    "the Minnesota Department of Labor and Industry",
    "the Oregon Construction Contractors Board",
]
CLIPS = [
    "polygon(50% 0, 100% 25%, 100% 75%, 50% 100%, 0 75%, 0 25%)",
    "circle(50%)",
    "polygon(0 0, 100% 0, 100% 70%, 50% 100%, 0 70%)",
]


def fill(d):
    street, town = d.address()
    c_street, c_town = d.address()
    while c_street == street:
        c_street, c_town = d.address()
    college, room = d.pick(COLLEGES)
    employer = d.pick(EMPLOYERS)
    agency = d.pick(AGENCIES)
    manager = d.person()
    office = d.person()
    instructor = d.person()
    registrar = d.person()
    org = d.provider()

    to_manager = d.chance(0.5)
    name = d.name(d.pick(["plain", "plain", "upper"]) if to_manager else "plain")
    if to_manager:
        role = d.pick(["Training Manager", "Operations Manager", "Safety & Training Coordinator"])
        to_html = f"{escape(manager)}, {role}<br>{escape(employer)}<br>{c_street}<br>{c_town}"
        re_html = f"RE: Course completion &ndash; {escape(name)}"
        dear = f"Dear {manager},"
        who = "the technician named below"
        cc = [f"{escape(name)} (by mail)", f"{escape(office)}, Office Manager, {escape(employer)}"]
    else:
        to_html = f"{escape(name)}<br>c/o {escape(employer)}<br>{c_street}<br>{c_town}"
        re_html = d.pick(
            ["RE: Verification of course completion", "RE: Your continuing education credit"]
        )
        dear = f"Dear {d.first},"
        who = "you"
        cc = [f"{escape(manager)}, Training Manager, {escape(employer)}", "Student file"]

    title = d.title(d.pick(["plain", "plain", "with_code"]))
    if d.credit >= 12:
        dates = d.date_range(d.pick([1, 2, 2]))
    elif d.chance(0.3):
        dates = d.date_range(1)
    else:
        dates = d.date(d.pick(["long", "short_month", "us_numeric", "dmy_long"]))
    hours = d.hours_number() if d.chance(0.6) else d.hours(d.pick(["cecs", "hrs", "cec_hours"]))
    approval = d.approval() if d.chance(0.7) else None
    approved = (
        f"The course is approved by the IICRC (course approval no. {approval})"
        if approval
        else "The course is approved by the IICRC for continuing education credit"
    )
    org_short = d.org_alt or d.org
    p1 = d.pick(
        [
            f"This letter verifies that {who} completed the course listed below, taught by our "
            f"instructors on the campus of {college}.",
            f"We are writing to confirm that {who} attended and completed the following class, "
            f"which our school held at {college}.",
        ]
    )
    p2 = (
        f"{approved}, and {agency} has accepted it for contractor continuing education. "
        f"{college} provided the classroom through its workforce education office; it is not the "
        f"provider of this course and keeps no record of attendance."
    )
    p3 = d.pick(
        [
            "Keep this letter with the wallet card; either may be sent with a renewal as proof of "
            "attendance. Questions about this record should come to our registrar's office.",
            "Our records are kept for five years. For a duplicate, please write to the registrar's "
            "office and give the class date.",
        ]
    )
    head_bg = d.pick([d.colors["light"], d.colors["dark"], "#e9e9e9"])
    return {
        "rule": d.colors["accent"],
        "clip": d.pick(CLIPS),
        "head_bg": head_bg,
        "head_fg": "#fff" if head_bg == d.colors["dark"] else "#111",
        "line": d.pick(["#999", "#bbb", "#777"]),
        "wm_px": 21 if len(org) < 32 else 17,
        "initials": "".join(w[0] for w in org_short.replace("&", "").split() if w[0].isupper())[:3],
        "org": org,
        "ad_align": d.pick(["left", "center", "right"]),
        "lh_right": d.pick(["IICRC Approved School", "Est. 1996", "", "Student Records"]),
        "tagline": d.pick(
            ["Registrar's Office", "Restoration Training", "Cleaning & Restoration Education"]
        ),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "letter_date": d.other_date("issue", d.pick(["long", "long", "ordinal"])),
        "to_html": to_html,
        "re_html": re_html,
        "dear": dear,
        "p1": p1,
        "h_name": d.pick(["Participant", "Student", "Technician"]),
        "h_date": d.pick(["Date(s)", "Class dates", "Completed"]),
        "h_hours": d.pick(["IICRC CECs", "CECs", "Credit"]),
        "row_name": name,
        "title": title,
        "dates": dates,
        "room_html": escape(room).replace(", ", ",<br>"),
        "campus": college,
        "campus_city": d.city(),
        "instructor": instructor,
        "ins_label": d.pick(["Instructor:", "Taught by", "Instructor of record:"]),
        "hours": hours,
        "p2": p2,
        "p3": p3,
        "close": d.pick(["Sincerely,", "Respectfully,", "Best regards,"]),
        "registrar": registrar,
        "reg_role": d.pick(["Registrar", "Student Records Coordinator", "Director of Education"]),
        "cc_html": "cc: "
        + "<br>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; ".join(cc)
        + "<br>Enclosure: wallet card",
        "foot_l": f"{org_short} \u00b7 {street}, {town}",
        "foot_r": "Page 1 of 1",
    }
