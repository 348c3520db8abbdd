"""A printed admission ticket from a membership site's event module,
confirming a seat in an upcoming class: a boxed title with an italic
sub-line, two floated columns of labelled headings (class, dates, daily
times, location, instructor on the left; registrant, order, seat, what to
bring and the CEC hours to be earned on the right), and a notice that the
ticket is not proof of completion. It records a registration, not credit."""

SOURCE = "castlamp/zenbership:pp-templates/html/zoid/en/event_ticket.php"
KIND = "other"
PAPER = ["half-letter", "slip"]
CATEGORIES = (
    "other",
    "slip",
    "landscape",
    "labelled",
    "date-range",
    "distractor-person",
    "time-span",
)

TEMPLATE = """<style>
.tk { position:absolute; inset:18px 24px; font: 12.5px ${face}; color:#000 }
.title { text-align:center; border:3px solid #222; padding:8px 10px 9px }
.title h1 { margin:0; font: bold ${h_px}px ${head}; line-height:1.15 }
.title p { font-style:italic; margin-top:3px; font-size:12px }
.cols { display:flex; margin-top:${gap}px }
.cl { width:50%; padding-right:18px } .cr { width:50%; padding-left:18px; border-left:1px solid #ccc }
h3 { font-size:12.5px; margin:${h3_mt}px 0 0; padding:0; text-transform:${h3_tt} }
.cols p { line-height:16px }
.big { font-size:15px; font-weight:bold }
.nb { position:absolute; left:0; right:0; bottom:0; font-size:9.5px; color:#444; border-top:1px dashed #888; padding-top:4px; line-height:12px }
</style>
<div class="tk">
 <div class="title"><h1>${heading}</h1><p>${sub}</p></div>
 <div class="cols">
  <div class="cl">
   <h3>${class_h}</h3><p class="big">${course}</p>
   <h3>Dates</h3><p>${dates}</p>
   <h3>Daily schedule</h3><p>${times}</p>
   <h3>Location</h3><p>${location}</p>
   <h3>Instructor</h3><p>${instructor}</p>
  </div>
  <div class="cr">
   <h3>Registrant</h3><p class="big">${name}</p>
   <h3>Order / seat</h3><p>${order} &middot; Seat ${seat}</p>
   <h3>${credit_h}</h3><p>${credit}</p>
   <h3>Bring</h3><p>${bring}</p>
   <h3>Registered</h3><p>${registered}</p>
  </div>
 </div>
 <div class="nb">${notice}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_number, fmt_range

    r = d.rng
    days = d.pick([1, 2, 2, 3])
    start = d.completed
    dates = fmt_range(start, start + timedelta(days=days), r)
    s, e = d.pick(
        [("8:00 AM", "5:00 PM"), ("8:30 AM", "4:30 PM"), ("9:00", "17:00"), ("7:30 AM", "4:00 PM")]
    )
    org = d.org
    n = fmt_number(d.credit, r)
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "head": d.fonts[d.pick(["sans", "serif", "display"])],
        "h_px": d.pick([20, 23]),
        "gap": d.pick([10, 14]),
        "h3_mt": d.pick([6, 8]),
        "h3_tt": d.pick(["none", "uppercase"]),
        "heading": d.pick(["Admission Ticket", "Registration Confirmation", "Class Ticket"])
        + f" \u2013 {org}",
        "sub": d.pick(
            [
                "Present this ticket at check-in on the first morning.",
                "Your seat is reserved. Please arrive 15 minutes early.",
            ]
        ),
        "class_h": d.pick(["Class", "Course", "Event"]),
        "course": f"{d.course} ({d.code})" if d.code and d.chance(0.5) else d.course,
        "dates": dates,
        "times": f"{s} \u2013 {e}, lunch provided" if d.chance(0.5) else f"{s} \u2013 {e}",
        "location": d.venue() if d.chance(0.5) else ", ".join(d.address()),
        "instructor": d.person(),
        "name": f"{d.first} {d.last}",
        "order": d.number("Order "),
        "seat": str(r.randint(1, 40)),
        "credit_h": d.pick(["CEC hours on completion", "Credit available", "CECs"]),
        "credit": d.pick([f"{n} IICRC CEC hours", f"{n} CECs (full attendance required)"]),
        "bring": d.pick(
            [
                "Photo ID, calculator, pen",
                "Photo ID and laptop",
                "Photo ID; safety glasses for the lab",
            ]
        ),
        "registered": d.other_date("registered", d.pick(["long", "us_numeric"])),
        "notice": d.pick(
            [
                "This ticket confirms registration only. It is not a certificate and does not show completion or credit.",
                "Not a certificate of completion. Your certificate is issued after the final day and exam.",
            ]
        ),
    }
