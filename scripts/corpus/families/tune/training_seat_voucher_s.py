"""A voucher for one free seat in a class, in an ornate gift-certificate
frame, not a certificate of completion: the school's name, "Training
Voucher" or "Gift Certificate", that it entitles the named technician to
one seat in a course, its value, voucher number, who gave it and when it
expires. Trade-show drawings and school promotions hand these out. It
names a technician, a course, a provider and dates; it records no one's
completion."""

SOURCE = (
    "shoulders/qwcrm:src/themes/default/templates/giftcert/printing/print_gift_certificate.tpl "
    "(company, purchased by, amount, expiry) and the gift voucher print pages of booking "
    "sites (voucher title, for name, voucher code, valid for, expiry date)"
)
KIND = "other"
PAPER = ["slip", "half-letter"]
CATEGORIES = (
    "other",
    "ornate",
    "slip",
    "landscape",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.o { position:absolute; inset:10px; border:6px double ${accent}; background:${light} }
.i { position:absolute; inset:8px; border:1px solid ${accent}; padding:14px 20px 10px; text-align:center; display:flex; flex-direction:column; justify-content:space-between; font-family:${serif}; color:#222;
  background-image: radial-gradient(circle at 0 0, transparent 14px, transparent 15px), repeating-linear-gradient(45deg, rgba(0,0,0,0.018) 0 6px, transparent 6px 12px) }
.co { position:absolute; width:26px; height:26px; border:2px solid ${accent}; border-radius:50% } .tl { top:-5px; left:-5px } .tr { top:-5px; right:-5px } .bl { bottom:-5px; left:-5px } .br { bottom:-5px; right:-5px }
.sch { font: bold 12.5px ${sans}; letter-spacing:2px; color:${dark}; text-transform:uppercase }
h1 { font: 40px ${script}; color:${accent}; margin:2px 0 0; font-weight:normal; line-height:40px }
.t { font-size:14px; line-height:18px; margin:2px 0 }
.who { font: bold 20px ${display}; color:${dark}; border-bottom:1px solid ${accent}; display:inline-block; padding:0 20px 1px; margin:2px 0 4px }
.c { font: bold 16px ${display}; color:${dark} }
.row { display:flex; justify-content:space-between; font: 10.5px ${sans}; color:#333; text-align:left }
.row b { display:block; font-size:12px; color:#111 }
.val { position:absolute; right:16px; top:14px; width:64px; height:64px; border-radius:50%; background:${dark}; color:#fff; font: bold 14px ${sans}; display:flex; flex-direction:column; align-items:center; justify-content:center; line-height:14px }
.val small { font-size:8px; letter-spacing:1px }
</style>
<div class="o"><div class="i">
 <span class="co tl"></span><span class="co tr"></span><span class="co bl"></span><span class="co br"></span>
 <div class="val">${value}<small>VALUE</small></div>
 <div><div class="sch">${school}</div>
 <h1>${heading}</h1></div>
 <div><div class="t">${lead}</div>
 <div class="who">${holder}</div></div>
 <div><div class="t">${entitles}</div>
 <div class="c">${course}</div></div>
 <div class="t" style="font-size:11px">${fine}</div>
 <div class="row"><div>Voucher no.<b>${no}</b></div><div>${given_label}<b>${given}</b></div><div>Issued<b>${issued}</b></div><div>Expires<b>${expires}</b></div></div>
</div></div>
"""


def fill(d):
    from corpus import values as V

    school, short = d.pick(V.SCHOOLS)
    course, code = d.pick(V.IICRC_COURSES) if d.chance(0.6) else (d.pick(V.CE_COURSES), None)
    drawing = d.chance(0.5)
    return {
        "school": school,
        "heading": d.pick(["Training Voucher", "Gift Certificate", "Free Seat Voucher"]),
        "lead": d.pick(["This voucher is presented to", "Awarded to", "Good for one seat for"]),
        "holder": d.person(),
        "entitles": d.pick(
            [
                "and entitles the bearer to one seat, tuition paid, in a scheduled class of",
                "for one free registration in any public class of",
                "redeemable for one seat in",
            ]
        ),
        "course": f"{code} – {course}" if code and d.chance(0.5) else course,
        "fine": d.pick(
            [
                "Register by phone and quote the voucher number. Exam fees are not included. "
                "Not redeemable for cash; not transferable after registration.",
                "Subject to seat availability. Not valid with other offers. No cash value.",
            ]
        ),
        "value": d.pick(["$395", "$495", "$595", "$695", "$249"]),
        "no": d.number("V-"),
        "given_label": "Prize drawing" if drawing else "Authorized by",
        "given": d.pick(V.EVENTS) if drawing else d.person(),
        "issued": d.other_date("issue", "us_numeric"),
        "expires": d.other_date("expiry", "us_numeric"),
    }
