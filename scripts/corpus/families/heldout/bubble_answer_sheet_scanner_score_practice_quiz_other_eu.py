"""A machine-scored answer sheet from a practice quiz in a class, returned
to the student: black timing marks down the left edge and corner squares,
the school's name and the form title across the top, a boxed block of
labelled lines filled in by hand (name, class, date, instructor, test), a
student number written in boxes over a grid of 0-9 bubbles, three columns
of numbered A-E bubble rows with one bubble darkened per question, red
scanner ticks beside the misses and the score printed in red in the corner.
The small print says the quiz is practice and carries no credit. It scores
an attempt; it records no completion."""

SOURCE = (
    "iansan5653/open-mcr:code/assets/multiple_choice_sheet.svg (bubble sheet: name and ID "
    "bubble grids, numbered A-E answer rows in columns, corner alignment marks); wording: "
    "scanner-scored quiz sheets handed back in IICRC classes"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "labelled",
    "form",
    "handwritten",
    "distractor-person",
    "score-report",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; font:10px ${sans}; color:${ink} }
.tm { position:absolute; left:18px; top:60px; bottom:60px; width:16px;
  background:repeating-linear-gradient(to bottom, #111 0 7px, transparent 7px 24px) }
.cq { position:absolute; width:22px; height:22px; background:#111 }
.w { position:absolute; left:56px; right:40px; top:34px; bottom:30px }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid ${ink}; padding-bottom:5px }
.hd b { font:bold 15px ${sans}; display:block } .hd span { font:bold 11px ${sans}; letter-spacing:2px; text-transform:uppercase }
.hd .f { text-align:right; font-size:9px; line-height:12px }
.top { display:flex; gap:14px; margin-top:10px }
.info { flex:1; border:1.5px solid ${ink} }
.info div { display:flex; align-items:flex-end; border-bottom:1px solid ${ink}; height:31px; padding:0 6px }
.info div:last-child { border-bottom:none }
.info i { font:bold 8.5px ${sans}; font-style:normal; width:78px; flex:none; padding-bottom:5px; letter-spacing:.5px }
.info em { font:${hand_px}px/26px ${hand}; font-style:normal; color:#1b2a6b; white-space:nowrap; overflow:hidden }
.id { border:1.5px solid ${ink}; padding:4px 6px; text-align:center }
.id .l { font:bold 8.5px ${sans}; letter-spacing:.5px; margin-bottom:3px }
.id table { border-collapse:collapse } .id td { padding:0 2px; text-align:center }
.id td.w8 { border:1px solid ${ink}; height:20px; font:17px ${hand}; color:#1b2a6b }
.bb { display:inline-block; width:15px; height:11px; border:1px solid ${ink}; border-radius:50%; font:7px/10px ${sans}; text-align:center; margin:1px 1px }
.bb.on { background:#222; border-color:#222; color:#222 }
.sc { width:150px; border:1.5px solid ${ink}; display:flex; flex-direction:column; align-items:center; justify-content:center }
.sc .l { font:bold 8.5px ${sans}; letter-spacing:.5px }
.sc .v { font:bold 30px ${mono}; color:#c8102e; margin:4px 0 0 } .sc .p { font:bold 15px ${mono}; color:#c8102e }
.sc .k { font:9px ${mono}; color:#c8102e; margin-top:4px }
.ins { margin-top:9px; font-size:9.5px; line-height:13px; border:1px solid ${ink}; padding:5px 8px; display:flex; gap:14px; align-items:center }
.ins .eg { white-space:nowrap }
.ans { display:flex; gap:10px; margin-top:10px; border-top:1.5px solid ${ink}; padding-top:8px }
.col { flex:1 } .row { display:flex; align-items:center; height:${row_h}px; position:relative }
.row .q { width:24px; text-align:right; font:bold 11px ${sans}; margin-right:6px }
.row .bb { width:17px; height:12px; font-size:7.5px; line-height:11px; margin:1px 2px }
.row:nth-child(5n) { border-bottom:1px dotted ${ink} }
.row .x { position:absolute; left:-12px; font:bold 13px ${mono}; color:#c8102e }
.cm { margin-top:12px; border:1.5px solid ${ink}; height:62px; padding:4px 8px; position:relative }
.cm i { font:bold 8.5px ${sans}; font-style:normal; letter-spacing:.5px; display:block }
.cm em { font:22px ${hand}; font-style:normal; color:#c8102e; display:block; margin:4px 0 0 20px; transform:rotate(-2deg) }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; line-height:12px; border-top:1px solid ${ink}; padding-top:4px; display:flex; justify-content:space-between; gap:20px }
.ft b { font-size:9.5px }
</style>
<div class="pg">
 <div class="tm"></div>
 <div class="cq" style="left:14px;top:14px"></div><div class="cq" style="right:14px;top:14px"></div>
 <div class="cq" style="left:14px;bottom:14px"></div><div class="cq" style="right:14px;bottom:14px"></div>
 <div class="w">
  <div class="hd"><div><b>${org}</b><span>${form_title}</span></div><div class="f">${form_no}<br>${use_pencil}</div></div>
  <div class="top">
   <div class="info">
    <div><i>NAME</i><em>${name}</em></div>
    <div><i>CLASS</i><em>${title}</em></div>
    <div><i>DATE</i><em>${date}</em></div>
    <div><i>INSTRUCTOR</i><em>${instructor}</em></div>
    <div><i>TEST / MODULE</i><em>${test}</em></div>
   </div>
   <div class="id"><div class="l">${id_label}</div><table>${id_html}</table></div>
   <div class="sc"><div class="l">${score_label}</div><div class="v">${right}</div><div class="p">${pct}%</div><div class="k">${key_line}</div></div>
  </div>
  <div class="ins"><div>${instructions}</div><div class="eg">RIGHT <span class="bb">A</span><span class="bb on">B</span><span class="bb">C</span>
   &nbsp; WRONG <span class="bb">&#10003;</span><span class="bb">&#215;</span></div></div>
  <div class="ans">${cols_html}</div>
  <div class="cm"><i>${comment_label}</i><em>${comment}</em></div>
  <div class="ft"><div><b>${fine_head}</b> ${fine}</div><div style="text-align:right;white-space:nowrap">${scanned}</div></div>
 </div>
</div>
"""


def fill(d):
    from corpus.formats import fmt_date

    r = d.rng
    n = d.pick([25, 30, 40, 50])
    choices = d.pick(["ABCD", "ABCDE"])
    key = [r.choice(choices) for _ in range(n)]
    miss = set(r.sample(range(n), r.randint(max(1, n // 12), n // 3)))
    per_col = -(-n // 3)
    cols = []
    for c in range(3):
        rows = []
        for q in range(c * per_col, min(n, (c + 1) * per_col)):
            marked = key[q] if q not in miss else r.choice([x for x in choices if x != key[q]])
            bubbles = "".join(
                f"<span class='bb{' on' if x == marked else ''}'>{x}</span>" for x in choices
            )
            flag = "<span class='x'>/</span>" if q in miss else ""
            rows.append(f"<div class='row'>{flag}<span class='q'>{q + 1}</span>{bubbles}</div>")
        cols.append(f"<div class='col'>{''.join(rows)}</div>")
    digits = [r.choice("0123456789") for _ in range(d.pick([5, 6, 7]))]
    id_rows = ["<tr>" + "".join(f"<td class='w8'>{x}</td>" for x in digits) + "</tr>"]
    for k in range(10):
        id_rows.append(
            "<tr>"
            + "".join(
                f"<td><span class='bb{' on' if str(k) == x else ''}'>{k}</span></td>"
                for x in digits
            )
            + "</tr>"
        )
    right = n - len(miss)
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    return {
        "ink": d.pick(["#b0322c", "#1d5c8f", "#2a6b3a", "#6a3d8f"]),
        "hand_px": 20
        if len(name) < 24 and len(title) < 34
        else (16 if len(name) < 30 and len(title) <= 40 else 13),
        "org": d.provider(),
        "form_title": d.pick(
            [
                "Practice Quiz Answer Sheet",
                "Module Quiz \u2013 Answer Form",
                "Review Test Answer Sheet",
            ]
        ),
        "form_no": f"Form No. {r.randrange(100, 999)}-{d.pick(['E', 'S', 'R'])}",
        "use_pencil": d.pick(["Use No. 2 pencil only", "Erase changes completely"]),
        "name": name,
        "title": title,
        "date": d.date(d.pick(["us_short", "us_numeric", "short_month"])),
        "instructor": d.person(),
        "test": d.pick(["Practice exam A", "Module 3 review", "Day 1 quiz", "Pre-test"]),
        "id_label": d.pick(["STUDENT NO.", "ID NUMBER", "SEAT / ID"]),
        "id_html": "".join(id_rows),
        "score_label": d.pick(["SCORE", "NO. CORRECT", "RAW SCORE"]),
        "right": f"{right}",
        "pct": f"{round(100 * right / n)}",
        "key_line": f"KEY {d.pick(['A', 'B', '1'])} \u00b7 {n} ITEMS",
        "instructions": d.pick(
            [
                "Darken one bubble per question completely. Do not make stray marks on this sheet.",
                "Fill the circle completely with a dark mark. Erase cleanly to change an answer.",
            ]
        ),
        "cols_html": "".join(cols),
        "row_h": min(30, 520 // per_col),
        "comment": d.pick(
            [
                "Review psychrometry before Thursday",
                "Good work \u2013 re-read chapter 4",
                "See me about the safety section",
                "Study the equipment math again",
            ]
        ),
        "comment_label": d.pick(["INSTRUCTOR COMMENTS", "REMARKS", "FOR INSTRUCTOR USE"]),
        "fine_head": d.pick(["PRACTICE ONLY.", "NOTE:", "FOR REVIEW ONLY."]),
        "fine": d.pick(
            [
                "This quiz is not the IICRC certification exam and is not reported to anyone. No "
                "certificate or CEC credit is issued for it.",
                f"Scores help your instructor plan the review. The {d.hours('cec_hours')} for "
                "this class are credited only after the proctored exam.",
            ]
        ),
        "scanned": f"Scanned {fmt_date(d.completed, 'us_short')} \u00b7 {r.randint(1, 12)}:"
        f"{r.randrange(0, 60):02d}",
    }
