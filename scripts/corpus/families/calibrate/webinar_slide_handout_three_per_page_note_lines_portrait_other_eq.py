"""The handout a webinar presenter posts before a session, printed from the
presentation program's "handouts, three slides per page" layout: a portrait
sheet with the event name in the header and a date on the right, three
framed slide thumbnails down the left and ruled lines for notes beside
each, and a page number at the foot. The slides are the title slide
(session, presenter and company, event and series), a "how to earn credit"
slide (attend live, answer the polls, complete the evaluation; the credit
the session is approved or pending for) and the learning objectives. It
announces credit; it records none."""

SOURCE = (
    "wording and layout: presentation-software handouts ('3 slides per page' with note lines, "
    "header/footer with date and page number) that webinar presenters share, with the CE "
    "instructions slide education providers open their webinars with"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "portrait", "distractor-person", "handout", "bullets")

TEMPLATE = """<style>
.hd { position:absolute; left:60px; right:60px; top:34px; display:flex; justify-content:space-between; font: 12px ${ui}; color:#444 }
.ft { position:absolute; left:60px; right:60px; bottom:30px; text-align:right; font: 12px ${ui}; color:#444 }
.row { position:absolute; left:60px; right:60px; height:${row_h}px; display:flex; gap:36px; align-items:center }
.sl { width:${sw}px; height:${sh}px; flex:none; border:1px solid #333; position:relative; overflow:hidden; background:#fff; font-family:${sf} }
.lines { flex:1 }
.lines div { border-bottom:1px solid #777; height:${lh}px }
.tb { position:absolute; left:0; right:0; top:0; height:${band}px; background:${dark} }
.tb2 { position:absolute; left:0; right:0; top:${band}px; height:4px; background:${accent} }
.t1 { position:absolute; left:18px; right:18px; top:${t1_top}px; color:${dark}; font-weight:bold; font-size:${t1_size}px; line-height:1.2 }
.t1s { position:absolute; left:18px; right:18px; bottom:38px; font-size:10.5px; color:#333; line-height:14px }
.evt { position:absolute; left:18px; right:18px; top:10px; color:#fff; font-size:10px; letter-spacing:1px; text-transform:uppercase }
.bdg { position:absolute; right:12px; bottom:10px; background:${accent}; color:#fff; font-size:9px; padding:3px 7px; border-radius:3px }
.h { position:absolute; left:16px; right:16px; top:12px; font-size:14px; font-weight:bold; color:${dark}; border-bottom:2px solid ${accent}; padding-bottom:4px }
ul { position:absolute; left:14px; right:14px; top:44px; margin:0; padding-left:16px; font-size:10.5px; line-height:15px; color:#222 }
.pg { position:absolute; right:8px; bottom:5px; font-size:8px; color:#777 }
</style>
<div class="hd"><span>${header_left}</span><span>${header_right}</span></div>
<div class="row" style="top:${r1}px">
 <div class="sl"><div class="tb"></div><div class="tb2"></div><div class="evt">${event}</div>
  <div class="t1">${session}</div>
  <div class="t1s">${presenter}<br>${company}<br>${series} &middot; ${when}</div>
  <div class="bdg">${badge}</div></div>
 <div class="lines">${lines_html}</div>
</div>
<div class="row" style="top:${r2}px">
 <div class="sl"><div class="h">${ce_heading}</div><ul>${ce_html}</ul><div class="pg">2</div></div>
 <div class="lines">${lines_html}</div>
</div>
<div class="row" style="top:${r3}px">
 <div class="sl"><div class="h">${obj_heading}</div><ul>${obj_html}</ul><div class="pg">3</div></div>
 <div class="lines">${lines_html}</div>
</div>
<div class="ft">1</div>
"""

OBJECTIVES = [
    "Explain how vapor pressure drives evaporation",
    "Identify materials that need specialty drying",
    "Set goals and document moisture readings",
    "Choose equipment for the class of water",
    "Recognise when to stop and call an indoor environmental professional",
    "Communicate drying progress to adjusters and owners",
    "Apply the current standard's terminology",
    "Avoid common safety mistakes on the job site",
]


def fill(d):
    import html

    from corpus.formats import fmt_date
    from corpus.values import EVENTS, SESSIONS

    r = d.rng
    session = d.pick(SESSIONS)
    event = f"{d.pick(EVENTS)} {d.completed.year}"
    cecs = d.pick(["1", "1.5", "2"])
    ce = [
        "Attend the live webinar for the full session",
        f"Answer {d.pick(['all three', 'at least 3 of 4', 'both'])} polling questions",
        f"Complete the evaluation within {d.pick([3, 5, 7])} days",
        f"{d.pick(['Approved for', 'Pending approval for', 'Eligible for'])} {cecs} IICRC "
        f"CEC{'' if cecs == '1' else 's'}",
        "Certificates are e-mailed after attendance is verified",
    ]
    if d.chance(0.5):
        ce.append("Recordings do not qualify for credit")
    obj = r.sample(OBJECTIVES, 4)
    n_lines = d.pick([7, 8])
    style = d.pick(["long", "us_numeric", "short_month"])
    row_h = d.pick([290, 300])
    top = 80
    return {
        "ui": d.fonts["sans"],
        "sf": d.fonts[d.pick(["sans", "cond"])],
        "row_h": row_h,
        "sw": 330,
        "sh": 186,
        "lh": round(row_h * 0.8 / n_lines),
        "band": d.pick([30, 34]),
        "t1_top": d.pick([48, 52]),
        "t1_size": d.pick([17, 18]),
        "r1": top,
        "r2": top + row_h + 20,
        "r3": top + 2 * (row_h + 20),
        "header_left": d.pick([event, f"{event} \u2013 Webinar Handout", session]),
        "header_right": d.other_date("start", style),
        "event": event,
        "session": session,
        "presenter": d.person(),
        "company": d.pick(
            [
                "Dry-Rite Services",
                "Apex Restoration LLC",
                "Harbor Cleaning Co.",
                "Summit Consulting Group",
            ]
        ),
        "series": d.pick(["Virtual Education Series", "Webinar Series", "Live Online"]),
        "when": fmt_date(d.completed, style),
        "badge": d.pick([f"{cecs} CEC", "IICRC CEC", "Live webinar"]),
        "ce_heading": d.pick(
            ["How to earn CE credit", "Continuing education credit", "Before we begin"]
        ),
        "ce_html": "".join(f"<li>{html.escape(x)}</li>" for x in ce),
        "obj_heading": d.pick(["Learning objectives", "Today you will learn to", "Objectives"]),
        "obj_html": "".join(f"<li>{html.escape(x)}</li>" for x in obj),
        "lines_html": "<div></div>" * n_lines,
    }
