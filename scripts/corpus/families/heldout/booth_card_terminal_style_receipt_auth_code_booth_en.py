"""A booth credit slip printed by the payment terminal the certification
body's booth uses to post credits, so it looks like a card-sale receipt:
the show's name and venue centred as the merchant header, merchant and
terminal ids, a centred transaction word, item and credit rows, a zero
amount, APPROVED with an authorisation code, the holder's name in
capitals, batch and sequence numbers, a signature line and CUSTOMER COPY."""

SOURCE = (
    "GETWAB-INC/www.getwab.com:resources/views/thank-you.blade.php (card payment result: "
    "amount, card type, name, transaction id, authorization code, time) and "
    "elvisaronsp/phppos_original:application/views/sales/receipt.php (POS receipt with "
    "signature capture); booth CEC wording of trade shows"
)
KIND = "booth"
PAPER = "receipt"
CATEGORIES = ("slip", "portrait", "mono", "labelled", "provider-in-logo", "address")

TEMPLATE = """<style>
.r { position:absolute; inset:16px 14px; font: 11.5px ${mono}; color:#161616; line-height:15.5px }
.c { text-align:center }
.hd { font: bold 13px ${mono}; line-height:16px }
.dl { border-bottom:1px dashed #222; margin:7px 0 }
.row { display:flex; justify-content:space-between; gap:6px }
.row span:last-child { text-align:right }
.big { font: bold 17px ${mono}; letter-spacing:1px; margin:4px 0 }
.ap { font: bold 15px ${mono}; margin-top:6px }
.sig { margin-top:26px; border-top:1px solid #222; padding-top:2px; font-size:10px }
.sm { font-size:10px; line-height:13px }
</style>
<div class="r">
 <div class="c"><div class="hd">${provider}</div>${venue}<br>${town}<br>${booth_line}</div>
 <div class="dl"></div>
 <div class="row"><span>MID: ${mid}</span><span>TID: ${tid}</span></div>
 <div class="row"><span>${date}</span><span>${time}</span></div>
 <div class="c big">${tx}</div>
 <div class="row"><span>ITEM</span><span>${title}</span></div>
 <div class="row"><span>${credit_label}</span><span>${hours}</span></div>
 <div class="row"><span>AMOUNT</span><span>${amount}</span></div>
 <div class="dl"></div>
 <div class="row"><span>ENTRY</span><span>${entry}</span></div>
 <div class="row"><span>BADGE</span><span>${badge}</span></div>
 <div class="c ap">APPROVED</div>
 <div class="row"><span>AUTH CODE</span><span>${auth}</span></div>
 <div class="row"><span>BATCH ${batch}</span><span>SEQ ${seq}</span></div>
 <div class="dl"></div>
 <div class="c">${name}</div>
 <div class="c sm">${ack}</div>
 <div class="sig">x</div>
 <div class="dl"></div>
 <div class="c"><b>CUSTOMER COPY</b><br><span class="sm">${keep}</span></div>
</div>
"""


def fill(d):
    r = d.rng
    _, town = d.address()
    return {
        "provider": d.provider("upper"),
        "venue": d.venue(),
        "town": town,
        "booth_line": f"{d.pick(['IICRC BOOTH', 'CERTIFICATION BOOTH'])} #{r.randrange(100, 2999)}",
        "mid": f"{r.randrange(10**9, 10**10)}",
        "tid": f"{r.randrange(10**6, 10**7)}",
        "date": d.date(d.pick(["us_numeric", "us_short", "us_dash"])),
        "time": f"{r.randrange(9, 17):02d}:{r.randrange(0, 60):02d}:{r.randrange(0, 60):02d}",
        "tx": d.pick(["CEC CREDIT", "CREDIT POST", "BOOTH CREDIT"]),
        "title": d.set_title(
            d.pick(["IICRC BOOTH REG", "IICRC BOOTH REGISTRATION", "BOOTH REGISTRATION"]),
            ["IICRC Booth Registration"],
        ),
        "credit_label": d.pick(["CEC", "CREDIT", "CEC HRS"]),
        "hours": d.hours_number(),
        "amount": d.pick(["$0.00", "USD 0.00", "0.00"]),
        "entry": d.pick(["BADGE SCAN", "QR", "KEYED"]),
        "badge": f"************{r.randrange(1000, 9999)}",
        "auth": "".join(r.choice("0123456789ABCDEF") for _ in range(6)),
        "batch": f"{r.randrange(1, 999):03d}",
        "seq": f"{r.randrange(1, 9999):04d}",
        "name": d.name("upper"),
        "ack": d.pick(
            [
                "I CONFIRM I VISITED THE BOOTH IN PERSON",
                "CREDIT POSTED TO REGISTRANT RECORD",
            ]
        ),
        "keep": d.pick(
            [
                "RETAIN FOR YOUR CEC RECORDS",
                "KEEP UNTIL CREDIT APPEARS ONLINE",
            ]
        ),
    }
