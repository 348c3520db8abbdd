"""A receipt printed on 80 mm thermal paper by the scanner at an education
room's door when the attendee's badge is scanned out of one session at a
trade show. The show is named only in an inverse (light on dark) logo block
at the top with its round mark; under it a heading, "attendee copy", and
key/value rows in monospace type with dotted leaders: the session code, the
room, the day, the start and end times, the title on its own lines, the
speaker, the attendee and badge number, the scans in and out and the credit.
A drawn barcode, the print time, the scanning monitor's name and a line on
when certificates can be downloaded follow; below a scissors line a short
monitor copy repeats the code, the badge and the attendee for initials."""

SOURCE = (
    "HackGT/checkin-labels:README.md (a station prints a label the moment a badge is scanned) "
    "with the ESC/POS-style 80 mm receipt layout of inverse header, separators, key/value rows "
    "and a barcode; wording from show CE pages that have a room monitor scan badges in and out "
    "of each session (CSWE APM attendance tracking)"
)
KIND = "session"
PAPER = "receipt"
CATEGORIES = (
    "slip",
    "portrait",
    "labelled",
    "dark-band",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "mono",
)

TEMPLATE = """<style>
.r { position:absolute; left:14px; right:14px; top:12px; bottom:10px; font: 11px ${mono}; color:#111; line-height:15px }
.lg { background:#111; color:#fff; padding:8px 6px 7px; text-align:center; border-radius:3px }
.lg .mk { margin:0 auto 5px; width:34px; height:34px; border:2px solid #fff; border-radius:50%; display:flex; align-items:center;
  justify-content:center; font: bold 12px ${sans} }
.lg .ev { font: bold ${ev_size} ${cond}; line-height:16px; white-space:nowrap; text-transform:${ev_case} }
.lg .tg { font: 9px ${sans}; letter-spacing:2px; opacity:.85; margin-top:2px }
.hd { text-align:center; font-weight:bold; font-size:12.5px; margin:9px 0 1px; letter-spacing:1px }
.cp { text-align:center; font-size:10px }
.sep { border-top:1px dashed #111; margin:6px 0 }
.row { display:flex; align-items:baseline; white-space:nowrap }
.row .k { flex:0 0 auto } .row .dt { flex:1; border-bottom:1px dotted #777; margin:0 3px; height:1px }
.row .v { font-weight:bold; white-space:normal; text-align:right }
.tt { font-weight:bold; font-size:11.5px; margin:2px 0 3px; line-height:14px }
.big { text-align:center; font-weight:bold; font-size:15px; margin:4px 0 }
.bc { display:flex; justify-content:center; height:34px; margin:7px 0 2px }
.bc i { display:block; height:34px; background:#111 }
.bn { text-align:center; font-size:9.5px; letter-spacing:2px }
.sm { font-size:9.5px; line-height:13px }
.cut { text-align:center; font-size:10px; color:#333; margin:8px 0 4px; white-space:nowrap; overflow:hidden }
.ini { margin-top:8px; font-size:9.5px }
</style>
<div class="r">
 <div class="lg"><div class="mk">${initials}</div><div class="ev">${event}</div><div class="tg">${tagline}</div></div>
 <div class="hd">${heading}</div>
 <div class="cp">${copy_label}</div>
 <div class="sep"></div>
 <div class="row"><span class="k">${code_label}</span><span class="dt"></span><span class="v">${code}</span></div>
 <div class="row"><span class="k">ROOM</span><span class="dt"></span><span class="v">${room}</span></div>
 <div class="row"><span class="k">DATE</span><span class="dt"></span><span class="v">${date}</span></div>
 <div class="row"><span class="k">START</span><span class="dt"></span><span class="v">${start}</span></div>
 <div class="row"><span class="k">END</span><span class="dt"></span><span class="v">${end}</span></div>
 <div class="tt">${title}</div>
 <div class="row"><span class="k">${speaker_label}</span><span class="dt"></span><span class="v">${speaker}</span></div>
 <div class="sep"></div>
 <div class="row"><span class="k">${who_label}</span><span class="dt"></span><span class="v">${name}</span></div>
 <div class="row"><span class="k">BADGE</span><span class="dt"></span><span class="v">${badge}</span></div>
 <div class="row"><span class="k">${in_label}</span><span class="dt"></span><span class="v">${t_in}</span></div>
 <div class="row"><span class="k">${out_label}</span><span class="dt"></span><span class="v">${t_out}</span></div>
 <div class="sep"></div>
 <div class="big">${credit_label} ${hours}</div>
 <div class="bc">${bars_html}</div>
 <div class="bn">${scan_id}</div>
 <div class="sep"></div>
 <div class="sm">${printed_label} ${printed}<br>${device}<br>${monitor_label} ${monitor}<br>${cert_note}</div>
 <div class="cut">✂ - - - - - - - - - - - - - - - - - - - - - -</div>
 <div class="cp" style="font-weight:bold">${monitor_copy}</div>
 <div class="row"><span class="k">${code_label}</span><span class="dt"></span><span class="v">${code}</span></div>
 <div class="row"><span class="k">BADGE</span><span class="dt"></span><span class="v">${badge}</span></div>
 <div class="row"><span class="k">${who_label}</span><span class="dt"></span><span class="v">${name}</span></div>
 <div class="ini">Monitor initials: ________</div>
</div>
"""


def fill(d):
    r = d.rng
    length = round(d.credit * 60)
    start = r.randrange(8 * 60, 16 * 60 + 1, 15)
    end = start + length
    twelve = d.chance(0.6)

    def clock(m, secs=False):
        h, mm = divmod(m, 60)
        s = f":{r.randrange(0, 60):02d}" if secs else ""
        if not twelve:
            return f"{h:02d}:{mm:02d}{s}"
        return f"{(h - 1) % 12 + 1}:{mm:02d}{s} {'AM' if h < 12 else 'PM'}"

    scan_in = start - r.randrange(0, 12)
    scan_out = end + r.randrange(0, 7)
    words = [w for w in (d.org_alt or d.org).split() if w[:1].isupper()]
    code = f"{d.pick(['ED', 'S', 'T', 'CE'])}-{r.randrange(101, 499)}"
    widths = [r.choice([1, 1, 2, 3]) for _ in range(46)]
    bars = "".join(
        f'<i style="width:{w}px;margin-right:{r.choice([1, 2, 2, 3])}px"></i>' for w in widths
    )
    ev_case = d.pick(["none", "uppercase"])
    hours_style = d.pick(["cec", "number", "number", "cecs"])
    if hours_style == "number":
        credit_label = d.pick(["CREDIT EARNED:", "CEC CREDIT:", "CE HOURS:"])
        hours = d.hours_number()
    else:
        credit_label = "CREDIT:"
        hours = d.hours("cec_hours" if hours_style == "cec" else "cecs")
    return {
        "initials": "".join(w[0] for w in words)[:3],
        "ev_case": ev_case,
        "ev_size": "12.5px" if ev_case == "uppercase" else "14px",
        "event": d.provider(),
        "tagline": d.pick(["EDUCATION", "EDUCATION PROGRAM", "CE SESSIONS"]),
        "heading": d.pick(["SESSION SCAN RECEIPT", "DOOR SCAN RECEIPT", "CE ATTENDANCE RECEIPT"]),
        "copy_label": d.pick(["-- ATTENDEE COPY --", "Attendee copy - keep for your records"]),
        "code_label": d.pick(["SESSION", "SESSION #", "CODE"]),
        "code": code,
        "room": d.pick(["W311A", "N226", "Room 104", "Hall C-2", "S320E", "Ballroom B"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso", "dd_mon_yyyy", "us_short"])),
        "start": clock(start),
        "end": clock(end),
        "title": d.title(d.pick(["plain", "plain", "upper"])),
        "speaker_label": d.pick(["SPEAKER", "PRESENTER", "INSTRUCTOR"]),
        "speaker": d.person(),
        "who_label": d.pick(["ATTENDEE", "NAME", "ATTENDEE NAME"]),
        "name": d.name(d.pick(["upper", "last_first", "plain"])),
        "badge": f"{r.randrange(100000, 999999)}",
        "in_label": d.pick(["SCAN IN", "IN", "ENTRY"]),
        "out_label": d.pick(["SCAN OUT", "OUT", "EXIT"]),
        "t_in": clock(scan_in),
        "t_out": clock(scan_out),
        "credit_label": credit_label,
        "hours": hours,
        "bars_html": bars,
        "scan_id": f"{code.replace('-', '')}{r.randrange(10000000, 99999999)}",
        "printed_label": d.pick(["Printed", "Printed at", "Time printed:"]),
        "printed": clock(scan_out, secs=True),
        "device": d.pick(["Door scanner 2 / unit 07", "Reader N-14", "Station D3 - door A"]),
        "monitor_label": d.pick(["Scanned by:", "Room monitor:", "Monitor:"]),
        "monitor": d.person(),
        "cert_note": d.pick(
            [
                "Certificates can be downloaded from ",
                "Credit posts to your CE record by ",
                "Keep this receipt until ",
            ]
        )
        + d.other_date("issue", d.pick(["us_numeric", "short_month"]))
        + ".",
        "monitor_copy": d.pick(["MONITOR COPY", "-- ROOM COPY --"]),
    }
