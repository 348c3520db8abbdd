"""A landscape training certificate from a hands-on training centre (a maker's
factory school, an approved school or an association): a dark page with a
white panel whose top-left and bottom-right corners are cut into large
quarter rounds, the provider named only in a centred letterhead between two
copies of its mark, a row with the certificate number on a dotted line at the
left, a small coloured heading in the middle and the issue date on a dotted
line at the right, then one sentence broken into printed words and filled-in
values on dotted lines (the trainee, the employer, the course, the first and
last day as "from ... to ...", the days attended out of the days held and the
credit earned), a closing line on the hands-on work, and the course
coordinator and training director signing at the two lower corners either
side of a rosette seal."""

SOURCE = (
    "ringku369/Skill_And_Certification_With_Laravel:resources/views/frontend/trainee/"
    "certificate/certificate-two.blade.php (coloured page, white panel with opposed rounded "
    "corners, twin logos over a centred letterhead, 'No' and 'Date' on dotted lines beside "
    "the heading, 'Certified that ... from ... to ...', 'out of total ... working days', "
    "coordinator and director signing); manufacturers' hands-on factory classes approved "
    "for IICRC CECs"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "fill-lines",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${dark} }
.pn { position:absolute; inset:26px; background:#fff; border-top-left-radius:130px; border-bottom-right-radius:130px }
.pn:after { content:''; position:absolute; inset:10px; border:1.5px solid ${accent}; border-top-left-radius:122px; border-bottom-right-radius:122px }
.hd { position:absolute; left:120px; right:120px; top:44px; display:flex; align-items:center; justify-content:space-between }
.lg { width:64px; height:64px; background:${dark}; color:#fff; display:flex; align-items:center; justify-content:center; font: bold 21px ${display}; transform:rotate(45deg); border-radius:8px }
.lg span { transform:rotate(-45deg) }
.lh { text-align:center; flex:1; padding:0 20px }
.lh .o { font: bold 23px ${display}; color:${dark}; letter-spacing:0.5px }
.lh .s { font: 14px ${sans}; color:#333; margin-top:4px }
.lh .a { font: 12px ${sans}; color:#666; margin-top:3px }
.w { position:absolute; left:92px; right:92px; top:186px; font: 18px ${face}; color:#222 }
.top { display:flex; align-items:flex-end; justify-content:space-between }
.top .c { font: bold 21px ${sans}; color:${accent}; letter-spacing:3px; text-transform:uppercase; white-space:nowrap }
.top > div:not(.c) { width:29%; display:flex; align-items:flex-end; gap:6px; font-size:16px }
.top > div:last-child { justify-content:flex-end }
.f { flex:1; border-bottom:3px dotted #555; text-align:center; font: italic 16px ${serif}; color:#111; padding:0 4px 1px; white-space:nowrap }
.top .f { flex:none; min-width:120px }
.r { display:flex; align-items:flex-end; gap:10px; margin-top:25px; white-space:nowrap }
.r .p { font: italic 19px ${face}; color:#333 }
.r .f { font: italic bold 18px ${serif} }
.r .f.sm { flex:0 0 70px }
.cl { margin-top:30px; font: italic bold 16.5px ${face}; color:#333 }
.sg { position:absolute; left:120px; right:120px; bottom:56px; display:flex; justify-content:space-between; font-family:${sans} }
.sg > div { width:240px; text-align:center; font-size:13px; color:#333 }
.sg .h { font: 28px ${hand}; color:#1c2f6b; height:34px; white-space:nowrap }
.sg .nm { border-top:1px solid #333; padding-top:4px }
.seal { position:absolute; left:50%; bottom:48px; width:96px; height:96px; margin-left:-48px; border-radius:50%;
  background:repeating-conic-gradient(${accent} 0 6deg, ${accent}bb 6deg 12deg); display:flex; align-items:center; justify-content:center }
.seal span { width:72px; height:72px; border-radius:50%; border:2px solid #fff; color:#fff; display:flex; align-items:center; justify-content:center; font: bold 17px ${display} }
.sg b { display:block; font-size:13.5px; letter-spacing:1px; text-transform:uppercase; margin-top:2px }
</style>
<div class="bg"></div>
<div class="pn"></div>
<div class="hd"><div class="lg"><span>${mark}</span></div>
 <div class="lh"><div class="o">${org}</div><div class="s">${org_sub}</div><div class="a">${addr}</div></div>
 <div class="lg"><span>${mark}</span></div></div>
<div class="w">
 <div class="top"><div>${no_label} <span class="f">${cert_no}</span></div><div class="c">${heading}</div>
  <div>${date_label} <span class="f">${issued}</span></div></div>
 <div class="r" style="margin-top:30px"><span class="p">${p_name}</span><span class="f">${name}</span></div>
 <div class="r"><span class="p">${p_employer}</span><span class="f">${employer}</span><span class="p">${p_attended}</span></div>
 <div class="r"><span class="p">${p_course}</span><span class="f">${title}</span></div>
 ${dates_html}
 <div class="r"><span class="p">${p_total}</span><span class="f sm">${days_held}</span><span class="p">${p_days}</span><span class="f sm">${days_attended}</span><span class="p">${p_credit}</span><span class="f sm">${hours}</span><span class="p">${p_unit}</span></div>
 <div class="cl">${closing}</div>
</div>
<div class="seal"><span>${mark}</span></div>
<div class="sg"><div><div class="h">${coord}</div><div class="nm">${coord}</div><b>${coord_role}</b></div>
 <div><div class="h">${director}</div><div class="nm">${director}</div><b>${director_role}</b></div></div>
"""

EMPLOYERS = [
    "Blue Ribbon Restoration, LLC",
    "DryTech Water & Fire Services",
    "All-Pro Cleaning & Restoration",
    "Cornerstone Property Recovery",
    "Rapid Response Restoration Inc.",
    "Heritage Carpet Care",
    "Tri-County Disaster Services",
    "Pinnacle Mitigation Group",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    held = max(1, min(4, round(d.credit / 7 + 0.3)))
    style = d.pick(["us_numeric", "long", "short_month", "dd_mon_yyyy", "ordinal"])
    start = d.completed - timedelta(days=held - 1)
    if held > 1:
        dates_html = (
            f'<div class="r"><span class="p">{html.escape(d.pick(["held from", "from"]))}</span>'
            f'<span class="f">{html.escape(fmt_date(start, style))}</span>'
            f'<span class="p">to</span><span class="f">{html.escape(d.date(style))}</span></div>'
        )
    else:
        dates_html = (
            f'<div class="r"><span class="p">{html.escape(d.pick(["held on", "on"]))}</span>'
            f'<span class="f">{html.escape(d.date(style))}</span></div>'
        )
    street, town = d.address()
    org = d.provider()
    if org in [m for m, _ in V.MANUFACTURERS]:
        subs = [
            "Factory Training Center",
            "Technical Training Department",
            "Hands-On Training Academy",
        ]
        courses = ["the factory training course", "our hands-on training class", "the course"]
    elif org in V.ASSOCIATIONS:
        subs = ["Education Committee", "Technical Training Program", "Member Education"]
        courses = ["the association training course", "the course"]
    else:
        subs = ["IICRC Approved School", "Training Center", "Classroom & Hands-On Training"]
        courses = ["the certification course", "the training course", "the course"]
    words = [w for w in org.replace("&", " ").split() if w[:1].isupper()]
    return {
        "face": d.pick([d.fonts["serif"], d.fonts["display"]]),
        "mark": "".join(w[0] for w in words)[:3],
        "org": org,
        "org_sub": d.pick(subs),
        "addr": f"{street}, {town}",
        "no_label": d.pick(["No", "No.", "Cert. No"]),
        "cert_no": d.number(),
        "heading": d.pick(["Certificate", "Certificate of Training"]),
        "date_label": "Date:",
        "issued": d.other_date("issue", style),
        "p_name": d.pick(["Certified that", "This is to certify that"]),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "p_employer": d.pick(["of", "an employee of", "a technician of"]),
        "employer": d.pick(EMPLOYERS),
        "p_attended": d.pick(["has attended", "attended"]),
        "p_course": d.pick(courses),
        "title": d.title(d.pick(["plain", "with_code"])),
        "dates_html": dates_html,
        "p_total": d.pick(["Out of a total of", "Of a total of"]),
        "days_held": str(held),
        "p_days": d.pick(["training days, attended", "class days, was present on"]),
        "days_attended": str(held),
        "p_credit": d.pick(["and earned", "earning"]),
        "hours": d.hours_number(),
        "p_unit": d.pick(["IICRC CECs.", "CEC hours.", "continuing education credits."]),
        "closing": d.pick(
            [
                "During the course the trainee took an active part in all set-up and operating exercises.",
                "During the training the trainee paid due attention to the practical work.",
                "We thank the trainee for attending and wish every success in the field.",
            ]
        ),
        "coord": d.person(),
        "coord_role": d.pick(["Course Coordinator", "Lead Trainer"]),
        "director": d.person(),
        "director_role": d.pick(["Director of Training", "Training Manager"]),
    }
