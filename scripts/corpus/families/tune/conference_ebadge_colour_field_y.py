"""Not a certificate: the e-badge a trade show e-mails after registration,
printed on a full sheet: a deep colour field filling the top half with the
host city in huge letters, the show's name and the admission type, then on
white the registrant's name very large, the company, the show dates and
venue, a QR code box and a line telling the holder to bring the sheet to
badge pickup. It prints a name and dates and gives no credit."""

SOURCE = (
    "Kings-Israel/events-registration:resources/views/pdfs/world-bank-climate/index.blade.php "
    "(full-page badge sheet: coloured field with huge place name and admission type in white, "
    "name and details absolutely positioned below)"
)
KIND = "other"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "dark-band",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.top { position:absolute; left:0; right:0; top:0; height:50%; background:${dark}; color:#fff }
.top:after { content:''; position:absolute; left:0; right:0; bottom:0; height:14px; background:${accent} }
.city { position:absolute; left:0; right:0; top:90px; text-align:center; font: bold 76px ${cond}; letter-spacing:4px; text-transform:uppercase; line-height:84px }
.ev { position:absolute; left:60px; right:60px; top:240px; text-align:center; font: 34px ${sans}; line-height:42px }
.ty { position:absolute; left:0; right:0; top:380px; text-align:center; font: bold 54px ${sans}; letter-spacing:6px; color:${light} }
.nm { position:absolute; left:50px; right:50px; top:56%; text-align:center; font: bold 50px ${sans}; line-height:58px; color:#111 }
.co { position:absolute; left:50px; right:50px; top:67%; text-align:center; font: 26px ${sans}; color:#333 }
.dt { position:absolute; left:70px; bottom:120px; font: 19px ${sans}; line-height:28px; color:#222 }
.qr { position:absolute; right:70px; bottom:100px; width:150px; height:150px; border:6px solid #000;
  background: repeating-conic-gradient(#000 0 25%, #fff 0 50%) 0 0 / 24px 24px }
.qr:before { content:''; position:absolute; left:6px; top:6px; width:40px; height:40px; border:8px solid #000; background:#fff }
.nt { position:absolute; left:70px; right:70px; bottom:40px; font: 14px ${sans}; color:#444; border-top:1px solid #aaa; padding-top:8px }
</style>
<div class="top"><div class="city">${city}</div><div class="ev">${event}</div><div class="ty">${admission}</div></div>
<div class="nm">${name}</div>
<div class="co">${company}</div>
<div class="dt">${range}<br>${venue}<br>Reg. ${reg}</div>
<div class="qr"></div>
<div class="nt">${note}</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_range

    event = d.pick(V.EVENTS)
    start = d.completed
    city = d.city()
    return {
        "city": city.split(",")[0],
        "event": f"{event} {start.year}",
        "admission": d.pick(["VISITOR", "EXPO ONLY", "FULL ACCESS", "EXHIBITOR"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "company": d.pick(
            [
                "Rapid Response Restoration",
                "Clearwater Carpet & Tile",
                "Summit Water Damage Pros",
                "Harbor Cleaning Services Inc.",
            ]
        ),
        "range": fmt_range(start, start + timedelta(days=d.pick([1, 2, 2])), d.rng),
        "venue": d.venue(),
        "reg": d.number(),
        "note": d.pick(
            [
                "Print this page and bring it to badge pickup with photo ID. This e-badge is not "
                "valid for entry by itself.",
                "Show this QR code at the self-service kiosks to print your badge. Registered "
                f"{d.other_date('registered', 'long')}.",
            ]
        ),
    }
