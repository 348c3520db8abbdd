"""A landscape certificate of attendance for one education session at a
convention, in the manner of an awards-night certificate: a cream page inside
a triple frame (thick coloured rule, thin gold rule, hairline) with small
diamond ornaments at the corners, a laurel wreath drawn at the top centre
round the year, "Certificate of Attendance" in a display face, the attendee's
name in a large script, and then one centred paragraph carrying everything
else: the session title, the speaker who presented it, the convention, the
date written out in words ("the ... day of ..."), and the credit spelled out.
Two signature blocks at the foot: the speaker's on the left (the same
person the paragraph names) and the education chair's on the right."""

SOURCE = (
    "azuya/CertificateBuilder:templates/default/default.tpl (date written as the day of the "
    "month in the year) re-set as a session award with a wreath, after the event-achievement "
    "certificate templates built with @react-pdf/renderer found in public code"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "script-name",
    "ornate",
    "sentence",
    "landscape",
    "distractor-person",
    "date-words",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${light} }
.f1 { position:absolute; inset:22px; border:9px solid ${dark} }
.f2 { position:absolute; inset:36px; border:2px solid ${accent} }
.f3 { position:absolute; inset:42px; border:1px solid ${dark} }
.dm { position:absolute; width:16px; height:16px; background:${accent}; transform:rotate(45deg) }
.w { position:absolute; inset:70px 90px 60px; text-align:center; color:#2a2a2a; font-family:${serif} }
svg.wr { display:block; margin:0 auto }
.yr { font: bold 15px ${display}; fill:${dark} }
h1 { font: 46px ${display}; color:${dark}; margin:4px 0 0; letter-spacing:2px; font-weight:normal }
.pre { font-style:italic; font-size:19px; margin-top:20px }
.nm { font-family:${script}; font-size:${name_px}px; color:${dark}; line-height:1.15; margin:2px 0 4px }
.tx { font-size:19px; line-height:31px; width:86%; margin:6px auto 0 }
.tx span { white-space:nowrap }
.tx b { font-weight:bold }
.sg { position:absolute; left:40px; right:40px; bottom:30px; display:flex; justify-content:space-between }
.sg div { width:34%; border-top:1px solid #333; padding-top:4px; font-size:13px; line-height:17px }
.sg i { display:block; font: 24px ${hand}; margin-top:-32px; height:30px; color:#1d2c6b; font-style:normal }
</style>
<div class="pg"></div><div class="f1"></div><div class="f2"></div><div class="f3"></div>
<div class="dm" style="left:31px;top:31px"></div><div class="dm" style="right:31px;top:31px"></div>
<div class="dm" style="left:31px;bottom:31px"></div><div class="dm" style="right:31px;bottom:31px"></div>
<div class="w">
 <svg class="wr" width="170" height="100" viewBox="0 0 170 100">
  <path d="M78 86 A42 38 0 0 1 45 20 M92 86 A42 38 0 0 0 125 20" fill="none" stroke="${accent}" stroke-width="2"/>
  <g fill="${accent}">${leaves_html}</g>
  <text class="yr" x="85" y="52" text-anchor="middle">${year}</text>
 </svg>
 <h1>${heading}</h1>
 <div class="pre">${pre}</div>
 <div class="nm">${name}</div>
 <div class="tx">${body_html}</div>
 <div class="sg"><div><i>${speaker}</i>${speaker}<br>${speaker_role}</div>
  <div><i>${chair}</i>${chair}<br>${chair_role}</div></div>
</div>
"""


def _leaves() -> str:
    import math

    out = []
    for side in (-1, 1):
        for i in range(8):
            theta = math.radians(100 + i * 15)
            x = 85 + side * -42 * math.cos(theta)
            y = 44 + 42 * math.sin(theta) * 0.9
            ang = side * (i * 15 + 10)
            out.append(
                f'<ellipse cx="{x:.1f}" cy="{y:.1f}" rx="8" ry="3.2" '
                f'transform="rotate({ang} {x:.1f} {y:.1f})"/>'
            )
    return "".join(out)


def fill(d):
    from html import escape

    speaker, chair = d.person(), d.person()
    name = d.name(d.pick(["plain", "plain", "honorific"]))

    def span(text):
        return f"<span>{escape(text)}</span>"

    title = span(d.title())
    event = span(d.provider())
    when = span(d.date("words"))
    hours = span(d.hours(d.pick(["words", "words_cec", "cec_hours"])))
    body = d.pick(
        [
            f"for attending the education session <b>{title}</b>, presented by "
            f"{escape(speaker)} at the {event}, on {when}, and is awarded {hours}.",
            f"who was present for <b>{title}</b>, a session of the {event} led by "
            f"{escape(speaker)}, on {when}. Credit: {hours}.",
        ]
    )
    return {
        "leaves_html": _leaves(),
        "year": d.completed.year,
        "heading": d.pick(["Certificate of Attendance", "Certificate of Participation"]),
        "pre": d.pick(
            ["This certificate is presented to", "Be it known that", "We gratefully recognise"]
        ),
        "name": name,
        "name_px": d.pick([58, 64, 70]),
        "body_html": body,
        "speaker": speaker,
        "speaker_role": d.pick(["Session Speaker", "Presenter", "Instructor of Record"]),
        "chair": chair,
        "chair_role": d.pick(["Education Chair", "Convention Chair", "Director of Education"]),
    }
