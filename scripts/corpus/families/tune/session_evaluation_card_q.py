"""A session evaluation card left on the chairs of a trade show's education
room and filled in by hand before leaving: a narrow coloured strip with the
show's name and the words for evaluation, the session's code, title,
speaker, day and room printed in a box (one batch of cards per session), a
grid of statements rated one to five with the attendee's ticks, a yes/no
row, two ruled comment lines written in ink, an optional name line, and
a note that the card is anonymous feedback and earns no credit. It names a
session, a speaker, a day and sometimes a person, but records no
attendance or completion."""

SOURCE = (
    "ucsb-cs48/w19:_hwk/eval01.md (talk evaluation: rubric of Poor to Excellent, tick boxes 1-5, "
    "written comments) and BigBongTheory/UST-SOCC-Website:UST-SOCC/web/ac.jsp (event evaluation "
    "form headed by a coloured strip with the event, date and venue)"
)
KIND = "other"
PAPER = "half-letter"
CATEGORIES = (
    "other",
    "table",
    "handwriting",
    "landscape",
    "labelled",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; font: 12px ${sans}; color:#1c1c1c }
.strip { background:${accent}; color:#fff; padding:8px 26px; display:flex; justify-content:space-between; align-items:baseline }
.strip b { font: bold 15px ${sans}; letter-spacing:0.5px } .strip span { font-size:11px; letter-spacing:2.5px; text-transform:uppercase }
.bd { position:absolute; left:26px; right:26px; top:46px; bottom:18px }
.ss { display:grid; grid-template-columns:64px 1fr 160px; border:1.5px solid #333; margin-top:8px }
.ss > div { padding:6px 9px; border-right:1px solid #999 } .ss > div:last-child { border-right:none }
.ss .cd { font: bold 18px ${cond}; text-align:center; background:${light} }
.ss small { display:block; font-size:8.5px; color:#555; text-transform:uppercase; letter-spacing:0.6px }
.ss .ti { font: bold 13.5px ${serif}; line-height:16px }
.ss .mt { font-size:11px; line-height:15px }
.lead { font-size:11px; color:#333; margin:12px 0 6px }
table { width:100%; border-collapse:collapse; font-size:12.5px }
th { font-size:9px; text-transform:uppercase; color:#444; font-weight:normal; padding:2px 0; text-align:center; width:48px }
th.q { text-align:left; width:auto }
td { border-top:1px solid #ccc; padding:4px 0; text-align:center; height:29px }
td.q { text-align:left; padding-right:8px }
.bx { display:inline-block; width:13px; height:13px; border:1.2px solid #333; position:relative; vertical-align:middle }
.bx i { position:absolute; left:0px; top:-6px; font: 18px ${handf}; color:${ink}; font-style:normal; line-height:20px }
.yn { margin-top:10px; font-size:12.5px } .yn .bx { margin:0 3px 0 10px }
.ln { display:flex; align-items:flex-end; height:28px; margin-top:6px }
.ln span { font-size:10px; color:#444; white-space:nowrap; margin-right:6px }
.ln div { flex:1; border-bottom:1px solid #555; font: 19px ${handf}; color:${ink}; line-height:21px; padding-left:4px; white-space:nowrap; overflow:hidden }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#555; line-height:11px; display:flex; justify-content:space-between; gap:20px }
</style>
<div class="w">
 <div class="strip"><b>${event}</b><span>${strip_word}</span></div>
 <div class="bd">
  <div class="ss">
   <div class="cd"><small>Session</small>${code}</div>
   <div><small>Title</small><div class="ti">${title}</div><div class="mt">${speaker_label} ${speaker}</div></div>
   <div class="mt"><small>Day / room</small>${day}<br>${time} &middot; ${room}</div>
  </div>
  <div class="lead">${lead}</div>
  <table>
   <tr><th class="q"></th><th>1<br>${low}</th><th>2</th><th>3</th><th>4</th><th>5<br>${high}</th></tr>
   ${rows_html}
  </table>
  <div class="yn">${yn_q} <span class="bx">${yes_html}</span>Yes <span class="bx">${no_html}</span>No</div>
  <div class="ln"><span>${c1_label}</span><div>${c1}</div></div>
  <div class="ln"><span>${c2_label}</span><div>${c2}</div></div>
  <div class="ln" style="width:62%"><span>${name_label}</span><div>${who}</div></div>
  <div class="ft"><span>${foot}</span><span>${form_no}</span></div>
 </div>
</div>
"""

STATEMENTS = [
    "The session met the objectives in the show guide",
    "The speaker knew the subject well",
    "The material applies to my work in the field",
    "Handouts and slides were clear",
    "The room, sound and screen were adequate",
    "The session started and ended on time",
    "The speaker avoided selling products",
]


def fill(d):
    import html

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    event = f"{d.pick(V.EVENTS)} {d.completed.year}"
    mark = d.pick(["✓", "X", "✗"])
    rows = []
    for q in r.sample(STATEMENTS, d.pick([5, 6, 6])):
        pick = r.choice([3, 4, 4, 5, 5, 5])
        cells = "".join(
            f'<td><span class="bx">{"<i>" + mark + "</i>" if n == pick else ""}</span></td>'
            for n in range(1, 6)
        )
        rows.append(f'<tr><td class="q">{html.escape(q)}</td>{cells}</tr>')
    yes = d.chance(0.8)
    start = d.pick(["8:30 AM", "10:00 AM", "1:30 PM", "3:15 PM"])
    anonymous = d.chance(0.35)
    return {
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "ink": d.pick(["#1d2c6b", "#222", "#0d3a7a", "#2b2b6e"]),
        "event": event,
        "strip_word": d.pick(["Session evaluation", "Speaker evaluation", "Your feedback"]),
        "code": f"{d.pick(['ED', 'S', 'T', 'W'])}{r.randrange(10, 99)}",
        "title": d.pick(V.SESSIONS),
        "speaker_label": d.pick(["Speaker:", "Presenter:", "Presented by"]),
        "speaker": d.person(),
        "day": fmt_date(d.completed, d.pick(["weekday", "short_month", "us_numeric"])),
        "time": start,
        "room": d.pick(["Room 204", "Hall B", "Ballroom C", "Room 113", "Meeting Room 6A"]),
        "lead": d.pick(
            [
                "Please rate each statement (1 = strongly disagree, 5 = strongly agree) and leave the "
                "card on your chair or in the box at the door.",
                "Tick one box per line. Your answers go to the speaker and the education committee.",
            ]
        ),
        "low": d.pick(["Poor", "Disagree"]),
        "high": d.pick(["Excellent", "Agree"]),
        "rows_html": "\n".join(rows),
        "yn_q": d.pick(
            [
                "Would you attend another session by this speaker?",
                "Would you recommend this session?",
            ]
        ),
        "yes_html": f"<i>{mark}</i>" if yes else "",
        "no_html": "" if yes else f"<i>{mark}</i>",
        "c1_label": d.pick(["Most useful:", "What worked:", "Comments:"]),
        "c1": d.pick(
            [
                "the moisture mapping examples",
                "real job photos, good Q&A",
                "clear, practical, not too long",
                "the case studies",
                "handout with the charts",
            ]
        ),
        "c2_label": d.pick(["Improve:", "Suggestions:", "Topics for next year:"]),
        "c2": d.pick(
            [
                "more time for questions",
                "slides hard to read from the back",
                "hands-on demo would help",
                "",
                "mold remediation update",
            ]
        ),
        "name_label": d.pick(["Name (optional):", "Your name (optional):"]),
        "who": "" if anonymous else f"{d.first} {d.last}",
        "foot": d.pick(
            [
                "Evaluations are anonymous feedback for speakers. They are not a record of attendance "
                "and earn no continuing education credit; credit comes from the door scans.",
                "This card does not count as proof of attendance. Scan your badge at the door on the "
                "way out to have the session credited.",
            ]
        ),
        "form_no": f"Form EV-{r.randrange(1, 9)} · {d.other_date('print', 'us_short')}",
    }
