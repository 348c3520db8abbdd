"""A registration receipt, not a certificate: number and date top right, a
"Received From" / "Amount Paid" / "For the Payment of" table naming the
course and its dates, and a signature. The reader should call it "other"."""

SOURCE = "tursinei/icfms:resources/views/template/receipt-registration.blade.php"
KIND = "other"
PAPER = ["letter-portrait", "half-letter"]
CATEGORIES = ("other", "table", "labelled", "portrait", "date-range")

TEMPLATE = """<style>
.w { position:absolute; inset:50px 64px; font: 15px ${serif} }
.top { display:flex; justify-content:space-between; border-bottom:2px solid ${dark}; padding-bottom:10px }
.org { font: bold 20px ${sans}; color:${dark} } h2 { text-align:center; letter-spacing:4px; margin:20px 0 }
td { padding:7px 6px; vertical-align:top }
</style>
<div class="w">
 <div class="top"><div class="org">${org}<div style="font-weight:normal;font-size:12px">${street}, ${town}</div></div>
  <div style="text-align:right">No. ${number}<br>${paid_on}</div></div>
 <h2>RECEIPT</h2>
 <p>Details of payment are as follows.</p>
 <table><tr><td>Received From</td><td>:</td><td><strong>${name}</strong></td></tr>
  <tr><td>Amount Paid</td><td>:</td><td>${amount}</td></tr>
  <tr><td>Payment method</td><td>:</td><td>${method}</td></tr>
  <tr><td>For the Payment of</td><td>:</td><td>Registration fee for <b>${title}</b><br>${range} &ndash; ${city}</td></tr></table>
 <p style="margin-top:40px">${signer}<br>${role}</p>
 <p style="font-size:11px;margin-top:24px">This receipt is not a certificate of completion. Certificates are issued after the course.</p>
</div>
"""


def fill(d):
    street, town = d.address()
    return {
        "org": d.org,
        "street": street,
        "town": town,
        "number": d.number(),
        "paid_on": d.other_date("registered", "long"),
        "name": d.plain_name,
        "amount": d.pick(["$395.00", "$1,150.00", "$249.00", "$89.00"]),
        "method": d.pick(["Visa ending 4417", "Check #2281", "ACH transfer"]),
        "title": d.course,
        "range": d.date_range(d.pick([1, 2])),
        "city": d.city(),
        "signer": d.person(),
        "role": d.pick(["Registrar", "Accounts"]),
    }
