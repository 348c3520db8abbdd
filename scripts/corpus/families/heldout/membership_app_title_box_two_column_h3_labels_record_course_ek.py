"""A page printed by membership and event software from its plain HTML
ticket template, used by a school as its course record, on an upright
sheet: the school's logo centred at the top, a heading box with a heavy
black outline (a bold heading and an italic line under it), then two equal
columns of small bold headings each followed by its value (attendee,
course, date, credit on one side; school, instructor, approval and record
numbers, place on the other), and a short note at the foot."""

SOURCE = "castlamp/zenbership:pp-templates/html/zoid/en/event_ticket.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "labelled",
    "record",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; left:50%; transform:translateX(-50%); top:50px; width:700px; max-width:calc(100% - 80px); font-family:${face}; color:#000 }
.lg { display:flex; justify-content:center; align-items:center; gap:12px }
.lg .m { width:64px; height:64px; background:${dark}; color:#fff; border-radius:${radius}; font: bold 22px ${face};
  display:flex; align-items:center; justify-content:center }
.lg .o { font: bold 20px ${face}; line-height:23px; max-width:380px } .lg .o small { display:block; font-weight:normal; font-size:12px; color:#555 }
.title { text-align:center; border:3px solid #222; margin:24px 0 }
.title h1 { margin:18px 10px 10px; font-size:${h_px}px; line-height:1.2 }
.title p { font-style:italic; margin:0 10px 18px; font-size:15px }
.cols { display:flex }
.c { width:50% } .c.l { padding-right:24px } .c.r { padding-left:24px }
h3 { font-size:16px; margin:18px 6px 2px 0; padding:0 } .v { font-size:16px; line-height:21px }
.nt { margin-top:36px; font-size:12px; color:#333; border-top:1px solid #999; padding-top:8px; line-height:17px }
</style>
<div class="w">
 <div class="lg"><div class="m">${initials}</div><div class="o">${org}<small>${org_sub}</small></div></div>
 <div class="title"><h1>${heading}</h1><p>${tagline}</p></div>
 <div class="cols">
  <div class="c l">
   <h3>${l_name}</h3><div class="v">${name}</div>
   <h3>${l_course}</h3><div class="v">${title}</div>
   <h3>${l_date}</h3><div class="v">${date}</div>
   <h3>${l_hours}</h3><div class="v">${hours}</div>
  </div>
  <div class="c r">
   <h3>${l_org}</h3><div class="v">${org}</div>
   <h3>${l_instr}</h3><div class="v">${instructor}</div>
   <h3>${l_num}</h3><div class="v">${num}</div>
   <h3>${l_place}</h3><div class="v">${place}</div>
  </div>
 </div>
 <div class="nt">${note}</div>
</div>
"""


def fill(d):
    org = d.provider()
    words = [w for w in org.replace("&", "").replace(",", "").split() if w[:1].isupper()]
    use_approval = d.chance(0.5)
    num_label, num = (
        (d.pick(["IICRC Approval #", "Course Approval No.", "Approval Number"]), d.approval())
        if use_approval
        else (d.pick(["Record Number", "Registration #", "Order No."]), d.number())
    )
    return {
        "face": d.pick(["arial, 'Liberation Sans', sans-serif", d.fonts["sans"], d.fonts["serif"]]),
        "radius": d.pick(["50%", "4px", "14px"]),
        "initials": "".join(w[0] for w in words)[:3],
        "org": org,
        "org_sub": d.pick([d.address()[1], d.web(), d.phone()]),
        "heading": d.pick(
            ["Course Completion Record", "Certificate of Attendance", "Class Record"]
        ),
        "h_px": d.pick([28, 30]),
        "tagline": d.pick(
            [
                "Please keep this record for your certification renewal.",
                "Issued to the attendee named below.",
                f"Printed {d.other_date('print', d.pick(['long', 'us_numeric']))}",
            ]
        ),
        "l_name": d.pick(["Attendee", "Name", "Student"]),
        "name": d.name(d.pick(["plain", "plain", "last_first"])),
        "l_course": d.pick(["Course", "Event", "Class"]),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "l_date": d.pick(["Date Completed", "Date", "Completed"]),
        "date": d.date(d.pick(["long", "us_numeric", "weekday", "short_month"])),
        "l_hours": d.pick(["Credit", "CEC Hours", "Credits Earned"]),
        "hours": d.hours_number()
        if d.chance(0.4)
        else d.hours(d.pick(["cec_hours", "cecs", "hours_title"])),
        "l_org": d.pick(["Provider", "Hosted By", "School"]),
        "l_instr": d.pick(["Instructor", "Presenter", "Trainer"]),
        "instructor": d.person(),
        "l_num": num_label,
        "num": num,
        "l_place": d.pick(["Location", "Venue", "Where"]),
        "place": d.pick([d.venue(), d.city(), ", ".join(d.address())]),
        "note": d.pick(
            [
                "This record confirms attendance for the full course. Credit is reported to the certifying body by the school.",
                f"Questions about this record: {d.phone()}. Registered {d.other_date('registered', 'long')}.",
                "Not transferable. Duplicate records may be requested from the school office.",
            ]
        ),
    }
