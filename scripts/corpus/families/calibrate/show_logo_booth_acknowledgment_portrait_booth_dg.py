"""A portrait acknowledgment printed at a show's IICRC booth: the show's
logo lockup (its name only there), the show dates as a range under it, a
centred "Booth Registration Acknowledgment" with the visitor named in a
sentence, a small boxed summary with the credit, the booth staffer's
signature and a note on when the credit posts."""

SOURCE = (
    "ilyaKryazh/QrCode:resources/views/certificate.blade.php (nested bordered boxes, centred "
    "title, certify line, name, what was done, number and date stacked)"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "provider-in-logo",
    "date-range",
    "sentence",
    "labelled",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.o { position:absolute; inset:30px; border:8px solid ${dark} }
.i { position:absolute; inset:44px; border:2px solid ${accent}; padding:44px 56px; text-align:center; font-family:${serif}; color:#202020 }
.logo { display:inline-flex; align-items:center; gap:14px }
.logo .mk { width:64px; height:64px; border-radius:14px; background:${dark}; color:#fff; font: bold 26px ${sans}; display:flex; align-items:center; justify-content:center }
.logo .tx { text-align:left; font: bold 22px ${cond}; color:${dark}; text-transform:uppercase; line-height:24px; max-width:360px }
.dates { margin-top:8px; font: 14px ${sans}; color:#555; letter-spacing:1px }
.dates span { color:#999 }
h1 { font: 36px ${display}; color:${dark}; margin:60px 0 0; line-height:44px }
.st { margin-top:34px; font-size:18px; line-height:30px }
.st b { font-size:26px; display:block; margin:10px 0; font-family:${serif} }
.box { margin:40px auto 0; width:360px; border:1px solid #888; text-align:left; font: 14px ${sans} }
.box div { display:flex; justify-content:space-between; padding:8px 12px; border-bottom:1px solid #ddd } .box div:last-child { border-bottom:none }
.box span { color:#666 }
.sg { position:absolute; left:56px; bottom:96px; text-align:left; font: 13px ${sans}; color:#444 }
.sg .h { font: 28px ${hand}; color:#1c2c6b; border-bottom:1px solid #555; width:250px; line-height:36px }
.nt { position:absolute; left:56px; right:56px; bottom:30px; font: 11px ${sans}; color:#666; line-height:15px }
</style>
<div class="o"></div>
<div class="i">
 <div class="logo"><div class="mk">${mark}</div><div class="tx">${event}</div></div>
 <div class="dates">${dates}<span> &nbsp;|&nbsp; </span>${venue}</div>
 <h1>${heading}</h1>
 <div class="st">${lead}<b>${name}</b>${rest}</div>
 <div class="box">
  <div><span>Registration</span>${title}</div>
  <div><span>Booth</span>${booth}</div>
  <div><span>Credit</span>${hours}</div>
  <div><span>Reference</span>${ref}</div>
 </div>
 <div class="sg"><div class="h">${staff}</div>${staff}, ${staff_role}</div>
 <div class="nt">${note}</div>
</div>
"""


def fill(d):
    event = d.provider()
    words = [w for w in event.split() if w[0].isalpha()]
    return {
        "mark": "".join(w[0] for w in words[:3]).upper(),
        "event": event,
        "dates": d.date_range(d.pick([1, 2, 2])),
        "venue": d.venue(),
        "heading": d.pick(
            ["Booth Registration Acknowledgment", "Acknowledgment of Booth Registration"]
        ),
        "lead": d.pick(["We acknowledge that", "This acknowledges that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "rest": d.pick(
            [
                "registered in person at the IICRC booth during the show.",
                "visited the IICRC booth and completed the booth registration during the show.",
            ]
        ),
        "title": d.title("plain"),
        "booth": d.pick(["#1207", "#2418", "#611", "#1530"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])),
        "ref": d.number("BR-"),
        "staff": d.person(),
        "staff_role": d.pick(["IICRC Booth Staff", "Booth Coordinator", "Registration Desk"]),
        "note": d.pick(
            [
                "Credit is posted to the registrant's IICRC record after the show closes. Allow up "
                "to 30 days. Keep this acknowledgment until the credit appears.",
                "This acknowledgment is printed on request at the booth. Only one booth "
                "registration may be credited per show.",
            ]
        ),
    }
