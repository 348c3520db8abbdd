"""The back of a trade show badge with the booth's credit label stuck on
it. The badge back is printed with show information in small type: a
narrow column with the exhibit hall hours by day, the wi-fi network and
the emergency number, and the show's wordmark in a box at the top. Over
the right half sits a white thermal peel-off label, printed at the IICRC
booth's kiosk and a little crooked: a black heading strip with white
letters naming the booth registration, the visitor's name in capitals, the
certification number, the day, and the credit in a boxed figure."""

SOURCE = (
    "jawj/conference-name-badges:README.md (two-sided badges printed on card, merged fields); "
    "LSSTDESC/name-tag-guru:README.md (4 x 3 in badge inserts); wording of IICRC booth "
    "registration labels at trade shows"
)
KIND = "booth"
PAPER = "badge"
CATEGORIES = (
    "landscape",
    "slip",
    "dark-band",
    "provider-in-logo",
    "distractor-date",
    "sticker",
)

TEMPLATE = """<style>
.b { position:absolute; inset:0; background:${ground}; font-family:${sans}; color:#222 }
.hole { position:absolute; left:50%; top:5px; width:44px; height:8px; margin-left:-22px; border-radius:4px; background:#fff; border:1px solid #999 }
.col { position:absolute; left:12px; top:20px; bottom:10px; width:150px; font-size:8.5px; line-height:11px; color:#333 }
.col .wm { border:2px solid ${dark}; color:${dark}; font: bold 11px/13px ${cond}; text-transform:uppercase; padding:5px 6px; text-align:center; margin-bottom:8px }
.col h4 { margin:6px 0 2px; font: bold 8.5px ${sans}; text-transform:uppercase; letter-spacing:0.8px; color:${dark} }
.lab { position:absolute; left:176px; top:${lab_top}px; width:196px; background:#fff; border:1px solid #bbb; box-shadow: 1px 1px 0 #ccc;
  transform: rotate(${tilt}deg); font-family:${sans}; border-radius:3px; overflow:hidden }
.lab .h { background:#111; color:#fff; font: bold 10px ${sans}; letter-spacing:1.2px; text-align:center; padding:4px 2px }
.lab .in { padding:6px 8px 7px; font-size:9.5px; line-height:13px }
.lab .nm { font: bold 13px/15px ${sans}; margin-bottom:3px }
.lab .cr { display:flex; align-items:center; gap:8px; margin-top:5px }
.lab .cr b { border:2px solid #111; font: bold 20px ${sans}; padding:0 7px; line-height:26px }
</style>
<div class="b"><div class="hole"></div>
 <div class="col">
  <div class="wm">${event}</div>
  <h4>Exhibit hall</h4>${hall1}<br>${hall2}
  <h4>Wi-Fi</h4>${wifi}
  <h4>Emergency</h4>${phone}
  <h4>Lost badge</h4>${lost}
 </div>
 <div class="lab">
  <div class="h">${label_head}</div>
  <div class="in"><div class="nm">${name}</div>${cert_label} ${cert}<br>${date}
   <div class="cr"><b>${hours}</b><span>${unit}</span></div></div>
 </div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import WEEKDAYS

    r = d.rng
    first = d.completed - timedelta(days=d.pick([0, 1]))
    second = first + timedelta(days=1)

    def hours_line(day, a, b):
        return f"{WEEKDAYS[day.weekday()][:3]} {day.month}/{day.day}: {a} – {b}"

    return {
        "ground": d.pick(["#ffffff", "#f3f6fa", "#fbf7ef"]),
        "tilt": d.pick([-3, -2, 2, 3.5]),
        "lab_top": d.pick([50, 62, 74]),
        "event": d.provider(),
        "hall1": hours_line(first, "10 AM", "5 PM"),
        "hall2": hours_line(second, "10 AM", d.pick(["2 PM", "3 PM"])),
        "wifi": f"{d.pick(['ShowWiFi', 'Expo-Guest', 'CONV-FREE'])} / pw {d.pick(['drying', 'restore', 'cleanup'])}{r.randrange(10, 99)}",
        "phone": d.phone(),
        "lost": d.pick(
            ["Replacement badges $25 at registration", "Bring photo ID to registration"]
        ),
        "label_head": d.set_title(
            d.pick(["IICRC BOOTH REGISTRATION", "IICRC BOOTH · REGISTERED"]),
            ["IICRC Booth Registration"],
        ),
        "name": d.name("upper"),
        "cert_label": d.pick(["Cert", "IICRC #", "Cert No."]),
        "cert": f"{r.randrange(10000, 999999)}",
        "date": d.date(d.pick(["us_numeric", "short_month", "iso"])),
        "hours": d.hours_number(),
        "unit": d.pick(["CECs", "CEC hours", "IICRC CECs"]),
    }
