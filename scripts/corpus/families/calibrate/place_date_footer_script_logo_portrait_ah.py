"""A portrait certificate printed over a full-page background artwork (tinted
corner blocks and a pair of thin diagonal rules down the left edge): the
text sits in a narrow centred column in the upper half, an upper-case,
letter-spaced heading, "This is to certify that", the holder's name large in
a script face, "has successfully completed the course", the course title in
a large display face and a short sentence with the hours. Below the column
the school's emblem with its name set as a wordmark is the only place the
school is named. The foot is a two-column table: at the left the place and
date of issue on one line ("Dallas, TX, 3rd February 2024"), then a bold
certificate-ID label over an ID like "48/2024" and sometimes an approval
line; at the right a handwritten signature over a rule, the signer's name in
bold and the signer's role."""

SOURCE = (
    "coders-school/site:edu/certificates/templates/template_11/certificate.php "
    "(with template_11/pdf.css: background artwork, centred column, place-date and "
    "certificate-ID footer table with the signer at the right)"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "script-name",
    "sentence",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${paper} }
.blk1 { position:absolute; right:0; top:0; width:270px; height:190px; background:${accent}; opacity:.16;
  clip-path: polygon(30% 0, 100% 0, 100% 100%) }
.blk2 { position:absolute; left:0; bottom:0; width:330px; height:230px; background:${dark}; opacity:.13;
  clip-path: polygon(0 0, 100% 100%, 0 100%) }
.rule1, .rule2 { position:absolute; top:-40px; bottom:-40px; width:2px; background:${accent}; opacity:.5; transform:rotate(8deg) }
.rule1 { left:46px } .rule2 { left:58px; opacity:.3 }
.col { position:absolute; left:${col_left}px; width:${col_w}px; top:${col_top}px; text-align:center; font-family:${bodyf}; color:#333 }
.col h3 { margin:0; font: ${head_weight} ${head_size}px ${headf}; letter-spacing:${head_ls}px; text-transform:uppercase; color:#2b2b2b }
.col .p { font-size:19px; line-height:26px; margin-top:26px }
.col .nm { font: ${name_size}px ${scriptf}; color:${ink}; margin:18px 0 10px; line-height:1.15 }
.col .ti { font: ${title_weight} ${title_size}px ${displayf}; color:${ink}; margin:18px 0 14px; line-height:1.15 }
.col .hr { font-size:15px; line-height:22px; color:#444 }
.logo { position:absolute; left:0; right:0; top:${logo_top}px; display:flex; justify-content:center; align-items:center; gap:20px }
.em { width:64px; height:64px; border-radius:${em_radius}; background:${dark}; color:#fff; display:flex;
  align-items:center; justify-content:center; font: bold 22px ${display}; box-shadow: 0 0 0 4px ${paper}, 0 0 0 6px ${dark} }
.wm { font: bold ${wm_size}px ${wmf}; color:${dark}; letter-spacing:${wm_ls}px; line-height:1; text-transform:${wm_case}; white-space:nowrap }
.tag { position:absolute; left:0; right:0; top:${tag_top}px; text-align:center; font: 10px ${sans}; letter-spacing:2.5px; color:#666; text-transform:uppercase }
.ft { position:absolute; left:${col_left}px; width:${ft_w}px; bottom:${ft_bottom}px; font-family:${sans}; color:#333 }
.ft table { width:100%; border-collapse:collapse }
.ft td { vertical-align:bottom; padding:0 }
.ft td.l { width:58% } .ft td.r { text-align:right }
.ft p { font-size:15px; line-height:20px }
.ft .id { margin-top:14px } .ft .ap { font-size:11px; color:#555; margin-top:4px }
.sg { font: 30px ${handf}; color:${pen}; height:38px; white-space:nowrap }
.sn { border-top:1px solid #333; padding-top:7px; display:inline-block; min-width:190px; text-align:right; font-size:15px }
.sr { font-size:12px; color:#555; margin-top:3px }
</style>
<div class="bg"></div><div class="blk1"></div><div class="blk2"></div><div class="rule1"></div><div class="rule2"></div>
<div class="col">
 <h3>${heading}</h3>
 <div class="p">${certify}</div>
 <div class="nm">${name}</div>
 <div class="p" style="margin-top:4px">${completed}</div>
 <div class="ti">${title}</div>
 <div class="hr">${hours_line}</div>
</div>
<div class="logo"><div class="em">${initials}</div><div class="wm">${provider}</div></div>
<div class="tag">${tagline}</div>
<div class="ft"><table>
 <tr><td class="l"><p>${place_date}</p></td><td class="r"><div class="sg">${signature}</div></td></tr>
 <tr><td class="l"><p class="id"><b>${id_label}</b></p></td><td class="r"><div class="sn"><b>${signer}</b></div></td></tr>
 <tr><td class="l"><p>${cert_id}</p>${approval_html}</td><td class="r"><div class="sr">${signer_role}</div></td></tr>
</table></div>
"""


def fill(d):
    import html

    provider = d.provider(d.pick([None, None, "upper"]))
    words = [w for w in d.org.replace("&", " ").replace(",", " ").split() if w[0].isupper()]
    initials = "".join(w[0] for w in words if w not in ("LLC", "Inc."))[:3]
    signer = d.person()
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    long_title = len(title) > 34
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    hours = d.hours(d.pick(["cec_hours", "words", "hours_title", "words_cec", "ceu_and_cec"]))
    hours_line = d.pick(
        [
            f"and was awarded {hours}.",
            f"a program of {hours} of continuing education.",
            f"for a total of {hours}.",
        ]
    )
    if "Credits" in hours or "CEUs" in hours:
        hours_line = d.pick([f"and was awarded {hours}.", f"earning {hours}."])
    date = d.date(
        d.pick(["ordinal_dmy", "ordinal_dmy", "dmy_long", "long", "ordinal", "short_month"])
    )
    place = d.city()
    logo_top = d.pick([640, 680, 700])
    approval_html = ""
    if d.chance(0.4):
        label = d.pick(["IICRC approved course no.", "Course approval #", "Approval no."])
        approval_html = f'<p class="ap">{html.escape(label)} {html.escape(d.approval())}</p>'
    return {
        "paper": d.pick(["#ffffff", "#fdfbf6", "#fbfcfd"]),
        "ink": d.pick(["#8b3536", d.colors["dark"], d.colors["accent"], "#2a3f6b"]),
        "pen": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "bodyf": d.pick([d.fonts["sans"], d.fonts["serif"]]),
        "headf": d.pick([d.fonts["cond"], d.fonts["sans"], d.fonts["mono"]]),
        "head_weight": d.pick(["normal", "bold"]),
        "head_size": d.pick([30, 34, 38]),
        "head_ls": d.pick([2, 4, 6]),
        "scriptf": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "displayf": d.pick([d.fonts["display"], d.fonts["cond"], d.fonts["serif"]]),
        "wmf": d.pick([d.fonts["sans"], d.fonts["display"], d.fonts["cond"]]),
        "col_left": 115,
        "col_w": 560,
        "col_top": d.pick([96, 110, 124]),
        "name_size": 52 if len(name) < 24 else 44,
        "title_size": 30 if long_title else 38,
        "title_weight": d.pick(["normal", "bold"]),
        "logo_top": logo_top,
        "tag_top": logo_top + 86,
        "em_radius": d.pick(["50%", "10px", "0"]),
        "wm_size": 15 if len(provider) > 32 else 18 if len(provider) > 24 else 22,
        "wm_ls": d.pick([0, 1]),
        "wm_case": d.pick(["none", "uppercase"]),
        "ft_w": 590,
        "ft_bottom": d.pick([70, 84]),
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Completion", "Course Certificate"]
        ),
        "certify": d.pick(["This is to certify that", "This certifies that", "We certify that"]),
        "name": name,
        "completed": d.pick(
            [
                "has successfully completed the course",
                "has successfully completed the training course",
                "has completed all requirements of the course",
            ]
        ),
        "title": title,
        "hours_line": hours_line,
        "initials": initials,
        "provider": provider,
        "tagline": d.pick(["Training & certification", "Restoration education", "Since 1998", ""]),
        "place_date": f"{place}, {date}",
        "signature": f"{signer.split()[0][0]}. {signer.split()[-1]}" if d.chance(0.4) else signer,
        "id_label": d.pick(["Valid Certificate ID", "Certificate ID", "Certificate no."]),
        "cert_id": f"{d.rng.randrange(12, 999)}/{d.completed.year}",
        "approval_html": approval_html,
        "signer": signer,
        "signer_role": d.role(),
    }
