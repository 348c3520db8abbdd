"""A landscape course certificate whose dark band runs across the middle of
the page, not the top: a thin double rule round the edge, the school's
emblem and wordmark in the top left corner (its only naming of the school)
and the certificate number in the top right; then the full-width band with
the heading in small spaced capitals and the course title large, both in
light text; under the band a short line and the holder's name in a script
face on a rule, and one running sentence with the course's days as a span,
the town and the credit earned, or the span in the sentence and the credit
on a line of its own. Along the foot two signatures with printed names and
roles (an instructor and the school's director), and between them the date
of issue."""

SOURCE = (
    "PriyaDadhaniya/DRUPAL-6:ImgtoHtml/index.php (A4-landscape completion certificate: a "
    "coloured band across the middle of the page holding the heading and the course name, "
    "'hereby is granted to', the participant's name in italic bold, 'for successful "
    "completion of' and the month and year), with azuya/CertificateBuilder:templates/default/"
    "default.tpl (the 'At:' place line and the signature under the text)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "script-name",
    "sentence",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.r1 { position:absolute; inset:18px; border:2px solid ${dark} }
.r2 { position:absolute; inset:25px; border:1px solid ${accent} }
.lg { position:absolute; left:56px; top:50px; display:flex; align-items:center; gap:12px }
.lg .em { width:58px; height:58px; border-radius:50% 50% 50% 6px; background:${dark}; color:${light};
  display:flex; align-items:center; justify-content:center; font: bold 20px ${display}; letter-spacing:1px;
  box-shadow: inset 0 0 0 3px ${dark}, inset 0 0 0 5px ${light} }
.lg .wm { font: bold ${wm_size}px ${wm_face}; color:${dark}; line-height:19px; letter-spacing:.6px; white-space:nowrap }
.no { position:absolute; right:56px; top:58px; font: 12px ${sans}; color:#555; text-align:right; line-height:18px }
.no b { font: 13.5px ${mono}; color:#222 }
.band { position:absolute; left:25px; right:25px; top:${band_top}px; background:${dark}; color:#fff; text-align:center;
  padding:20px 60px 22px; border-top:4px solid ${accent}; border-bottom:4px solid ${accent} }
.band .hd { font: 15px ${sans}; letter-spacing:6px; text-transform:uppercase; color:${light}; opacity:.92 }
.band .ti { font: bold ${title_size}px ${display}; margin-top:10px; line-height:1.2 }
.low { position:absolute; left:90px; right:90px; top:${low_top}px; text-align:center; font-family:${serif}; color:#2a2a2a }
.low .ld { font-size:18px; font-style:italic }
.low .nm { font: ${name_size}px ${script}; color:${dark}; display:inline-block; min-width:56%; border-bottom:1px solid #888;
  padding:0 20px 2px; margin-top:6px; white-space:nowrap; line-height:1.35 }
.low p { font-size:17.5px; line-height:27px; margin:20px auto 0; max-width:780px }
.low .cr { font: 600 15px ${sans}; letter-spacing:1px; color:${dark}; margin-top:8px }
.ft { position:absolute; left:80px; right:80px; bottom:52px; display:flex; justify-content:space-between; align-items:flex-end; font-family:${sans} }
.sg { width:240px; text-align:center; font-size:12.5px; color:#333; line-height:17px }
.sg .h { font: 27px ${hand}; color:#203a80; border-bottom:1px solid #444; height:40px; line-height:46px; white-space:nowrap; overflow:hidden }
.sg b { display:block; margin-top:4px; font-size:13.5px; color:#111 }
.is { text-align:center; font-size:12.5px; color:#444; line-height:18px; padding-bottom:4px }
.is b { display:block; font-size:14px; color:#111 }
</style>
<div class="r1"></div><div class="r2"></div>
<div class="lg"><div class="em">${initials}</div><div class="wm">${org}</div></div>
<div class="no">${no_label}<br><b>${cert_no}</b></div>
<div class="band">
 <div class="hd">${heading}</div>
 <div class="ti">${title}</div>
</div>
<div class="low">
 <div class="ld">${lead}</div>
 <div class="nm">${name}</div>
 <p>${sentence_html}</p>
 ${credit_html}
</div>
<div class="ft">
 <div class="sg"><div class="h">${sig1}</div><b>${sig1}</b>${role1}</div>
 <div class="is">${issue_label}<b>${issued}</b></div>
 <div class="sg"><div class="h">${sig2}</div><b>${sig2}</b>${role2}</div>
</div>
"""


def _nowrap(text: str) -> str:
    import html

    return f'<span style="white-space:nowrap">{html.escape(text)}</span>'


def fill(d):
    org = d.provider(d.pick([None, None, "upper"]))
    words = [w for w in org.replace("&", "").replace(",", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words[:3])
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    days = 0 if d.credit <= 4 else (1 if d.credit <= 8 else d.pick([1, 2, 2]))
    span = d.date_range(days) if days else d.date(d.pick(["long", "ordinal", "weekday"]))
    town = d.city()
    held = "on" if not days else d.pick(["held", "from", "on"])
    inline = d.chance(0.55)
    if inline:
        hours = d.hours(d.pick(["cec_hours", "cecs", "ceu_and_cec", "contact_and_cec"]))
        sentence = d.pick(
            [
                "for the successful completion of the course {held} {span} in {town}, "
                "and is awarded {hours}.",
                "who attended and completed this course {held} {span} at {town}, earning {hours}.",
                "having met every requirement of the course {held} {span} in {town}; "
                "{hours} are recorded.",
            ]
        )
        credit_html = ""
    else:
        hours = d.hours(d.pick(["iicrc_cec", "credit_hours", "cecs_colon", "hours_title"]))
        sentence = d.pick(
            [
                "for the successful completion of the course {held} {span} in {town}.",
                "who attended and satisfied the requirements of this course {held} {span} "
                "at {town}.",
            ]
        )
        credit_html = f'<div class="cr">{_nowrap(hours)}</div>'
    import html

    parts = sentence.split("{")
    out = [html.escape(parts[0])]
    values = {"held": held, "span": span, "town": town, "hours": hours}
    for part in parts[1:]:
        key, rest = part.split("}", 1)
        out.append(_nowrap(values[key]) if key in ("span", "hours") else html.escape(values[key]))
        out.append(html.escape(rest))
    wide = len(title) > 38
    band_top = d.pick([176, 188])
    return {
        "initials": initials,
        "org": org,
        "wm_size": "15" if len(org) <= 32 else "13",
        "wm_face": d.fonts[d.pick(["sans", "cond", "display"])],
        "no_label": d.pick(["Certificate No.", "Certificate #", "Record no."]),
        "cert_no": d.number(),
        "band_top": str(band_top),
        "heading": d.pick(
            [
                "Certificate of Completion",
                "Certificate of Course Completion",
                "Training Certificate",
            ]
        ),
        "title": title,
        "title_size": "30" if wide else "36",
        "low_top": str(band_top + 172),
        "lead": d.pick(
            [
                "This certificate is hereby granted to",
                "is hereby presented to",
                "This is to certify that",
            ]
        ),
        "name": name,
        "name_size": "50" if len(name) <= 22 else ("42" if len(name) <= 30 else "36"),
        "sentence_html": "".join(out),
        "credit_html": credit_html,
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "sig1": d.person(),
        "role1": d.pick(["Instructor", "Lead Instructor", "IICRC Approved Instructor"]),
        "sig2": d.person(),
        "role2": d.pick(["Director", "Director of Education", "Executive Director", "President"]),
        "issue_label": d.pick(["Date of issue", "Issued", "Awarded on"]),
        "issued": d.other_date("issue", d.pick(["long", "us_numeric", "dmy_long", "short_month"])),
    }
