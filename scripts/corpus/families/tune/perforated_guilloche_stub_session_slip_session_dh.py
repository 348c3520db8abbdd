"""A session attendance slip the room monitor hands out at the door: a
guilloche-printed stub on the left with the credit in large figures and a
serial number, a perforation, then a small engraved-style heading, printed
session details as label/value lines (session, show, date, time) and
hand-written lines for the attendee's name and certification number, with
the monitor's initials and a validation stamp."""

SOURCE = (
    "wording: two-part session CE slips handed out by room monitors at cleaning and "
    "restoration trade shows (stub kept by the attendee, credit printed on the stub)"
)
KIND = "session"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "landscape",
    "labelled",
    "ornate",
    "handwriting",
    "distractor-person",
    "stamp",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper} }
.stub { position:absolute; left:0; top:0; bottom:0; width:170px; background:${tint};
  background-image: repeating-radial-gradient(circle at 0 50%, transparent 0 5px, ${gl} 5px 6px),
   repeating-radial-gradient(circle at 100% 50%, transparent 0 7px, ${gl2} 7px 8px);
  border-right:2px dashed #777; text-align:center; color:${ink}; font-family:${sans} }
.stub .k { margin-top:26px; font: bold 11px ${sans}; letter-spacing:3px; text-transform:uppercase }
.stub .big { margin:12px auto 0; width:116px; height:116px; border-radius:50%; background:${paper}; border:3px double ${ink};
  display:flex; flex-direction:column; align-items:center; justify-content:center }
.stub .big b { font: bold 44px ${display}; line-height:46px }
.stub .big span { font: 11px ${sans}; letter-spacing:2px }
.stub .ev { margin:14px 10px 0; font: 11px ${sans}; line-height:14px; background:${paper}; padding:3px }
.stub .sn { position:absolute; left:0; right:0; bottom:18px; font: 10px ${mono} }
.body { position:absolute; left:196px; right:22px; top:20px; font-family:${serif}; color:#1c1c1c }
.body h1 { margin:0; font: 25px ${display}; color:${ink}; letter-spacing:1px; border-bottom:1px solid ${ink}; padding-bottom:4px }
.body h1 small { font: 11px ${sans}; letter-spacing:2px; color:#666; margin-left:8px; text-transform:uppercase }
.r { display:flex; font-size:13.5px; margin-top:9px; line-height:17px }
.r span { width:86px; flex:none; font: 10px ${sans}; letter-spacing:1px; text-transform:uppercase; color:#666; padding-top:3px }
.hw { display:flex; align-items:flex-end; margin-top:12px; font: 10px ${sans}; color:#666; text-transform:uppercase; letter-spacing:1px }
.hw span { width:86px; flex:none }
.hw i { flex:1; border-bottom:1px solid #444; font: normal 24px ${hand}; color:#1b2a80; text-transform:none; letter-spacing:0; line-height:30px; padding-left:8px; white-space:nowrap }
.mon { position:absolute; left:196px; right:22px; bottom:16px; display:flex; justify-content:space-between; align-items:flex-end; font: 10px ${sans}; color:#555 }
.stp { border:2px solid ${stamp}; color:${stamp}; font: bold 12px ${sans}; letter-spacing:2px; padding:4px 8px; transform:rotate(-7deg);
  text-align:center; line-height:14px; opacity:.85 }
</style>
<div class="pg"></div>
<div class="stub">
 <div class="k">${stub_caption}</div>
 <div class="big"><b>${hours_big}</b><span>${unit}</span></div>
 <div class="ev">${event_short}</div>
 <div class="sn">№ ${serial}</div>
</div>
<div class="body">
 <h1>${heading}<small>${small}</small></h1>
 <div class="r"><span>${l_session}</span><b>${title}</b></div>
 <div class="r"><span>${l_event}</span>${event}</div>
 <div class="r"><span>${l_date}</span>${date} · ${time}</div>
 <div class="r"><span>${l_room}</span>${room}</div>
 <div class="hw"><span>${l_name}</span><i>${name}</i></div>
 <div class="hw"><span>${l_cert}</span><i>${cert_no}</i></div>
</div>
<div class="mon"><div>${l_monitor} <span style="font: 20px ${hand}; color:#1b2a80">${monitor_initials}</span> ${monitor}</div>
 <div class="stp">${stamp_text}<br>${stamp_date}</div></div>
"""


def fill(d):
    from corpus import formats as F

    minutes = round(d.credit * 60)
    start = d.rng.randrange(8 * 60, 17 * 60 - minutes, 15)

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d}"

    ampm = "a.m." if (start + minutes) < 12 * 60 else "p.m."
    monitor = d.person()
    initials = "".join(p[0] for p in monitor.replace(".", "").split() if p[0].isupper())[:3]
    event = d.provider()
    return {
        "paper": d.pick(["#fffdf6", "#fbfbf8", "#fdf9ef"]),
        "tint": d.pick(["#e8efe4", "#e6edf5", "#f3e9e2", "#efe8f3"]),
        "gl": d.pick(["rgba(30,70,120,.25)", "rgba(40,100,60,.25)", "rgba(120,40,40,.22)"]),
        "gl2": d.pick(["rgba(160,120,40,.22)", "rgba(90,90,90,.2)"]),
        "ink": d.pick(["#1f3a5f", "#0b3d2e", "#5b2333", "#3d2b1f"]),
        "stamp": d.pick(["#8b0000", "#1e6091", "#6a4c93"]),
        "stub_caption": d.pick(["Attendee copy", "Keep this stub", "CE credit"]),
        "hours_big": d.hours_number(),
        "unit": d.pick(["CEC", "CEC HOURS", "CECs"]),
        "event_short": event,
        "serial": d.number(),
        "heading": d.pick(
            ["Session Attendance", "Certificate of Attendance", "Education Session Slip"]
        ),
        "small": d.pick(["Continuing education", "Present at door", "Do not lose"]),
        "l_session": d.pick(["Session", "Class", "Topic"]),
        "title": d.title("plain"),
        "l_event": d.pick(["Event", "Show", "Conference"]),
        "event": event,
        "l_date": d.pick(["Date / time", "When", "Held"]),
        "date": d.date(d.pick(["weekday", "long", "short_month", "us_numeric"])),
        "time": f"{clock(start)}–{clock(start + minutes)} {ampm}",
        "l_room": d.pick(["Room", "Location"]),
        "room": d.pick(["Room", "Hall", "Ballroom"])
        + " "
        + d.pick(["A", "B2", "110", "C", "Salon 4"])
        + ", "
        + d.venue(),
        "l_name": d.pick(["Name", "Attendee", "Print name"]),
        "name": d.name("plain"),
        "l_cert": d.pick(["IICRC #", "Cert. no.", "Reg. #"]),
        "cert_no": str(d.rng.randrange(100000, 999999)),
        "l_monitor": d.pick(["Room monitor:", "Verified by:", "Monitor initials:"]),
        "monitor_initials": initials,
        "monitor": f"({monitor})",
        "stamp_text": d.pick(["VALIDATED", "CE VERIFIED", "ATTENDED"]),
        "stamp_date": F.fmt_date(d.completed, "us_short"),
    }
