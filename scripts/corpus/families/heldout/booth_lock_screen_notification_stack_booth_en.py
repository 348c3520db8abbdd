"""A phone's lock screen, screenshotted and printed on a sheet: a dark
wallpaper, the big clock and a day line, then a stack of translucent
notification cards in white type. The show app's card says in one
running sentence that the booth visit was recorded with its credit, for
whom and when; around it a text from a co-worker, a mail notice from a
school about a class, and a calendar reminder with a session time. The
show app card carries the show's name as its app title."""

SOURCE = (
    "get-house/gethouse:resources/js/Components/PhoneNotification.vue (phone frame with "
    "notification cards over a wallpaper) and luiscaleni/portfolio:src/Iphone/IOS/CompSystem/"
    "CompLockScreen/index.jsx (clock, date, notification group); wording of trade-show app "
    "push notifications for booth scans"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "screenshot",
    "phone-screenshot",
    "dark-background",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.ph { position:absolute; left:50%; top:50px; width:392px; height:840px; margin-left:-196px; border:11px solid #0d0d0d; border-radius:42px; overflow:hidden;
  background: linear-gradient(170deg, ${wall1} 0%, ${wall2} 60%, #050608 100%); font-family:${sans}; color:#fff }
.sb { height:34px; display:flex; justify-content:space-between; align-items:center; padding:6px 28px 0; font: bold 13px ${sans} }
.day { text-align:center; margin-top:18px; font: 17px ${sans}; opacity:.92 }
.clk { text-align:center; font: 200 84px ${sans}; line-height:88px; letter-spacing:-1px }
.stack { position:absolute; left:12px; right:12px; top:${stack_top}px }
.n { background:rgba(255,255,255,.16); border-radius:16px; padding:10px 12px 11px; margin-bottom:9px }
.n .h { display:flex; justify-content:space-between; align-items:center; font-size:11.5px; opacity:.85; text-transform:uppercase; letter-spacing:.4px }
.n .h i { display:inline-block; width:18px; height:18px; border-radius:5px; background:${appc}; vertical-align:-4px; margin-right:6px }
.n .t { font: bold 14.5px ${sans}; margin-top:5px; line-height:18px }
.n .b { font-size:13.5px; line-height:18px; margin-top:2px }
.ft { position:absolute; left:0; right:0; bottom:26px; display:flex; justify-content:space-between; padding:0 42px }
.ft span { width:46px; height:46px; border-radius:50%; background:rgba(255,255,255,.18) }
.bar { position:absolute; left:50%; bottom:8px; width:130px; margin-left:-65px; height:5px; border-radius:3px; background:#fff }
.cap { position:absolute; left:40px; right:40px; bottom:22px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#555 }
</style>
<div class="ph">
 <div class="sb"><span>${carrier}</span><span>${batt}%</span></div>
 <div class="day">${day}</div>
 <div class="clk">${clock}</div>
 <div class="stack">
  <div class="n"><div class="h"><span><i></i>${app_label}</span><span>${ago1}</span></div>
   <div class="t">${provider}</div>
   <div class="b">${b1} ${title} ${b2} ${hours} ${b3} ${name} ${b4} ${date}.</div></div>
  <div class="n"><div class="h"><span><i style="background:#34c759"></i>Messages</span><span>${ago2}</span></div>
   <div class="t">${friend}</div><div class="b">${text}</div></div>
  <div class="n"><div class="h"><span><i style="background:#0a84ff"></i>Mail</span><span>${ago3}</span></div>
   <div class="t">${school}</div><div class="b">${mail}</div></div>
  <div class="n"><div class="h"><span><i style="background:#ff3b30"></i>Calendar</span><span>${ago4}</span></div>
   <div class="t">${cal}</div><div class="b">${cal_time}</div></div>
 </div>
 <div class="ft"><span></span><span></span></div>
 <div class="bar"></div>
</div>
<div class="cap"><span>${file}</span><span>${printed}</span></div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import MONTHS, WEEKDAYS

    r = d.rng
    today = d.completed + timedelta(days=d.pick([0, 0, 1]))
    school = d.pick(V.SCHOOLS)[0]
    return {
        "wall1": d.pick(["#1d2b4f", "#2a1f3d", "#0f3a3a", "#3a2a1a"]),
        "wall2": d.pick(["#0c1428", "#140f22", "#07201f", "#1c130b"]),
        "appc": d.pick(["#ff9f0a", "#5e5ce6", "#30b0c7", "#e0457b"]),
        "carrier": d.pick(["Verizon 5G", "AT&T LTE", "T-Mobile"]),
        "batt": r.randrange(18, 96),
        "day": f"{WEEKDAYS[today.weekday()]}, {MONTHS[today.month - 1]} {today.day}",
        "clock": f"{r.randrange(1, 12)}:{r.randrange(10, 59)}",
        "stack_top": 232,
        "app_label": d.pick(["Show App", "Expo Guide", "Event App"]),
        "ago1": d.pick(["now", "2m ago", "14m ago"]),
        "provider": d.provider(),
        "b1": d.pick(["Booth visit recorded:", "You're checked in \u2014", "Scan confirmed for"]),
        "title": d.title(),
        "b2": d.pick(["\u00b7", "earned", "credited"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours"])),
        "b3": d.pick(["for", "to"]),
        "name": d.name("plain"),
        "b4": d.pick(["on", "\u00b7 scanned"]),
        "date": d.date(d.pick(["short_month", "long", "us_numeric"])),
        "ago2": d.pick(["5m ago", "21m ago", "1h ago"]),
        "friend": d.person(),
        "text": d.pick(
            [
                "grab me a moisture meter flyer if you pass the meter booth",
                "lunch by the food court at 12:30? bring your badge",
                "did you get the CEC scan? line was long when I went",
            ]
        ),
        "ago3": d.pick(["1h ago", "2h ago", "Yesterday"]),
        "school": school,
        "mail": d.pick(
            [
                "Seats left in our next ASD class \u2014 register by Friday.",
                "Your class confirmation and hotel block details inside.",
            ]
        ),
        "ago4": d.pick(["in 15 min", "in 40 min"]),
        "cal": d.pick(
            ["Session: The Science of Evaporation", "Keynote \u2013 Hall B", "Booth duty"]
        ),
        "cal_time": f"{r.randrange(1, 5)}:{d.pick(['00', '15', '30'])} \u2013 {r.randrange(5, 7)}:00 PM",
        "file": f"IMG_{r.randrange(1000, 9999)}.PNG",
        "printed": d.other_date("print", "us_short"),
    }
