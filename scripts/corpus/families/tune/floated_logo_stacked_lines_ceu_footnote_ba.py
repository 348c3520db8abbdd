"""A landscape course certificate printed from a school's or manufacturer's
training portal, inside a thin-and-thick double black rule. The provider is
named only in its logo at the top left (a water-drop emblem beside the name set as
a wordmark, with a tagline under it); an "IICRC Approved" roundel sits at the
top right. Under a plain bold heading the text runs down the left side in
short lines with no labels, alternating plain and bold: "This certifies
that", the holder in bold, "has completed the hands-on course titled", the
course in bold, "designated for", the credit in CEUs (or in contact hours
with the CEUs beside them) and the day completed, often as the portal prints
it (weekday, month, zero-padded day, year) or as the span of class days. A
bold course approval line with the instructor follows; at the lower right a
signature on a rule with the training director's name and title in small bold type. The
CEC hours are stated only in a small-print note at the foot (one CEU being
ten contact hours), beside the approval statement, an all-capitals request
to keep the paper on file for renewal, the department's post-box address
and the date the page was printed."""

SOURCE = (
    "realcme/newmigration:certifications/certificate-pscom-amapracat1-default.tpl.php "
    "(a 'fancy little border' of a thin and a thick black rule, the logo floated left, a "
    "bold 'Continuing Education' heading, then a one-column table of lines: 'This cerifies "
    "that', the name in bold, 'has participated in the enduring material titled', the title "
    "in bold, 'designated for', the credit in bold, the date as strftime('%A, %B %d, %Y'); a "
    "bold 'Course #' line, a signature over a rule with the dean's name in small bold type, "
    "the accreditation statement and a department P.O. box line); CEU to contact hour "
    "conversion (one CEU is ten contact hours) as IACET providers print it"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "ceu-hours",
    "tiny-footer",
    "date-range",
)

TEMPLATE = """<style>
.b1 { position:absolute; inset:22px; border:2px solid ${rule_color} }
.b2 { position:absolute; inset:28px; border:5px solid ${rule_color} }
.in { position:absolute; left:72px; right:72px; top:64px; bottom:52px; font: 17px ${body}; color:#141414 }
.logo { display:flex; align-items:center; gap:12px; height:70px }
.em { width:60px; height:60px; flex:none; background:${dark}; clip-path:${em_shape};
  display:flex; align-items:center; justify-content:center }
.em i { width:22px; height:22px; background:${light}; border-radius:50% 0 50% 50%; transform:rotate(-45deg); margin-top:6px;
  box-shadow: 0 0 0 4px ${dark}, 0 0 0 6px ${accent} }
.wm b { display:block; font: ${wm_weight} ${wm_size}px ${logo_face}; color:${dark}; letter-spacing:${wm_ls}px; line-height:1.05;
  white-space:nowrap }
.wm span { display:block; font: ${tag_style} 11.5px ${rnd_face}; color:${accent}; letter-spacing:1.5px; margin-top:8px;
  text-transform:uppercase }
.rnd { position:absolute; right:4px; top:0; width:86px; height:86px; border-radius:50%; border:3px solid ${accent};
  box-shadow: inset 0 0 0 3px #fff, inset 0 0 0 4px ${accent}; color:${accent};
  display:flex; flex-direction:column; align-items:center; justify-content:center; gap:10px;
  font: bold 9.5px ${rnd_face}; line-height:1; letter-spacing:0.8px }
.rnd big { font: bold 14px ${rnd_face}; line-height:1; letter-spacing:0.5px }
h1 { margin:20px 0 14px; font: bold ${h_size}px ${head_face}; color:#111 }
table { border-collapse:collapse }
td { padding:${td_pad}px 0; line-height:1.25 }
td.v { font-weight:bold; font-size:${v_size}px }
td.nm { font-weight:bold; font-size:${nm_size}px; color:${nm_color} }
.cn { margin-top:12px; font-weight:bold; font-size:15px }
.sig { position:absolute; right:20px; bottom:px; width:390px; text-align: }
.sig .h { font: 34px ${hand}; color:#1a2b6b; height:40px; line-height:44px; border-bottom:1px solid #111; white-space:nowrap }
.sig div.t { font: bold 12px ${body}; margin-top:3px; line-height:14px }
.fine { position:absolute; left:0; right:0; bottom:0; font: 11px ${body}; color:#333; line-height:14.5px }
.fine p { margin-top:5px }
.fine .cap { font: bold 10.5px ${sans}; text-transform:uppercase; letter-spacing:0.4px; color:#222 }
.fine .ad { border-top:1px solid #999; padding-top:4px; display:flex; justify-content:space-between; color:#555 }
</style>
<div class="b1"></div><div class="b2"></div>
<div class="in">
 <div class="logo"><div class="em"><i></i></div>
  <div class="wm"><b>${org}</b><span>${tagline}</span></div></div>
 <div class="rnd"><span>IICRC</span><big>${rnd_mid}</big><span>${rnd_low}</span></div>
 <h1>${heading}</h1>
 <table>
  <tr><td>${certifies}</td></tr>
  <tr><td class="nm">${name}</td></tr>
  <tr><td>${completed}</td></tr>
  <tr><td class="v">${title}</td></tr>
  <tr><td>${designated}</td></tr>
  <tr><td class="v">${credit_html}</td></tr>
  <tr><td>${date_text}</td></tr>
 </table>
 <div class="cn">${course_label} ${approval} &nbsp;&middot;&nbsp; ${inst_label} ${instructor}</div>
 <div class="sig"><div class="h">${signer}</div><div class="t">${signer}, ${signer_role}</div></div>
 <div class="fine">
  <p>${statement} ${note_html}</p>
  <p class="cap">${keep}</p>
  <p class="ad"><span>${dept} &bull; ${pobox} &bull; ${town}</span><span>${printed_label} ${printed}</span></p>
 </div>
</div>
"""

# (IICRC code, days the class runs, hours it carries)
PLANS = {
    "WRT": [(3, 19), (3, 21)],
    "ASD": [(3, 21)],
    "AMRT": [(4, 28), (3, 21)],
    "FSRT": [(2, 14)],
    "OCT": [(1, 7), (2, 14)],
    "CCT": [(3, 19), (2, 14)],
    "UFT": [(2, 14), (1, 7)],
    "HST": [(2, 14)],
    "RCT": [(2, 14)],
    "CDS": [(2, 14)],
    "LCT": [(1, 7)],
    "CRT": [(1, 7)],
}
SHAPES = [
    "polygon(50% 0, 100% 25%, 100% 75%, 50% 100%, 0 75%, 0 25%)",
    "circle(50%)",
    "polygon(50% 0, 100% 38%, 82% 100%, 18% 100%, 0 38%)",
    "polygon(0 0, 100% 0, 100% 70%, 50% 100%, 0 70%)",
]


def fill(d):
    from corpus import values as V
    from corpus.formats import MONTHS, WEEKDAYS

    r = d.rng
    d.course, d.code = d.pick([c for c in V.IICRC_COURSES if c[1] in PLANS])
    days, credit = d.pick(PLANS[d.code])
    d.credit = float(credit)
    ceu = f"{credit / 10:.1f}"

    org = d.provider(d.pick(["upper", None]))
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))

    def nowrap(text):
        return f'<span style="white-space:nowrap">{text}</span>'

    # the credit: CEUs with the CEC hours only in the note, or contact hours in the main line
    form = d.pick(["ceu", "ceu", "ceu_words", "contact"])
    if form == "ceu":
        credit_html = f"{ceu} CEUs<sup>*</sup>"
        n = d.pick([f"{credit} IICRC CECs", f"{credit} CEC hours"])
        note = f"*One CEU equals ten contact hours; this course carries {nowrap(n)}."
        d.put("hours", d.credit, n)
    elif form == "ceu_words":
        credit_html = f"{ceu} Continuing Education Units (CEUs)<sup>&dagger;</sup>"
        n = f"{credit} contact hours"
        note = f"&dagger;Equivalent to {nowrap(n)}, reported to the IICRC as CEC hours on request."
        d.put("hours", d.credit, n)
    else:
        n = f"{credit}.0 contact hours"
        credit_html = f"{n} ({ceu} CEUs)"
        note = (
            "Contact hours are accepted by the IICRC as CECs for renewal (1 contact hour = 1 CEC)."
        )
        d.put("hours", d.credit, n)

    c = d.completed
    pick = (
        d.pick(["portal", "portal", "plain", "span"]) if days > 1 else d.pick(["portal", "plain"])
    )
    if pick == "portal":
        text = f"{WEEKDAYS[c.weekday()]}, {MONTHS[c.month - 1]} {c.day:02d}, {c.year}"
        d.put("completion_date", c.isoformat(), text)
        date_text = text
    elif pick == "plain":
        date_text = d.pick(["Completed {}", "on {}"]).format(d.date())
    else:
        date_text = d.pick(["Class dates: {}", "held {}"]).format(d.date_range(days - 1))

    statement = d.pick(
        [
            "This course has been approved by the Institute of Inspection, Cleaning and "
            "Restoration Certification (IICRC) for continuing education credit.",
            "Approved by the IICRC for continuing education. The IICRC's approval of a course "
            "does not constitute endorsement of any product.",
            "This program is offered as an IICRC approved course. Participants must attend the "
            "entire course and complete the evaluation to receive credit.",
        ]
    )
    street, town = d.address()
    return {
        "rule_color": d.pick(["#111", "#111", d.colors["dark"]]),
        "body": d.fonts[d.pick(["serif", "sans", "sans"])],
        "logo_face": d.fonts[d.pick(["sans", "display", "cond"])],
        "head_face": d.fonts[d.pick(["sans", "serif"])],
        "hand": d.fonts["hand"].replace(", cursive", ", 'Z003', cursive"),
        "em_shape": d.pick(SHAPES),
        "rnd_face": d.fonts["cond"],
        "wm_weight": d.pick(["bold", "800", "600"]),
        "wm_size": 22 if len(org) > 30 else 26,
        "wm_ls": 1 if org.isupper() else 0,
        "tag_style": d.pick(["normal", "italic"]),
        "h_size": d.pick([24, 26, 28]),
        "td_pad": d.pick([3, 4, 5]),
        "v_size": d.pick([20, 21]),
        "nm_size": d.pick([28, 30, 32]),
        "sig_bottom": d.pick([104, 124]),
        "sig_align": d.pick(["left", "center"]),
        "nm_color": d.pick(["#111", d.colors["dark"]]),
        "org": org,
        "tagline": d.pick(
            [
                "Education & Training",
                "Technical Training Center",
                "Restoration Education",
                "Training Programs",
            ]
        ),
        "rnd_mid": d.pick(["APPROVED", "CEC"]),
        "rnd_low": d.pick(["SCHOOL", "COURSE"]),
        "heading": d.pick(
            [
                "Continuing Education",
                "Certificate of Course Completion",
                "Continuing Education Certificate",
                "Training Certificate",
            ]
        ),
        "certifies": d.pick(["This certifies that", "This document certifies that"]),
        "name": name,
        "completed": d.pick(
            [
                "has completed the hands-on course titled",
                "has successfully completed the course",
                "has attended and completed the training titled",
            ]
        ),
        "title": title,
        "designated": d.pick(["designated for", "and is awarded", "approved for"]),
        "credit_html": credit_html,
        "date_text": date_text,
        "course_label": d.pick(["Course #:", "IICRC Course #", "Course approval no."]),
        "approval": d.approval(),
        "inst_label": d.pick(["Instructor:", "Taught by", "Instructor of record:"]),
        "instructor": d.person(),
        "signer": d.person(),
        "signer_role": d.pick(
            [
                "Director of Training",
                "Director, Education and Technical Training",
                "Vice President, Training",
                "Manager, Training Center",
            ]
        ),
        "statement": statement,
        "note_html": note,
        "keep": d.pick(
            [
                "Please print and/or save this document and keep it on file for your IICRC "
                "renewal or for audit.",
                "Keep this certificate with your records. Submit a copy with your IICRC renewal "
                "if requested.",
            ]
        ),
        "dept": d.pick(["Training Department", "Education Center", "Technical Training"]),
        "pobox": d.pick([f"P.O. Box {r.randrange(100, 9999)}", street]),
        "town": town,
        "printed_label": d.pick(["Printed", "Printed on", "Generated"]),
        "printed": d.other_date("print", d.pick(["us_numeric", "iso", "short_month"])),
    }
