"""One day of a trade show's education program printed as a grid and
returned to an attendee as the record of what the badge scans show,
landscape. The show's name and "Education Attendance Record" head the page
with the attendee's name, badge number and the day. The grid has a time
column (start and end with the slot's length) and a column per room; a
keynote and lunch run across every room. Each cell gives a session's
title, speaker and a tag: approved sessions show their CEC value, others
"no CE". The cells the badge was scanned into are ticked and shaded; only
one of them is an approved session. A boxed line under the grid states the
credit recorded for the attendee (session, day, CEC hours), beside a key
to the marks and a line of small print. The grid's lengths and the other
sessions' CEC values are the program's, not this attendee's credit."""

SOURCE = (
    "zookeepr/zookeepr:zookeepr/templates/schedule/tuesday.mako (conference programme table: "
    "rooms as columns, time slots as rows, keynote and breaks spanning all rooms) and "
    "pmeth/truenorthphp:schedule.php (day schedule grid with time column and room columns, "
    "lunch across the rooms); show education offices mark the sessions a badge was scanned into "
    "on the day's grid"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("table", "landscape", "labelled", "record", "distractor-person", "tiny-footer")

TEMPLATE = """<style>
.w { position:absolute; inset:28px 34px 24px; font: 11px ${face}; color:#1c1c1c }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${accent}; padding-bottom:6px }
.hd b { font: bold 21px ${head}; color:${dark}; display:block; line-height:24px } .hd span { font-size:11px; color:#555 }
.hd .rt { text-align:right; font-size:11.5px; line-height:16px } .hd .rt em { font: bold 13.5px ${face}; font-style:normal; letter-spacing:.5px; text-transform:uppercase; color:${dark} }
.who { display:flex; gap:30px; margin:8px 0 8px; font-size:12.5px }
.who small { font-size:9px; color:#666; text-transform:uppercase; letter-spacing:.5px; margin-right:5px }
table { width:100%; border-collapse:collapse; table-layout:fixed }
th { background:${dark}; color:#fff; font-size:10.5px; padding:4px; border:1px solid #fff; text-align:left }
th.t { width:${time_w}% }
td { border:1px solid #bbb; padding:4px 5px; vertical-align:top; height:${cell_h}px; font-size:${cell_px}px; line-height:1.25 }
td.t { font-size:10px; color:#333; background:#f4f4f4; white-space:nowrap }
td.t b { display:block; font-size:11px; color:#111 }
td.ts { height:30px }
td.span { text-align:center; vertical-align:middle; background:#f7f7f2; font-style:italic; color:#444; height:24px }
td b.tl { display:block; font-weight:bold }
td i { color:#555; display:block; font-size:9.5px }
.tag { display:inline-block; margin-top:3px; font-size:9px; padding:0 4px; border:1px solid #888; border-radius:2px; color:#333 }
.tag.ce { border-color:${accent}; color:${accent}; font-weight:bold }
td.on { background:${hi}; box-shadow: inset 0 0 0 2px ${dark} }
.tick { float:right; font: bold 15px ${sans}; color:${dark}; margin-left:4px }
.bot { display:flex; gap:18px; margin-top:10px; align-items:flex-start }
.cr { flex:1.4; border:2px solid ${dark}; padding:6px 10px; font-size:12.5px; line-height:18px }
.cr small { display:block; font-size:9px; text-transform:uppercase; letter-spacing:.6px; color:#555 }
.key { flex:1; font-size:9.5px; color:#444; line-height:13px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:7.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div><b>${event}</b><span>${venue}</span></div>
  <div class="rt"><em>${doc_title}</em><br>${day_text}</div></div>
 <div class="who"><span><small>Attendee</small>${name}</span><span><small>Badge</small>${badge}</span><span><small>${reg_label}</small>${reg}</span></div>
 <table>
  <tr><th class="t">Time</th>${room_heads_html}</tr>
  ${grid_html}
 </table>
 <div class="bot">
  <div class="cr"><small>${cr_label}</small>${cr_html}</div>
  <div class="key">${key}</div>
 </div>
 <div class="ft"><span>${ft_left}</span><span>${ft_right}</span></div>
</div>
"""

MORE_SESSIONS = [
    "Moisture Meters: Pin, Pinless and Thermo-Hygrometers",
    "Building a Mitigation Estimate That Gets Paid",
    "Working Safely Around Category 3 Water",
    "Drying Plaster and Lath",
    "Hiring and Keeping Technicians",
    "Contents Cleaning with Ultrasonics",
    "Mold Remediation Contracts and Liability",
    "Crawlspace Encapsulation Basics",
    "Photo Documentation for Claims",
    "Odor Removal After Pet Losses",
    "Dehumidifier Sizing by the Numbers",
    "Leading a Crew on a Large Loss",
    "Social Media for Small Restoration Firms",
    "Cleaning Wool Rugs Safely",
]
ROOMS = ["Room A", "Room B", "Room C", "Room D", "Hall 2", "Salon E", "Room 104", "Room 105"]


def fill(d):
    import html

    from corpus import values as V

    e = html.escape
    r = d.rng
    credit = float(d.credit)
    n_rooms = d.pick([3, 3, 4])
    rooms = sorted(r.sample(ROOMS, n_rooms))
    n_rows = d.pick([4, 4, 5])
    mine_len = int(round(credit * 60))
    lengths = [d.pick([x for x in (45, 60, 75, 90, 120) if x != mine_len]) for _ in range(n_rows)]
    mine_row = r.randrange(n_rows)
    lengths[mine_row] = mine_len
    mine_col = r.randrange(n_rooms)
    titles = r.sample(
        [s for s in V.SESSIONS if s != d.course] + MORE_SESSIONS, n_rows * n_rooms - 1
    )
    event = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title()
    day_text = d.date(d.pick(["weekday", "long", "ordinal", "short_month"]))
    hours = d.hours(d.pick(["cec_hours", "iicrc_cec", "cecs", "cecs_colon"]))
    num = f"{credit:g}"

    def clock(mins):
        h, m = divmod(mins, 60)
        return f"{(h - 1) % 12 + 1}:{m:02d}"

    def dur(mins):
        return f"{mins} min" if mins < 90 or d.chance(0.5) else f"{mins / 60:g} h"

    grid, t, k = [], 8 * 60, 0
    key_len = d.pick([45, 60])
    grid.append(
        f"<tr><td class='t ts'><b>{clock(t)}–{clock(t + key_len)}</b>{dur(key_len)}</td>"
        f"<td class='span' colspan='{n_rooms}'>{d.pick(['Opening keynote', 'General session', 'Welcome and keynote'])} · {e(d.person())} · no CE</td></tr>"
    )
    t += key_len + 15
    ticked_other, lunch = False, False
    for row in range(n_rows):
        if not lunch and row and t >= 11 * 60 + 30:
            lunch = True
            grid.append(
                f"<tr><td class='t ts'><b>{clock(t)}–{clock(t + 75)}</b>75 min</td>"
                f"<td class='span' colspan='{n_rooms}'>{d.pick(['Lunch in the exhibit hall', 'Lunch break', 'Lunch · exhibit hall open'])}</td></tr>"
            )
            t += 75
        ln = lengths[row]
        cells = [f"<td class='t'><b>{clock(t)}–{clock(t + ln)}</b>{dur(ln)}</td>"]
        for col in range(n_rooms):
            if row == mine_row and col == mine_col:
                cells.append(
                    f"<td class='on'><span class='tick'>✓</span><b class='tl'>{e(title)}</b><i>{e(d.person())}</i>"
                    f"<span class='tag ce'>IICRC · {num} CEC</span></td>"
                )
                continue
            other = titles[k]
            k += 1
            if row == mine_row:
                approved = r.random() < 0.2
            else:
                approved = r.random() < 0.55
            ce_val = ln / 60
            tag = (
                f"<span class='tag ce'>IICRC · {ce_val:g} CEC</span>"
                if approved and ce_val != credit
                else "<span class='tag'>no CE</span>"
            )
            on = not approved and not ticked_other and row != mine_row and r.random() < 0.35
            ticked_other = ticked_other or on
            tick = "<span class='tick'>✓</span>" if on else ""
            cells.append(
                f"<td class='{'on' if on else ''}'>{tick}<b class='tl'>{e(other)}</b><i>{e(d.person())}</i>{tag}</td>"
            )
        grid.append("<tr>" + "".join(cells) + "</tr>")
        t += ln + 15
    badge = f"{r.randrange(10000, 99999)}"
    return {
        "face": d.fonts[d.pick(["sans", "cond", "sans"])],
        "head": d.fonts[d.pick(["display", "sans", "serif"])],
        "hi": d.pick(["#fff2b3", "#dcefe0", "#e4ecfb"]),
        "time_w": 11 if n_rooms == 4 else 12,
        "cell_h": d.pick([80, 88]) if n_rows == 4 else d.pick([66, 72]),
        "cell_px": d.pick(["12", "12.5"]) if n_rooms == 3 else "11.5",
        "event": event,
        "venue": d.venue(),
        "doc_title": d.pick(
            ["Education Attendance Record", "Your Education Day", "Session Scan Record"]
        ),
        "day_text": day_text,
        "name": name,
        "badge": badge,
        "reg_label": d.pick(["IICRC reg. no.", "Registrant no.", "Cert. no."]),
        "reg": f"{r.randrange(100000, 999999)}",
        "room_heads_html": "".join(f"<th>{e(x)}</th>" for x in rooms),
        "grid_html": "".join(grid),
        "cr_label": d.pick(
            [
                "Credit recorded for this badge",
                "CE credit earned today",
                "Continuing education recorded",
            ]
        ),
        "cr_html": d.pick(
            [
                f"<b>{e(title)}</b> — {e(hours)}",
                f"{e(hours)} for <b>{e(title)}</b>",
                f"<b>{e(title)}</b><br>{e(day_text)} · {e(hours)}",
            ]
        ),
        "key": d.pick(
            [
                "✓ = badge scanned in and out. CE is given only for approved sessions attended from "
                "start to end; CEC values printed in the grid are what each session offers.",
                "Shaded cells are sessions your badge was scanned into. Sessions marked no CE carry "
                "no continuing education credit. Lengths are scheduled times.",
            ]
        ),
        "ft_left": f"{event} · education office",
        "ft_right": f"Printed for badge {badge}",
    }
