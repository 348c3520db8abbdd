"""Not a record: a school's letter telling a student that no credit can be
issued for a course, because the sign-in sheets show only part of the
required attendance. It names the student, the course, its dates and its
full CEC value, the hours the sheets show, and the options (make up the
missing day at a later class, or take a refund of the exam fee). Nothing is
awarded."""

SOURCE = (
    "wording: CE providers' 'credit cannot be issued' notices for partial attendance (minimum "
    "attendance policy, hours documented on the sign-in sheets, make-up options)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "portrait",
    "sentence",
    "date-range",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.lh { position:absolute; left:0; right:0; top:0; height:78px; background:${band}; color:#fff; padding:22px 60px; font: bold 22px ${head} }
.lh span { display:block; font: 11px ${sans}; opacity:.85; margin-top:3px }
.b { position:absolute; left:70px; right:70px; top:118px; font: 13.5px ${body}; line-height:1.55; color:#1a1a1a }
.b p { margin-bottom:12px }
.re { font-weight:bold; margin:14px 0 }
.tb { border-collapse:collapse; margin:4px 0 14px; font-size:12.5px }
.tb td { border:1px solid #999; padding:4px 10px } .tb td:first-child { background:${light}; color:#444 }
.ft { position:absolute; left:70px; right:70px; bottom:18px; font: 9px ${sans}; color:#777; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="lh">${school}<span>${addr}</span></div>
<div class="b">
 <p>${ldate}</p>
 <p>${who}<br>${street}<br>${city}</p>
 <div class="re">${re}</div>
 <p>${greet}</p>
 <p>${p1}</p>
 <table class="tb">
  <tr><td>Course</td><td>${course}</td></tr>
  <tr><td>Class dates</td><td>${dates}</td></tr>
  <tr><td>Course credit</td><td>${full}</td></tr>
  <tr><td>Attendance on record</td><td>${shown}</td></tr>
  <tr><td>Credit issued</td><td><b>${issued}</b></td></tr>
 </table>
 <p>${p2}</p>
 <p>${p3}</p>
 <p>${closing}<br><br>${signer}<br>${role}</p>
</div>
<div class="ft">${foot}</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number, fmt_range

    r = d.rng
    title, code = d.pick(V.IICRC_COURSES)
    school, _alt = d.pick(V.SCHOOLS)
    total = d.pick([14, 21, 19, 16])
    got = total - d.pick([7, 7, 3.5, 5])
    end = d.completed
    start = end - timedelta(days=d.pick([1, 2]))
    who = d.person()
    street_city = d.address()
    web = "www." + "".join(ch for ch in school.lower() if ch.isalnum())[:18] + ".edu"
    makeup = end + timedelta(days=r.randrange(30, 120))
    return {
        "head": d.fonts[d.pick(["serif", "display", "sans"])],
        "body": d.fonts[d.pick(["serif", "sans"])],
        "band": d.colors["dark"],
        "school": school,
        "addr": f"Student Services \u00b7 {d.phone()} \u00b7 {web}",
        "ldate": d.other_date("issue", "long"),
        "who": who,
        "street": street_city[0],
        "city": street_city[1],
        "re": d.pick(
            [
                "Re: Credit cannot be issued \u2013 incomplete attendance",
                "RE: NOTICE OF INCOMPLETE COURSE",
                "Subject: Your recent class \u2013 no credit issued",
            ]
        ),
        "greet": f"Dear {who.split()[0]},",
        "p1": d.pick(
            [
                "Thank you for enrolling. Under our attendance policy, credit is issued only "
                "when the full class time is documented. The sign-in and sign-out sheets for "
                "your class show the following:",
                "We have reviewed the attendance records for the class below. Because the "
                "records do not show the full required time, we are unable to issue a "
                "certificate or report any credit for you:",
            ]
        ),
        "course": f"{title} ({code})" if d.chance(0.5) else title,
        "dates": fmt_range(start, end, r),
        "full": f"{fmt_number(total, r)} CECs when completed in full",
        "shown": f"{fmt_number(got, r)} of {fmt_number(total, r)} hours",
        "issued": d.pick(["None", "0 \u2013 not eligible", "No credit"]),
        "p2": d.pick(
            [
                f"You may make up the missing day at our class beginning "
                f"{fmt_date(makeup, 'long')} at no charge. Credit for the whole course would "
                "then be issued after that class.",
                "You may attend the missed portion at any scheduled class within twelve months. "
                "Please call us to reserve a seat.",
            ]
        ),
        "p3": d.pick(
            [
                "If you believe our records are wrong, reply within 30 days with any receipts "
                "or other proof of attendance.",
                "Partial credit is not available for this course.",
            ]
        ),
        "closing": d.pick(["Sincerely,", "Regards,"]),
        "signer": d.person(),
        "role": d.pick(["Registrar", "Education Coordinator", "Director of Training"]),
        "foot": f"Ref. {d.number()} \u00b7 This letter is not a certificate and does not show "
        "credit for any course.",
    }
