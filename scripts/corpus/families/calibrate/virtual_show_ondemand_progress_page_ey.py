"""A virtual show platform's "My sessions" page printed from a browser,
landscape, with the browser's date and title line at the top and the
address and page count at the foot. The platform's bar carries the show's
name and a navigation row, with the attendee's initials and name at the
right. Tiles count sessions started, time watched, sessions with a quiz
pending and the CE credit earned; below, a table of the sessions the
attendee opened: title, speaker, length, share watched with a bar, quiz
state and CE state. One session is complete and shows its credit and the
date it was earned; the others are partly watched, waiting on a quiz or not
approved, each showing the credit it would carry or none. Lengths, watch
time and the credit of unfinished sessions are not credit earned."""

SOURCE = (
    "harrybui03/EdTechBE:agentic-rag/knowledge-base/user-guide/my-learning.md (My Learning page: "
    "course cards with progress percentage, time spent, last activity, filters for in progress and "
    "completed); wording of virtual conference platforms' on-demand CE pages (watch 90% and pass "
    "the quiz to earn credit)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "table",
    "record",
    "landscape",
    "web-printout",
    "distractor-person",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.pr { position:absolute; left:22px; right:22px; top:10px; display:flex; justify-content:space-between; font: 9px ${sans}; color:#333 }
.pf { position:absolute; left:22px; right:22px; bottom:10px; display:flex; justify-content:space-between; font: 9px ${sans}; color:#333 }
.app { position:absolute; left:30px; right:30px; top:30px; bottom:30px; font: 12px ${sans}; color:#1f2933; border:1px solid #e1e4e8 }
.bar { background:${brand}; color:#fff; display:flex; align-items:center; padding:9px 16px; gap:18px }
.bar .lg { font: bold 15px ${head}; letter-spacing:.3px; white-space:nowrap }
.bar nav { display:flex; gap:14px; font-size:11.5px; opacity:.9 } .bar nav b { border-bottom:2px solid #fff; padding-bottom:2px }
.bar .me { margin-left:auto; display:flex; align-items:center; gap:7px; font-size:11.5px; white-space:nowrap }
.bar .av { width:26px; height:26px; border-radius:50%; background:#fff; color:${brand}; font: bold 10.5px ${sans}; display:flex; align-items:center; justify-content:center }
.in { padding:14px 18px }
.in h1 { margin:0 0 2px; font: bold 20px ${sans} } .in .sub { color:#62707d; font-size:11.5px }
.tiles { display:flex; gap:12px; margin:12px 0 14px }
.tiles div { flex:1; border:1px solid #e1e4e8; border-radius:6px; padding:8px 12px; color:#62707d; font-size:10.5px }
.tiles b { display:block; font-size:19px; color:#111; margin-top:2px }
.tiles .ce { border-color:${brand}; background:${tint} }
table { width:100%; border-collapse:collapse; font-size:12px }
th { text-align:left; font-size:10px; text-transform:uppercase; letter-spacing:.5px; color:#62707d; border-bottom:1px solid #d0d5da; padding:6px 6px }
td { padding:8px 6px; border-bottom:1px solid #eef0f2; vertical-align:middle }
td.nw { white-space:nowrap }
td small { display:block; color:#62707d; font-size:10.5px; margin-top:1px }
.pb { display:inline-block; width:70px; height:6px; border-radius:3px; background:#e6e9ec; vertical-align:middle; margin-right:6px }
.pb i { display:block; height:100%; border-radius:3px; background:${brand} }
.pill { display:inline-block; font-size:10.5px; padding:2px 7px; border-radius:10px; white-space:nowrap }
.ok { background:#dff3e4; color:#17613a; font-weight:bold } .wait { background:#fff2cc; color:#7a5a00 } .no { background:#eceff1; color:#55606b }
.hint { margin-top:12px; font-size:11px; color:#62707d }
.nx h2 { margin:18px 0 8px; font: bold 14px ${sans} }
.cards { display:flex; gap:12px }
.cards div { flex:1; border:1px solid #e1e4e8; border-radius:6px; padding:0 0 8px; font-size:12px; overflow:hidden }
.cards .th { height:54px; background:linear-gradient(135deg, ${brand}, ${tint}); margin-bottom:7px }
.cards b { display:block; padding:0 10px; line-height:16px } .cards span { display:block; padding:2px 10px 0; color:#62707d; font-size:11px }
</style>
<div class="pr"><span>${print_stamp}</span><span>${tab_title}</span></div>
<div class="app">
 <div class="bar"><div class="lg">${event}</div><nav>${nav_html}</nav><div class="me"><div class="av">${initials}</div>${name}</div></div>
 <div class="in">
  <h1>${heading}</h1><div class="sub">${sub}</div>
  <div class="tiles">
   <div>${t1}<b>${v1}</b></div><div>${t2}<b>${v2}</b></div><div>${t3}<b>${v3}</b></div><div class="ce">${t4}<b>${v4}</b></div>
  </div>
  <table>
   <tr><th>Session</th><th>Length</th><th>${watched_h}</th><th>Quiz</th><th>${ce_h}</th></tr>
   ${rows_html}
  </table>
  <div class="hint">${hint}</div>
  <div class="nx"><h2>${next_head}</h2><div class="cards">${cards_html}</div></div>
 </div>
</div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""


def _len(mins, style):
    if style == "min":
        return f"{mins} min"
    h, m = divmod(mins, 60)
    return f"{h}h {m:02d}m" if h else f"{m}m"


def fill(d):
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    credit = float(d.credit)
    lstyle = d.pick(["min", "hm"])
    title = d.title("plain")
    event = d.provider()
    date = d.date(d.pick(["short_month", "us_numeric", "long", "dd_mon_yyyy"]))
    ce_word = d.pick(["CEC", "CE hrs", "CE credit"])
    mode = d.pick(["hours", "number"])
    if mode == "hours":
        earned = d.hours(d.pick(["cecs", "cec_hours", "iicrc_cec", "hrs"]))
        tile = f"{credit:g}"
    else:
        tile = d.hours_number()
        earned = f"{tile} {ce_word}"
    others = r.sample([s for s in V.SESSIONS if s != d.course], d.pick([3, 4, 5]))
    rows, watched_total, pending = [], 0, 0
    main_len = int(credit * 60) + d.pick([0, 0, 5, 10])
    watched_total += main_len
    main_row = (
        f"<tr><td><b>{title}</b><small>{d.person()}</small></td><td class='nw'>{_len(main_len, lstyle)}</td>"
        f"<td class='nw'><span class='pb'><i style='width:100%'></i></span>100%</td>"
        f"<td><span class='pill ok'>{d.pick(['Passed', 'Passed 100%', 'Passed 90%'])}</span></td>"
        f"<td><span class='pill ok'>{d.pick(['Earned', 'Credit earned'])} \u00b7 {earned}</span><small>{date}</small></td></tr>"
    )
    states = ["watch", "watch", "quiz", "none", "watch"]
    for s in others:
        pot = d.pick([p for p in [0.5, 1, 1, 1.5, 2, 3] if p != credit])
        mins = int(pot * 60) + d.pick([0, 0, 10, 15])
        st = r.choice(states)
        pct = (
            r.randrange(8, 86) if st == "watch" else (100 if st == "quiz" else r.randrange(20, 100))
        )
        watched_total += int(mins * pct / 100)
        quiz = {
            "watch": "<span class='pill no'>Locked</span>",
            "quiz": "<span class='pill wait'>Not taken</span>",
            "none": "<span class='pill no'>\u2014</span>",
        }[st]
        if st == "quiz":
            pending += 1
        pot_txt = f"{pot:g} {ce_word}"
        ce = {
            "watch": f"<span class='pill wait'>{pot_txt} on completion</span><small>Watch 90% to unlock quiz</small>",
            "quiz": f"<span class='pill wait'>{pot_txt} pending</span><small>Pass the quiz to earn</small>",
            "none": f"<span class='pill no'>{d.pick(['Not approved for CE', 'No CE'])}</span>",
        }[st]
        rows.append(
            f"<tr><td>{s}<small>{d.person()}</small></td><td class='nw'>{_len(mins, lstyle)}</td>"
            f"<td class='nw'><span class='pb'><i style='width:{pct}%'></i></span>{pct}%</td><td>{quiz}</td><td>{ce}</td></tr>"
        )
    rows.insert(r.randrange(0, len(rows) + 1), main_row)
    seen = set(others) | {d.course}
    cards = []
    for s in r.sample(
        [x for x in V.SESSIONS if x not in seen], min(3, len(V.SESSIONS) - len(seen))
    ):
        mins = d.pick([30, 45, 60, 75, 90])
        tag = d.pick(["CE approved", "No CE", "CE approved", "Panel"])
        cards.append(
            f"<div><div class='th'></div><b>{s}</b><span>{_len(mins, lstyle)} · {tag}</span></div>"
        )
    name = d.name(d.pick(["plain", "plain", "upper"]))
    initials = "".join(w[0] for w in d.plain_name.split()[:2]).upper()
    h, m = divmod(watched_total, 60)
    slug = "".join(ch for ch in d.org_alt.lower() if ch.isalnum())[:16]
    nav = d.pick(
        [
            ["Agenda", "On demand", "<b>My sessions</b>", "Certificates"],
            ["Home", "Sessions", "<b>My learning</b>", "Exhibitors"],
        ]
    )
    return {
        "head": d.fonts[d.pick(["sans", "display", "cond"])],
        "brand": d.pick(["#0f4c81", "#6b2c91", "#0b6e4f", "#b3261e", "#263238"]),
        "tint": d.pick(["#f1f7fd", "#f5f0fa", "#eef8f3"]),
        "print_stamp": f"{F.fmt_date(d.completed + timedelta(days=r.randint(1, 40)), 'us_short')}, {r.randint(1, 12)}:{r.randrange(0, 60):02d} {d.pick(['AM', 'PM'])}",
        "tab_title": f"My sessions | {d.org_alt} Virtual",
        "event": event,
        "nav_html": "".join(f"<span>{x}</span>" for x in nav),
        "initials": initials,
        "name": name,
        "heading": d.pick(["My sessions", "My learning", "Continuing education"]),
        "sub": d.pick(
            [
                "Sessions you have opened. Watch at least 90% and pass the quiz to earn CE credit.",
                "On-demand access ends 60 days after the live event.",
            ]
        ),
        "t1": "Sessions started",
        "v1": str(len(rows)),
        "t2": d.pick(["Time watched", "Viewing time"]),
        "v2": f"{h}h {m:02d}m",
        "t3": d.pick(["Quizzes pending", "Awaiting quiz"]),
        "v3": str(pending),
        "t4": d.pick(["CE earned", "Credit earned"]),
        "v4": tile,
        "watched_h": d.pick(["Watched", "Progress"]),
        "ce_h": d.pick(["CE", "Credit"]),
        "rows_html": "".join(rows),
        "hint": d.pick(
            [
                "Certificates are available under Certificates for sessions marked Earned.",
                "Credit shown as pending is not earned until the quiz is passed.",
            ]
        ),
        "next_head": d.pick(["Up next", "Recommended for you", "Still on demand"]),
        "cards_html": "".join(cards),
        "url": f"https://virtual.{slug}.com/my/sessions",
    }
