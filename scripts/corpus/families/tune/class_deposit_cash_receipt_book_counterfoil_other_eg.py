"""Not a certificate: a page torn from a carbon receipt book at a training
school's office, filled in by hand. A counterfoil on the left (number, day,
from, for, amount) is divided from the receipt by a perforation; the
receipt has the school's name printed at the top with its address, a
printed "received from ... the sum of ... for ..." frame with the blanks
written in (a deposit to hold a seat in a class starting on a given day,
the amount in words and figures), a payment method tick, a small
total / this payment / balance box and a received-by signature. It names a
person, a school, a course and dates, and records no continuing-education
credit."""

SOURCE = (
    "myke91/HassLogistics:resources/views/pdf/receipt.blade.php ('Received from', 'Amount', "
    "'For payment of', 'Paid by', 'Received by', total / this payment / balance due table)"
)
KIND = "other"
PAPER = "slip"
CATEGORIES = (
    "other",
    "slip",
    "landscape",
    "handwriting",
    "labelled",
    "sentence",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.rb { position:absolute; inset:0; background:${paper}; display:flex; font-family:${sans}; color:#2a2a2a }
.cf { width:150px; padding:18px 12px; border-right:2px dotted #888; font-size:10px }
.cf .no { font: bold 14px ${mono}; color:#b21 }
.cf .l { margin-top:10px; color:#555; font-size:9px; text-transform:uppercase }
.cf .h { font: 17px ${hand}; color:${pen}; border-bottom:1px solid #999; line-height:20px; min-height:20px }
.rc { flex:1; padding:16px 22px 12px; display:flex; flex-direction:column }
.tp { display:flex; justify-content:space-between; align-items:flex-start }
.sc { font: bold 16px ${serif}; color:${ink}; line-height:19px; max-width:330px }
.ad { font-size:9.5px; color:#555; margin-top:2px }
.tt { text-align:right } .tt b { font: bold 20px ${cond}; letter-spacing:3px; color:${ink}; display:block }
.tt .no { font: bold 15px ${mono}; color:#b21 }
.ln { display:flex; align-items:flex-end; gap:6px; margin-top:12px; font-size:11.5px; white-space:nowrap }
.ln .h { flex:1; border-bottom:1px solid #888; font: 19px ${hand}; color:${pen}; line-height:21px; padding-left:6px; white-space:normal }
.bot { margin-top:auto; display:flex; align-items:flex-end; gap:18px; font-size:10.5px }
.pm span { margin-right:8px } .pm i { display:inline-block; width:10px; height:10px; border:1px solid #333; margin-right:3px; vertical-align:-1px; font: 15px ${hand}; line-height:8px; color:${pen}; font-style:normal }
table { border-collapse:collapse; font-size:10px } td { border:1px solid #666; padding:2px 6px; min-width:60px } td.h { font: 15px ${hand}; color:${pen} }
.sg { flex:1; text-align:center; border-top:1px solid #333; padding-top:2px; position:relative }
.sg .h { position:absolute; bottom:16px; left:0; right:0; font: 20px ${hand}; color:${pen} }
</style>
<div class="rb">
 <div class="cf">
  <div class="no">No. ${no}</div>
  <div class="l">Date</div><div class="h">${day}</div>
  <div class="l">From</div><div class="h">${payer_short}</div>
  <div class="l">For</div><div class="h">${for_short}</div>
  <div class="l">Amount</div><div class="h">${amount}</div>
 </div>
 <div class="rc">
  <div class="tp"><div><div class="sc">${school}</div><div class="ad">${street} · ${city} · ${phone}</div></div>
   <div class="tt"><b>RECEIPT</b><span class="no">No. ${no}</span></div></div>
  <div class="ln">Date<span class="h" style="flex:0 0 160px">${day}</span></div>
  <div class="ln">${from_label}<span class="h">${payer}</span></div>
  <div class="ln">the sum of<span class="h">${words}</span>dollars</div>
  <div class="ln">for<span class="h">${purpose}</span></div>
  <div class="bot">
   <div class="pm"><span><i>${c1}</i>Cash</span><span><i>${c2}</i>Check #</span><span><i>${c3}</i>Card</span></div>
   <table><tr><td>Total due</td><td class="h">${total}</td></tr><tr><td>This payment</td><td class="h">${amount}</td></tr><tr><td>Balance</td><td class="h">${balance}</td></tr></table>
   <div class="sg"><span class="h">${clerk}</span>${by_label}</div>
  </div>
 </div>
</div>
"""

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int) -> str:
    out = []
    if n >= 100:
        out.append(f"{ONES[n // 100]} hundred")
        n %= 100
    if n >= 20:
        out.append(TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else ""))
    elif n or not out:
        out.append(ONES[n])
    return " ".join(out).capitalize()


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    school = d.pick(V.SCHOOLS)[0]
    street, city = d.address()
    course, code = d.pick(V.IICRC_COURSES)
    payer = d.person()
    start = d.completed + timedelta(days=r.randint(10, 60))
    paid_on = d.completed
    total = d.pick([395, 450, 525, 595, 650, 795])
    amount = d.pick([100, 150, 200, 250])
    method = r.randrange(3)
    short_course = code if d.chance(0.6) else course.split()[0]
    return {
        "paper": d.pick(["#fbf6e4", "#fff9e6", "#f3f7fb", "#fdf2f6"]),
        "pen": d.pick(["#1d3a8a", "#14286b", "#222"]),
        "ink": d.pick(["#7a1f1f", "#1f4a7a", "#2f2f2f"]),
        "no": f"{r.randrange(1000, 9999)}",
        "day": fmt_date(paid_on, d.pick(["us_short", "us_numeric", "short_month"])),
        "payer_short": payer.split()[-1],
        "for_short": f"{short_course} deposit",
        "amount": f"${amount}.00",
        "school": school,
        "street": street,
        "city": city,
        "phone": d.phone(),
        "from_label": d.pick(["Received from", "Received of"]),
        "payer": payer,
        "words": f"{_words(amount)} and 00/100",
        "purpose": d.pick(
            [
                f"Deposit to hold seat, {course} class starting {fmt_date(start, 'short_month')}",
                f"Seat deposit – {code} class {fmt_date(start, 'us_short')}, balance due 1st day",
                f"Deposit on {course} ({fmt_date(start, 'long')})",
            ]
        ),
        "c1": "x" if method == 0 else "",
        "c2": "x" if method == 1 else "",
        "c3": "x" if method == 2 else "",
        "total": f"${total}",
        "balance": f"${total - amount}",
        "clerk": d.person().split()[0],
        "by_label": d.pick(["Received by", "Signed", "Cashier"]),
    }
