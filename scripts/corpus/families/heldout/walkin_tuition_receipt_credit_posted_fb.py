"""A record, though not a certificate: the narrow cash-register style
receipt a training school hands a walk-in student at the end of a class,
paid at the door. The school's name and street head it, then a receipt
number and the time it was rung up, a labelled block (student, class,
class day, instructor), the fee lines (tuition, manual, card surcharge,
total, tender, change) and a boxed line stating that the class was
completed and how many CEC hours the school has posted for the student. A
short refund policy and a "keep this receipt" footer close it."""

SOURCE = (
    "Suchibrata-Patra/Admission_Portal:9475755848/note_html.php (admission receipt as labelled "
    "rows: student name, number, date, program, amount paid, payment method, transaction id, "
    "status) and the walk-in class receipts small restoration schools ring up at the door"
)
KIND = "course"
PAPER = ["receipt"]
CATEGORIES = ("record", "slip", "labelled", "portrait", "distractor-person", "tiny-footer")

TEMPLATE = """<style>
.w { position:absolute; inset:16px 14px 12px; font: ${fpx}px ${face}; color:#161616; line-height:1.32 }
.hd { text-align:center; border-bottom:1px dashed #333; padding-bottom:6px }
.hd b { display:block; font: bold ${hpx}px ${head}; letter-spacing:${ls} }
.hd span { display:block; font-size:9.5px }
.meta { display:flex; justify-content:space-between; font-size:9.5px; margin:6px 0 }
.kv { border-bottom:1px dashed #333; padding-bottom:6px }
.kv div { margin-top:3px } .kv small { display:block; font-size:8.5px; text-transform:uppercase; letter-spacing:.4px; color:#444 }
.ln { display:flex; justify-content:space-between; margin-top:3px }
.tot { font-weight:bold; border-top:1px solid #333; padding-top:3px; margin-top:5px }
.cr { margin:10px 0 6px; border:1.5px solid #111; padding:6px 7px; text-align:center }
.cr b { display:block; font-size:${crpx}px; margin-top:2px }
.pol { font-size:8px; color:#333; margin-top:6px }
.bc { margin:8px auto 2px; height:26px; width:80%; background:repeating-linear-gradient(90deg,#111 0 1px,#fff 1px 3px,#111 3px 5px,#fff 5px 6px,#111 6px 7px,#fff 7px 9px) }
.ft { text-align:center; font-size:8px; color:#333 }
</style>
<div class="w">
 <div class="hd"><b>${school}</b><span>${street}</span><span>${town}</span><span>${phone}</span></div>
 <div class="meta"><span>${rc_label} ${rc_no}</span><span>${rung}</span></div>
 <div class="kv">
  <div><small>${student_label}</small>${name}</div>
  <div><small>Class</small>${title}</div>
  <div><small>${day_label}</small>${done}</div>
  <div><small>Instructor</small>${instructor}</div>
 </div>
 ${lines_html}
 <div class="cr">${cr_head}<b>${hours}</b>${cr_tail}</div>
 <div class="pol">${policy}</div>
 <div class="bc"></div>
 <div class="ft">${footer}</div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    style = d.pick(["us_numeric", "us_short", "short_month", "iso"])
    school = d.provider(d.pick([None, "upper"]))
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    done = d.date(style)
    hours = d.hours(d.pick(["cec_hours", "cecs", "hrs", "iicrc_cec", "hours_title"]))
    tuition = d.pick([95, 149, 195, 245, 349, 395, 445, 595, 695])
    manual = d.pick([0, 25, 35, 45])
    fee = round((tuition + manual) * d.pick([0, 0, 0.03]), 2)
    total = tuition + manual + fee
    tender = d.pick(["VISA", "MC", "AMEX", "CASH", "CHECK"])
    given = total if tender != "CASH" else float(((int(total) // 20) + 1) * 20)
    items = [("Tuition", tuition)]
    if manual:
        items.append(("Course manual", manual))
    if fee:
        items.append(("Card surcharge 3%", fee))
    lines = "".join(
        f"<div class='ln'><span>{e(k)}</span><span>${v:,.2f}</span></div>" for k, v in items
    )
    lines += f"<div class='ln tot'><span>TOTAL</span><span>${total:,.2f}</span></div>"
    lines += f"<div class='ln'><span>{tender}{' ****' + str(r.randrange(1000, 9999)) if tender in ('VISA', 'MC', 'AMEX') else ''}</span><span>${given:,.2f}</span></div>"
    if tender == "CASH":
        lines += f"<div class='ln'><span>Change</span><span>${given - total:,.2f}</span></div>"
    street, town = d.address()
    hh, mm = r.randint(15, 18), r.choice(["02", "11", "24", "37", "48", "55"])
    return {
        "face": d.fonts["mono"] if d.chance(0.6) else d.fonts["cond"],
        "head": d.fonts[d.pick(["sans", "cond", "mono"])],
        "fpx": d.pick(["10.5", "11"]),
        "hpx": d.pick(["13", "14"]),
        "crpx": d.pick(["15", "17"]),
        "ls": d.pick(["0", ".5px"]),
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "rc_label": d.pick(["Receipt #", "Rcpt", "No."]),
        "rc_no": f"{r.randrange(10000, 99999)}",
        "rung": f"{fmt_date(d.completed, 'us_short')} {hh - 12}:{mm} PM",
        "student_label": d.pick(["Student", "Received from", "Attendee"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "title": title,
        "day_label": d.pick(["Class date", "Completed", "Class day"]),
        "done": done,
        "instructor": d.person(),
        "lines_html": lines,
        "cr_head": d.pick(
            ["CLASS COMPLETED", "COMPLETED - CREDIT POSTED", "** COURSE COMPLETE **"]
        ),
        "hours": hours,
        "cr_tail": d.pick(["", " posted to your CE record", " reported to certifying body"]),
        "policy": d.pick(
            [
                "Tuition is non-refundable once class begins. This receipt is your proof of "
                "completion until the school's record is updated.",
                "Keep this receipt. Credit shown was earned for the class listed above only. "
                f"Questions: call within {d.pick([14, 30])} days.",
            ]
        ),
        "footer": d.pick(
            [
                f"Cashier {r.randint(1, 9)} · Thank you",
                f"Reg {r.randint(1, 3)} · Trans {r.randrange(1000, 9999)}",
                f"Printed {fmt_date(d.completed + timedelta(days=0), 'us_short')} · keep for your records",
            ]
        ),
    }
