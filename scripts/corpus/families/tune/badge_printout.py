"""A printed digital badge: the round badge artwork, the badge name, its
description, then the assertion's fields: recipient, issued on, expires,
issuer organisation and contact, evidence link."""

SOURCE = "davelester/WPBadger:includes/awards_json.php and 1EdTech/openbadges-specification:Assertion/latest.md"
KIND = "course"
PAPER = "letter-portrait"
CATEGORIES = ("record", "labelled", "portrait", "seal", "distractor-date", "ornate")

TEMPLATE = """<style>
.w { position:absolute; inset:60px 80px; font: 15px ${sans} }
.bd { width:200px; height:200px; border-radius:50%; margin:0 auto; background:conic-gradient(${dark} 0 25%, ${accent} 0 50%, ${dark} 0 75%, ${accent} 0);
  display:flex; align-items:center; justify-content:center }
.bd div { width:150px; height:150px; border-radius:50%; background:#fff; display:flex; align-items:center; justify-content:center;
  text-align:center; font: bold 14px ${sans}; color:${dark}; padding:12px }
h1 { text-align:center; font-size:28px; margin:24px 0 6px } .ds { text-align:center; color:#444; margin-bottom:26px }
dl { display:grid; grid-template-columns:170px 1fr; row-gap:10px } dt { color:#555 } dd { margin:0; font-weight:bold }
</style>
<div class="w">
 <div class="bd"><div>${badge_text}</div></div>
 <h1>${title}</h1>
 <div class="ds">${description}</div>
 <dl><dt>Awarded to</dt><dd>${name}</dd>
  <dt>Issued on</dt><dd>${date}</dd>
  <dt>Expires</dt><dd>${expiry}</dd>
  <dt>Credit</dt><dd>${hours}</dd>
  <dt>Issuer</dt><dd>${org}</dd>
  <dt>Contact</dt><dd>${contact}</dd>
  <dt>Evidence</dt><dd style="font-weight:normal">https://${web}/badges/${slug}</dd></dl>
</div>
"""


def fill(d):
    title = d.title("plain")
    return {
        "badge_text": (d.code or "CE") + "<br>VERIFIED",
        "title": title,
        "description": "Earners completed the classroom and hands-on requirements and passed the assessment.",
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "date": d.date(d.pick(["iso", "long", "short_month"])),
        "expiry": d.other_date("expiry", d.pick(["iso", "long"])),
        "hours": d.hours(d.pick(["cec_hours", "iicrc_cec", "hrs"])),
        "org": d.provider(),
        "contact": f"education@{d.web()[4:]}",
        "web": d.web(),
        "slug": title.lower().replace(" ", "-")[:24],
    }
