"""A portrait certificate inside a very thick dark frame: the school's name
and a short tagline in light letters on the frame's top band, its address
and web line on the bottom band, nothing else names the school. Inside, a
coloured heading, a round monogram, "This is to certify that" with the name
inline in bold (sometimes with Mr./Ms.), "Has successfully completed the
course in", the course, a single line "Start Date: ... End Date: ...", a
reference line with the hours, and a signature column on the right over a
role alone."""

SOURCE = "Aegon017/zoom-technologies:resources/views/components/certificate-pdf.blade.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "dark-band",
    "portrait",
    "provider-in-logo",
    "date-range",
    "labelled",
    "sentence",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:0; border-style:solid; border-color:${dark}; border-width:104px 40px 70px 40px }
.top { position:absolute; left:40px; right:40px; top:22px; text-align:center; color:#f4f1e8 }
.top .n { font: bold 27px ${display}; letter-spacing:1px } .top .t { font: 12px ${sans}; letter-spacing:3px; text-transform:uppercase; margin-top:5px; opacity:0.9 }
.bot { position:absolute; left:40px; right:40px; bottom:20px; text-align:center; color:#e8e8e8; font: 12px ${sans}; line-height:17px }
.c { position:absolute; left:90px; right:90px; top:176px; text-align:center; font-family:${face}; color:#222 }
h1 { margin:0; font: 42px ${display}; color:${accent}; font-weight:500 }
.mono { width:100px; height:100px; border-radius:50%; border:3px solid ${dark}; margin:40px auto 56px; display:flex; align-items:center;
  justify-content:center; font: bold 28px ${serif}; color:${dark} }
.c p { font-size:21px; line-height:36px; margin:0 }
h2 { margin:22px 0 44px; font-size:27px; font-weight:600; color:#111; line-height:34px }
.det { font-size:16px; line-height:28px; color:#333 }
.sig { position:absolute; right:96px; bottom:150px; width:290px; text-align:center; font: 15px ${face}; color:#333 }
.sig .h { white-space:nowrap; font: 28px ${hand}; color:#1d2f6f; border-bottom:1px solid #555; padding-bottom:2px; margin-bottom:4px }
.iss { position:absolute; left:100px; bottom:156px; font: 13px ${face}; color:#444; line-height:19px }
</style>
<div class="fr"></div>
<div class="top"><div class="n">${org}</div><div class="t">${tagline}</div></div>
<div class="c">
 <h1>${heading}</h1>
 <div class="mono">${mark}</div>
 <p>This is to certify that <b>${name}</b></p>
 <p>${completed_line}</p>
 <h2>${title}</h2>
 <div class="det">
  <p>Start Date: ${start} &nbsp;&nbsp;&nbsp; End Date: ${end}</p>
  <p>${ref_line}</p>
 </div>
</div>
<div class="iss">${issue_html}</div>
<div class="sig"><div class="h">${sign}</div>${sign_role}</div>
<div class="bot">${street} &middot; ${town}<br>${web} &middot; ${phone}</div>
"""


def _fmt(day, style):
    from corpus.formats import MONTHS, fmt_date

    if style == "d_mon_y":
        return f"{day.day:02d} {MONTHS[day.month - 1][:3]} {day.year}"
    return fmt_date(day, style)


def fill(d):
    from datetime import timedelta

    org = d.provider()
    short = d.org_alt or org
    mark = "".join(w[0] for w in short.replace("&", "").split() if w[0].isupper())[:3]
    days = d.pick([1, 2, 2, 3, 4])
    style = d.pick(["d_mon_y", "d_mon_y", "us_numeric", "short_month", "dmy_long"])
    start = _fmt(d.completed - timedelta(days=days), style)
    end = _fmt(d.completed, style)
    d.put("completion_date", d.completed.isoformat(), end)
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    hours = d.hours(d.pick(["cec_hours", "hours_title", "credit_hours", "iicrc_cec"]))
    ref = d.number(d.pick(["REF-", "", "ZT"]))
    ref_line = d.pick(
        [
            f"Reference No. {ref} at {d.city()} · {hours}",
            f"{hours} · Reference {ref}",
            f"Reference No. {ref}, {hours} awarded.",
        ]
    )
    street, town = d.address()
    issue = ""
    if d.chance(0.5):
        issue = f"Issued {d.other_date('issue', d.pick(['long', 'us_numeric']))}"
    return {
        "face": d.fonts[d.pick(["sans", "serif"])],
        "org": org,
        "tagline": d.pick(
            [
                "IICRC Approved School · Continuing Education",
                "Restoration and Cleaning Training",
                "Classroom · Field · Online",
            ]
        ),
        "heading": d.pick(
            ["Education Certificate", "Training Certificate", "Course Completion Certificate"]
        ),
        "mark": mark,
        "name": name,
        "completed_line": d.pick(
            [
                "Has successfully completed the Course in",
                "has successfully completed the course",
                "Has attended and completed the training course",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "start": start,
        "end": end,
        "ref_line": ref_line,
        "issue_html": issue,
        "sign": d.person(),
        "sign_role": d.pick(["Course Co-Ordinator", "Course Coordinator", "Training Coordinator"]),
        "street": street,
        "town": town,
        "web": d.web(),
        "phone": d.phone(),
    }
