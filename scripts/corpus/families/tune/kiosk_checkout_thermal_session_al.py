"""A narrow thermal roll receipt printed by a session-room kiosk when the
attendee scans their badge on the way out: a reversed (white on black)
block with the show's name at the top, a centred heading, then
monospace label and value rows between dashed rules for the attendee,
badge number, session code and title, room, speaker and moderator, the
day, the scan-in and scan-out times with the minutes counted, and the
credit recorded. A row of asterisks, a barcode, a short note on the
minimum time for credit and a kiosk number with the print time close it."""

SOURCE = (
    "https://justattend.com/golive/session-management/self-service-session-attendance-check-in "
    "(kiosk in session-scan mode: every badge scan is a check-in or check-out, time in the "
    "session counted), https://nosscr.org/faq-items/what-steps-should-i-follow-to-scan-in-and-"
    "out-of-cle-sessions (timestamped check-in and check-out, a minimum of minutes for credit) "
    "and Hongly21/Cafe_System:view/Sales/recive.php (80 mm roll receipt: centred header, dashed "
    "rules, two-column rows)"
)
KIND = "session"
PAPER = "receipt"
CATEGORIES = ("slip", "portrait", "dark-band", "labelled", "distractor-person", "distractor-date")

TEMPLATE = """<style>
.r { position:absolute; left:14px; right:14px; top:14px; font: 11.5px ${mono}; color:#111; line-height:15px }
.inv { background:#111; color:#fff; text-align:center; padding:7px 4px 6px }
.inv .ev { font: bold 14px ${cond}; line-height:17px; letter-spacing:0.5px }
.inv .sb { font: 10px ${mono}; letter-spacing:2px; margin-top:2px }
.hd { text-align:center; font-weight:bold; margin:8px 0 2px; font-size:12.5px }
.sm { text-align:center; font-size:10px }
.hr { border-top:1.2px dashed #111; margin:7px 0 }
.row { display:flex; justify-content:space-between; gap:8px }
.row .l { flex:none } .row .v { text-align:right; font-weight:bold }
.blk .l { display:block } .blk .v { display:block; font-weight:bold; padding-left:10px; margin-bottom:3px }
.big { text-align:center; font: bold 15px ${mono}; margin:6px 0 2px }
.stars { text-align:center; letter-spacing:1px; margin:4px 0 }
.bc { height:34px; margin:6px 8px 2px; background: repeating-linear-gradient(90deg, #111 0 2px, #fff 2px 3px, #111 3px 4px, #fff 4px 7px, #111 7px 10px, #fff 10px 11px) }
.bcn { text-align:center; font-size:10px; letter-spacing:2px }
.nt { font-size:10px; line-height:13px; margin-top:6px }
</style>
<div class="r">
 <div class="inv"><div class="ev">${event}</div><div class="sb">${band_sub}</div></div>
 <div class="hd">${heading}</div>
 <div class="sm">${venue}</div>
 <div class="hr"></div>
 <div class="blk"><span class="l">${who_label}</span><span class="v">${name}</span></div>
 <div class="row"><span class="l">BADGE</span><span class="v">${badge}</span></div>
 <div class="hr"></div>
 <div class="row"><span class="l">SESSION</span><span class="v">${code}</span></div>
 <div class="blk"><span class="v">${title}</span></div>
 <div class="row"><span class="l">ROOM</span><span class="v">${room}</span></div>
 <div class="blk"><span class="l">${speaker_label}</span><span class="v">${speaker}</span></div>
 <div class="blk"><span class="l">MODERATOR</span><span class="v">${moderator}</span></div>
 <div class="hr"></div>
 <div class="row"><span class="l">${date_label}</span><span class="v">${date}</span></div>
 <div class="row"><span class="l">SCAN IN</span><span class="v">${t_in}</span></div>
 <div class="row"><span class="l">SCAN OUT</span><span class="v">${t_out}</span></div>
 <div class="row"><span class="l">MINUTES</span><span class="v">${minutes}</span></div>
 <div class="hr"></div>
 <div class="sm">${credit_label}</div>
 <div class="big">${hours}</div>
 <div class="stars">${stars}</div>
 <div class="bc"></div>
 <div class="bcn">${barcode}</div>
 <div class="nt">${note}</div>
 <div class="hr"></div>
 <div class="row" style="font-size:10px"><span>${kiosk}</span><span>${printed}</span></div>
</div>
"""


def fill(d):
    from corpus.formats import fmt_date

    r = d.rng
    event = d.provider(d.pick(["upper", "upper", None]))
    minutes_needed = d.credit * 60
    start_h = d.pick([8, 9, 10, 13, 14, 15])
    start_m = d.pick([0, 15, 30, 45])
    early = r.randint(2, 14)
    stayed = int(minutes_needed - 10 + r.randint(0, 12))

    def clock(total_minutes: int) -> str:
        h, m = divmod(total_minutes, 60)
        return f"{(h - 1) % 12 + 1:2d}:{m:02d} {'AM' if h < 12 else 'PM'}"

    t_in = start_h * 60 + start_m - early
    t_out = t_in + stayed
    style = d.pick(["us_numeric", "short_month", "dd_mon_yyyy", "iso"])
    date = d.date(style)
    credit_style = d.pick(["cecs", "cec_hours", "iicrc_cec", "hrs"])
    hours = d.hours(credit_style)
    return {
        "event": event,
        "band_sub": d.pick(["EDUCATION", "CE TRACKING", "CONFERENCE SESSIONS"]),
        "heading": d.pick(["SESSION CHECK-OUT", "CE SESSION RECEIPT", "ATTENDANCE RECEIPT"]),
        "venue": d.venue(),
        "who_label": d.pick(["ATTENDEE", "NAME", "REGISTRANT"]),
        "name": d.name(d.pick(["upper", "upper", "last_first"])),
        "badge": f"{r.randrange(100000, 999999)}",
        "code": f"{d.pick(['ED', 'T', 'W', 'S'])}{r.randrange(10, 99)}-{r.randrange(1, 9)}",
        "title": d.title("plain"),
        "room": d.pick(["N201", "S230B", "W104", "Ballroom A", "Hall C Theater", "308"]),
        "speaker_label": d.pick(["SPEAKER", "PRESENTER", "INSTRUCTOR"]),
        "speaker": d.person(),
        "moderator": d.person(),
        "date_label": d.pick(["DATE", "SESSION DATE"]),
        "date": date,
        "t_in": clock(t_in),
        "t_out": clock(t_out),
        "minutes": str(stayed),
        "credit_label": d.pick(["CREDIT RECORDED", "CE CREDIT EARNED", "CREDIT THIS SESSION"]),
        "hours": hours,
        "stars": "* " * 14,
        "barcode": f"{r.randrange(10**11, 10**12)}",
        "note": d.pick(
            [
                "Credit needs a scan in and a scan out and at least 50 minutes of each hour "
                "in the room. Keep this receipt until your transcript is posted.",
                "Scans are matched to the session schedule. Your full transcript will be "
                "e-mailed after the show. Keep this slip as your proof of attendance.",
            ]
        ),
        "kiosk": f"KIOSK {r.randrange(1, 40):02d}",
        "printed": f"{fmt_date(d.completed, 'us_numeric')} {clock(t_out + 1).strip()}"
        if style != "us_numeric"
        else clock(t_out + 1).strip(),
    }
