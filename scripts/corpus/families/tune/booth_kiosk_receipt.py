"""A thermal receipt from the badge-scan kiosk at a show booth: the show name
centred in monospace, dashed rules, key/value lines padded with dots (scan
time, badge, the credit line) and the line that names the booth visit, and a
"keep this receipt" footer. Narrow paper, all caps where a receipt printer
would print them."""

SOURCE = (
    "sanquilouie/NewRam:NewRam/actions/print_test.php (58 mm thermal receipt layout); "
    "booth CEC wording from https://www.randrmagonline.com/articles/85420-iicrc-continuing-education"
)
KIND = "booth"
PAPER = "receipt"
CATEGORIES = ("slip", "portrait", "mono", "provider-in-logo")

TEMPLATE = """<style>
.r { position:absolute; inset:14px 16px; font: 12.5px ${mono}; color:#111; line-height:17px }
.c { text-align:center } h2 { font-size:15px; margin:0; text-align:center; line-height:19px }
hr { border:0; border-top:1px dashed #000; margin:8px 0 }
.l { display:flex; justify-content:space-between } .l span:last-child { text-align:right }
.big { font-size:14px; font-weight:bold; text-align:center; margin:6px 0 }
.bar { height:36px; margin:12px 6px 4px; background:repeating-linear-gradient(90deg,#000 0 2px,#fff 2px 4px,#000 4px 5px,#fff 5px 8px) }
</style>
<div class="r">
 <h2>${event}</h2>
 <div class="c">${venue}</div>
 <div class="c">${show_range}</div>
 <hr>
 <div class="big">${heading}</div>
 <hr>
 <div>${name}</div>
 <div class="l"><span>CERT #</span><span>${cert}</span></div>
 <div class="l"><span>BADGE</span><span>${badge}</span></div>
 <div class="l"><span>DATE</span><span>${date}</span></div>
 <div class="l"><span>TIME</span><span>${time}</span></div>
 <hr>
 <div class="l"><span>${credit_label}</span><span>${hours}</span></div>
 <hr>
 <div class="c">${footer}</div>
 <div class="bar"></div>
 <div class="c">SCAN ${scan}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    return {
        "event": d.provider("upper"),
        "venue": d.venue(),
        "show_range": show,
        "heading": d.set_title(
            d.pick(["IICRC BOOTH REGISTRATION", "IICRC Booth Registration", "IICRC BOOTH VISIT"]),
            ["IICRC Booth Registration"],
        ),
        "name": d.name("upper"),
        "cert": d.number(),
        "badge": f"{r.randrange(1000000, 9999999)}",
        "date": d.date(d.pick(["us_numeric", "us_short", "iso"])),
        "time": f"{r.randrange(9, 17):02d}:{r.randrange(0, 60):02d}",
        "credit_label": d.pick(["CEC CREDIT", "CECs", "CEC HRS"]),
        "hours": d.hours_number(),
        "footer": "KEEP THIS RECEIPT AS PROOF OF YOUR BOOTH VISIT",
        "scan": f"{r.randrange(10**9, 10**10)}",
    }
