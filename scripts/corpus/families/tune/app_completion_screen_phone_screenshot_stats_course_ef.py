"""A phone screenshot of an online school's learning app at the moment a
course is finished: the phone's status bar, the app's top bar with a back
arrow and the school's round mark and name, scattered confetti, a large
trophy disc, a headline, the course title with the school under it, a row
of three stat tiles (score, time in course, credit earned), a short list of
label and value lines (issued to, completed, certificate number, access
ends), two buttons and the phone's home bar. Time in course and the access
date are not the answer."""

SOURCE = (
    "tirtana888/no-name:resources/views/design_1/web/courses/learning_page/includes/modals/"
    "learning_status_completed_modal.blade.php (course-completed modal: avatar, headline, "
    "download-certificate button) and Saneeb7de/LMS-:COURSE_COMPLETION_FEATURE.md "
    "(completion page: trophy, confetti, course statistics, learning time, actions)"
)
KIND = "course"
PAPER = "receipt"
CATEGORIES = (
    "phone-screenshot",
    "portrait",
    "provider-in-logo",
    "labelled",
    "distractor-date",
)

TEMPLATE = """<style>
.ph { position:absolute; inset:0; background:${bg}; font-family:${sans}; color:#15171a; overflow:hidden }
.sb { height:26px; display:flex; justify-content:space-between; align-items:center; padding:0 16px; font: bold 11.5px ${sans}; color:${sbfg} }
.sb span.r { font-weight:normal; font-size:10px }
.bar { display:flex; align-items:center; gap:8px; padding:6px 12px 8px; border-bottom:1px solid ${line} }
.bar .bk { font-size:18px; color:${acc}; width:14px } .bar .mk { width:24px; height:24px; border-radius:50%; background:${acc}; color:#fff; font: bold 9.5px ${sans}; display:flex; align-items:center; justify-content:center }
.bar b { font-size:11.5px; line-height:13px; color:${fg} }
.cf { position:absolute; width:7px; height:3px; border-radius:1px; opacity:.85 }
.hero { text-align:center; padding:18px 18px 0 }
.tr { width:82px; height:82px; border-radius:50%; margin:0 auto; background:${acc}; color:#fff; font-size:40px; line-height:82px; box-shadow:0 0 0 8px ${halo} }
.hero h1 { margin:14px 0 4px; font: bold 20px ${sans}; color:${fg} }
.hero .ct { font: bold 14px ${sans}; line-height:18px; color:${fg}; margin-top:6px }
.hero .by { font-size:11px; color:${muted}; margin-top:3px }
.tiles { display:flex; gap:6px; margin:14px 12px 0 }
.tiles div { flex:1; background:${card}; border-radius:10px; padding:7px 4px; text-align:center; font-size:9px; color:${muted}; text-transform:uppercase; letter-spacing:.3px }
.tiles b { display:block; font-size:13px; color:${fg}; text-transform:none; letter-spacing:0; margin-bottom:2px }
.lst { margin:12px 12px 0; background:${card}; border-radius:10px; padding:2px 10px }
.lst div { display:flex; justify-content:space-between; gap:8px; padding:6px 0; border-bottom:1px solid ${line}; font-size:10.5px }
.lst div:last-child { border-bottom:none } .lst span { color:${muted}; white-space:nowrap } .lst b { text-align:right; color:${fg} }
.btn { margin:12px 12px 0; border-radius:22px; text-align:center; padding:10px; font: bold 12.5px ${sans} }
.b1 { background:${acc}; color:#fff } .b2 { border:1.5px solid ${acc}; color:${acc} }
.home { position:absolute; bottom:8px; left:50%; margin-left:-55px; width:110px; height:4px; border-radius:2px; background:${fg}; opacity:.7 }
</style>
<div class="ph">
 ${confetti_html}
 <div class="sb"><span>${clock}</span><span class="r">${net} · ${battery}%</span></div>
 <div class="bar"><span class="bk">&#8249;</span><div class="mk">${mark}</div><b>${org}</b></div>
 <div class="hero">
  <div class="tr">&#9733;</div>
  <h1>${headline}</h1>
  <div class="by">${lead}</div>
  <div class="ct">${title}</div>
 </div>
 <div class="tiles"><div><b>${score}</b>${score_l}</div><div><b>${spent}</b>${spent_l}</div><div><b>${hours}</b>${credit_l}</div></div>
 <div class="lst">${rows_html}</div>
 <div class="btn b1">${btn1}</div>
 <div class="btn b2">${btn2}</div>
 <div class="home"></div>
</div>
"""


def fill(d):
    import html

    e = html.escape
    r = d.rng
    org = d.provider()
    short = "".join(w[0] for w in org.replace("&", "").split() if w[:1].isupper())[:3] or "GO"
    dark = d.chance(0.35)
    acc = d.pick(["#2563eb", "#16a34a", "#9333ea", "#ea580c", "#0d9488", "#db2777"])
    title = d.title(d.pick(["plain", "plain", "code_first"]))
    hours = d.hours(d.pick(["cecs", "cecs", "hrs", "hours_title"]))
    date = d.date(d.pick(["short_month", "us_numeric", "long", "weekday"]))
    name = d.name(d.pick(["plain", "plain", "upper"]))
    rows = [
        (d.pick(["Issued to", "Learner", "Name"]), e(name)),
        (d.pick(["Completed", "Completed on", "Finished"]), e(date)),
        (d.pick(["Certificate #", "Cert. ID"]), e(d.number())),
        (d.pick(["Access ends", "Course access until"]), e(d.other_date("expiry", "short_month"))),
    ]
    if d.chance(0.4):
        rows.insert(3, ("IICRC approval", e(d.approval())))
    rows_html = "".join(f"<div><span>{k}</span><b>{v}</b></div>" for k, v in rows)
    colors = ["#f59e0b", "#ef4444", "#10b981", "#3b82f6", "#a855f7", "#ec4899"]
    conf = []
    for _ in range(22):
        x = r.choice([r.randrange(4, 90), r.randrange(210, 296)])
        conf.append(
            f'<i class="cf" style="left:{x}px;top:{r.randrange(70, 170)}px;'
            f'background:{r.choice(colors)};transform:rotate({r.randrange(0, 180)}deg)"></i>'
        )
    mins = r.randrange(40, 600)
    hour = r.randrange(6, 23)
    return {
        "bg": "#111418" if dark else "#ffffff",
        "fg": "#f3f4f6" if dark else "#15171a",
        "sbfg": "#f3f4f6" if dark else "#111",
        "muted": "#9ca3af" if dark else "#6b7280",
        "card": "#1e232a" if dark else "#f3f4f6",
        "line": "#2b313a" if dark else "#e5e7eb",
        "halo": "rgba(255,255,255,.08)" if dark else "#eef2ff",
        "acc": acc,
        "confetti_html": "".join(conf),
        "clock": f"{hour % 12 or 12}:{r.randrange(0, 60):02d}",
        "net": d.pick(["5G", "LTE", "Wi-Fi"]),
        "battery": str(r.randrange(12, 99)),
        "mark": short,
        "org": org,
        "headline": d.pick(["Course complete!", "You did it!", "Congratulations!", "Well done!"]),
        "lead": d.pick(
            ["You have finished", "You completed", "All lessons and the final quiz are done for"]
        ),
        "title": title,
        "score": f"{r.choice([80, 85, 88, 90, 94, 100])}%",
        "score_l": d.pick(["Score", "Final quiz"]),
        "spent": f"{mins // 60}h {mins % 60:02d}m",
        "spent_l": d.pick(["Time spent", "In course"]),
        "credit_l": d.pick(["Credit", "Earned", "CE credit"]),
        "hours": hours,
        "rows_html": rows_html,
        "btn1": d.pick(["View certificate", "Download certificate", "Get my certificate"]),
        "btn2": d.pick(["Share achievement", "Back to my courses", "Rate this course"]),
    }
