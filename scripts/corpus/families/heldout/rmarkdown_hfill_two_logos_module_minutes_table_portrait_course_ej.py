"""An attendance certificate from an R package that knits R Markdown to
LaTeX, set portrait: two logos on one line pushed apart with \\hfill (the
school's own mark at the left, the partner's at the right), a huge bold
heading after a vertical fill, the attendee's name very large, "has
attended the course" with the course in bold, who organised it and when,
and then a ruled tabular of the course's modules with the minutes of each
and a total row in hours (the module minutes add up to it). At the foot the
signer's name and position over a line, and the town."""

SOURCE = "EcologyR/labeleR:inst/rmarkdown/templates/attendance_EN/skeleton/skeleton.Rmd"
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "table",
    "record",
    "provider-in-logo",
    "distractor-person",
    "sentence",
)

TEMPLATE = """<style>
.lg { position:absolute; top:50px; height:120px; display:flex; align-items:center; gap:10px; font: bold 15px ${face}; line-height:18px }
.lg i { width:96px; height:96px; flex:none; display:flex; align-items:center; justify-content:center; font: bold 26px ${face}; font-style:normal; color:#fff }
.l1 { left:64px; max-width:330px; color:${col} } .l1 i { background:${col}; border-radius:12px }
.l2 { right:64px; max-width:280px; color:#555; flex-direction:row-reverse; text-align:right } .l2 i { background:#888; border-radius:50% }
.c { position:absolute; left:80px; right:80px; text-align:center; font-family:${face}; color:#111 }
h1 { margin:0; font: bold 40px ${face} }
.nm { font-size:38px; line-height:44px }
.s { font-size:19px; line-height:28px }
table { margin:0 auto; border-collapse:collapse; font: 15px ${face}; min-width:430px }
th, td { border-top:1px solid #333; border-bottom:1px solid #333; padding:5px 12px; text-align:left }
th { font-weight:bold; border-top:2px solid #111 }
td.n, th.n { text-align:right }
tr.tot td { border-top:1.5px solid #111; border-bottom:2px solid #111; font-weight:bold }
.sg { position:absolute; left:0; right:0; bottom:110px; text-align:center; font: 15px ${face} }
.sg div { width:280px; border-top:1px solid #333; margin:0 auto 4px }
.sg b { display:block; font-size:17px }
.tw { position:absolute; left:0; right:0; bottom:60px; text-align:center; font: 13px ${face}; color:#555 }
</style>
<div class="lg l1"><i>${mark}</i><span>${provider}</span></div>
<div class="lg l2"><i>${pmark}</i><span>${partner}</span></div>
<div class="c" style="top:230px"><h1>${heading}</h1></div>
<div class="c nm" style="top:310px">${name}</div>
<div class="c s" style="top:380px">${has} <b>${title}</b>,<br>${organised} ${date}.</div>
<div class="c" style="top:500px"><table>
 <tr><th>${col_mod}</th><th class="n">${col_min}</th></tr>
 ${rows_html}
 <tr class="tot"><td>${tot_label}</td><td class="n">${hours}</td></tr>
</table></div>
<div class="sg"><div></div><b>${signer}</b>${signer_role}</div>
<div class="tw">${town}</div>
"""

MODULES = [
    "Introduction and safety",
    "Principles and standards",
    "Inspection and documentation",
    "Equipment and set-up",
    "Hands-on lab",
    "Monitoring and completion",
    "Review and exam",
]
PARTNERS = [
    "Regional Restoration Contractors Council",
    "County Workforce Training Board",
    "Indoor Air Quality Partners",
]


def fill(d):
    import html

    org = d.provider()
    partner = d.pick(PARTNERS)
    total = int(round(d.credit * 60))
    n = d.pick([3, 4, 4, 5])
    cuts = sorted(d.rng.sample(range(1, total // 15), n - 1)) if total // 15 > n else []
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, total // 15], strict=True)]
    parts = [p * 15 for p in parts] if cuts else [total]
    parts[-1] += total - sum(parts)
    mods = d.rng.sample(MODULES, len(parts))
    rows = "".join(
        f"<tr><td>{html.escape(m)}</td><td class='n'>{p} min</td></tr>"
        for m, p in zip(mods, parts, strict=True)
    )
    hours = d.hours_number()
    unit = d.pick(["hours", "CEC hours", "h"])
    return {
        "face": d.pick([d.fonts["sans"], d.fonts["serif"], "'Latin Modern Roman', serif"]),
        "col": d.pick(["#1f3a5f", "#2d6a4f", "#8b0000", "#6a4c93"]),
        "mark": "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3],
        "provider": org,
        "pmark": "".join(w[0] for w in partner.split() if w[0].isupper())[:3],
        "partner": partner,
        "heading": d.pick(
            ["Certificate of attendance", "Certificate of Attendance", "Attendance certificate"]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "has": d.pick(["has attended the course", "attended the training course"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "organised": d.pick(
            ["organised by the school and held on", "held on", "which concluded on"]
        ),
        "date": d.date(d.pick(["dmy_long", "long", "dd_mon_yyyy", "us_numeric"])),
        "col_mod": d.pick(["Module", "Content"]),
        "col_min": d.pick(["Duration", "Minutes"]),
        "rows_html": rows,
        "tot_label": d.pick(["Total", "Total credit", "Total (CEC)"]),
        "hours": f"{hours} {unit}",
        "signer": d.person(),
        "signer_role": d.pick(["Course Director", "Training Coordinator", "Head of Education"]),
        "town": d.city(),
    }
