"""A badge-sized printout from the IICRC booth at a trade show: a grey band
across the top with the show's wordmark on the left and the certifying
body's on the right, a photo box beside the visitor's name, company and a
"booth registration" line, and a ruled grid at the bottom with the day the
visit was scanned, the credit, the show's dates and the booth number."""

SOURCE = (
    "neelmanis/registration.gjepc.org:12-01-2023/badge_v3.php (grey header band holding two "
    "logos, photo beside details, bordered cells) with booth-registration wording from "
    "trade-show IICRC booths (two CECs for registering at the booth)"
)
KIND = "booth"
PAPER = "badge"
CATEGORIES = (
    "labelled",
    "landscape",
    "dark-band",
    "provider-in-logo",
    "distractor-date",
)

TEMPLATE = """<style>
.b { position:absolute; inset:0; border:1px solid #000; font-family:${sans}; color:#111; background:#fff }
.band { background:#6b6b6b; height:50px; display:flex; justify-content:space-between; align-items:center; padding:0 10px; color:#fff }
.band .ev { font: bold 13px ${cond}; line-height:14px; max-width:230px; text-transform:uppercase }
.band .ic { border:2px solid #fff; padding:2px 6px; font: bold 14px ${sans}; letter-spacing:1px }
.mid { display:flex; gap:10px; padding:9px 10px 0 }
.ph { width:66px; height:80px; flex:none; border:1px solid #555; background:linear-gradient(#dcdfe3,#b5bcc4) }
.inf { min-width:0 }
.nm { font: bold 17px ${sans}; line-height:19px }
.co { font-size:11px; color:#333; margin-top:2px }
.tt { margin-top:7px; font: bold 11.5px ${sans}; color:#fff; background:${accent}; display:inline-block; padding:2px 6px; text-transform:uppercase }
.cat { font-size:10px; margin-top:5px; color:#444 }
table { position:absolute; left:10px; right:10px; bottom:8px; border-collapse:collapse; width:calc(100% - 20px) }
td { border:1px solid #000; font-size:10px; padding:2px 4px; vertical-align:top; line-height:12px }
td small { display:block; font-size:7.5px; color:#555; text-transform:uppercase }
td b { font-size:11px }
</style>
<div class="b">
 <div class="band"><div class="ev">${event}</div><div class="ic">IICRC</div></div>
 <div class="mid">
  <div class="ph"></div>
  <div class="inf">
   <div class="nm">${name}</div>
   <div class="co">${company}</div>
   <div class="tt">${title}</div>
   <div class="cat">${cat}</div>
  </div>
 </div>
 <table>
  <tr><td><small>${date_label}</small><b>${date}</b></td><td><small>${credit_label}</small><b>${hours}</b></td></tr>
  <tr><td><small>Show dates</small>${show}</td><td><small>Booth</small>${booth}</td></tr>
 </table>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    return {
        "event": d.provider(),
        "name": d.name(d.pick(["plain", "upper"])),
        "company": d.pick(
            [
                "Rapid Response Restoration",
                "Clearwater Carpet & Tile",
                "Summit Water Damage Pros",
                "Harbor Cleaning Services Inc.",
            ]
        ),
        "title": d.set_title(
            d.pick(["IICRC Booth Registration", "Booth Registration"]), ["IICRC Booth Registration"]
        ),
        "cat": d.pick(
            ["Certified technician · visitor", "Registrant", "Certificant visit recorded"]
        ),
        "date_label": d.pick(["Scanned", "Registered", "Visit date"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "us_short"])),
        "credit_label": d.pick(["CEC", "Credit", "CECs earned"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hrs"])),
        "show": show,
        "booth": d.pick(["#1207", "#415", "B-22", "#918"]),
    }
