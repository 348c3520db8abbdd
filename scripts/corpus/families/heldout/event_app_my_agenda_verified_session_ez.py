"""A phone screenshot of a trade show's attendee app on the "My agenda" tab:
the phone's status bar, the app's header with the show's name and the
signed-in attendee, a row of tabs, a strip of day chips with the chosen day
under it, and a column of session cards in time order. Each card has its
time span, a length pill, the title, the room and a status line; one card
is attended and verified and shows the credit earned for it, the others
are missed scans, upcoming sessions with the credit they would carry,
non-credit events or the expo hall with its opening hours. A bottom tab bar
closes the screen. Only the verified card's credit is earned."""

SOURCE = (
    "eventil/docs.eventil.com:website/pages/event/management/agenda.md (agenda sessions with a "
    "day, start and end time, kind and track, filtered in the attendee's agenda) and the "
    "wording of trade-show apps that verify CE attendance by badge scan in and out"
)
KIND = "session"
PAPER = "receipt"
CATEGORIES = (
    "phone-screenshot",
    "screenshot",
    "portrait",
    "record",
    "time-attended",
    "distractor-date",
)

TEMPLATE = """<style>
.ph { position:absolute; inset:0; background:${bg}; font-family:${sans}; color:${fg}; overflow:hidden }
.sb { height:24px; display:flex; justify-content:space-between; align-items:center; padding:0 14px; font: bold 11px ${sans}; color:${fg} }
.sb span.r { font-weight:normal; font-size:9.5px }
.hd { background:${acc}; color:#fff; padding:8px 12px 9px }
.hd b { display:block; font: bold 14px ${sans}; line-height:16px }
.hd span { font-size:10px; opacity:.92 }
.tabs { display:flex; background:${acc}; padding:0 6px }
.tabs div { flex:1; text-align:center; color:#fff; opacity:.7; font-size:10.5px; padding:6px 0 7px }
.tabs div.on { opacity:1; font-weight:bold; border-bottom:3px solid #fff }
.days { display:flex; gap:6px; padding:8px 10px 4px }
.days div { flex:1; text-align:center; border:1px solid ${line}; border-radius:9px; font-size:9.5px; padding:4px 0; color:${muted} }
.days div b { display:block; font-size:12px; color:${fg} }
.days div.on { background:${acc}; border-color:${acc}; color:#fff } .days div.on b { color:#fff }
.dh { padding:5px 12px 3px; font: bold 11px ${sans}; color:${muted}; letter-spacing:.3px }
.cd { margin:5px 10px; background:${card}; border-radius:10px; padding:7px 9px 7px 11px; border-left:4px solid ${line}; box-shadow:0 1px 2px rgba(0,0,0,.12) }
.cd.ok { border-left-color:${ok} }
.cd .t { display:flex; justify-content:space-between; font-size:9.5px; color:${muted} }
.cd .t i { font-style:normal; border:1px solid ${line}; border-radius:8px; padding:0 5px; font-size:9px }
.cd b.n { display:block; font-size:11.5px; line-height:14px; margin:2px 0 1px; color:${fg} }
.cd .rm { font-size:9.5px; color:${muted} }
.cd .st { font-size:10px; margin-top:3px; color:${muted} }
.cd.ok .st { color:${ok}; font-weight:bold }
.nav { position:absolute; left:0; right:0; bottom:0; height:44px; display:flex; border-top:1px solid ${line}; background:${card} }
.nav div { flex:1; text-align:center; font-size:9px; color:${muted}; padding-top:6px }
.nav div b { display:block; font-size:14px; line-height:16px }
.nav div.on { color:${acc} }
</style>
<div class="ph">
 <div class="sb"><span>${clock}</span><span class="r">${net} · ${battery}%</span></div>
 <div class="hd"><b>${org}</b><span>${who}</span></div>
 <div class="tabs">${tabs_html}</div>
 <div class="days">${days_html}</div>
 <div class="dh">${day_head}</div>
 ${cards_html}
 <div class="nav">${nav_html}</div>
</div>
"""


def _t(mins: int, ampm: bool = True) -> str:
    h, m = divmod(mins, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d}" + ((" am" if h < 12 else " pm") if ampm else "")


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    e = html.escape
    r = d.rng
    credit = float(d.credit)
    dark = d.chance(0.3)
    acc = d.pick(["#1f6feb", "#0f766e", "#7c3aed", "#c2410c", "#be123c", "#1e3a8a"])
    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title("plain")
    hours = d.hours(d.pick(["cecs", "cec_hours", "hrs", "cecs_colon"]))
    date = d.date(d.pick(["weekday", "long", "short_month"]))
    rooms = ["Room 204", "Hall B", "Ballroom C", "Room 118", "Theater 2", "Room 310", "Expo Stage"]

    others = r.sample([s for s in V.SESSIONS if s != d.course], 4)
    n_before = d.pick([0, 1, 1, 2, 3])
    mine_len = int(round(credit * 60))
    start = d.pick([465, 480, 510])
    cards = []
    slots = others[:n_before] + [None] + others[n_before:]
    before = r.sample(["missed", "noce", "expo", "early"], n_before)
    after = [d.pick(["upcoming", "upcoming", "noce"]) for _ in range(4 - n_before)]
    if "expo" not in before and after:
        after[r.randrange(len(after))] = d.pick(["expo", "upcoming"])
    kinds = before + [None] + after
    for k, sess in enumerate(slots):
        if sess is None:
            ln = mine_len
            s0 = start
            cards.append(
                f"<div class='cd ok'><div class='t'><span>{_t(s0, False)} – {_t(s0 + ln)}</span>"
                f"<i>{ln} min</i></div><b class='n'>{e(title)}</b>"
                f"<div class='rm'>{d.pick(rooms)} · {e(d.person())}</div>"
                f"<div class='st'>&#10003; {d.pick(['Attended · verified', 'Scanned in and out'])} · "
                f"{d.pick(['Credit earned', 'CE earned', 'Earned'])}: {e(hours)}</div></div>"
            )
        else:
            kind = kinds[k]
            ln = d.pick([45, 60, 90, 120])
            if ln == mine_len:
                ln += 15
            s0 = start
            ce = d.pick([x for x in (0.5, 1, 1.5, 2, 3) if x != credit])
            room = d.pick(rooms)
            if kind == "missed":
                st = d.pick(
                    [
                        f"Scan-out missing · {ce:g} CEC not awarded",
                        f"Not verified — {ce:g} CE hr pending review",
                    ]
                )
            elif kind == "upcoming":
                st = f"Upcoming · CE eligible ({ce:g} {d.pick(['CEC', 'hr'])})"
            elif kind == "early":
                st = f"Left early · {ce:g} CEC needs full attendance"
            elif kind == "noce":
                st = d.pick(["No CE credit", "Networking · not CE eligible"])
            else:
                sess = d.pick(["Exhibit Hall Open", "Expo Floor Hours"])
                ln = d.pick([120, 180, 240])
                room = d.pick(["Exhibit Hall", "Halls A–C", "Expo floor"])
                st = f"Hall open {ln // 60} hrs · booth visits"
            cards.append(
                f"<div class='cd'><div class='t'><span>{_t(s0, False)} – {_t(s0 + ln)}</span>"
                f"<i>{ln // 60 if ln % 60 == 0 and ln >= 120 else ln}{' hrs' if ln % 60 == 0 and ln >= 120 else ' min'}</i></div>"
                f"<b class='n'>{e(sess)}</b><div class='rm'>{room}</div>"
                f"<div class='st'>{e(st)}</div></div>"
            )
        start = s0 + ln + d.pick([15, 15, 30])
    first_day = d.completed - timedelta(days=d.pick([0, 1, 1, 2]))
    days_html = ""
    for i in range(3):
        day = first_day + timedelta(days=i)
        on = " class='on'" if day == d.completed else ""
        days_html += f"<div{on}>{F.WEEKDAYS[day.weekday()][:3]}<b>{day.day}</b></div>"
    tabs = ["Schedule", "My agenda", "Speakers", "Map"]
    tabs_html = "".join(f"<div{' class=on' if t == 'My agenda' else ''}>{t}</div>" for t in tabs)
    nav = [("&#8962;", "Home"), ("&#9783;", "Agenda"), ("&#9635;", "Badge"), ("&#9776;", "More")]
    nav_html = "".join(
        f"<div{' class=on' if lbl == 'Agenda' else ''}><b>{ic}</b>{lbl}</div>" for ic, lbl in nav
    )
    return {
        "bg": "#111418" if dark else "#f1f3f6",
        "fg": "#eef0f3" if dark else "#15171a",
        "card": "#1d2228" if dark else "#ffffff",
        "muted": "#9aa3ad" if dark else "#5f6b76",
        "line": "#333a42" if dark else "#d6dbe0",
        "ok": d.pick(["#15803d", "#16a34a", "#0e7490"]),
        "acc": acc,
        "clock": f"{r.randrange(1, 12)}:{r.randrange(0, 59):02d}",
        "net": d.pick(["5G", "LTE", "Wi-Fi"]),
        "battery": r.randrange(12, 99),
        "org": org,
        "who": d.pick([f"Signed in as {name}", name, f"Hi, {name}"]),
        "tabs_html": tabs_html,
        "days_html": days_html,
        "day_head": date,
        "cards_html": "".join(cards),
        "nav_html": nav_html,
    }
