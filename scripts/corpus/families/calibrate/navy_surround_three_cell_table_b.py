"""A learning platform's stock course certificate: a white sheet inset on a
navy page, laid out as a borderless three-column table. The top row holds
the school's logo block in the middle cell and the date alone in the right
cell; the middle row one centred run of plain text (certifies that, the
name, passed the exam for the course, the title and code, the time); the
bottom row a dashed rule, the teacher and "site - institution"."""

SOURCE = "chamilo/chamilo-lms:main/default_course_document/certificates/default.html"
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "dark-surround",
    "layout-table",
    "hours-as-clock-time",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${dark} }
.main { position:absolute; inset:14px; background:#fff; font-family:${face}; color:#111 }
table.t { position:absolute; left:50%; top:${top}px; transform:translateX(-50%); border-collapse:collapse; width:92% }
.t td { vertical-align:middle; padding:0 }
.lg { display:flex; align-items:center; justify-content:center; gap:12px }
.em { width:58px; height:58px; border-radius:50%; border:3px solid ${accent}; color:${accent}; font: bold 20px ${display};
  display:flex; align-items:center; justify-content:center }
.wm { font: bold 21px ${display}; color:${dark}; line-height:23px; text-align:left; max-width:330px }
.wm small { display:block; font: 11px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#666 }
.dt { font-size:15px; text-align:left; padding-left:6px }
.body { text-align:center; font-size:${size}px; line-height:${lh}px }
.foot { text-align:center; font-size:16px; line-height:22px }
.foot p { margin:0 0 12px }
.qr { position:absolute; right:46px; bottom:40px; text-align:center; font: 10px ${sans}; color:#333 }
.code { position:absolute; left:46px; bottom:44px; font: 10.5px ${sans}; color:#444; line-height:15px }
</style>
<div class="bg"></div>
<div class="main">
 <table class="t">
  <tr><td style="width:19%;height:100px"></td>
      <td style="width:62%"><div class="lg"><div class="em">${mark}</div><div class="wm">${org}<small>${tagline}</small></div></div></td>
      <td style="width:19%" class="dt">${date}</td></tr>
  <tr><td style="height:${mid}px"></td>
      <td class="body">${lead}<br>${name}<br>${passed}<br>${title}${code}<br>${hours}${approval_html}</td><td></td></tr>
  <tr><td style="height:200px"></td>
      <td class="foot"><p>- - - - - - - - - - - - - - - - - - -</p><p>${teacher}</p><p>${site} - ${org}</p></td><td></td></tr>
 </table>
 ${bottom_html}
</div>
"""


def _other(d):
    while True:
        who = d.person()
        if d.last not in who:
            return who


def _qr(d, size=74, n=21):
    cells = []
    step = size / n
    for y in range(n):
        for x in range(n):
            corner = (x < 7 and y < 7) or (x >= n - 7 and y < 7) or (x < 7 and y >= n - 7)
            if corner:
                cx, cy = x % (n - 7) if x >= n - 7 else x, y % (n - 7) if y >= n - 7 else y
                on = cx in (0, 6) or cy in (0, 6) or (2 <= cx <= 4 and 2 <= cy <= 4)
            else:
                on = d.chance(0.5)
            if on:
                cells.append(
                    f'<rect x="{x * step:.2f}" y="{y * step:.2f}" width="{step:.2f}" height="{step:.2f}"/>'
                )
    return f'<svg width="{size}" height="{size}" viewBox="0 0 {size} {size}">{"".join(cells)}</svg>'


def fill(d):
    r = d.rng
    org = d.provider()
    words = [
        w for w in (d.org_alt or d.org).replace("&", "").replace(",", "").split() if w[0].isupper()
    ]
    h = d.credit
    style = d.pick(["clock", "clock", "words", "hours_title", "cec_hours"])
    if style == "clock":
        clock = f"{int(h):02d}:{round((h % 1) * 60):02d}:00"
        label = d.pick(["Time spent in the course:", "Total time in course:", "Time dedicated:"])
        hours = f"{label} {clock}"
        d.put("hours", float(h), clock)
    else:
        hours = d.hours(style)
    if d.code and d.chance(0.7):
        title, code = d.title("with_code"), ""
    else:
        title = d.title("plain")
        code = f" ({d.pick(['RST', 'CE', 'TEC', 'EDU'])}{r.randrange(100, 999)})"
    approval = ""
    if d.chance(0.45):
        approval = f"<br><small>IICRC CEC approval no. {d.approval()}</small>"
    bottom = ""
    if d.chance(0.6):
        link = f"https://{d.web().replace('www.', 'campus.')}/certificates/?id={r.randrange(1000, 99999)}"
        bottom = (
            f'<div class="code">{d.pick(["Certificate code", "Verification code"])}: '
            f"{d.number()}<br>{link}</div>"
            f'<div class="qr">{_qr(d)}</div>'
        )
    size = d.pick([18, 19, 20, 21])
    return {
        "face": d.fonts[d.pick(["serif", "serif", "sans"])],
        "top": d.pick([150, 170, 190]),
        "mark": "".join(w[0] for w in words)[:3] or "CE",
        "org": org,
        "tagline": d.pick(
            ["Training & Certification", "Online Campus", "E-learning", "Since 1998"]
        ),
        "date": d.date(
            d.pick(["long", "dmy_long", "us_numeric", "iso", "short_month", "dmy_numeric"])
        ),
        "mid": 300 + (40 if approval else 0),
        "size": size,
        "lh": size + 14,
        "lead": d.pick(["This document certifies that", "This document certifies that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "passed": d.pick(
            [
                "has successfully passed the certification exam for the course",
                "has successfully completed the assessment for the course",
            ]
        ),
        "title": title,
        "code": code,
        "hours": hours,
        "approval_html": approval,
        "teacher": _other(d),
        "site": d.pick(["Campus", "Online Campus", "E-learning platform", "Virtual Classroom"]),
        "bottom_html": bottom,
    }
