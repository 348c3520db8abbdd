"""A 4 x 3 inch session credit slip on tinted card stock, printed in one batch
per session and handed out at the door when the session ends: a dark band
with the show's name in light letter-spaced capitals, a large session code
beside the session title and presenter, a strip of three small cells (day,
clock times, room), a boxed credit value, ruled lines the attendee fills in
by hand (name, registrant number, signature) with the room monitor's
initials, and a line of tiny print on returning or keeping it."""

SOURCE = (
    "ajcandelariaa/laravel-gpca-registration:resources/views/admin/event/detail/delegates/"
    "delegate_badge.blade.php (4 x 3 badge stock: header band, name block, type strip); "
    "door-slip practice from https://www.randrmagonline.com/articles/85420-iicrc-continuing-education"
)
KIND = "session"
PAPER = "badge"
CATEGORIES = (
    "slip",
    "landscape",
    "dark-band",
    "letter-spaced",
    "handwriting",
    "labelled",
    "distractor-person",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.s { position:absolute; inset:0; background:${stock}; font-family:${sans}; color:#1a1a1a }
.band { background:${dark}; color:#f4f1e8; padding:9px 12px 7px }
.band .ev { font: bold 11px ${sans}; letter-spacing:2.2px; text-transform:uppercase; line-height:13px }
.band .sb { font-size:7.5px; letter-spacing:3px; opacity:0.85; margin-top:2px; text-transform:uppercase }
.mid { display:flex; gap:10px; padding:11px 12px 6px; align-items:flex-start; min-height:66px }
.code { min-width:58px; text-align:center; border:2px solid ${dark}; color:${dark}; padding:2px 3px 1px }
.code small { display:block; font-size:6.5px; letter-spacing:1.5px; text-transform:uppercase }
.code b { display:block; font: bold 19px ${cond}; line-height:22px }
.ti { font: bold 13.5px ${serif}; line-height:16px }
.pr { font-size:9px; color:#444; margin-top:3px }
.cells { display:grid; grid-template-columns:1.5fr 1.3fr 0.8fr 1.1fr; margin:4px 12px 0; border:1px solid #777 }
.cells div { padding:4px 5px 5px; border-right:1px solid #777; font-size:10px; white-space:nowrap; overflow:hidden }
.cells div:last-child { border-right:none; background:${light}; font-weight:bold }
.cells small { display:block; font-size:6.5px; letter-spacing:1px; text-transform:uppercase; color:#555; font-weight:normal }
.ln { display:flex; align-items:flex-end; margin:12px 12px 0; height:24px }
.ln span { font-size:7.5px; letter-spacing:1px; text-transform:uppercase; color:#444; white-space:nowrap; margin-right:5px }
.ln div { flex:1; border-bottom:1px solid #333; font: 19px ${handf}; color:${ink}; line-height:20px; padding-left:4px; white-space:nowrap }
.ln .sm { flex:0 0 52px; margin-left:4px }
.ft { position:absolute; left:12px; right:12px; bottom:5px; font-size:6.5px; color:#555; line-height:8.5px }
</style>
<div class="s">
 <div class="band"><div class="ev">${event}</div><div class="sb">${band_sub}</div></div>
 <div class="mid">
  <div class="code"><small>${code_label}</small><b>${code}</b></div>
  <div><div class="ti">${title}</div><div class="pr">${presenter_label} ${speaker}</div></div>
 </div>
 <div class="cells">
  <div><small>${date_label}</small>${date}</div>
  <div><small>Time</small>${time}</div>
  <div><small>Room</small>${room}</div>
  <div><small>${credit_label}</small>${hours}</div>
 </div>
 <div class="ln"><span>${name_label}</span><div>${name}</div></div>
 <div class="ln"><span>${reg_label}</span><div>${reg}</div><span style="margin-left:8px">${mon_label}</span><div class="sm">${mon}</div></div>
 <div class="ln"><span>${sig_label}</span><div>${sig}</div></div>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    r = d.rng
    start = d.pick([8, 9, 10, 13, 14, 15]) * 60 + d.pick([0, 15, 30])
    end = start + round(max(d.credit, 0.5) * 60)

    def clock(m):
        return f"{(m // 60) % 12 or 12}:{m % 60:02d}"

    monitor = d.person()
    return {
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "stock": d.pick(["#f3ecd2", "#e6eef3", "#eef3e2", "#f6e6e0", "#f7f3e8"]),
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "event": d.provider(),
        "band_sub": d.pick(["Session credit slip", "CE session slip", "Education credit slip"]),
        "code_label": d.pick(["Session", "Code", "No."]),
        "code": f"{d.pick(['T', 'W', 'ED', 'R'])}{r.randrange(10, 99)}",
        "title": d.title("plain"),
        "presenter_label": d.pick(["Presenter:", "Speaker:", "Presented by"]),
        "speaker": d.person(),
        "date_label": d.pick(["Date", "Day"]),
        "date": d.date(d.pick(["short_month", "us_numeric", "dd_mon_yyyy", "long"])),
        "time": f"{clock(start)}–{clock(end)}",
        "room": d.pick(["W204", "310B", "C-12", "Hall E", "118", "S401"]),
        "credit_label": d.pick(["CECs", "Credit", "IICRC CEC"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title", "hrs"])),
        "name_label": d.pick(["Attendee", "Your name", "Name"]),
        "name": d.name("plain"),
        "reg_label": d.pick(["IICRC #", "Reg. no.", "Cert. #"]),
        "reg": f"{r.randrange(10000, 999999)}",
        "sig_label": d.pick(["Signature", "Signed"]),
        "sig": f"{d.first[0]}. {d.last}",
        "mon_label": d.pick(["Monitor", "Init."]),
        "mon": "".join(p[0] for p in monitor.split() if p[0].isupper()),
        "foot": d.pick(
            [
                "Slips are handed out only after the session ends. Keep this slip with your records: "
                "no certificates are mailed after the show.",
                "One slip per attendee per session. Altered or unsigned slips are not credited. "
                "Return to the education desk, main lobby, by the last day of the show.",
            ]
        ),
    }
