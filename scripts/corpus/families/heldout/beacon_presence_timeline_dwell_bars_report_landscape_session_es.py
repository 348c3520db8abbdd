"""A session attendance detail report printed from a trade show's CE
tracking portal, on a landscape sheet: a thin rule header with the show's
name and the report title, two label/value columns (attendee and session),
then a timeline chart across the page: a time axis with quarter-hour
ticks, a grey bar for the scheduled session, coloured blocks where the
attendee's badge beacon was detected in the room (with a gap when they
stepped out) and the door scans as small markers; four figure tiles
(minutes detected, share of the session, threshold, credit awarded), a
small table of the presence segments and the rule for awarding credit.
Minutes, percentages and clock times are the distractors."""

SOURCE = (
    "https://support.pheedloop.com/article/643-configuring-ce-continuing-education-credit-"
    "tracking (per-session CE credit value, badge scans at session check-in, CE reports) and "
    "https://help.conferences.io/support/solutions/articles/5000876680-adjust-credits-in-bulk-"
    "using-credit-rules (credit awarded when required time attended is met); chart layout: "
    "attendance-tracking dashboards of event platforms"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "record",
    "labelled",
    "table",
    "time-attended",
    "web-printout",
    "distractor-person",
    "distractor-date",
    "provider-in-logo",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fff; font-family:${sans}; color:#1f2933 }
.hd { position:absolute; left:48px; right:48px; top:30px; display:flex; justify-content:space-between; align-items:flex-end;
  border-bottom:3px solid ${dark}; padding-bottom:8px }
.hd .e { font: bold 20px ${lfont}; color:${dark} } .hd .t { font-size:13px; color:#52606d; margin-top:2px; letter-spacing:.5px }
.hd .g { text-align:right; font-size:10.5px; color:#52606d; line-height:15px }
.cols { position:absolute; left:48px; right:48px; top:102px; display:flex; gap:40px }
.kv { flex:1; display:grid; grid-template-columns: 118px 1fr; row-gap:6px; font-size:13px }
.kv span { color:#7b8794; font-size:11.5px; text-transform:uppercase; letter-spacing:.5px; padding-top:1px }
.kv b { font-weight:600 }
.chart { position:absolute; left:48px; right:48px; top:256px; height:170px; border:1px solid #d9e2ec; border-radius:6px; padding:12px 16px }
.chart h4 { margin:0 0 6px; font-size:11.5px; letter-spacing:1px; text-transform:uppercase; color:#52606d }
.lane { position:relative; height:30px; margin-left:120px; margin-top:6px }
.lane .nm { position:absolute; left:-120px; top:7px; font-size:11.5px; color:#52606d; width:112px }
.lane .bar { position:absolute; top:6px; height:18px; border-radius:3px }
.lane .sch { background:#cbd2d9 } .lane .on { background:${ok} }
.lane .mk { position:absolute; top:4px; width:0; height:0; border-left:7px solid transparent; border-right:7px solid transparent; border-top:12px solid ${dark};
  margin-left:-7px }
.axis { position:relative; height:26px; margin-left:120px; border-top:1px solid #9aa5b1; margin-top:8px }
.axis i { position:absolute; top:0; height:6px; border-left:1px solid #9aa5b1 }
.axis em { position:absolute; top:8px; font: 10px ${sans}; color:#52606d; font-style:normal; margin-left:-22px; width:44px; text-align:center }
.tiles { position:absolute; left:48px; right:48px; top:446px; display:flex; gap:14px }
.tiles div { flex:1; border:1px solid #d9e2ec; border-radius:6px; padding:10px 14px; font-size:11px; color:#52606d; text-transform:uppercase; letter-spacing:.5px }
.tiles b { display:block; font: bold 22px ${sans}; color:#1f2933; text-transform:none; letter-spacing:0; margin-top:4px }
.tiles .cr { border-color:${ok}; background:${okbg} } .tiles .cr b { color:${dark} }
table { position:absolute; left:48px; top:548px; width:520px; border-collapse:collapse; font-size:12px }
th { text-align:left; font-size:10.5px; color:#52606d; text-transform:uppercase; letter-spacing:.5px; border-bottom:2px solid #9aa5b1; padding:5px 6px }
td { padding:6px; border-bottom:1px solid #e4e7eb }
.rule { position:absolute; left:600px; right:48px; top:552px; font-size:11.5px; line-height:17px; color:#3e4c59; border-left:3px solid ${dark}; padding-left:12px }
.pf { position:absolute; left:48px; right:48px; bottom:18px; display:flex; justify-content:space-between; font-size:9.5px; color:#7b8794 }
</style>
<div class="pg">
 <div class="hd"><div><div class="e">${event}</div><div class="t">${report_title}</div></div>
  <div class="g">${generated}<br>${report_id}</div></div>
 <div class="cols">
  <div class="kv"><span>Attendee</span><b>${name}</b><span>Badge</span><div>${badge}</div><span>${reg_label}</span><div>${reg_type}</div><span>Company</span><div>${company}</div></div>
  <div class="kv" style="flex:1.4"><span>Session</span><b>${title}</b><span>Date</span><div>${date}</div><span>Scheduled</span><div>${scheduled}</div>
   <span>${room_label}</span><div>${room}</div><span>Speaker</span><div>${speaker}</div></div>
 </div>
 <div class="chart"><h4>${chart_title}</h4>
  <div class="lane"><span class="nm">Scheduled</span>${sched_html}</div>
  <div class="lane"><span class="nm">${detected_label}</span>${presence_html}</div>
  <div class="lane" style="height:20px"><span class="nm">Door scans</span>${marks_html}</div>
  <div class="axis">${axis_html}</div>
 </div>
 <div class="tiles">
  <div>${t1_label}<b>${t1}</b></div><div>${t2_label}<b>${t2}</b></div><div>${t3_label}<b>${t3}</b></div>
  <div class="cr">${credit_label}<b>${hours}</b></div>
 </div>
 <table><tr><th>#</th><th>Entered</th><th>Left</th><th>Minutes</th><th>Source</th></tr>${rows_html}</table>
 <div class="rule">${rule}</div>
 <div class="pf"><span>${url}</span><span>${page}</span></div>
</div>
"""


def _clock(m: int) -> str:
    h, mm = divmod(m, 60)
    return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    r = d.rng
    length = int(d.credit * 60)
    start = d.pick([8 * 60, 9 * 60 + 30, 10 * 60 + 30, 13 * 60, 14 * 60 + 30, 15 * 60 + 45])
    end = start + length
    lo, hi = start - 15, end + 15
    span = hi - lo

    def pct(m: int) -> float:
        return round((m - lo) * 100 / span, 2)

    arrive = start - r.randrange(0, 6)
    segments = []
    if length >= 60 and d.chance(0.7):
        out_at = start + r.randrange(20, length - 20)
        back = out_at + r.randrange(3, 9)
        segments = [(arrive, out_at), (back, end + r.randrange(0, 5))]
    else:
        segments = [(arrive, end + r.randrange(0, 5))]
    inside = sum(min(b, end) - max(a, start) for a, b in segments)
    share = round(inside * 100 / length)
    presence = "".join(
        f'<div class="bar on" style="left:{pct(a)}%;width:{pct(b) - pct(a)}%"></div>'
        for a, b in segments
    )
    marks = "".join(
        f'<div class="mk" style="left:{pct(m)}%"></div>' for m in (segments[0][0], segments[-1][1])
    )
    ticks = []
    first_tick = lo + (-lo) % 15
    for m in range(first_tick, hi + 1, 15):
        ticks.append(f'<i style="left:{pct(m)}%"></i>')
        if (m - first_tick) % (30 if span > 150 else 15) == 0:
            ticks.append(
                f'<em style="left:{pct(m)}%">{_clock(m).replace(" AM", "a").replace(" PM", "p")}</em>'
            )
    rows = "".join(
        f"<tr><td>{i}</td><td>{_clock(a)}</td><td>{_clock(b)}</td><td>{b - a}</td>"
        f"<td>{d.pick(['Beacon', 'Beacon', 'Door scan + beacon'])}</td></tr>"
        for i, (a, b) in enumerate(segments, 1)
    )
    threshold = d.pick([75, 80, 90])
    return {
        "dark": d.pick(["#1f3a5f", "#23395d", "#0b3d2e", "#4a1c40", "#123c69"]),
        "ok": d.pick(["#3ba776", "#2f9e6b", "#44a1c4"]),
        "okbg": d.pick(["#eef8f2", "#eef6fb"]),
        "lfont": d.fonts[d.pick(["sans", "display", "cond"])],
        "event": d.provider(),
        "report_title": d.pick(
            [
                "Session Attendance Detail",
                "CE Attendance Verification — Session Detail",
                "Attendance Report",
            ]
        ),
        "generated": f"Generated {d.other_date('issue', d.pick(['us_numeric', 'short_month']))}",
        "report_id": f"Report {d.number()}",
        "name": d.name(d.pick(["plain", "plain", "last_first", "upper"])),
        "badge": f"{r.randrange(100000, 999999)}",
        "reg_label": d.pick(["Registration", "Pass"]),
        "reg_type": d.pick(["Full Conference", "Education Pass", "Technician Day Pass"]),
        "company": d.pick(
            ["Rapid Dry Restoration", "Blue Line Cleaning", "Prime Mitigation LLC", "Self-employed"]
        ),
        "title": d.title("plain"),
        "date": d.date(d.pick(["long", "weekday", "us_numeric", "short_month"])),
        "scheduled": f"{_clock(start)} – {_clock(end)} ({length} min)",
        "room_label": d.pick(["Room", "Location"]),
        "room": d.pick(["Room 204B", "Learning Theater 1", "Ballroom C", "Room 118", "Salon F"]),
        "speaker": d.person(),
        "chart_title": d.pick(["Presence in room", "Badge detection timeline", "Time in session"]),
        "sched_html": f'<div class="bar sch" style="left:{pct(start)}%;width:{pct(end) - pct(start)}%"></div>',
        "detected_label": d.pick(["Detected", "In room"]),
        "presence_html": presence,
        "marks_html": marks,
        "axis_html": "".join(ticks),
        "t1_label": d.pick(["Minutes in room", "Time detected"]),
        "t1": f"{inside} min",
        "t2_label": "Of session",
        "t2": f"{share}%",
        "t3_label": "Required",
        "t3": f"{threshold}%",
        "credit_label": d.pick(["Credit awarded", "CECs earned", "Credit"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs", "iicrc_cec"])),
        "rows_html": rows,
        "rule": d.pick(
            [
                f"Credit is awarded when your badge is detected in the room for at least {threshold}% "
                "of the scheduled session. Time outside the scheduled period is not counted.",
                f"Presence is measured by Bluetooth beacons in each session room. Attendance under "
                f"{threshold}% earns no credit; partial credit is not given.",
            ]
        ),
        "url": d.pick(
            ["https://ce.showportal.io/reports/session", "portal.expoce.net/my-ce/detail"]
        ),
        "page": "Page 1 of 1",
    }
