"""A half-sheet attendance slip handed out at the door of an education
session and kept by the attendee: a dark header strip with the show's name,
"Attendee copy" and a serial number, ruled fill-in lines completed by hand
(name, session, date, time in, time out, credit), the room monitor's
initials, the speaker's name printed, and a perforation with a stub edge."""

SOURCE = (
    "wording: session room monitor slips at restoration trade shows (attendee fills in "
    "name and times, monitor initials, attendee keeps the top copy)"
)
KIND = "session"
PAPER = ["half-letter", "slip"]
CATEGORIES = (
    "slip",
    "labelled",
    "handwriting",
    "script-name",
    "landscape",
    "dark-band",
    "time-attended",
    "distractor-person",
)

TEMPLATE = """<style>
.stub { position:absolute; top:0; bottom:0; right:0; width:86px; border-left:2px dashed #888; background:${light} }
.stub div { position:absolute; top:50%; left:50%; transform:translate(-50%,-50%) rotate(90deg); white-space:nowrap;
  font: bold 12px ${sans}; letter-spacing:2px; color:#555 }
.hd { position:absolute; top:0; left:0; right:86px; height:56px; background:${dark}; color:#fff; display:flex;
  align-items:center; justify-content:space-between; padding:0 22px }
.hd b { font: bold 19px ${head} } .hd span { font: 11px ${sans}; text-align:right; line-height:15px }
.t { position:absolute; top:66px; left:22px; right:108px; font: bold 14px ${sans}; letter-spacing:1px; text-transform:uppercase; color:${dark} }
.f { position:absolute; left:22px; right:108px; top:92px; font: 11px ${sans}; color:#333 }
.r { display:flex; align-items:flex-end; gap:8px; height:${rh}px }
.r label { flex:none; text-transform:uppercase; font-size:9.5px; letter-spacing:.6px; padding-bottom:4px }
.r .v { flex:1; border-bottom:1px solid #444; font: ${hs}px ${hand}; color:${ink}; padding-left:6px; line-height:26px; white-space:nowrap }
.r .p { flex:1; border-bottom:1px solid #444; font: 13px ${sans}; color:#111; padding-left:6px; padding-bottom:3px }
.fine { position:absolute; left:22px; right:108px; bottom:12px; font: 8.5px ${sans}; color:#666 }
</style>
<div class="hd"><b>${event}</b><span>${copy}<br>No. ${serial}</span></div>
<div class="stub"><div>${stub}</div></div>
<div class="t">${heading}</div>
<div class="f">
 <div class="r"><label>Attendee name</label><div class="v">${name}</div><label>Badge no.</label><div class="p" style="flex:.4">${badge}</div></div>
 <div class="r"><label>Session title</label><div class="v" style="font-size:${ts}px">${title}</div></div>
 <div class="r"><label>Session code</label><div class="p" style="flex:.3">${code}</div><label>Track</label><div class="p">${track}</div></div>
 <div class="r"><label>Speaker</label><div class="p">${speaker}</div><label>Room</label><div class="p" style="flex:.35">${room}</div></div>
 <div class="r"><label>Date</label><div class="v">${date}</div><label>Time in</label><div class="v">${t_in}</div><label>Time out</label><div class="v">${t_out}</div></div>
 <div class="r"><label>${credit_l}</label><div class="v">${hours}</div><label>Monitor initials</label><div class="v">${initials}</div></div>
 <div class="r"><label>Attendee signature</label><div class="v">${sig}</div></div>
</div>
<div class="fine">${fine}</div>
"""


def fill(d):
    r = d.rng
    start = d.pick([8 * 60, 9 * 60, 10 * 60 + 30, 13 * 60, 14 * 60, 15 * 60 + 30])
    length = round(d.credit * 60)

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d}"

    title = d.title()
    monitor = d.person()
    return {
        "rh": d.pick([38, 40]),
        "hs": d.pick([19, 21]),
        "ts": 17 if len(title) > 36 else 20,
        "ink": d.pick(["#1a2a80", "#222", "#0d3b66"]),
        "head": d.fonts[d.pick(["sans", "cond", "display"])],
        "event": d.provider(),
        "copy": d.pick(["Attendee copy", "ATTENDEE — KEEP THIS COPY"]),
        "serial": f"{r.randrange(10000, 99999)}",
        "stub": d.pick(["MONITOR COPY ▸ TEAR HERE", "TEAR ALONG PERFORATION"]),
        "heading": d.pick(
            ["Session Attendance Record", "CE Attendance Slip", "Continuing Education Attendance"]
        ),
        "name": d.name("plain"),
        "title": title,
        "speaker": d.person(),
        "room": f"{r.randrange(101, 260)}{d.pick(['', 'A', 'B'])}",
        "date": d.date(d.pick(["us_short", "us_numeric", "short_month"])),
        "t_in": clock(start - r.randrange(0, 9)),
        "t_out": clock(start + length + r.randrange(0, 6)),
        "credit_l": d.pick(["CEC hours", "Credit", "CECs claimed"]),
        "hours": d.hours_number(),
        "initials": "".join(p[0] for p in monitor.replace(".", "").split()[:3]),
        "badge": f"{r.randrange(100000, 999999)}",
        "code": f"{d.pick(['ED', 'S', 'T'])}-{r.randrange(10, 99)}",
        "track": d.pick(["Water & Drying", "Mold & IAQ", "Business", "Fire & Smoke", "Cleaning"]),
        "sig": f"{d.first.split()[0][0]}. {d.last}",
        "fine": d.pick(
            [
                "Credit is given only for sessions attended in full. Keep this copy with your "
                "continuing education records.",
                "The monitor keeps the stub. Slips without monitor initials are not valid.",
            ]
        ),
    }
