"""A completion certificate a training administrator made in a word
processor and uploaded to a training management system, which fills its
merge fields (student name, course name, course length, completion date,
location, training days) and hands the learner a PDF. Portrait, a word
processor's page border (double, groove or a dotted art border), the
school's letterhead in the page header, a centred heading in a large
bold face, "awarded to" and the name, "for completing" and the course, then
a small borderless two-column table of the other merge fields, and two
signature lines typed with names and titles. The course length is printed
in hours on some templates and in days on others, where the CEC line the
administrator typed carries the credit."""

SOURCE = "LearnOnDemandSystems/docs:tms/tms-administrators/miscellaneous/create-completion-certificates.md"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "labelled",
    "table",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-hours",
    "ornate",
)

TEMPLATE = """<style>
.bd { position:absolute; inset:${inset}px; border:${bw}px ${bstyle} ${bcolor} }
.bd2 { position:absolute; inset:${inset2}px; border:1px solid ${bcolor}; display:${bd2} }
.hdr { position:absolute; left:96px; right:96px; top:${hdr_top}px; display:flex; align-items:center; gap:14px; border-bottom:1px solid #999; padding-bottom:8px; font-family:${body} }
.hdr i { width:50px; height:50px; flex:none; background:${accent}; clip-path:polygon(50% 0, 100% 25%, 100% 75%, 50% 100%, 0 75%, 0 25%) }
.hdr b { display:block; font-size:18px; color:${dark} }
.hdr span { font-size:11.5px; color:#555 }
.m { position:absolute; left:96px; right:96px; top:${m_top}px; text-align:center; font-family:${body}; color:#111 }
h1 { margin:0; font: bold ${h_size}px ${h_face}; color:${h_color}; line-height:1.15 }
.sub { font-size:16px; margin-top:28px }
.nm { font: bold ${nm_size}px ${nm_face}; margin-top:10px; color:#000 }
.ti { font-size:${ti_size}px; margin-top:8px; font-weight:${ti_weight}; line-height:1.3 }
table { margin:34px auto 0; border-collapse:collapse; font-size:15px; text-align:left }
td { padding:5px 14px; vertical-align:top }
td.k { font-weight:bold; text-align:right; white-space:nowrap }
.sg { position:absolute; left:110px; right:110px; bottom:${sg_bottom}px; display:flex; justify-content:space-between; font: 13.5px ${body}; color:#222 }
.sg div { width:240px; border-top:1px solid #000; padding-top:5px; line-height:19px }
.ftr { position:absolute; left:96px; right:96px; bottom:${ftr_bottom}px; text-align:center; font: 10px ${body}; color:#666 }
</style>
<div class="bd"></div><div class="bd2"></div>
<div class="hdr"><i></i><div><b>${org}</b><span>${street} &middot; ${city} &middot; ${phone}</span></div></div>
<div class="m">
 <h1>${heading}</h1>
 <div class="sub">${awarded}</div>
 <div class="nm">${name}</div>
 <div class="sub">${for_text}</div>
 <div class="ti">${title}</div>
 <table>${rows_html}</table>
</div>
<div class="sg"><div>${s1}<br>${r1}</div><div>${s2}<br>${r2}</div></div>
<div class="ftr">${footer}</div>
"""


def fill(d):
    import html

    street, city = d.address()
    days = max(1, round(d.credit / 7))
    rows = []
    in_hours = d.chance(0.5)
    if in_hours:
        length = d.hours(d.pick(["hours_title", "hrs", "hours_title"]))
    else:
        length = d.pick([f"{days} day{'s' if days > 1 else ''}", f"{days} Day(s)"])
    rows.append(("Course Length:", length))
    if d.chance(0.7):
        rows.append(("Training Days:", str(days)))
    rows.append(
        (
            "Location:",
            d.pick(
                [
                    "Virtual Instructor-Led (live online)",
                    "Online",
                    "Live Webinar Classroom",
                    "Self-paced e-learning",
                ]
            ),
        )
    )
    rows.append(("Completion Date:", d.date(d.pick(["long", "us_numeric", "dmy_long", "long"]))))
    if not in_hours and d.chance(0.8):
        rows.append(
            (
                d.pick(["IICRC CECs:", "CEC Hours:", "Credit:"]),
                d.hours(d.pick(["hours_title", "cecs"])),
            )
        )
    if d.chance(0.4):
        rows.append(("Course Approval #:", d.approval()))
    rows_html = "".join(
        f'<tr><td class="k">{html.escape(k)}</td><td>{html.escape(v)}</td></tr>' for k, v in rows
    )
    style = d.pick(["double", "groove", "dotted", "ridge"])
    return {
        "inset": d.pick([24, 30, 36]),
        "bw": {"double": 9, "groove": 12, "dotted": 8, "ridge": 12}[style],
        "bstyle": style,
        "bcolor": d.pick([d.colors["dark"], d.colors["accent"], "#444"]),
        "inset2": 52,
        "bd2": d.pick(["none", "block"]),
        "hdr_top": 74,
        "m_top": d.pick([190, 210]),
        "body": d.fonts[d.pick(["sans", "serif"])],
        "h_size": d.pick([40, 46, 52]),
        "h_face": d.fonts[d.pick(["display", "serif", "sans", "script"])],
        "h_color": d.pick([d.colors["dark"], "#000", d.colors["accent"]]),
        "nm_size": d.pick([30, 34]),
        "nm_face": d.fonts[d.pick(["serif", "sans", "display"])],
        "ti_size": d.pick([20, 22, 24]),
        "ti_weight": d.pick(["bold", "normal"]),
        "sg_bottom": d.pick([120, 140]),
        "ftr_bottom": 70,
        "org": d.provider(),
        "street": street,
        "city": city,
        "phone": d.phone(),
        "heading": d.pick(
            [
                "Certificate of Completion",
                "Certificate of Training",
                "Course Completion Certificate",
            ]
        ),
        "awarded": d.pick(
            ["This certificate is awarded to", "This is to certify that", "Presented to"]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "for_text": d.pick(
            ["for completing", "has successfully completed", "for successful completion of"]
        ),
        "title": d.title(d.pick(["plain", "with_code", "plain"])),
        "rows_html": rows_html,
        "s1": d.person(),
        "r1": d.pick(["Instructor", "Lead Instructor", "Trainer"]),
        "s2": d.person(),
        "r2": d.pick(["Training Manager", "Registrar", d.role()]),
        "footer": d.pick(
            [
                "Issued through the training management system. Verify with the registrar.",
                "This certificate was generated from the student's transcript record.",
                "",
            ]
        ),
    }
