"""A portrait certificate on a faintly tinted page with a gradient rail down
the left edge and a thin stripe across the top: a very large upper-case
heading, an upper-case subtitle underlined, a short introductory line, the
name in large bold capitals, a rounded panel of labelled rows (course,
school, credit, approval), a running sentence about the learner's
conduct, a three-cell signing row with the date in the middle cell, and a
small certificate number at the foot."""

SOURCE = "warszz/generate_sertifikat:sertifikat/templates/sertifikat_2.php"
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = ("portrait", "labelled", "sentence", "distractor-person")

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${light} }
.rail { position:absolute; left:0; top:0; bottom:0; width:22px; background:linear-gradient(to bottom, ${dark}, ${accent} 50%, ${dark}) }
.top { position:absolute; left:22px; right:0; top:0; height:8px; background:${accent} }
.c { position:absolute; left:86px; right:60px; top:140px; text-align:center; font-family:${face}; color:#333 }
.t { font: bold 66px ${face}; color:${accent}; letter-spacing:3px; text-transform:uppercase; line-height:70px }
.st { display:inline-block; min-width:420px; font: 600 19px ${face}; color:${dark}; text-transform:uppercase; letter-spacing:1.5px;
  border-bottom:2px solid ${accent}; padding:4px 0 14px; margin-top:6px }
.in { font-size:17px; color:#555; margin-top:46px }
.nm { font: bold ${name_px}px ${face}; color:${dark}; text-transform:uppercase; letter-spacing:1.5px; margin-top:22px; line-height:1.15 }
.panel { margin:44px auto 0; max-width:540px; background:#fff; border:1px solid #ddd; border-radius:8px; padding:18px 26px; text-align:left; font-size:15px; line-height:27px }
.panel b { color:${dark} }
.tx { font-size:14px; color:#555; line-height:23px; margin:40px auto 0; max-width:600px }
.sg { position:absolute; left:86px; right:60px; bottom:120px; border-top:1px solid #ccc; padding-top:50px; display:flex; justify-content:space-around; align-items:flex-end; font-family:${face}; text-align:center }
.sg .b { width:170px } .sg .hand { font-family:${hand}; font-size:24px; color:#223; white-space:nowrap; height:34px }
.sg .ln { border-top:2px solid #333; margin:4px 0 6px } .sg .r { font-size:12px; font-weight:600; color:#333 }
.sg .dt { font-size:14px; color:#555 } .sg .dt small { display:block; font-size:11px; color:#888; margin-top:3px }
.no { position:absolute; left:86px; right:60px; bottom:70px; text-align:center; font: 12px ${face}; color:#999 }
</style>
<div class="pg"></div><div class="rail"></div><div class="top"></div>
<div class="c">
 <div class="t">${heading}</div>
 <div class="st">${subtitle}</div>
 <div class="in">${intro}</div>
 <div class="nm">${name}</div>
 <div class="panel">${rows_html}</div>
 <div class="tx">${sentence}</div>
</div>
<div class="sg">
 <div class="b"><div class="hand">${left_sig}</div><div class="ln"></div><div class="r">${left_role}</div></div>
 <div class="b dt">${date}<small>${date_label}</small></div>
 <div class="b"><div class="hand">${right_sig}</div><div class="ln"></div><div class="r">${right_role}</div></div>
</div>
<div class="no">${no_label} ${cert_no}</div>
"""


def fill(d):
    import html

    name = d.name(d.pick(["plain", "plain", "honorific"]))
    rows = [
        (d.pick(["Course", "Course Title", "Program"]), d.title()),
        (d.pick(["School", "Training Provider", "Presented by"]), d.provider()),
        (
            d.pick(["Credit", "CE Credit", "Hours"]),
            d.hours(d.pick(["cec_hours", "hours_title", "iicrc_cec"])),
        ),
    ]
    if d.chance(0.5):
        rows.append((d.pick(["IICRC Course No.", "Approval No.", "CEC Approval #"]), d.approval()))
    if d.chance(0.4):
        rows.append(("Role", d.pick(["Participant", "Student", "Attendee"])))
    face = d.fonts[d.pick(["sans", "sans", "serif"])]
    return {
        "face": face,
        "heading": d.pick(["Certificate", "Certificate", "Diploma"]),
        "subtitle": d.pick(["Course Completion", "Workshop Completion", "Training Completion"]),
        "intro": d.pick(
            [
                "We are pleased to announce that",
                "It is with pleasure that we certify that",
                "This is to certify that",
            ]
        ),
        "name": name,
        "name_px": 40 if len(name) > 24 else 48,
        "rows_html": "".join(
            f"<div><b>{html.escape(k)}:</b> {html.escape(v)}</div>" for k, v in rows
        ),
        "sentence": d.pick(
            [
                "has successfully completed and taken part in the full series of workshop "
                "activities, showing professionalism, enthusiasm and dedication throughout.",
                "has attended every session of the course and met all of its requirements, "
                "including the hands-on exercises and the final review.",
                "has completed the course of study described above and is entitled to the "
                "credit shown.",
            ]
        ),
        "left_sig": d.person(),
        "left_role": d.pick(["Organizing Committee", "Lead Instructor", "Course Coordinator"]),
        "date": d.date(d.pick(["dmy_long", "long", "short_month", "us_numeric"])),
        "date_label": d.pick(["Date", "Date of completion", ""]),
        "right_sig": d.person(),
        "right_role": d.pick(["Head of Program", "Director of Training", "School Director"]),
        "no_label": d.pick(["Certificate Number:", "Certificate No.", "Cert #"]),
        "cert_no": f"WS-{d.completed.strftime('%Y%m%d')}-{d.rng.randrange(1, 999):03d}",
    }
