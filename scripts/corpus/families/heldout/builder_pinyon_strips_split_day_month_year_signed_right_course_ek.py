"""A web certificate builder's default page, printed through wkhtmltopdf on an
upright sheet: a cream textured ground, an ornamental strip repeated across
the top and mirrored across the foot, a large calligraphic title, then short
centred lines: the certifying words, the name in bold, the "course
requirements" sentence, the course in a slab face, the date split into the
day, the month and the year with connecting words between them, the place
after a colon, a credit line, and "Signed," set to the right over a
signature and the signer's printed name."""

SOURCE = "azuya/CertificateBuilder:templates/default/default.tpl (and templates/default/styles.css)"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "split-date",
    "date-words",
    "script-title",
    "ornate",
    "textured-paper",
    "distractor-person",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper};
  background-image: radial-gradient(rgba(120,90,40,0.07) 1px, transparent 1.4px); background-size: 7px 7px }
.strip { position:absolute; left:0; right:0; height:61px;
  background:
    radial-gradient(circle at 50% 50%, ${ink} 0 5px, transparent 5.5px) 0 0 / 44px 61px repeat-x,
    radial-gradient(circle at 50% 50%, transparent 0 13px, ${ink} 13px 14.5px, transparent 15px) 0 0 / 44px 61px repeat-x,
    linear-gradient(${ink}, ${ink}) 0 8px / 100% 2px no-repeat,
    linear-gradient(${ink}, ${ink}) 0 51px / 100% 2px no-repeat }
.top { top:44px } .bot { bottom:64px; transform: scaleY(-1) }
.w { position:absolute; left:70px; right:70px; top:138px; bottom:140px; text-align:center; font-family:${body}; color:#2a2418;
  display:flex; flex-direction:column; justify-content:space-between }
.org { font: 13px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${ink} }
.ti { font: ${ti_px}px ${script}; line-height:1.1; margin-top:6px; color:#1e1a12 }
.p { font-size:17px; line-height:26px }
.nm { font-weight:bold; font-size:${nm_px}px; line-height:1.25 }
.cs { font: bold ${cs_px}px ${slab}; line-height:1.25; color:${ink}; padding:0 20px }
.p b { font-weight:bold }
.sg { text-align:right; padding-right:17%; font-size:17px }
.sg .s { font: 34px ${hand}; color:#1c2a66; line-height:46px; margin-top:2px }
.sg .n { font-size:14px; line-height:18px } .sg .r { font-size:12px; color:#555 }
</style>
<div class="pg"></div><div class="strip top"></div><div class="strip bot"></div>
<div class="w">
 <div><div class="org">${org}</div><div class="ti">${heading}</div></div>
 <div class="p">${certify}</div>
 <div class="nm">${name}</div>
 <div class="p">${did}</div>
 <div class="cs">${title}</div>
 <div class="p">${date_html}</div>
 <div class="p">${at_label} <b>${place}</b>.</div>
 <div class="p">${hours_line}</div>
 <div class="sg">${signed}<div class="s">${signer}</div><div class="n">${signer}</div><div class="r">${role}</div></div>
</div>
"""


def fill(d):
    import html

    from corpus import formats as F

    day, month, year = d.completed.day, F.MONTHS[d.completed.month - 1], d.completed.year
    if d.chance(0.6):
        day_text = F.ORDINAL_WORDS[day].capitalize() if d.chance(0.3) else F.ORDINAL_WORDS[day]
    else:
        day_text = f"{day}{F.suffix(day)}"
    lead, mid, tail = d.pick(
        [
            ("On the", "Day of", "In the Year"),
            ("Given this", "day of", "in the year"),
            ("Done on the", "day of", "of the year"),
        ]
    )
    printed = f"{lead} {day_text} {mid} {month} {tail} {year}"
    d.put("completion_date", d.completed.isoformat(), printed)
    date_html = (
        f"{html.escape(lead)} <b>{html.escape(day_text)}</b> {html.escape(mid)} "
        f"<b>{month}</b> {html.escape(tail)} <b>{year}</b>"
    )
    name = d.name(d.pick(["plain", "plain", "upper", "honorific"]))
    title = d.title(d.pick(["plain", "with_code", "plain"]))
    org = d.provider()
    hours = d.hours(d.pick(["cec_hours", "words", "credit_hours", "iicrc_cec", "cecs"]))
    return {
        "paper": d.pick(["#fbf6e9", "#f7f0dc", "#fdf9ef", "#f4eedf"]),
        "ink": d.pick(["#5a4420", "#3d2b1f", "#1f3a5f", "#4a1c40", "#2f2f2f"]),
        "body": d.fonts["serif"],
        "slab": d.pick(["'Roboto Slab', serif", d.fonts["display"], d.fonts["serif"]]),
        "org": org,
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Training", "Course Certificate"]
        ),
        "ti_px": d.pick([54, 60, 64]),
        "certify": d.pick(["This is to certify that", "Be it known that", "This certifies that"]),
        "name": name,
        "nm_px": 26 if len(name) < 28 else 22,
        "did": d.pick(
            [
                "has successfully completed the course requirements for",
                "has satisfied all of the course requirements for",
                "has fulfilled the requirements of the course",
            ]
        ),
        "title": title,
        "cs_px": 25 if len(title) < 36 else 21,
        "date_html": date_html,
        "at_label": d.pick(["At:", "Held at:", "Location:"]),
        "place": d.pick([d.city(), d.venue(), f"{org} training center, {d.city()}"]),
        "hours_line": d.pick(
            [
                f"Continuing education credit: {hours}",
                f"This course carries {hours}.",
                f"Credit awarded: {hours}",
            ]
        ),
        "signed": d.pick(["Signed,", "Signed,", "Attested,"]),
        "signer": d.person(),
        "role": d.pick(["Course Instructor", "Director of Training", "IICRC Approved Instructor"]),
    }
