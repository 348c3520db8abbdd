"""A school's notice that a class was rescheduled or cancelled, printed on a
half sheet, not a certificate: the school's mark, a dark band saying the
schedule changed, a letter to the registered student, a two-column table of
the original and the new class dates, and what happens to the seat and
the payment. It names a technician, a course, a provider and dates; it
records no one's completion."""

SOURCE = (
    "ALLENKI/Tutor_Dashboard:resources/views/emails/student/admin_cancelled_class.blade.php "
    "(class is cancelled, reason, credits given back) and "
    "aurelien-baudet/yoga-classes-booking-back:src/main/resources/templates/email/canceled.txt.ftl "
    "(class date range cancelled, message from the teacher)"
)
KIND = "other"
PAPER = ["half-letter", "half-letter", "letter-landscape"]
CATEGORIES = (
    "other",
    "dark-band",
    "sentence",
    "table",
    "landscape",
    "provider-in-logo",
    "distractor-person",
    "date-range",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; font: 12.5px ${sans}; color:#222; display:flex }
.side { width:26%; background:${light}; border-right:1px solid #ccc; padding:26px 18px; display:flex; flex-direction:column; gap:10px }
.mk { width:56px; height:56px; background:${accent}; color:#fff; font: bold 20px ${display}; display:flex; align-items:center; justify-content:center; border-radius:6px }
.sn { font: bold 15px ${display}; color:${dark}; line-height:18px } .sa { font-size:10.5px; color:#555; line-height:14px }
.main { flex:1; display:flex; flex-direction:column }
.band { background:${dark}; color:#fff; padding:12px 22px; font: bold 22px ${sans}; letter-spacing:2px }
.band small { display:block; font: 11px ${sans}; letter-spacing:0.5px; opacity:0.85; margin-top:2px }
.body { padding:12px 22px; line-height:17px; flex:1 }
table { border-collapse:collapse; width:100%; margin:9px 0; font-size:12px }
th { text-align:left; font-size:10.5px; color:#555; border-bottom:2px solid ${accent}; padding:2px 6px }
td { padding:4px 6px; border-bottom:1px solid #ddd; vertical-align:top } td.old { color:#777; text-decoration:line-through }
td.l { color:#555; width:90px } td.new { font-weight:bold }
.foot { padding:6px 22px 12px; font-size:10px; color:#666 }
</style>
<div class="w">
 <div class="side"><div class="mk">${mark}</div><div class="sn">${school}</div><div class="sa">${street}<br>${town}<br>${phone}<br>${web}</div></div>
 <div class="main">
  <div class="band">${banner}<small>${sent_label} ${sent}</small></div>
  <div class="body">
   <p>${greet} ${student},</p>
   <p style="margin-top:6px">${why}</p>
   <table><tr><th></th><th>Original class</th><th>${new_head}</th></tr>
    <tr><td class="l">Course</td><td colspan="2">${course}</td></tr>
    <tr><td class="l">Dates</td><td class="old">${old_dates}</td><td class="new">${new_dates}</td></tr>
    <tr><td class="l">Location</td><td class="old">${old_place}</td><td class="new">${new_place}</td></tr></table>
   <p>${what_now}</p>
  </div>
  <div class="foot">${contact_line}</div>
 </div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_range

    r = d.rng
    school, short = d.pick(V.SCHOOLS)
    short = short or school
    mark = "".join(w[0] for w in short.replace("&", "").split() if w[0].isupper())[:3]
    course, code = d.pick(V.IICRC_COURSES) if d.chance(0.7) else (d.pick(V.CE_COURSES), None)
    days = d.pick([2, 3]) if code else 1
    old = d.completed + timedelta(days=r.randrange(10, 40))
    new = old + timedelta(days=r.randrange(14, 50))
    fmt = (
        (lambda a: fmt_range(a, a + timedelta(days=days - 1), r))
        if days > 1
        else (lambda a: a.strftime("%B %-d, %Y"))
    )
    cancelled = d.chance(0.3)
    city = d.city()
    street, town = d.address()
    return {
        "mark": mark,
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": "www." + "".join(ch for ch in short.lower() if ch.isalnum())[:18] + ".com",
        "banner": "CLASS CANCELLED"
        if cancelled
        else d.pick(["CLASS RESCHEDULED", "SCHEDULE CHANGE", "NEW CLASS DATES"]),
        "sent_label": d.pick(["Notice date:", "Sent", "Mailed"]),
        "sent": d.other_date("issue", "us_numeric"),
        "greet": d.pick(["Dear", "Hello", "Hi"]),
        "student": d.person(),
        "why": d.pick(
            [
                "We are sorry to let you know that the class you registered for has to move because "
                "of low enrollment at that location.",
                "Because our lead instructor is unavailable that week, the class you registered for "
                "has been moved. We apologize for the inconvenience.",
                "The hotel meeting room booked for your class is no longer available, so the class "
                "has been moved to the dates below.",
            ]
        ),
        "new_head": "Next available class" if cancelled else "New class",
        "course": f"{code} – {course}" if code else course,
        "old_dates": fmt(old),
        "new_dates": fmt(new),
        "old_place": city,
        "new_place": d.pick([city, d.city(), "Live online"]),
        "what_now": (
            "Your registration has not been moved. Reply within 14 days to take a seat in the next "
            "class, or we will refund your payment in full."
            if cancelled
            else "Your seat and payment have been transferred automatically; you do not need to do "
            "anything. If the new dates do not work for you, call us for a full refund or credit."
        ),
        "contact_line": f"Questions? {d.person()}, Registrar · {d.phone()}",
    }
