"""A show name badge printed from a LaTeX name-tag template (large first
name, smaller full name, company, a coloured highlight strip for the badge
type, the show's logo band at the top), with the IICRC booth's registration
sticker stuck on it: the booth line, the scan date and the credit."""

SOURCE = "LSSTDESC/name-tag-guru:README.md"
KIND = "booth"
PAPER = "badge"
CATEGORIES = (
    "provider-in-logo",
    "landscape",
    "slip",
    "stamp",
    "dark-band",
    "labelled",
)

TEMPLATE = """<style>
.top { position:absolute; left:0; right:0; top:0; height:58px; background:${dark}; color:#fff; display:flex; align-items:center; gap:9px; padding:0 12px }
.top .m { width:38px; height:38px; flex:none; border-radius:50%; background:${accent}; font:bold 13px ${sans}; display:flex; align-items:center; justify-content:center }
.top .e { font:bold 15px ${sans}; line-height:17px }
.w { position:absolute; left:16px; right:16px; top:66px; font-family:${sans}; color:#111 }
.big { font:bold 44px ${cond}; line-height:50px } .full { font-size:15px; margin-top:0 } .aff { font-size:13px; color:#444; margin-top:2px }
.strip { position:absolute; left:0; right:0; bottom:0; height:30px; background:${hl}; color:#fff; font:bold 15px ${sans}; letter-spacing:3px;
  display:flex; align-items:center; padding-left:16px }
.st { position:absolute; right:10px; top:120px; width:158px; background:#fffbe6; border:1.5px solid #333; border-radius:5px; padding:5px 7px;
  font:10.5px ${sans}; line-height:13px; transform:rotate(-4deg); box-shadow:1px 1px 0 rgba(0,0,0,0.25) }
.st b { display:block; font-size:11.5px; border-bottom:1px solid #333; padding-bottom:2px; margin-bottom:3px }
</style>
<div class="top"><div class="m">${initials}</div><div class="e">${org}</div></div>
<div class="w"><div class="big">${first}</div><div class="full">${name}</div><div class="aff">${company}<br>${town}</div></div>
<div class="st"><b>${title}</b>${scan_label} ${date}<br>${credit_label} ${hours}<br>Booth ${booth}</div>
<div class="strip">${badge_type}</div>
"""


def fill(d):
    org = d.provider()
    initials = "".join(w[0] for w in org.split() if w[0].isupper())[:3]
    return {
        "initials": initials,
        "org": org,
        "first": d.first.upper() if d.chance(0.5) else d.first,
        "name": d.name("plain"),
        "company": d.pick(
            [
                "Dry Right Restoration",
                "Premier Cleaning Co.",
                "Tri-City Water Cleanup",
                "Keystone Carpet Care",
            ]
        ),
        "town": d.city(),
        "title": d.title(),
        "scan_label": d.pick(["Scanned", "Registered", "Date"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "short_month"])),
        "credit_label": d.pick(["CEC credit:", "CECs:", "Credit:"]),
        "hours": d.hours_number() if d.chance(0.5) else d.hours(d.pick(["cec_hours", "hrs"])),
        "booth": f"#{d.rng.randrange(100, 4999)}",
        "badge_type": d.pick(["ATTENDEE", "FULL CONFERENCE", "EXPO ONLY"]),
        "hl": d.pick(["#d35400", "#2e86c1", "#7d3c98", "#138d75"]),
    }
