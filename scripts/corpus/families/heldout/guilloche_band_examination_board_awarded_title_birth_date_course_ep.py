"""A portrait certificate of qualification on security-style stock, after
a welding-institute qualification certificate: a wide guilloche band (fine
interlaced sine lines) all round, a faint guilloche rosette behind the text
and a tinted ground. At the top, the examining school in letter-spaced
capitals and a heading. The body opens with a long sentence: having met
the education and training requirements of a named scheme and, by
examination, the requirements of the school's examination board, then the
holder's name in bold italic with a date of birth under it, "is hereby
awarded the title of" and the course title in large capitals. A labelled
line gives the course hours. Along the foot, three labelled cells (date of
the award, certificate number, valid until) and two signatures (chair of
the examination board, director)."""

SOURCE = (
    "Tugas-Akhir-Hakim-dan-Feby/API-Website:resources/views/print/certificate.blade.php "
    "('Having met the education and training requirements of IIW Guideline ... and by "
    "examination having satisfied the requirements of the Examination Board', bold italic "
    "name, 'Date of Birth', 'is hereby awarded the title of', title in capitals, 'Date:' at "
    "the foot, printed over a blank security background)"
)
KIND = "course"
PAPER = "a4-portrait"
CATEGORIES = (
    "portrait",
    "ornate",
    "guilloche",
    "sentence",
    "labelled",
    "letter-spaced",
    "distractor-date",
    "distractor-person",
    "watermark",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${ground}; font-family:${serif}; color:#1a1a1a }
.gl { position:absolute; inset:0; width:100%; height:100% }
.pane { position:absolute; inset:${pane}px; background:${paneb} }
.w { position:absolute; left:${wx}px; right:${wx}px; top:${wt}px; bottom:${wb}px; text-align:center;
  display:flex; flex-direction:column; justify-content:space-between }
.org { font: bold 14px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${dark}; line-height:20px }
.h { font: ${h_px}px ${engr}; color:${dark}; margin-top:10px; line-height:1.1 }
.lead { font-size:${lead_px}px; line-height:1.55; color:#222 }
.nm { font: bold italic ${nm_px}px ${engr}; color:#111; line-height:1.2 }
.dob { font-size:14px; color:#333; margin-top:4px }
.aw { font-size:17px; color:#222 }
.ti { font: bold ${ti_px}px ${engr}; letter-spacing:1px; color:${dark}; text-transform:uppercase; line-height:1.2 }
.hr { font: 15px ${sans}; color:#222 }
.cells { display:flex; justify-content:space-between; font: 13px ${sans}; text-align:left }
.cells div span { display:block; font-size:10px; letter-spacing:1.5px; text-transform:uppercase; color:#666 }
.sgs { display:flex; justify-content:space-between; font: 12px ${sans}; line-height:16px }
.sgs > div { width:44% }
.sgs .h2 { font: 24px ${hand}; color:${ink}; height:32px; white-space:nowrap }
.sgs .l { border-top:1px solid #333; padding-top:3px }
</style>
<div class="pg">
<svg class="gl" viewBox="0 0 794 1122" preserveAspectRatio="none">${guilloche_html}</svg>
<div class="pane"></div>
<svg class="gl" style="opacity:.55" viewBox="0 0 794 1122" preserveAspectRatio="none">${rosette_html}</svg>
<div class="w">
 <div><div class="org">${provider}</div><div class="h">${heading}</div></div>
 <div class="lead">${lead}</div>
 <div><div class="nm">${name}</div><div class="dob">${dob_label} ${dob}</div></div>
 <div class="aw">${awarded}</div>
 <div class="ti">${title}</div>
 <div class="hr">${hours_label} ${hours}</div>
 <div class="cells">
  <div><span>${date_label}</span>${date}</div>
  <div><span>${no_label}</span>${cert_no}</div>
  <div><span>${valid_label}</span>${valid}</div>
 </div>
 <div class="sgs">
  <div><div class="h2">${s1}</div><div class="l">${s1}<br>${r1}</div></div>
  <div><div class="h2">${s2}</div><div class="l">${s2}<br>${r2}</div></div>
 </div>
</div>
</div>
"""

ENGRAVED = [
    "'Linux Libertine Display O', serif",
    "'Old Standard TT', serif",
    "'C059', serif",
    "'Nimbus Roman', serif",
    "'P052', serif",
]
SCHEMES = [
    "the IICRC {c} course standard",
    "the ANSI/IICRC standard of care taught in the {c} course",
    "the school's {c} technician program",
]


def _band(x0, y0, x1, y1, amp, period, copies, color, width):
    import math

    w, h = x1 - x0, y1 - y0
    per = 2 * (w + h)
    period = per / round(per / period)
    n = int(per / 2)
    out = []
    for c in range(copies):
        ph = 2 * math.pi * c / copies
        pts = []
        for i in range(n + 1):
            s = per * i / n
            if s < w:
                x, y, nx, ny = x0 + s, y0, 0, -1
            elif s < w + h:
                x, y, nx, ny = x1, y0 + s - w, 1, 0
            elif s < 2 * w + h:
                x, y, nx, ny = x1 - (s - w - h), y1, 0, 1
            else:
                x, y, nx, ny = x0, y1 - (s - 2 * w - h), -1, 0
            o = amp * math.sin(2 * math.pi * s / period + ph)
            pts.append(f"{x + nx * o:.1f},{y + ny * o:.1f}")
        out.append(
            f'<polyline points="{" ".join(pts)}" fill="none" stroke="{color}" stroke-width="{width}"/>'
        )
    return "".join(out)


def _rosette(cx, cy, r0, amp, k, copies, color, width):
    import math

    out = []
    for c in range(copies):
        ph = 2 * math.pi * c / (k * copies)
        pts = []
        for i in range(721):
            t = 2 * math.pi * i / 720
            r = r0 + amp * math.sin(k * t + ph * k)
            pts.append(f"{cx + r * math.cos(t):.1f},{cy + r * math.sin(t):.1f}")
        out.append(
            f'<polyline points="{" ".join(pts)}" fill="none" stroke="{color}" stroke-width="{width}"/>'
        )
    return "".join(out)


def fill(d):
    from datetime import date

    from corpus import formats as F

    line = d.pick(["#7d9a8c", "#8a8fb5", "#b59a7a", "#8fa6b8"])
    band = _band(30, 30, 764, 1092, d.pick([7, 9]), d.pick([26, 34]), d.pick([5, 7]), line, 0.7)
    band += _band(50, 50, 744, 1072, 4, 18, 4, line, 0.5)
    rosette = _rosette(
        397, 560, d.pick([150, 170]), d.pick([18, 26]), d.pick([12, 16, 20]), 6, line, 0.45
    )
    code = d.code or d.pick(["WRT", "ASD", "AMRT", "FSRT"])
    scheme = d.pick(SCHEMES).format(c=code)
    provider = d.provider()
    lead = d.pick(
        [
            f"Having met the education and training requirements of {scheme} and, by examination, "
            f"having satisfied the requirements of the Examination Board of {provider}",
            f"Having attended the prescribed instruction under {scheme} and having passed the "
            f"written examination set by the Examination Board of {provider}",
        ]
    )
    born = date(
        d.pick(list(range(1962, 2001))), d.pick(list(range(1, 13))), d.pick(list(range(1, 29)))
    )
    style = d.pick(["us_numeric", "dmy_long", "long"])
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title("upper")
    return {
        "ground": d.pick(["#eef3ef", "#f0eff6", "#f5f0e6", "#eef2f5"]),
        "paneb": d.pick(["rgba(255,255,255,.72)", "rgba(255,255,255,.6)"]),
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "engr": d.pick(ENGRAVED),
        "guilloche_html": band,
        "rosette_html": rosette,
        "pane": 66,
        "wx": d.pick([96, 104]),
        "wt": d.pick([100, 110]),
        "wb": d.pick([96, 106]),
        "h_px": d.pick([36, 40]),
        "lead_px": 16,
        "nm_px": 30 if len(name) > 24 else 36,
        "ti_px": 22 if len(title) > 34 else 27,
        "provider": provider,
        "heading": d.pick(["Certificate of Qualification", "Diploma", "Certificate of Competence"]),
        "lead": lead,
        "name": name,
        "dob_label": d.pick(["Date of birth:", "Born:", "D.O.B."]),
        "dob": F.fmt_date(born, style),
        "awarded": d.pick(["is hereby awarded the title of", "is hereby granted the designation"]),
        "title": title,
        "hours_label": d.pick(["Duration of training:", "Course hours:", "Credit:"]),
        "hours": d.hours(d.pick(["cec_hours", "hrs", "hours_title", "cecs"])),
        "date_label": d.pick(["Date", "Date of award", "Examination passed"]),
        "date": d.date(style),
        "no_label": d.pick(["Certificate No.", "Register No."]),
        "cert_no": d.number(d.pick(["", code + "-"])),
        "valid_label": d.pick(["Valid until", "Expires"]),
        "valid": d.other_date("expiry", style),
        "s1": d.person(),
        "r1": d.pick(["Chair, Examination Board", "Chief Examiner"]),
        "s2": d.person(),
        "r2": d.pick(["Director", "Director of Training", "Managing Director"]),
    }
