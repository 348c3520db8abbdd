"""A thermal receipt from a training school's front desk for a class
registration, not a certificate: the school's name, address and phone,
"Registration Receipt", the student, the class with its dates and hours,
tuition and exam fee lines, the total and card payment, and a line saying
the seat is reserved. It records no completion and no credit."""

SOURCE = (
    "sanquilouie/NewRam:NewRam/actions/print_test.php (58 mm thermal receipt: centred shop "
    "heading, dashed rules, item lines with right-aligned amounts, total, thank-you footer)"
)
KIND = "other"
PAPER = "receipt"
CATEGORIES = ("other", "portrait", "slip", "mono", "table", "date-range")

TEMPLATE = """<style>
.r { position:absolute; inset:18px 18px; font: 12px ${mono}; color:#111; line-height:16px }
.c { text-align:center } h2 { font-size:15px; margin:0 0 2px; line-height:18px }
.hr { border-top:1px dashed #000; margin:8px 0 }
.it { display:flex; justify-content:space-between; gap:8px } .it span:last-child { white-space:nowrap }
.sm { font-size:11px }
.tot { font-weight:bold; font-size:14px }
.bars { height:40px; margin:10px 14px 2px; background:${bars} }
</style>
<div class="r">
 <div class="c"><h2>${school}</h2>${street}<br>${town}<br>${phone}</div>
 <div class="hr"></div>
 <div class="c"><b>${heading}</b><br>${stamp}</div>
 <div class="hr"></div>
 <div>STUDENT: ${name}</div>
 <div>ACCT #: ${acct}</div>
 <div class="hr"></div>
 <div>${course}</div>
 <div class="sm">CLASS DATES: ${dates}</div>
 <div class="sm">CLASS HOURS: ${hours}</div>
 <div class="it" style="margin-top:6px"><span>TUITION</span><span>${tuition}</span></div>
 <div class="it"><span>${exam_line}</span><span>${exam_fee}</span></div>
 <div class="it"><span>MATERIALS</span><span>${materials}</span></div>
 <div class="hr"></div>
 <div class="it tot"><span>TOTAL</span><span>${total}</span></div>
 <div class="it"><span>${card}</span><span>${total}</span></div>
 <div class="it"><span>AUTH</span><span>${auth}</span></div>
 <div class="hr"></div>
 <div class="c sm">${note1}<br><br>${note2}</div>
 <div class="bars"></div>
 <div class="c sm">${receipt_no}</div>
</div>
"""


def _bars(rng):
    stops, x = [], 0.0
    while x < 98:
        w = rng.choice([1.0, 1.5, 2.5])
        gap = rng.choice([1.0, 2.0])
        stops.append(f"#000 {x:.1f}% {x + w:.1f}%, transparent {x + w:.1f}% {x + w + gap:.1f}%")
        x += w + gap
    return "linear-gradient(90deg, " + ", ".join(stops) + ")"


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    street, town = d.address()
    tuition = d.pick([395, 495, 650, 795, 895, 1095, 1250])
    exam = d.pick([0, 75, 85, 110])
    materials = d.pick([0, 25, 45])
    paid = d.completed - timedelta(days=d.rng.randint(10, 60))
    days = 3 if d.credit >= 19 else 2 if d.credit >= 10 else 1
    return {
        "school": d.provider("upper"),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "heading": d.pick(["REGISTRATION RECEIPT", "CLASS ENROLLMENT", "PAYMENT RECEIPT"]),
        "stamp": fmt_date(paid, "us_numeric") + d.pick(["  10:14", "  15:32", "  09:07"]),
        "name": d.name(d.pick(["upper", "last_first"])).upper(),
        "acct": d.number(),
        "course": d.title(d.pick(["plain", "code_first"])).upper(),
        "dates": d.date_range(days - 1) if days > 1 else d.date("us_numeric"),
        "hours": d.hours(d.pick(["hrs", "hours_title"])).upper(),
        "tuition": f"${tuition:,.2f}",
        "exam_line": "EXAM FEE" if exam else "EXAM FEE (WAIVED)",
        "exam_fee": f"${exam:,.2f}",
        "materials": f"${materials:,.2f}",
        "total": f"${tuition + exam + materials:,.2f}",
        "card": d.pick(["VISA ****", "MC ****", "AMEX ****"]) + str(d.rng.randrange(1000, 9999)),
        "auth": str(d.rng.randrange(100000, 999999)),
        "note1": d.pick(
            [
                "YOUR SEAT IS RESERVED.",
                "ENROLLMENT CONFIRMED.",
            ]
        ),
        "note2": d.pick(
            [
                "THIS IS NOT A CERTIFICATE. CERTIFICATES ARE ISSUED AFTER THE EXAM.",
                "CANCEL 7+ DAYS BEFORE CLASS FOR A FULL REFUND. KEEP THIS RECEIPT.",
            ]
        ),
        "receipt_no": d.number("R"),
        "bars": _bars(d.rng),
    }
