"""Half-sheet attendance slip handed out at a session room door and stamped on
the way out: the show's name and a "Session Attendance Verification" head,
typed label/value lines for attendee, session, room and date, scanner
times (in, out) printed in monospace, the credit line, a slanted red
rubber stamp with the day over the lower right, and a monitor's initials."""

SOURCE = (
    "dreamdev21/Laravel-Event-management-system:resources/views/ManageEvent/Partials/"
    "TicketDesignPreview.blade.php (event and attendee detail columns); wording: session "
    "room monitors' scan-in/scan-out slips at restoration conventions"
)
KIND = "session"
PAPER = "half-letter"
CATEGORIES = (
    "slip",
    "labelled",
    "landscape",
    "time-attended",
    "stamp",
    "mono",
    "distractor-person",
)

TEMPLATE = """<style>
.s { position:absolute; inset:0; background:${paper} }
.perf { position:absolute; left:0; right:0; top:10px; border-top:2px dashed #999 }
.hd { position:absolute; left:34px; right:34px; top:26px; display:flex; justify-content:space-between; align-items:flex-start;
  border-bottom:2px solid ${dark}; padding-bottom:6px }
.ev { font: bold 19px ${head}; color:${dark} }
.ve { font: 11px ${sans}; color:#444; margin-top:2px }
.tag { font: bold 12px ${sans}; letter-spacing:2px; color:#fff; background:${dark}; padding:5px 10px; text-transform:uppercase }
.f { position:absolute; left:34px; right:300px; top:${f_top}px; font: 14px ${sans}; color:#111 }
.f div { display:flex; border-bottom:1px solid #ccc; padding:5px 0 }
.f .l { flex:none; width:${lab_w}px; color:#555; font-size:11.5px; text-transform:uppercase; letter-spacing:.6px; padding-top:2px }
.f .v { font-weight:600 }
.scan { position:absolute; right:34px; top:${f_top}px; width:236px; border:1.5px solid #333; padding:8px 10px; font: 12.5px ${mono}; line-height:19px }
.scan .t { font-weight:bold; border-bottom:1px dashed #333; margin-bottom:4px }
.note { position:absolute; left:34px; right:300px; top:${note_top}px; font: 11px ${sans}; line-height:15px; color:#444 }
.cr { position:absolute; left:34px; bottom:26px; font: bold 16px ${sans}; color:${dark} }
.mon { position:absolute; left:300px; bottom:26px; font: 11px ${sans}; color:#333 }
.mon span { font: 22px ${hand}; color:#1d3f8f; margin-left:6px }
.stamp { position:absolute; right:${st_right}px; bottom:${st_bottom}px; transform:rotate(${st_rot}deg); border:3px solid rgba(200,20,30,.78);
  border-radius:8px; padding:4px 12px; color:rgba(200,20,30,.82); text-align:center; font: bold 12px ${cond}; letter-spacing:1px }
.stamp b { display:block; font-size:24px; letter-spacing:4px }
</style>
<div class="s"></div><div class="perf"></div>
<div class="hd"><div><div class="ev">${event}</div><div class="ve">${venue}</div></div><div class="tag">${tag}</div></div>
<div class="f">
 <div><span class="l">${name_label}</span><span class="v">${name}</span></div>
 <div><span class="l">Session</span><span class="v">${title}</span></div>
 <div><span class="l">${spk_label}</span><span class="v">${speaker}</span></div>
 <div><span class="l">Room</span><span class="v">${room}</span></div>
 <div><span class="l">Date</span><span class="v">${date}</span></div>
 <div><span class="l">${sched_label}</span><span class="v">${sched}</span></div>
</div>
<div class="note">${note}</div>
<div class="scan"><div class="t">${scan_head}</div>IN&nbsp;&nbsp;${t_in}<br>OUT&nbsp;${t_out}<br>${elapsed}<br>BADGE ${badge}</div>
<div class="cr">${credit_label} ${hours}</div>
<div class="mon">${mon_label}<span>${mon_init}</span></div>
<div class="stamp"><b>${stamp_word}</b>${stamp_date}</div>
"""


def fill(d):
    from corpus.formats import fmt_date

    r = d.rng
    credit = d.credit
    start_h = d.pick([8, 9, 10, 13, 14, 15])
    start_m = d.pick([0, 0, 30])
    minutes = int(credit * 60)
    early = d.pick([3, 5, 8, 11])
    late = d.pick([0, 2, 4])
    tin = start_h * 60 + start_m - early
    tout = start_h * 60 + start_m + minutes + late

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{h:02d}:{mm:02d}"

    def fmt12(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"

    monitor = d.person()
    parts = monitor.split()
    date_text = d.date(d.pick(["long", "weekday", "short_month", "us_numeric"]))
    stamp_date = fmt_date(d.completed, "dd_mon_yyyy").upper()
    return {
        "paper": d.pick(["#fffef6", "#f4f9ff", "#fff8ec", "#ffffff"]),
        "head": d.fonts[d.pick(["sans", "serif", "display"])],
        "f_top": 104,
        "note_top": 330,
        "sched_label": d.pick(["Scheduled", "Session time"]),
        "sched": f"{fmt12(start_h * 60 + start_m)} \u2013 {fmt12(start_h * 60 + start_m + minutes)}",
        "note": d.pick(
            [
                "Credit is granted for the full session only. Badges must be scanned on entry and on exit. "
                "Keep this slip until your credits appear on your IICRC record.",
                "Attendees arriving more than 10 minutes late or leaving early do not receive credit. "
                "Retain this slip for your records.",
            ]
        ),
        "lab_w": d.pick([92, 104]),
        "st_right": d.pick([40, 60, 80]),
        "st_bottom": d.pick([22, 34]),
        "st_rot": d.pick([-12, -8, 7, 10]),
        "event": d.provider(),
        "venue": d.venue(),
        "tag": d.pick(["Session Attendance", "CE Verification", "Attendance Slip"]),
        "name_label": d.pick(["Attendee", "Name"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "title": d.title("plain"),
        "spk_label": d.pick(["Speaker", "Presenter"]),
        "speaker": d.person(),
        "room": d.pick(
            ["Room 204B", "Hall C \u2013 Learning Theater", "Ballroom A", "Room 118", "Theater 2"]
        ),
        "date": date_text,
        "scan_head": d.pick(["DOOR SCAN RECORD", "BADGE SCAN LOG", "SCANNER RECORD"]),
        "t_in": clock(tin),
        "t_out": clock(tout),
        "elapsed": f"TIME IN ROOM {(tout - tin) // 60}H {(tout - tin) % 60:02d}M",
        "badge": f"{r.randrange(100000, 999999)}",
        "credit_label": d.pick(["CEC hours earned:", "IICRC CECs:", "Credit awarded:"]),
        "hours": d.hours_number(),
        "mon_label": d.pick(["Room monitor:", "Verified by:"]),
        "mon_init": f"{parts[0][0]}.{parts[-1][0]}.",
        "stamp_word": d.pick(["VERIFIED", "ATTENDED", "CHECKED OUT"]),
        "stamp_date": stamp_date,
    }
