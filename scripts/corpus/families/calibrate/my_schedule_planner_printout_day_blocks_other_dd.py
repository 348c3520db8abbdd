"""A "My Schedule" printout from a show's online planner, portrait: the show's
name and days over a "prepared for" line with the attendee's name, then one
block per show day with a time/session/room/credit table of the sessions
the attendee bookmarked (planned, not attended), and a footer that says
credit is only granted by scan at the door. Records no credit earned."""

SOURCE = (
    "omsf/alchemistry:program/schedule/index.md (day headings over time / speaker / title "
    "tables); wording: personal agenda printouts from convention planner apps"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "table",
    "portrait",
    "date-range",
    "distractor-person",
    "agenda",
)

TEMPLATE = """<style>
.w { position:absolute; inset:46px 52px; font: 12.5px ${sans}; color:#1c1c1c }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${dark}; padding-bottom:8px }
.hd .ev { font: bold 22px ${head}; color:${dark} }
.hd .dt { font-size:13px; color:#444; margin-top:3px }
.hd .pg { font: bold 16px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${accent} }
.for { margin-top:10px; font-size:13px; color:#333 }
.for b { font-size:15px; color:#111 }
.trk { margin-top:4px; font-size:11.5px; color:#555 }
.day { margin-top:18px; font: bold 13px ${sans}; background:${light}; border-left:5px solid ${dark}; padding:5px 8px }
table { width:100%; border-collapse:collapse; margin-top:4px }
th { text-align:left; font-size:10px; text-transform:uppercase; letter-spacing:.5px; color:#666; border-bottom:1px solid #999; padding:4px 5px }
td { padding:6px 5px; border-bottom:1px solid #ddd; vertical-align:top }
td.t { width:118px; white-space:nowrap } td.c { width:54px; text-align:right } td.r { width:130px; color:#444 }
td .sp { font-size:11px; color:#666 }
.st { display:inline-block; font-size:9.5px; border:1px solid #999; border-radius:8px; padding:0 6px; color:#555; margin-left:4px }
.ft { position:absolute; left:52px; right:52px; bottom:26px; font-size:10px; color:#555; border-top:1px solid #bbb; padding-top:5px; line-height:14px }
</style>
<div class="w">
 <div class="hd"><div><div class="ev">${event}</div><div class="dt">${span} \u00b7 ${venue}</div></div><div class="pg">${pg}</div></div>
 <div class="for">${for_label} <b>${name}</b> \u00b7 ${reg_label} ${reg} \u00b7 ${printed_label} ${printed}</div>
 <div class="trk">${track} ${org}</div>
 ${days_html}
</div>
<div class="ft">${foot}</div>
"""

ROOMS = ["Room 204B", "Learning Theater 1", "Ballroom C", "Room 118", "Salon F", "Expo Stage"]


def fill(d):
    from datetime import timedelta
    from html import escape

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    n = d.pick([1, 2])
    span = d.date_range(n)
    days = [d.completed - timedelta(days=k) for k in range(n, -1, -1)]

    def t12(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"

    titles = r.sample([t for t in V.SESSIONS if t != d.course], 10)
    titles.insert(r.randrange(0, 5), d.title("plain"))
    blocks = []
    i = 0
    for day in days:
        rows = []
        t = d.pick([8 * 60, 9 * 60])
        for _ in range(d.pick([3, 4])):
            if i >= len(titles):
                break
            length = d.pick([60, 90, 90, 120])

            credit = f"{length / 60:g}"
            status = d.pick(["Planned", "Bookmarked", "Waitlist"]) if d.chance(0.5) else ""
            st_html = f'<span class="st">{status}</span>' if status else ""
            rows.append(
                f'<tr><td class="t">{t12(t)} \u2013 {t12(t + length)}</td>'
                f'<td>{escape(titles[i])}{st_html}<div class="sp">{escape(d.person())}</div></td>'
                f'<td class="r">{d.pick(ROOMS)}</td><td class="c">{credit}</td></tr>'
            )
            i += 1
            t += length + d.pick([15, 30, 60])
        blocks.append(
            f'<div class="day">{fmt_date(day, "weekday")}</div><table><tr><th>Time</th>'
            f'<th>Session</th><th>Room</th><th style="text-align:right">CEC</th></tr>'
            f"{''.join(rows)}</table>"
        )
    return {
        "head": d.fonts[d.pick(["sans", "serif", "display"])],
        "event": f"{d.pick(V.EVENTS)} {d.completed.year}",
        "track": d.pick(
            ["Education track presented with", "CE sessions provided by", "Learning partner:"]
        ),
        "org": d.provider(),
        "span": span,
        "venue": d.venue(),
        "pg": d.pick(["My Schedule", "My Agenda", "Personal Planner"]),
        "for_label": d.pick(["Prepared for", "Attendee:"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "reg_label": d.pick(["Reg.", "Badge"]),
        "reg": f"{r.randrange(100000, 999999)}",
        "printed_label": "Printed",
        "printed": d.other_date("registered", "us_numeric"),
        "days_html": "".join(blocks),
        "foot": d.pick(
            [
                "This is your planned schedule only. CE credit is recorded when your badge is "
                "scanned at the session door; sessions listed here are not proof of attendance.",
                "Sessions added to your planner are not reservations. Credit hours shown are the "
                "credit available for full attendance.",
            ]
        ),
    }
