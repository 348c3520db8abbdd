"""The certificate an online CE centre for the building trades lets the
learner download after passing the course quiz: a dark band with the centre's
name, the holder, the course and the completion date, the quiz score and the
pass mark, then a table of every credential body the course is registered
with (architects' learning units, interior designers' CEUs at a tenth of an
hour, green-building CE hours, a state board's hours and IICRC CECs), each
with its own figure and provider number. Only the IICRC row is the credited
CEC figure; the others differ (capped per day, rounded, in tenths)."""

SOURCE = (
    "https://continuingeducation.bnpmedia.com/resource.php (quiz passed at 80% or higher, "
    "certificate downloadable after the quiz, credits per body: AIA, IDCEC, GBCI, state boards "
    "self-reported) and https://www.hcea.com/aia-credits-qa (1 LU per hour; 1 CEU = 10 hours)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "dark-band",
    "portrait",
    "provider-in-logo",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:118px; background:${dark}; color:#fff; display:flex; align-items:center; padding:0 56px; gap:18px; font-family:${sans} }
.band .mk { width:62px; height:62px; border:3px solid #fff; border-radius:50%; display:flex; align-items:center; justify-content:center; font: bold 20px ${sans} }
.band .o { font: bold 25px ${sans} } .band .t { font-size:13px; opacity:0.88; margin-top:3px; letter-spacing:1px; text-transform:uppercase }
.w { position:absolute; top:150px; left:60px; right:60px; bottom:46px; font: 14px ${sans}; color:#222; text-align:center }
h1 { font: 34px ${display}; color:${dark}; margin:6px 0 18px }
.pre { font-size:15px; color:#555 }
.nm { font: bold 30px ${serif}; margin:8px 0 10px }
.ti { font: bold 21px ${sans}; color:${accent}; margin:8px 30px 12px; line-height:27px }
.meta { display:flex; justify-content:center; gap:36px; font-size:13.5px; margin:14px 0 26px }
.meta b { font-size:15px }
table { width:100%; border-collapse:collapse; font-size:13.5px; text-align:left }
th { background:${light}; padding:8px; font-size:11px; text-transform:uppercase; letter-spacing:0.4px; border-bottom:2px solid ${dark} }
td { padding:10px 8px; border-bottom:1px solid #ccc } td.n, th.n { text-align:right; width:16% }
.note { font-size:11px; color:#555; line-height:16px; margin-top:14px; text-align:left }
.bot { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end; text-align:left; font-size:11.5px }
.sig { width:40%; border-top:1px solid #333; padding-top:4px; position:relative }
.sig .h { position:absolute; top:-36px; left:6px; font: 27px ${hand}; color:#1a2a6c; white-space:nowrap }
</style>
<div class="band"><div class="mk">${initials}</div><div><div class="o">${org}</div><div class="t">${center}</div></div></div>
<div class="w">
 <h1>${heading}</h1>
 <div class="pre">${pre}</div>
 <div class="nm">${name}</div>
 <div class="pre">${completed}</div>
 <div class="ti">${title}</div>
 <div class="meta"><span>${date_label} <b>${date}</b></span><span>${score_label} <b>${score}%</b> (${pass_mark}% ${pass_word})</span></div>
 <table>
  <tr><th>Credential body</th><th>Credit type</th><th>Provider / course no.</th><th class="n">Credits</th></tr>
  ${rows_html}
 </table>
 <div class="note">${note}</div>
 <div class="bot"><div>${cert_label} ${cert}<br>${course_no_label} ${course_no}</div>
  <div class="sig"><span class="h">${signer}</span>${signer}, ${role}</div></div>
</div>
"""


def _fmt(x: float) -> str:
    return f"{x:g}" if x != int(x) else f"{int(x)}"


def fill(d):
    r = d.rng
    c = d.credit
    days = 1 if c <= 8 else 2 if c <= 16 else 3
    rows = [
        (
            "IICRC",
            d.pick(["CEC", "CEC hours", "Continuing Education Credits"]),
            d.approval(),
            d.hours_number(),
        )
    ]
    others = [
        (
            "AIA Continuing Education System",
            d.pick(["LU/HSW", "LU Hours"]),
            f"J{r.randrange(100, 999)}",
            _fmt(min(c, 12 * days, max(c - d.pick([0, 0.5, 1]), 0.5))),
        ),
        (
            "IDCEC",
            "CEU",
            f"CC{r.randrange(1000, 9999)}",
            f"{max(int(c) / 10, 0.1):.1f}",
        ),
        (
            "GBCI",
            "CE Hours",
            f"0920{r.randrange(10000, 99999)}",
            _fmt(max(int(c) - d.pick([0, 1]), 0.5)),
        ),
        (
            d.pick(["Florida DBPR", "Texas TDLR", "Louisiana LSLBC", "NC Licensing Board"]),
            d.pick(["Contact hours", "Clock hours", "Credit hours"]),
            "Self-report",
            _fmt(max(int(c / 2), 1) if d.chance(0.5) else int(c) or 1),
        ),
    ]
    chosen = r.sample(others, d.pick([2, 3, 3, 4]))
    rows += chosen
    r.shuffle(rows)
    rows_html = "".join(
        f"<tr><td>{b}</td><td>{t}</td><td>{n}</td><td class='n'><b>{v}</b></td></tr>"
        for b, t, n, v in rows
    )
    org = d.provider()
    pass_mark = d.pick([70, 75, 80, 80])
    return {
        "initials": "".join(w[0] for w in org.split() if w[0].isupper())[:3] or "CE",
        "org": org,
        "center": d.pick(["Continuing Education Center", "CE Campus", "Online Learning Center"]),
        "heading": d.pick(["Certificate of Completion", "Continuing Education Certificate"]),
        "pre": d.pick(["This certifies that", "Awarded to"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "completed": d.pick(
            ["has successfully completed the course", "has completed the course and quiz"]
        ),
        "title": d.title("plain"),
        "date_label": d.pick(["Completed:", "Date of completion:", "Quiz passed:"]),
        "date": d.date(d.pick(["long", "us_numeric", "short_month", "iso"])),
        "score_label": d.pick(["Quiz score:", "Score:", "Test result:"]),
        "score": f"{r.randrange(pass_mark, 101)}",
        "pass_mark": f"{pass_mark}",
        "pass_word": d.pick(["required to pass", "passing", "minimum"]),
        "rows_html": rows_html,
        "note": d.pick(
            [
                "Credits are reported to each body for members who supplied a member number; "
                "please allow up to two weeks. Bodies marked self-report accept this "
                "certificate as documentation.",
                "Credit values differ by body: each applies its own hour, daily maximum and "
                "rounding rules. Keep this certificate for six years.",
            ]
        ),
        "cert_label": d.pick(["Certificate #", "Certificate ID:"]),
        "cert": d.number(),
        "course_no_label": d.pick(["Course #", "Course ID:"]),
        "course_no": f"{r.randrange(10000, 99999)}",
        "signer": d.person(),
        "role": d.pick(["Director, Continuing Education", "Education Manager", d.role()]),
    }
