"""A video-course library's certificate of completion: a white landscape
page, everything flush left in a plain sans. The school's wordmark at the
top, a small grey "Certificate of Completion", then a greeting ("Congratulations,
<name>") as the biggest line, the course title in bold, and one grey line
with the completion date and the running time of the videos after a bullet
(not the credit). A short encouraging paragraph and the content head's
signature follow. On the right, stacked bordered cards name each body that
accepts the course and what it grants: the IICRC card with the CEC hours
and the course approval number; sometimes a second card for another
body's contact hours. A certificate ID and a verification address sit at
the foot."""

SOURCE = (
    "wording and layout: video-library learning platforms' certificates of completion "
    "(LinkedIn Learning style: 'Congratulations, <name>', 'Course completed on <date> • "
    "<length>', and per-body credit panels such as NASBA CPE and PMI PDU boxes with the "
    "provider's sponsor number)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-hours",
    "left-aligned",
    "tiny-footer",
)

TEMPLATE = """<style>
.top { position:absolute; left:0; right:0; top:0; height:${bar}px; background:${accent} }
.l { position:absolute; left:70px; top:${l_top}px; width:${lw}px; font-family:${sans}; color:#1f1f1f }
.wm { display:flex; align-items:center; gap:10px; font: bold 19px ${sans}; color:${dark} }
.wm i { width:30px; height:30px; border-radius:6px; background:${dark}; flex:none }
.wm span { font-weight:normal; color:#666; font-size:15px; margin-left:4px }
.k { margin-top:64px; font-size:15px; color:#666; letter-spacing:${k_spacing}px; text-transform:${k_case} }
.g { margin-top:14px; font-size:${g_size}px; line-height:1.2; font-weight:300; color:#111 }
.t { margin-top:18px; font-size:${t_size}px; line-height:1.25; font-weight:bold; color:#111 }
.m { margin-top:12px; font-size:15.5px; color:#555 }
.p { margin-top:44px; font-size:14px; line-height:21px; color:#444; width:86% }
.sg { margin-top:56px; font-size:13px; color:#444; line-height:18px }
.sg .h { font: 30px ${hand}; color:#23306b; line-height:36px }
.r { position:absolute; right:60px; top:110px; width:${rw}px; font-family:${sans} }
.c { border:1px solid #cfcfcf; border-radius:4px; padding:16px 18px; margin-bottom:16px; font-size:13px; line-height:19px; color:#333 }
.c b { display:block; font-size:14px; color:#111; margin-bottom:6px; line-height:18px }
.c .v { font-size:${v_size}px; font-weight:bold; color:#111; margin:8px 0 6px }
.c em { font-style:normal; color:#666 }
.ft { position:absolute; left:70px; right:60px; bottom:34px; display:flex; justify-content:space-between; font: 11px ${sans}; color:#777 }
</style>
<div class="top"></div>
<div class="l">
 <div class="wm"><i></i>${org}<span>${product}</span></div>
 <div class="k">${kicker}</div>
 <div class="g">${greeting} ${name}</div>
 <div class="t">${title}</div>
 <div class="m">${completed_lead} ${date} &nbsp;&bull;&nbsp; ${length}</div>
 <div class="p">${para}</div>
 <div class="sg"><div class="h">${signer}</div>${signer}<br>${signer_role}</div>
</div>
<div class="r">
 <div class="c"><b>${body1}</b>${body1_text}<div class="v">${hours_label} ${hours}</div><em>${approval_label}</em> ${approval}</div>
 ${card2_html}
</div>
<div class="ft"><span>${cert_id_label} ${cert_id}</span><span>${verify}</span></div>
"""


def fill(d):
    import html

    r = d.rng
    minutes = int(d.credit * 60) - r.randrange(5, 40) if d.credit >= 1 else r.randrange(22, 29)
    h, m = divmod(max(minutes, 12), 60)
    length = d.pick(
        [
            (f"{h} hour{'s' if h != 1 else ''} " if h else "") + f"{m} min",
            f"{h}h {m}m" if h else f"{m}m",
            (f"{h} hr " if h else "") + f"{m} min of video",
        ]
    )
    card2 = ""
    if d.chance(0.45):
        contact = d.credit + d.pick([0.5, 1])
        card2 = (
            '<div class="c"><b>'
            + html.escape(
                d.pick(
                    [
                        "State contractor licensing board (informational)",
                        "Indoor air quality credentialing council",
                        "Continuing education unit (CEU)",
                    ]
                )
            )
            + "</b>"
            + html.escape(d.pick(["Contact hours", "Clock hours", "Instructional hours"]))
            + f': <b style="display:inline">{contact:g}</b><br><em>Sponsor no.</em> '
            + f"{r.randrange(1000, 9999)}-{r.randrange(10, 99)}</div>"
        )
    code = "".join(
        r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(22)
    )
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:16]
    return {
        "bar": d.pick([0, 6, 10]),
        "l_top": d.pick([70, 90]),
        "lw": d.pick([600, 620]),
        "rw": d.pick([260, 280]),
        "k_spacing": d.pick([0, 1, 2]),
        "k_case": d.pick(["none", "uppercase"]),
        "g_size": d.pick([38, 42, 46]),
        "t_size": d.pick([26, 28, 30]),
        "v_size": d.pick([16, 18]),
        "org": d.provider(),
        "product": d.pick(["Learning", "On Demand", "Video Library", "Online"]),
        "kicker": d.pick(["Certificate of Completion", "Certificate of completion", "Completion"]),
        "greeting": d.pick(["Congratulations,", "Congratulations,", "Well done,"]),
        "name": d.name(d.pick(["plain", "plain", "plain", "upper"])),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "completed_lead": d.pick(["Course completed on", "Completed", "Completed on"]),
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "short_month_dot"])),
        "length": length,
        "para": d.pick(
            [
                "By continuing to learn, you have sharpened your skills and kept your "
                "certification current. Keep this certificate with your CEC records.",
                "Your commitment to ongoing education keeps your crew safe and your customers "
                "confident. Thank you for learning with us.",
            ]
        ),
        "signer": d.person(),
        "signer_role": d.pick(["Head of Content", "Director of Online Learning", d.role()]),
        "body1": d.pick(
            [
                "Institute of Inspection, Cleaning and Restoration Certification (IICRC)",
                "IICRC Continuing Education",
                "IICRC Approved Course",
            ]
        ),
        "body1_text": d.pick(
            [
                "This course qualifies for IICRC continuing education credit.",
                "Approved for CECs toward IICRC certification renewal.",
                "",
            ]
        ),
        "hours_label": d.pick(["CECs:", "CEC hours:", "Credits:"]),
        "hours": d.hours_number(),
        "approval_label": d.pick(["Course approval no.", "Course #", "Approval number:"]),
        "approval": d.approval(),
        "card2_html": card2,
        "cert_id_label": d.pick(["Certificate ID:", "Certificate Id"]),
        "cert_id": code,
        "verify": f"https://learning.{slug}.com/certificates/{code[:10].lower()}",
    }
