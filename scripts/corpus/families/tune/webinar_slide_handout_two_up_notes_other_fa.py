"""Not a record: the printed handout of a webinar's slides, two slides to a
landscape page with ruled note lines under each. The title slide carries the
session title, the presenter, the host's mark, the date it is given and the
CEC it is approved for; the second slide tells how credit will be claimed.
A handout goes to everyone who registers, whether they attend or not."""

SOURCE = (
    "wording: PowerPoint 'Handouts (2 slides per page)' print layout with lines for notes, as "
    "CE webinar hosts send before a session (title slide with presenter and approved credit)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "dark-band",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; font: 12px ${sans}; color:#222 }
.hd { position:absolute; left:40px; right:40px; top:18px; display:flex; justify-content:space-between; font-size:10px; color:#777 }
.col { position:absolute; top:44px; width:calc(50% - 60px); bottom:40px }
.c1 { left:40px } .c2 { right:40px }
.sl { height:${sl_h}px; border:1px solid #999; position:relative; overflow:hidden; background:#fff }
.s1 .top { background:${dark}; color:#fff; height:44%; padding:18px 20px 0; }
.s1 .k { font: bold 10px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${light} }
.s1 h1 { font: bold 21px ${head}; line-height:25px; margin:6px 0 0 }
.s1 .low { padding:12px 20px; font-size:12px; line-height:17px }
.s1 .pres { font: bold 14px ${sans} }
.s1 .cr { position:absolute; right:14px; bottom:14px; border:2px solid ${accent}; color:${accent}; font: bold 12px ${sans}; padding:5px 9px; text-align:center; line-height:15px }
.lg { position:absolute; left:20px; bottom:14px; display:flex; align-items:center; gap:6px; font: bold 11px ${sans}; color:${dark}; max-width:55% }
.lg i { width:22px; height:22px; background:${accent}; border-radius:${logo_r}; flex:none }
.s2 { padding:16px 20px }
.s2 h2 { font: bold 18px ${head}; color:${dark}; margin:0 0 8px; border-bottom:3px solid ${accent}; padding-bottom:4px }
.s2 ul { margin:0; padding-left:18px; line-height:19px; font-size:12.5px }
.s2 .pg { position:absolute; right:10px; bottom:6px; font-size:9px; color:#888 }
.nl { margin-top:14px }
.nl div { border-bottom:1px solid #bbb; height:22px }
.nl span { font-size:10px; color:#888 }
.ft { position:absolute; left:40px; right:40px; bottom:14px; font-size:9.5px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><span>${hdr_l}</span><span>${hdr_r}</span></div>
 <div class="col c1">
  <div class="sl s1">
   <div class="top"><div class="k">${kicker}</div><h1>${title}</h1></div>
   <div class="low"><div class="pres">${presenter}</div>${pres_role}<br>${when}</div>
   <div class="lg"><i></i>${host}</div>
   <div class="cr">${credit_html}</div>
  </div>
  <div class="nl"><span>Notes</span>${lines_html}</div>
 </div>
 <div class="col c2">
  <div class="sl s2"><h2>${s2_head}</h2><ul>${s2_html}</ul><div class="pg">2</div></div>
  <div class="nl"><span>Notes</span>${lines_html}</div>
 </div>
 <div class="ft"><span>${copy}</span><span>Page 1</span></div>
</div>
"""


def fill(d):
    from datetime import timedelta
    from html import escape

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number

    r = d.rng
    title = d.pick(V.SESSIONS + V.CE_COURSES)
    host = d.pick([s for s, _ in V.SCHOOLS] + V.ASSOCIATIONS + [m for m, _ in V.MANUFACTURERS])
    cec = fmt_number(d.pick([1, 1, 1.5, 2, 2, 3]), r, False)
    day = d.completed + timedelta(days=r.randrange(3, 30))
    pres = d.person()
    n_lines = d.pick([8, 9])
    when = d.pick(
        [
            fmt_date(day, "weekday"),
            f"Live webinar · {fmt_date(day, 'long')}",
            f"{fmt_date(day, 'short_month')} · {d.pick(['11:00 AM ET', '2:00 PM CT', '1:00 PM PT'])}",
        ]
    )
    bullets = d.pick(
        [
            [
                "Stay logged in for the full live session",
                "Answer at least 3 of 4 polling questions",
                "Complete the evaluation link in the chat",
                f"Certificates are e-mailed by {host.split(',')[0]} after attendance is checked",
            ],
            [
                "Credit is for live attendance only",
                "One login per attendee, using your registered e-mail",
                "Pass the post-test with 70% or better",
                "Allow 2–3 weeks for credit to appear on your record",
            ],
        ]
    )
    return {
        "head": d.fonts[d.pick(["sans", "display", "serif"])],
        "sl_h": d.pick(["330", "350"]),
        "logo_r": d.pick(["50%", "3px"]),
        "hdr_l": f"{title[:40]}{'…' if len(title) > 40 else ''}",
        "hdr_r": fmt_date(day - timedelta(days=r.randrange(1, 6)), "us_numeric"),
        "kicker": d.pick(["Live webinar", "Lunch & Learn", "Tech Talk series", "Webinar"]),
        "title": title,
        "presenter": pres,
        "pres_role": d.pick(
            ["IICRC Approved Instructor", "Technical Trainer", "Senior Consultant"]
        ),
        "when": when,
        "host": host,
        "credit_html": d.pick(
            [
                f"Approved for<br>{cec} CEC",
                f"{cec} IICRC<br>CEC hours",
                f"{cec} CE<br>credit offered",
            ]
        ),
        "lines_html": "<div></div>" * n_lines,
        "s2_head": d.pick(
            ["How to earn your CEC", "Getting credit for today", "Credit requirements"]
        ),
        "s2_html": "".join(f"<li>{escape(b)}</li>" for b in bullets),
        "copy": f"© {day.year} {host}. For registered participants only; not proof of attendance.",
    }
