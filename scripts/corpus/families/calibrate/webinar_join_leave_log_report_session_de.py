"""A participant attendance report exported from a webinar platform for
one registrant, landscape: a dark title bar, a block of labelled webinar
facts (title, host, date, scheduled time), the participant's details, a
ruled table of every join and leave with the minutes of each, the total
time in session, the share of the live time, and the credit awarded."""

SOURCE = (
    "https://help.blackboard.com/de-de/Collaborate/Ultra/Administrator/Reports/Attendee_Report "
    "(first join, last leave, total time in session, rejoins) and "
    "https://pacificcenterforlifelonglearning.com/joomdle/faq?view=faq&faqid=29 (credit for "
    "85% presence)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "table",
    "labelled",
    "dark-band",
    "landscape",
    "time-attended",
    "record",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; font: 12.5px ${ui}; color:#222 }
.bar { height:60px; background:${dark}; color:#fff; display:flex; align-items:center; justify-content:space-between; padding:0 36px }
.bar b { font: bold 20px ${ui} } .bar span { font-size:11.5px; opacity:.85 }
.cols { display:flex; gap:40px; padding:20px 36px 6px }
.cols h3 { font: bold 11px ${ui}; text-transform:uppercase; letter-spacing:1px; color:${accent}; margin:0 0 6px }
.kv { display:grid; grid-template-columns: 130px 1fr; row-gap:5px; font-size:12.5px }
.kv b { font-weight:normal; color:#666 } .kv span { font-weight:bold }
table { margin:10px 36px 0; width:calc(100% - 72px); border-collapse:collapse; font-size:12px }
th { text-align:left; border-bottom:2px solid #444; padding:6px 8px; font-size:10.5px; text-transform:uppercase; color:#444 }
td { border-bottom:1px solid #ddd; padding:6px 8px } td.n, th.n { text-align:right }
tr.t td { border-bottom:none; border-top:2px solid #444; font-weight:bold }
.cr { margin:16px 36px 0; display:flex; gap:20px }
.cr div { border:1px solid #ccc; border-left:5px solid ${accent}; padding:8px 14px; font-size:12px; color:#444 }
.cr div b { display:block; font-size:16px; color:#111; margin-top:2px }
.pl { margin-top:20px } .pl h3 { font: bold 11px ${ui}; text-transform:uppercase; letter-spacing:1px; color:${accent}; margin:0 36px }
.fn { position:absolute; left:36px; right:36px; bottom:18px; font-size:9.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="bar"><b>${report_h}</b><span>Generated ${generated}</span></div>
 <div class="cols">
  <div style="flex:1.3"><h3>Webinar</h3><div class="kv">
   <b>Topic</b><span>${title}</span>
   <b>${host_l}</b><span>${provider}</span>
   <b>Presenter</b><span>${presenter}</span>
   <b>Date</b><span>${date}</span>
   <b>Scheduled</b><span>${scheduled}</span>
   <b>Webinar ID</b><span>${wid}</span></div></div>
  <div style="flex:1"><h3>Participant</h3><div class="kv">
   <b>Name</b><span>${name}</span>
   <b>Email</b><span>${email}</span>
   <b>Registration</b><span>${reg}</span>
   <b>Polls answered</b><span>${polls}</span></div></div>
 </div>
 <table>
  <tr><th>#</th><th>Join time</th><th>Leave time</th><th class="n">Minutes</th><th>Device</th></tr>
  ${rows_html}
  <tr class="t"><td colspan="3">Total time in session</td><td class="n">${total}</td><td></td></tr>
 </table>
 <div class="cr">
  <div>Live duration<b>${live} min</b></div>
  <div>Attendance<b>${pct}%</b></div>
  <div>${credit_l}<b>${hours}</b></div>
 </div>
 <div class="pl"><h3>Poll responses</h3>
 <table class="pt"><tr><th>Poll</th><th>Question</th><th>Answered at</th></tr>${polls_html}</table></div>
 <div class="fn"><span>${note}</span><span>Page 1 of 1</span></div>
</div>
"""


def fill(d):
    r = d.rng
    live = round(d.credit * 60)
    start = d.pick([9 * 60, 10 * 60, 11 * 60, 12 * 60, 13 * 60, 14 * 60])

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d}:{r.randrange(0, 60):02d} {'AM' if h < 12 else 'PM'}"

    # one to three stretches, all but a few minutes of the live time
    n = d.pick([1, 2, 2, 3]) if live >= 60 else d.pick([1, 2])
    cuts = sorted(r.sample(range(10, live - 5), n - 1)) if n > 1 else []
    edges = [0, *cuts, live]
    rows, total = [], 0
    for i in range(n):
        a = edges[i] + (r.randrange(1, 4) if i else -r.randrange(1, 6))
        b = edges[i + 1] - (r.randrange(1, 3) if i < n - 1 else -r.randrange(0, 4))
        total += b - a
        rows.append(
            f"<tr><td>{i + 1}</td><td>{clock(start + a)}</td><td>{clock(start + b)}</td>"
            f"<td class='n'>{b - a}</td><td>{d.pick(['Windows', 'iPhone', 'Android', 'Mac', 'Browser'])}</td></tr>"
        )
    pct = min(100, round(100 * total / live))
    import unicodedata

    def plain(text):
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()

    first = plain(d.first.split()[0])
    questions = [
        "Which instrument reads surface moisture?",
        "What is the target GPP differential?",
        "Which category applies to this loss?",
        "When should containment be set up?",
        "Which PPE is required here?",
        "What does the S500 recommend first?",
    ]
    asked = r.sample(questions, 3)
    polls = "".join(
        f"<tr><td>{i + 1}</td><td>{q}</td><td>{clock(start + round(live * (i + 1) / 4))}</td></tr>"
        for i, q in enumerate(asked)
    )
    return {
        "ui": d.fonts[d.pick(["sans", "cond"])],
        "report_h": d.pick(
            [
                "Attendee Report — Participant Detail",
                "Webinar Attendance Report",
                "Attendance Detail",
            ]
        ),
        "generated": d.other_date("issue", "us_numeric"),
        "title": d.title(),
        "host_l": d.pick(["Host", "Organizer", "Hosted by"]),
        "provider": d.provider(),
        "presenter": d.person(),
        "date": d.date(d.pick(["us_numeric", "short_month", "long", "weekday"])),
        "scheduled": f"{clock(start)[:-6]}{clock(start)[-3:]} – {clock(start + live)[:-6]}{clock(start + live)[-3:]}",
        "wid": f"{r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(1000, 9999)}",
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "email": f"{first}.{plain(d.last.split()[-1]).replace(chr(39), '')}@{d.pick(['gmail.com', 'outlook.com'])}",
        "reg": d.pick(["Approved", "Registered", "Attended"]),
        "polls": "3 of 3",
        "polls_html": polls,
        "rows_html": "".join(rows),
        "total": f"{total} min",
        "live": live,
        "pct": pct,
        "credit_l": d.pick(["CEC credit awarded", "Credit awarded", "CE hours earned"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title", "hrs"])),
        "note": d.pick(
            [
                "Credit requires at least 85% of the live time and answered polls.",
                "Times are shown in the organizer's time zone.",
            ]
        ),
    }
