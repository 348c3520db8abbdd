"""Not a training record: a gift certificate from a training school's online
shop, re-created from an e-commerce gift certificate mail template and
printed on a slip. A white header row with the school's logo on the left
and, on the right, a small grey upper-case "Gift certificate code" over the
code in large type; below it a solid blue body: "GIFT CERTIFICATE" in bold
white capitals, "From:" and "To:" lines (a dashed rule under the second), a
message in pale blue that may name a class or a course, and on the right a
white card shape holding the amount. A strip at the foot reads "Shop now:"
with the shop's address and the expiry date. It names people, a school, a
course, a date and money and records no continuing-education credit."""

SOURCE = "cscart/cscart-boilerplate:mail/templates/addons/gift_certificates/templates/default.tpl"
KIND = "other"
PAPER = "slip"
CATEGORIES = (
    "other",
    "slip",
    "dark-band",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; left:36px; right:36px; top:22px; bottom:22px; font-family:${face}; box-shadow:0 0 0 1px #bbb }
.hd { height:84px; background:#fff; display:flex; justify-content:space-between; align-items:center; padding:0 18px }
.lg { display:flex; align-items:center; gap:10px; font: bold 15px ${sans}; color:${blue}; max-width:300px; line-height:1.2 }
.lg span { width:46px; height:46px; flex:none; border-radius:8px; background:${blue}; color:#fff; display:flex; align-items:center; justify-content:center; font: bold 18px ${serif} }
.cd { text-align:left }
.cd h4 { margin:0; font-size:11px; font-weight:normal; text-transform:uppercase; color:#7f7f80 }
.cd h1 { margin:0; font-size:23px; letter-spacing:1px; color:#111 }
.bd { position:absolute; left:0; right:0; top:84px; bottom:0; background:${blue}; color:#fff }
.lt { position:absolute; left:18px; top:14px; width:330px }
.lt h1 { margin:0; font: bold 25px ${face}; text-transform:uppercase }
.lt p { margin:0; font-size:14px; padding-top:8px }
.lt .to { padding-bottom:10px; border-bottom:1px dashed #72c0f5 }
.lt .ms { color:#afdbf9; font-size:13px; line-height:18px; padding-top:10px }
.card { position:absolute; right:26px; top:26px; width:200px; height:124px; background:#fff; border-radius:10px;
  box-shadow: 4px 4px 0 rgba(0,0,0,.2); display:flex; align-items:center; justify-content:center; font: bold 30px ${face}; color:#000 }
.card::before { content:''; position:absolute; left:0; right:0; top:20px; height:10px; background:${stripe} }
.fo { position:absolute; left:0; right:0; bottom:0; height:40px; background:rgba(0,0,0,.18); display:flex; justify-content:space-between;
  align-items:center; padding:0 14px; font-size:12px }
.fo b { margin-right:4px } .fo u { color:#fff }
</style>
<div class="w">
 <div class="hd"><div class="lg"><span>${mark}</span>${school}</div>
  <div class="cd"><h4>Gift certificate code</h4><h1>${code}</h1></div></div>
 <div class="bd">
  <div class="lt"><h1>Gift certificate</h1>
   <p>From: ${sender}</p><p class="to">To: ${recipient}</p>
   <div class="ms">${message}</div></div>
  <div class="card">${amount}</div>
  <div class="fo"><span>${expiry}</span><span><b>Shop now:</b><u>${shop}</u></span></div>
 </div>
</div>
"""


def fill(d):
    from corpus import formats as F
    from corpus import values as V

    school, alt = d.pick(V.SCHOOLS)
    short = alt or school
    course = d.pick([c for c, _ in V.IICRC_COURSES] + V.CE_COURSES)
    words = [w for w in short.replace("&", " ").split() if w[:1].isupper()]
    expires = (
        d.completed.replace(year=d.completed.year + 1) if d.completed.month != 2 else d.completed
    )
    slug = "".join(ch for ch in short.lower() if ch.isalnum())[:18]
    return {
        "face": d.fonts["sans"],
        "blue": d.pick(["#1396ee", "#1e6091", "#123c69", "#0f7c8c"]),
        "stripe": d.pick(["#f2b134", "#e63946", "#2d6a4f"]),
        "mark": "".join(w[0] for w in words[:2]),
        "school": school,
        "code": f"{d.pick(['GC', 'GIFT', 'CERT'])}-{d.rng.randrange(1000, 9999)}-{d.rng.randrange(1000, 9999)}",
        "sender": d.person(),
        "recipient": d.person(),
        "message": d.pick(
            [
                f"Congratulations on the new van! Put this toward {course}.",
                f"Good toward tuition for any class on our schedule, including {course}.",
                "Happy work anniversary from the whole crew. Pick any class you like.",
            ]
        ),
        "amount": d.pick(["$100.00", "$250.00", "$395.00", "$500.00", "$75.00"]),
        "expiry": d.pick(["Valid until ", "Expires ", "Redeem by "])
        + F.fmt_date(expires, d.pick(["long", "us_numeric", "short_month"])),
        "shop": f"www.{slug}.com/shop",
    }
