"""Not a record: a speaker's name badge from a show (badge insert, 4 x 3
in). A coloured top band with the show, the speaker's name large with the
first name in script, their company, a SPEAKER ribbon strip, and the
session they present with its room, time and the CEC it offers attendees.
The badge belongs to the presenter; it records nobody's attendance."""

SOURCE = (
    "wording: conference speaker badge inserts (first name large, company, role ribbon, "
    "session title, room and time printed for the presenter)"
)
KIND = "other"
PAPER = "badge"
CATEGORIES = ("other", "script-name", "dark-band", "wallet", "distractor-person", "distractor-date")

TEMPLATE = """<style>
.w { position:absolute; inset:0; font: 11px ${sans}; color:#222; text-align:center }
.band { background:${dark}; color:#fff; height:46px; display:flex; flex-direction:column; justify-content:center; font: bold 13px ${head}; letter-spacing:${ls}; line-height:15px }
.band small { font: 9.5px ${sans}; letter-spacing:.5px; opacity:.85 }
.fn { font: 34px ${script}; color:${dark}; line-height:40px; margin-top:10px }
.ln { font: bold 15px ${sans}; text-transform:uppercase; letter-spacing:1px }
.co { font-size:11px; color:#555; margin-top:1px }
.rib { position:absolute; left:0; right:0; top:158px; background:${accent}; color:#fff; font: bold 14px ${sans}; letter-spacing:5px; padding:3px 0 }
.ses { position:absolute; left:14px; right:14px; top:190px; font-size:10.5px; line-height:14px }
.ses b { display:block; font-size:11.5px }
.ses span { color:#555 }
</style>
<div class="w">
 <div class="band">${event}<small>${venue} · ${dates}</small></div>
 <div class="fn">${first}</div>
 <div class="ln">${last}</div>
 <div class="co">${company}</div>
 <div class="rib">${ribbon}</div>
 <div class="ses"><b>${session}</b><span>${where}</span><br><span>${credit}</span></div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_number, fmt_range

    r = d.rng
    event = d.pick(V.EVENTS)
    start = d.completed + timedelta(days=r.randrange(10, 60))
    end = start + timedelta(days=d.pick([1, 2]))
    who = d.person().split()
    session = d.pick(V.SESSIONS)
    day = start + timedelta(days=d.pick([0, 1]))
    return {
        "head": d.fonts[d.pick(["sans", "cond", "display"])],
        "ls": d.pick(["1px", "2px"]),
        "event": f"{event} {end.year}".upper() if d.chance(0.5) else f"{event} {end.year}",
        "venue": d.pick(V.CITY_NAMES),
        "dates": fmt_range(start, end, r),
        "first": who[0],
        "last": who[-1],
        "company": d.pick([s for s, _ in V.SCHOOLS] + [m for m, _ in V.MANUFACTURERS]),
        "ribbon": d.pick(["SPEAKER", "PRESENTER", "FACULTY"]),
        "session": session if len(session) < 44 else session[:42] + "…",
        "where": f"{d.pick(['Room', 'Hall', 'Salon'])} {d.pick(['B', 'C2', '104', 'A-3'])} · {day.strftime('%a')} {d.pick(['9:00', '10:30', '1:15', '3:00'])}",
        "credit": d.pick(
            [
                f"Offers {fmt_number(d.pick([1, 1.5, 2]), r, False)} CEC to attendees",
                f"{fmt_number(d.pick([1, 1.5, 2]), r, False)} CEC session",
                "CEC pending approval",
            ]
        ),
    }
