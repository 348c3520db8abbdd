"""A landscape, left-aligned course certificate in a single thick frame: a
dark tab hangs over the frame's top edge near the right, with the heading in
small light capitals and a round dashed badge under it; top left, the
school's (or maker's or association's) wordmark, a square mark beside its
name over a small tagline, is the only place the provider is named; the body
runs flush left: a small grey lead-in, the holder's name large in a script
face and colour, a line and the course title in bold colour, then one or two
lines of small labelled details (the class dates as a span, where, the
instructor, sometimes the course approval number); along the foot, on the
left, the day the certificate was signed written alone above a handwritten
signature, a thick rule, the signer's name and role; on the right, a small
bold caption over the credit as a large figure on a thick rule, and a
certificate number in small type."""

SOURCE = (
    "avrinapratiwi/EZ-Eng:resources/views/certificate.blade.php with css/index6.css (a "
    "bordered landscape certificate, flush left, a dark ribbon tab hanging at the top right "
    "with the heading in capitals over a dashed round badge holding the logo, the school's "
    "wordmark top left, the recipient's name large in colour, the class name, and a footer "
    "with the date over the signature and signer on the left and a captioned large score on "
    "the right), re-drawn as a restoration training certificate with the CEC hours as the "
    "figure"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "script-name",
    "dark-band",
    "provider-in-logo",
    "date-range",
    "labelled",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:22px; border:3px solid ${dark} }
.tab { position:absolute; right:${tab_right}px; top:12px; width:150px; background:${dark}; color:#fff;
  padding:22px 12px 18px; text-align:center; box-shadow:0 4px 6px rgba(0,0,0,.25) }
.tab .t { font: bold 12px ${sans}; letter-spacing:1.4px; line-height:17px; text-transform:uppercase }
.tab .b { width:74px; height:74px; margin:14px auto 0; border-radius:50%; border:2px dashed rgba(255,255,255,.55);
  background:rgba(255,255,255,.1); display:flex; flex-direction:column; align-items:center; justify-content:center;
  font: bold 20px ${display}; letter-spacing:1px }
.tab .b small { font: 8.5px ${sans}; letter-spacing:1.2px; margin-top:2px; text-transform:uppercase; opacity:.85 }
.wm { position:absolute; left:70px; top:64px; display:flex; align-items:center; gap:14px; max-width:${wm_max}px }
.wm .sq { flex:none; width:46px; height:46px; background:${accent}; color:#fff; display:flex; align-items:center;
  justify-content:center; font: bold 17px ${display}; border-radius:${sq_radius} }
.wm .n { font: bold ${wm_size}px ${wm_face}; color:${dark}; line-height:1.15 }
.wm .n small { display:block; font: 11px ${sans}; color:#777; letter-spacing:1.6px; text-transform:uppercase; margin-top:3px; font-weight:normal }
.bd { position:absolute; left:70px; right:240px; top:${body_top}px; font-family:${sans} }
.bd .lead { font-size:16px; color:#666 }
.bd .nm { font: ${name_size}px ${script}; color:${name_color}; margin:8px 0 6px; line-height:1.15; white-space:nowrap }
.bd .mid { font-size:16px; color:#666 }
.bd .ti { font-size:${title_size}px; font-weight:bold; color:${name_color}; margin-top:5px; line-height:1.25 }
.bd .dl { margin-top:16px; font-size:13.5px; color:#333; line-height:21px }
.bd .dl span { white-space:nowrap; margin-right:22px }
.bd .dl b { color:#666; font-weight:600 }
.ft { position:absolute; left:70px; right:70px; bottom:58px; display:flex; justify-content:space-between;
  align-items:flex-end; font-family:${sans} }
.sg .dt { font-weight:bold; font-size:14px; margin-bottom:2px }
.sg .hw { font: 30px ${hand}; color:#1c2b66; height:44px; line-height:44px; white-space:nowrap; overflow:hidden; margin-bottom:4px }
.sg .sn { font-size:17px; font-weight:bold; color:${dark}; border-top:2px solid ${dark}; padding-top:5px; min-width:230px }
.sg .sr { font-size:12px; color:#777; margin-top:2px }
.cf { text-align:right; min-width:190px }
.cf .cap { font-size:13px; color:#777; font-weight:bold; margin-bottom:5px; letter-spacing:.4px }
.cf .v { display:inline-block; min-width:150px; border-top:2px solid ${dark}; padding-top:4px; font-size:40px;
  font-weight:bold; color:${name_color}; line-height:1.1 }
.cf .no { font-size:10.5px; color:#888; margin-top:6px }
</style>
<div class="fr"></div>
<div class="tab"><div class="t">${heading}</div><div class="b">${badge}<small>${badge_small}</small></div></div>
<div class="wm"><div class="sq">${initials}</div><div class="n">${org}<small>${tagline}</small></div></div>
<div class="bd">
 <div class="lead">${lead}</div>
 <div class="nm">${name}</div>
 <div class="mid">${middle}</div>
 <div class="ti">${title}</div>
 <div class="dl">${details_html}</div>
</div>
<div class="ft">
 <div class="sg"><div class="dt">${signed_on}</div><div class="hw">${signer}</div>
  <div class="sn">${signer}</div><div class="sr">${signer_role}</div></div>
 <div class="cf"><div class="cap">${fig_cap}</div><div class="v">${figure}</div><div class="no">${no_label} ${cert_no}</div></div>
</div>
"""

TAGLINES = {
    "school": ["Restoration Training Center", "IICRC Approved School", "Training & Certification"],
    "maker": ["Factory Training Program", "Technical Training Division", "Product Academy"],
    "association": ["Education Committee", "Member Education Program", "Technical Education"],
}


def fill(d):
    import html

    from corpus import values as V

    esc = lambda s: html.escape(s, quote=False)  # noqa: E731

    if d.org in V.ASSOCIATIONS:
        kind = "association"
    elif any(d.org == m for m, _ in V.MANUFACTURERS):
        kind = "maker"
    else:
        kind = "school"
    instructor = d.person()
    signer = d.person()
    org = d.provider()
    words = [w for w in org.replace("&", "").replace(",", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words[:2])
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    span = d.date_range(d.pick([1, 2, 2, 3]))
    signed_on = d.other_date("issue", d.pick(["long", "short_month", "us_numeric", "dmy_long"]))
    figure = d.hours_number()
    fig_cap = d.pick(
        ["IICRC CECs", "CEC HOURS", "Credit hours", "CECs earned", "Continuing education credits"]
    )

    details = [
        f"<b>{d.pick(['Class dates:', 'Course dates:', 'Dates:', 'Held:'])}</b> {esc(span)}",
        f"<b>{d.pick(['Location:', 'Where:', 'Venue:'])}</b> {esc(d.city())}",
        f"<b>{d.pick(['Instructor:', 'Lead instructor:', 'Taught by:'])}</b> {esc(instructor)}",
    ]
    if d.chance(0.5):
        details.append(
            f"<b>{d.pick(['IICRC approval no.', 'Course approval #', 'Approval:'])}</b> "
            f"{esc(d.approval())}"
        )
    lead, middle = d.pick(
        [
            ("This is to certify that", "has completed all classroom and hands-on requirements of"),
            ("This is to certify that", "has successfully completed the course"),
            ("This certificate is presented to", "for successfully completing the course"),
            ("Awarded to", "in recognition of completing"),
            ("Presented to", "for the completion of"),
        ]
    )
    n = len(name)
    return {
        "tab_right": d.pick([56, 70, 90]),
        "wm_max": 560,
        "sq_radius": d.pick(["0", "6px", "50%"]),
        "wm_size": 22 if len(org) < 32 else 19,
        "wm_face": d.pick([d.fonts["sans"], d.fonts["display"], d.fonts["cond"]]),
        "body_top": d.pick([270, 290]),
        "name_size": 54 if n <= 18 else 46 if n <= 26 else 38,
        "script": d.fonts["script"],
        "name_color": d.pick(["#00879a", "#1e6091", "#8b3a1a", "#2d6a4f", d.colors["dark"]]),
        "title_size": 24 if len(title) <= 40 else 21,
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "heading": d.pick(
            [
                "Certificate of Completion",
                "Certificate of Training",
                "Training Certificate",
                "Certificate of Achievement",
            ]
        ),
        "badge": d.pick([initials, "CEC", "\u2713"]),
        "badge_small": d.pick(["Approved", "Certified", "Training"]),
        "initials": initials,
        "org": org,
        "tagline": d.pick(TAGLINES[kind]),
        "lead": lead,
        "name": name,
        "middle": middle,
        "title": title,
        "details_html": "".join(f"<span>{x}</span>" for x in details),
        "signed_on": signed_on,
        "signer": signer,
        "signer_role": d.pick(
            ["Director of Training", "Training Manager", d.role(), "Education Coordinator"]
        ),
        "fig_cap": fig_cap,
        "figure": figure,
        "no_label": d.pick(["Certificate No.", "Cert. #", "Certificate ID"]),
        "cert_no": d.number(),
    }
