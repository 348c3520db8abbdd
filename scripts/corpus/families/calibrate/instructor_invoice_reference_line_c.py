"""Not a certificate: a freelance instructor's invoice to a training school,
set as a business letter. The instructor's name, address and contact lines
top left with a logo box at the right and a rule under them, the school's
address in the window, a large "Invoice" over a reference line of small
captions (your reference, my reference, customer no., invoice no., date),
then a four-column item table (teaching hours for a named class and its
dates, materials, mileage, per diem) with a double-ruled total, and a
"Payable to" bank block in the foot. It names a course, hours and dates
but records no one's completion."""

SOURCE = (
    "kierendavies/latex-invoice:invoice.cls (scrlttr2 invoice with reference line and longtable)"
)
KIND = "other"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "other",
    "table",
    "letter",
    "portrait",
    "labelled",
    "distractor-person",
    "date-range",
    "reference-line",
    "invoice",
)

TEMPLATE = """<style>
.w { position:absolute; left:86px; right:76px; top:56px; bottom:60px; font: 14px ${serif}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:flex-start }
.fn { font-size:23px; font-weight:bold; margin-bottom:4px } .fa { line-height:18px }
.lg { width:120px; height:62px; border:2px solid ${dark}; color:${dark}; display:flex; align-items:center; justify-content:center;
  font: bold 22px ${display}; letter-spacing:2px }
.rule { border-top:1px solid #111; margin:10px 0 6px }
.ct { font-size:12.5px; line-height:17px } .ct span { display:inline-block; width:18px; text-align:center }
.to { margin-top:34px; line-height:19px; height:104px }
.ti { font-size:27px; font-weight:bold; margin-top:20px }
.ref { display:flex; gap:34px; margin-top:12px; font-size:12.5px } .ref small { display:block; font-size:10.5px; color:#333 }
table.it { width:100%; border-collapse:collapse; margin-top:34px; font-size:14px }
.it th { text-align:right; border-bottom:1px solid #111; padding:3px 0 4px; font-weight:bold }
.it th:first-child, .it td:first-child { text-align:left; width:52% }
.it td { text-align:right; padding:5px 0; vertical-align:top } .it td:first-child { padding-right:16px; padding-left:0 }
.it tr.tot td { border-top:3px double #111; font-weight:bold; padding-top:6px }
.ft { position:absolute; left:0; right:0; bottom:10px; font-size:12.5px } .ft b { display:block; margin-bottom:6px }
.ft td { padding:1px 18px 1px 0 }
</style>
<div class="w">
 <div class="hd"><div><div class="fn">${instructor}</div><div class="fa">${addr1}<br>${addr2}</div></div><div class="lg">${mark}</div></div>
 <div class="rule"></div>
 <div class="ct"><span>&#x260E;</span> ${phone} &nbsp; <span>&#x2709;</span> ${email} &nbsp; <span>&#x2302;</span> ${site}</div>
 <div class="to">${attn}<br>${school}<br>${to1}<br>${to2}</div>
 <div class="ti">Invoice</div>
 <div class="ref">
  <div><small>Your reference</small>${po}</div>
  <div><small>My reference</small>${myref}</div>
  <div><small>Customer no.</small>${customer}</div>
  <div><small>Invoice no.</small>${invoice}</div>
  <div><small>Date</small>${inv_date}</div>
 </div>
 <table class="it">
  <tr><th>Description</th><th>Quantity</th><th>Unit Price</th><th>Amount</th></tr>
  <tr><td>${teach_line}</td><td>${hours}</td><td>${rate}</td><td>${teach_amt}</td></tr>
  <tr><td>${mat_line}</td><td>${students}</td><td>${mat_rate}</td><td>${mat_amt}</td></tr>
  <tr><td>${miles_line}</td><td>${miles}</td><td>${mile_rate}</td><td>${miles_amt}</td></tr>
  <tr><td>Per diem (meals and lodging)</td><td>${days}</td><td>${diem_rate}</td><td>${diem_amt}</td></tr>
  <tr class="tot"><td>Total</td><td></td><td></td><td>${total}</td></tr>
 </table>
 <div class="ft"><b>Payable to</b><table><tr><td>Bank</td><td>${bank}</td></tr><tr><td>Acc. no.</td><td>${account}</td></tr>
  <tr><td>Routing no.</td><td>${routing}</td></tr></table></div>
</div>
"""


def fill(d):
    r = d.rng
    instructor = d.person()
    initials = "".join(p[0] for p in instructor.replace(".", "").split() if p[0].isalpha())[:3]
    addr1, addr2 = d.address()
    to1, to2 = d.address()
    while to1 == addr1:
        to1, to2 = d.address()
    title = d.title(d.pick(["plain", "with_code"]))
    span = d.pick([1, 2, 2])
    dates = d.date_range(span)
    hours = d.hours_number()
    rate = r.choice([65, 75, 85, 95, 110])
    students = r.randrange(6, 24)
    mat_rate = r.choice([12, 15, 18, 22.5])
    miles = r.randrange(40, 480)
    mile_rate = r.choice([0.58, 0.625, 0.655, 0.67])
    days = span + 1
    diem_rate = r.choice([55, 60, 74, 79])
    teach = float(hours) * rate
    amounts = [teach, students * mat_rate, miles * mile_rate, days * diem_rate]
    money = "{:,.2f}".format
    return {
        "instructor": instructor,
        "addr1": addr1,
        "addr2": addr2,
        "mark": initials,
        "phone": d.phone(),
        "email": f"{initials.lower()}.training@example.com",
        "site": d.pick(["restorationtrainer.net", "dryingcoach.com", "wetlabtraining.org"]),
        "attn": d.pick(
            ["Accounts Payable", "Attn: Education Department", "Attn: Training Manager"]
        ),
        "school": d.provider(),
        "to1": to1,
        "to2": to2,
        "po": d.number("PO "),
        "myref": d.pick(["Class ", "Session ", "Job "]) + str(r.randrange(100, 999)),
        "customer": str(r.randrange(100, 999)),
        "invoice": d.number("INV-"),
        "inv_date": d.other_date("issue", d.pick(["dmy_long", "long", "short_month"])),
        "teach_line": f"Instruction: {title}, {dates}",
        "hours": hours,
        "rate": money(rate),
        "teach_amt": money(amounts[0]),
        "mat_line": d.pick(
            ["Course manuals and handouts", "Student workbooks (printed)", "Lab consumables"]
        ),
        "students": students,
        "mat_rate": money(mat_rate),
        "mat_amt": money(amounts[1]),
        "miles_line": f"Mileage, {d.city()} (round trip)",
        "miles": miles,
        "mile_rate": f"{mile_rate:.3f}",
        "miles_amt": money(amounts[2]),
        "days": days,
        "diem_rate": money(diem_rate),
        "diem_amt": money(amounts[3]),
        "total": money(sum(amounts)),
        "bank": d.pick(
            ["First Prairie Bank", "Cascade Federal Credit Union", "Harbor National Bank"]
        ),
        "account": str(r.randrange(10**9, 10**10)),
        "routing": str(r.randrange(10**8, 10**9)),
    }
