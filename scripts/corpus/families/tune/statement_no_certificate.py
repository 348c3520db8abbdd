"""A "statement of attendance" that deliberately does not look like a
certificate: the provider's contact line at the top right, a plain
heading, a two-column bordered table (learner, licence number, activity,
number, dates attended over two or three days, location, credit), a second
small table with the activity's accreditation and expiry dates, and the
presenter's printed signature."""

SOURCE = "https://www.cccep.ca/pages/guideline_f_statements_of_attendance.html?page=standards__guidelines"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("table", "labelled", "portrait", "date-range", "distractor-date", "distractor-person")

TEMPLATE = """<style>
.w { position:absolute; inset:56px 70px; font: 14px ${face}; color:#111 }
.ct { text-align:right; font-size:12px; line-height:17px; color:#333 }
h1 { font: bold 22px ${face}; margin:34px 0 6px } .sub { font-size:13px; color:#444; margin-bottom:18px }
table { width:100%; border-collapse:collapse; margin-bottom:22px } td { border:1px solid #444; padding:8px 10px; vertical-align:top }
td.k { width:34%; background:#efefef; font-weight:bold; font-size:13px }
h2 { font: bold 14px ${face}; margin:0 0 6px; text-transform:uppercase; letter-spacing:0.5px }
.sg { margin-top:30px; line-height:20px } .sg .s { font: 24px ${hand} }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:10.5px; color:#555; border-top:1px solid #aaa; padding-top:6px }
</style>
<div class="w">
 <div class="ct"><b>${org}</b><br>${street}<br>${town}<br>${phone}</div>
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <table>
  <tr><td class="k">${learner_label}</td><td>${name}</td></tr>
  <tr><td class="k">Licence / Registration No.</td><td>${licence}</td></tr>
  <tr><td class="k">Learning Activity</td><td>${title}</td></tr>
  <tr><td class="k">Activity Number</td><td>${approval}</td></tr>
  <tr><td class="k">${dates_label}</td><td>${dates}</td></tr>
  <tr><td class="k">Location</td><td>${venue}</td></tr>
  <tr><td class="k">${credit_label}</td><td>${hours}</td></tr>
 </table>
 <h2>Accreditation</h2>
 <table>
  <tr><td class="k">Accredited on</td><td>${acc_date}</td></tr>
  <tr><td class="k">Accreditation expires</td><td>${acc_exp}</td></tr>
 </table>
 <div class="sg">${presenter_label}<br><span class="s">${presenter}</span><br>${presenter}, ${role}</div>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    street, town = d.address()
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "org": d.provider(),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "heading": d.pick(
            ["Statement of Attendance", "Letter of Attendance", "Attendance Statement"]
        ),
        "sub": d.pick(
            [
                "Issued to learners who completed the learning activity below.",
                "This statement records attendance at an accredited learning activity.",
            ]
        ),
        "learner_label": d.pick(["Learner", "Participant", "Name"]),
        "name": d.name(d.pick(["plain", "last_first"])),
        "licence": d.number(d.pick(["", "L-", "R"])),
        "title": d.title(d.pick(["plain", "with_code"])),
        "approval": d.approval(),
        "dates_label": d.pick(["Date(s) Attended", "Dates", "Attended"]),
        "dates": d.date_range(d.pick([1, 2])),
        "venue": d.venue(),
        "credit_label": d.pick(["Credit Assigned", "Hours", "Credits"]),
        "hours": d.hours(d.pick(["hours_title", "cec_hours", "ceu_and_cec", "words"])),
        "acc_date": d.other_date("registered", d.pick(["long", "iso", "us_numeric"])),
        "acc_exp": d.other_date("expiry", d.pick(["long", "iso", "us_numeric"])),
        "presenter_label": d.pick(["Presenter:", "Signed on behalf of the provider:"]),
        "presenter": d.person(),
        "role": d.pick(["Presenter", "Program Coordinator", "Education Manager"]),
        "foot": d.pick(
            [
                "Keep this statement for your records. Duplicates can be issued for 36 months "
                "after the activity.",
                "This is not a certificate. Questions about this statement: contact the provider "
                "at the address above.",
            ]
        ),
    }
