"""A portrait certificate inside a thick two-tone frame (the top and bottom
edges in the dark colour, the sides in a lighter shade of the accent), the
way a school's web portal prints it. The provider appears only in the logo
block crowning the page: a round mark with its initials over the wordmark
and a small tag line. Under it a large title in a script face, a bold
"This certificate is awarded to", the holder's name in the same script in
colour over a dashed rule, "for the successful completion of the course",
the course title in bold, and a centred paragraph giving the days the class
was held (a span of dates) with the city and the credit. An "Awarded on"
line carries the day the certificate was issued, a few days after the last
class day. At the foot two signature blocks (instructor and school officer)
flank a small approval box, and a hairline footer gives the certificate
number and the school's address."""

SOURCE = (
    "JRendel-main/CapstoneV1:generate-certificate/certificate.php (table certificate with a "
    "thick border, darker top and bottom, lighter sides; logo cell on top; script title "
    "'Certificate Of Recognition'; 'This Certificate is awarded to'; name in script over a "
    "dashed rule; 'For the successful completion of the course'; 'Awarded on [Date]')"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "provider-in-logo",
    "script-name",
    "sentence",
    "date-range",
    "hours-in-sentence",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:${inset}px; border-style:solid; border-width:${bw}px;
  border-color:${edge} ${side} ${edge} ${side}; background:${ground} }
.in { position:absolute; inset:${inner}px; border:1px solid ${side} }
.c { position:absolute; left:86px; right:86px; top:${top}px; text-align:center; font-family:${sans}; color:#383737 }
.lg { display:flex; flex-direction:column; align-items:center }
.mk { width:74px; height:74px; border-radius:50%; background:${edge}; color:#fff; display:flex; align-items:center;
  justify-content:center; font: bold 25px ${display}; letter-spacing:1px; box-shadow: 0 0 0 4px ${ground}, 0 0 0 6px ${side} }
.wm { margin-top:12px; font: bold ${wm_size}px ${wm_font}; color:${edge}; letter-spacing:${wm_ls}px }
.tg { font: 11px ${sans}; letter-spacing:3px; text-transform:uppercase; color:#777; margin-top:3px }
h1 { margin:${h1_gap}px 0 0; font: ${h1_size}px ${scriptf}; color:${title_ink}; font-weight:normal; line-height:1.15 }
h2 { margin:30px 0 0; font: bold 19px ${sans}; color:#383737 }
.nm { display:inline-block; min-width:70%; margin-top:8px; padding:2px 24px 0; font: ${nm_size}px ${scriptf};
  color:${name_ink}; border-bottom:1px dashed #bdbdbd; line-height:1.35 }
h3 { margin:26px 0 0; font: 300 17px ${sans}; color:#383737 }
.ti { margin-top:8px; font: bold ${ti_size}px ${serif}; color:#222; line-height:1.2 }
.s { margin:28px auto 0; max-width:520px; font: 14.5px ${serif}; line-height:23px; color:#333 }
.aw { margin-top:30px; font: bold 14px ${sans}; color:#555 }
.ft { position:absolute; left:84px; right:84px; bottom:${ft_bottom}px; display:flex; justify-content:space-between;
  align-items:flex-end; font: 11.5px ${sans}; color:#444 }
.sg { width:205px; text-align:center; line-height:15px }
.sg .h { font: 22px ${handf}; color:#1c2f6b; border-bottom:1px solid #555; height:34px; line-height:40px;
  white-space:nowrap; overflow:hidden }
.sg b { display:block; margin-top:4px; color:#222 }
.ap { width:128px; border:1px solid ${side}; padding:7px 6px; text-align:center; font: 10px ${sans}; line-height:13px; color:#555 }
.ap b { display:block; font-size:12px; color:${edge}; margin-top:2px }
.hl { position:absolute; left:84px; right:84px; bottom:${hl_bottom}px; border-top:1px solid #ccc; padding-top:5px;
  display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#777 }
</style>
<div class="fr"></div><div class="in"></div>
<div class="c">
 <div class="lg"><div class="mk">${initials}</div><div class="wm">${org}</div><div class="tg">${tagline}</div></div>
 <h1>${heading}</h1>
 <h2>${awarded_to}</h2>
 <div class="nm">${name}</div>
 <h3>${for_line}</h3>
 <div class="ti">${title}</div>
 <div class="s">${s_a} <span style="white-space:nowrap">${span}</span> ${s_b} ${city}${s_c} <b style="white-space:nowrap">${hours}</b>${s_d}</div>
 <div class="aw">${aw_label} ${issued}</div>
</div>
<div class="ft">
 <div class="sg"><div class="h">${instructor}</div><b>${instructor}</b>${instructor_role}</div>
 <div class="ap">${ap_label}<b>${approval}</b></div>
 <div class="sg"><div class="h">${officer}</div><b>${officer}</b>${officer_role}</div>
</div>
<div class="hl"><span>${no_label} ${cert_no}</span><span>${street} &middot; ${town}</span></div>
"""

TAGLINES = [
    "Training Center",
    "IICRC Approved School",
    "Technical Education",
    "Restoration Training",
    "Certified Training Program",
]


def fill(d):
    sides = {
        "#1f3a5f": "#5d8cc4",
        "#23395d": "#6a8fc9",
        "#0b3d2e": "#4f9a7c",
        "#4a1c40": "#a0638f",
        "#2f2f2f": "#8a8a8a",
        "#5b2333": "#b0606f",
        "#123c69": "#4b8bd0",
        "#3d2b1f": "#a07a5c",
        "#1b4332": "#58a07a",
    }
    edge = d.colors["dark"]
    org = d.provider(d.pick([None, None, "upper"]))
    words = [
        w
        for w in org.replace(",", "").split()
        if w[0].isupper() and w.lower() not in ("llc", "inc.", "co.")
    ]
    initials = "".join(w[0] for w in words)[:3]
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "upper"]))
    days = 1 if d.credit <= 8 else d.pick([1, 2, 2, 3])
    span = d.date_range(days)
    hours_style = d.pick(["cec_hours", "words", "words_cec", "hours_title"])
    hours = d.hours(hours_style)
    approval = d.approval()
    street, town = d.address()
    city = town.split(",")[0]
    long_org = len(org) > 34
    return {
        "inset": 18,
        "bw": d.pick([14, 16, 18]),
        "inner": 44,
        "edge": edge,
        "side": sides.get(edge, "#7f9fc0"),
        "ground": d.pick(["#ffffff", "#fdfcf8", "#fbfbfb"]),
        "title_ink": d.pick([edge, d.colors["accent"]]),
        "name_ink": d.pick(["#27ae60", "#1f7a4d", d.colors["accent"], edge]),
        "scriptf": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "wm_font": d.fonts[d.pick(["display", "sans", "cond"])],
        "wm_size": 18 if long_org else 22,
        "wm_ls": 1 if long_org else 2,
        "top": 92,
        "h1_gap": 40,
        "h1_size": d.pick([46, 50, 54]),
        "nm_size": 44 if len(name) < 26 else 36,
        "ti_size": 24 if len(title) < 40 else 20,
        "ft_bottom": 104,
        "hl_bottom": 62,
        "initials": initials,
        "org": org,
        "tagline": d.pick(TAGLINES),
        "heading": d.pick(
            [
                "Certificate of Completion",
                "Certificate of Training",
                "Certificate of Achievement",
                "Certificate of Recognition",
            ]
        ),
        "awarded_to": d.pick(
            [
                "This Certificate is awarded to",
                "This certificate is proudly awarded to",
                "This Certificate is presented to",
            ]
        ),
        "name": name,
        "for_line": d.pick(
            [
                "for the successful completion of the course",
                "for successfully completing the course",
                "in recognition of the successful completion of",
            ]
        ),
        "title": title,
        "s_a": d.pick(["The class was held", "Instruction was given", "Held"]),
        "span": span,
        "s_b": d.pick(["in", "at our training facility in", "in classrooms in"]),
        "city": city,
        "s_c": d.pick([", for a total of", ", and carries", "; credit awarded:"]),
        "hours": hours,
        "s_d": "."
        if hours_style == "words_cec"
        else d.pick([".", " of continuing education.", " toward IICRC renewal."]),
        "aw_label": d.pick(["Awarded on", "Awarded", "Issued on"]),
        "issued": d.other_date("issue", d.pick(["long", "ordinal", "short_month", "us_numeric"])),
        "instructor": d.person(),
        "instructor_role": d.pick(["Instructor", "IICRC Approved Instructor", "Lead Instructor"]),
        "officer": d.person(),
        "officer_role": d.pick(["Director of Education", "School Director", d.role()]),
        "ap_label": d.pick(["IICRC approval", "Course approval no.", "IICRC course no."]),
        "approval": approval,
        "no_label": d.pick(["Certificate No.", "Cert. #", "Certificate ID"]),
        "cert_no": d.number(),
        "street": street,
        "town": town,
    }
