"""A landscape certificate of attendance for one education session of a
trade show, laid out as a stack of centred lines spaced evenly down the page
over a patterned background frame (a wide band of fine diagonal hatching
round the edge, a thin inner rule and a faint ring behind the text). Two
logos share the top, pushed to the corners: the show's mark over its
wordmark and tag line on the left, the only place the show is named, and a round credit
seal on the right. Then the heading in large bold type, the attendee's name
nearly as large, a short "has attended" line, the session's type, title and
room in bold, a line naming the speaker and the date, a line with the
duration in hours (or the credit), and "Signed by" with a signature, the
signer's name and position; the venue and a note that the event is approved
for credit in small capitals at the foot."""

SOURCE = (
    "EcologyR/labeleR:inst/rmarkdown/templates/attendance_EN/skeleton/skeleton.Rmd "
    "(landscape attendance certificate: two logos on one line pushed apart by \\hfill, "
    "'Certificate of attendance' and the name at 40pt, 'has attended to:' type - title "
    "(organiser) in bold, 'by: <speaker> with date: <date>', 'and a duration of <n> "
    "hour(s).', 'Signed by:' with signature, signer and position, lines spread by \\vfill), "
    "with the full-page background image of the tikz variant of the same template"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "ornate",
    "two-logos",
    "pattern",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0;
  background: repeating-linear-gradient(45deg, ${light} 0 3px, #fff 3px 7px),
              repeating-linear-gradient(-45deg, ${accent}22 0 1px, transparent 1px 9px) }
.bg2 { position:absolute; inset:0; background: repeating-linear-gradient(-45deg, ${accent}26 0 1px, transparent 1px 8px) }
.card { position:absolute; inset:30px; background:#fff; border:1px solid ${accent} }
.card:before { content:""; position:absolute; inset:6px; border:2px solid ${dark}55 }
.wmk { position:absolute; left:50%; top:52%; width:380px; height:380px; margin:-190px 0 0 -190px; border-radius:50%;
  border:26px solid ${accent}10; box-shadow: inset 0 0 0 14px ${dark}08 }
.body { position:absolute; inset:46px 70px 40px; display:flex; flex-direction:column; align-items:center;
  justify-content:space-between; text-align:center; font-family:${face} ; color:#111 }
.top { align-self:stretch; display:flex; justify-content:space-between; align-items:flex-start }
.ev { text-align:left }
.ev .m { width:${mark}px; height:${mark}px; background:${dark}; color:#fff; border-radius:${mark_radius};
  display:flex; align-items:center; justify-content:center; font: bold 24px ${display} }
.ev .n { margin-top:8px; font: bold ${ev_size}px ${ev_face}; color:${dark}; white-space:nowrap; line-height:1.15 }
.ev .n small { display:block; margin-top:5px; font: 12px/14px ${sans}; color:#444; letter-spacing:1px; text-transform:uppercase }
.seal { width:${seal}px; height:${seal}px; border-radius:50%; border:3px double ${accent}; color:${accent};
  display:flex; flex-direction:column; align-items:center; justify-content:center; font: bold 11px ${sans}; line-height:13px; letter-spacing:.6px }
.seal b { font-size:26px; letter-spacing:2px; padding:10px 0; border-top:1px solid; border-bottom:1px solid }
h1 { margin:0; font: bold ${h_size}px ${face} }
.nm { font: ${name_size}px ${face}; line-height:1.1 }
.ln { font-size:${ln_size}px; line-height:1.3 }
.ln b { font-weight:bold }
.sg { font-size:${ln_size}px; line-height:1.3 }
.sg .h { font: 34px ${hand}; color:#233a7a; height:46px; line-height:50px; white-space:nowrap }
.vn { font: 11px ${sans}; color:#555; letter-spacing:.5px }
</style>
<div class="bg"></div><div class="bg2"></div>
<div class="card"><div class="wmk"></div></div>
<div class="body">
 <div class="top">
  <div class="ev"><div class="m">${initials}</div><div class="n">${event}<small>${ev_line}</small></div></div>
  <div class="seal"><b>CEC</b></div>
 </div>
 <h1>${heading}</h1>
 <div class="nm">${name}</div>
 <div class="ln">${attended}</div>
 <div class="ln"><b>${session_html}</b></div>
 <div class="ln">${by_line_html}</div>
 <div class="ln">${duration}</div>
 <div class="sg">${signed}<div class="h">${signer}</div>${signer}<br>${position}</div>
 <div class="vn">${venue} &nbsp;&middot;&nbsp; ${seal_note}</div>
</div>
"""


def fill(d):
    import html

    event = d.provider()
    base = event.rsplit(" ", 1)[0]
    words = [w for w in base.replace("&", "").split() if w[:1].isupper()]
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    kind = d.pick(["Education Session", "Seminar", "Technical Session", "Workshop"])
    title = d.title()
    room = d.pick(
        [
            f"Room {d.pick(['N', 'S', 'W'])}{d.rng.randrange(101, 262)}",
            f"Track {d.pick(['A', 'B', 'C'])}",
            f"Hall {d.pick(['B', 'C', 'D'])}",
            "",
        ]
    )
    e = html.escape
    session_html = f"{e(kind)} – {e(title)}" + (f" ({e(room)})" if room else "")
    speaker = d.person()
    date = d.date(d.pick(["us_numeric", "long", "dmy_long", "short_month", "weekday"]))
    by_line = d.pick(
        [
            "by: {s} with date: {d}",
            "presented by: {s} on: {d}",
            "by {s}, on {d}",
        ]
    ).format(s=e(speaker), d=f'<span style="white-space:nowrap">{e(date)}</span>')
    style = d.pick(["number", "number", "cec"])
    if style == "number":
        duration = f"and a duration of {d.hours_number()} hour(s)."
    else:
        duration = f"and is credited with {d.hours(d.pick(['cec_hours', 'cecs']))}."
    long_name = len(name) > 26
    return {
        "face": d.fonts[d.pick(["serif", "sans", "serif"])],
        "mark": str(d.pick([60, 66])),
        "seal": str(d.pick([92, 104])),
        "mark_radius": d.pick(["14px", "50%", "4px 24px"]),
        "initials": "".join(w[0] for w in words[:3]),
        "ev_face": d.fonts[d.pick(["sans", "cond", "display"])],
        "ev_size": "22" if len(event) <= 30 else "19",
        "event": event,
        "ev_line": d.pick(["Conference & Trade Show", "Education & Exhibits", "Annual Convention"]),
        "seal_note": d.pick(["IICRC-APPROVED CEC EVENT", "APPROVED FOR IICRC CEC CREDIT"]),
        "h_size": "46",
        "heading": d.pick(
            ["Certificate of attendance", "Certificate of Attendance", "Attendance Certificate"]
        ),
        "name_size": "40" if long_name else "46",
        "name": name,
        "ln_size": "21",
        "attended": d.pick(["has attended:", "has attended the", "attended the following:"]),
        "session_html": session_html,
        "by_line_html": by_line,
        "duration": duration,
        "signed": d.pick(["Signed by:", "Signed:"]),
        "hand": d.fonts["hand"],
        "signer": d.person(),
        "position": d.pick(
            ["Education Chair", "Director of Education", "Show Manager", "Conference Chair"]
        ),
        "venue": f"{d.venue()}".upper(),
    }
