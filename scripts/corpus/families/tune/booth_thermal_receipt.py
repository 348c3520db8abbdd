"""A booth check-in printed on an 80 mm thermal receipt printer: centred
event name and hall, dashed rules, "IICRC BOOTH" and the visitor's scan
details in a monospaced face, CEC credit, and "keep this receipt"."""

SOURCE = (
    "Hongly21/Cafe_System:view/Sales/recive.php (80 mm receipt layout); wording from "
    "https://tygartmedia.com/restoration-continuing-education-iicrc-cecs/"
)
KIND = "booth"
PAPER = "receipt"
CATEGORIES = ("slip", "portrait", "labelled", "provider-in-logo")

TEMPLATE = """<style>
.r { position:absolute; inset:14px 16px; font: 12.5px ${mono}; color:#111; line-height:16px }
.c { text-align:center } h2 { font-size:15px; margin:2px 0 } .line { border-bottom:1px dashed #000; margin:8px 0 }
table { width:100% } td { padding:2px 0; vertical-align:top } .rt { text-align:right }
</style>
<div class="r">
 <div class="c"><h2>${event}</h2>${venue}<br>Booth ${booth}</div>
 <div class="line"></div>
 <div class="c"><b>${heading}</b></div>
 <div class="line"></div>
 <table><tr><td>NAME</td><td class="rt">${name}</td></tr>
  <tr><td>CERT #</td><td class="rt">${member}</td></tr>
  <tr><td>DATE</td><td class="rt">${date}</td></tr>
  <tr><td>TIME</td><td class="rt">${time}</td></tr>
  <tr><td>CREDIT</td><td class="rt">${hours}</td></tr></table>
 <div class="line"></div>
 <div class="c">KEEP THIS RECEIPT<br>AS PROOF OF ATTENDANCE<br><br>Scanned by: ${staff}<br>Ref ${ref}</div>
</div>
"""


def fill(d):
    return {
        "event": d.provider("upper"),
        "venue": d.venue(),
        "booth": d.pick(["#1207", "#515", "#2231", "#88"]),
        "heading": d.set_title(
            d.pick(["IICRC BOOTH CHECK-IN", "IICRC BOOTH REGISTRATION"]),
            ["IICRC Booth Registration", "IICRC Booth Check-In"],
        ),
        "name": d.name("upper"),
        "member": d.number(),
        "date": d.date(d.pick(["us_numeric", "iso", "us_short"])),
        "time": d.pick(["10:42 AM", "2:17 PM", "11:05 AM", "3:58 PM"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours"])).upper(),
        "staff": d.person().upper(),
        "ref": d.number(),
    }
