"""A landscape award from an IACET accredited provider: a double frame with
corner ornaments, "Certificate of Continuing Education" in a display face,
one sentence that names the holder, the course, the days it was held and the
place, and awards the credit in CEUs beside the contact hours they stand for
(one CEU is ten contact hours, printed as a reminder under the sentence).
Below, the provider's IACET number, a certificate number, the issue date and
a signature."""

SOURCE = (
    "https://www.ieca.org/IECA/Education/IACET_CEU.aspx (one CEU equals ten contact hours; "
    "authorized-provider wording) and https://iacet.org/news/iacet-blog/blog-articles/"
    "six-steps-to-submitting-ceu-calculations (CEUs rounded to tenths)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "ornate",
    "sentence",
    "landscape",
    "hours-in-sentence",
    "date-range",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.f1 { position:absolute; inset:26px; border:5px double ${accent} }
.f2 { position:absolute; inset:40px; border:1px solid ${accent} }
.cn { position:absolute; width:44px; height:44px; border:3px solid ${accent}; border-radius:50%; background:${light} }
.w { position:absolute; inset:70px 96px 60px; text-align:center; font-family:${serif}; color:#222 }
.org { font: bold 17px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${dark} }
h1 { font: 44px ${display}; margin:30px 0 6px; color:${dark} }
.pre { font-size:17px; font-style:italic; margin-top:30px }
.nm { font: 40px ${script}; margin:12px auto 4px; border-bottom:1px solid #777; display:inline-block; padding:0 40px }
.s { font-size:19px; line-height:33px; margin:22px 30px 0 }
.s b { font-weight:bold }
.conv { font-size:12px; color:#555; margin-top:10px }
.pid { display:inline-flex; gap:26px; margin-top:22px; font: 12.5px ${sans}; color:#333; border-top:1px solid ${accent}; border-bottom:1px solid ${accent}; padding:6px 18px }
.bot { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end; font: 12px ${sans}; text-align:left }
.bot .sig { width:34%; text-align:center }
.bot .sig .h { font: 26px ${hand}; color:#1a2a6c; border-bottom:1px solid #333; height:36px }
.bot .meta { line-height:18px; color:#333 }
.seal { width:92px; height:92px; border-radius:50%; background:${accent}; color:#fff; display:flex; align-items:center; justify-content:center; text-align:center; font: bold 10px ${sans}; line-height:13px; box-shadow:0 0 0 4px #fff, 0 0 0 6px ${accent} }
</style>
<div class="f1"></div><div class="f2"></div>
<div class="cn" style="left:18px;top:18px"></div><div class="cn" style="right:18px;top:18px"></div>
<div class="cn" style="left:18px;bottom:18px"></div><div class="cn" style="right:18px;bottom:18px"></div>
<div class="w">
 <div class="org">${org}</div>
 <h1>${heading}</h1>
 <div class="pre">${pre}</div>
 <div class="nm">${name}</div>
 <div class="s">${s1} <b>${title}</b>, ${held} <b>${dates}</b> ${at} ${venue}, ${s2}
  <b>${ceu} ${ceu_unit}</b> (${hours} ${hours_unit}).</div>
 <div class="conv">${conv}</div>
 <div class="pid"><span>${pid_label} ${pid}</span><span>${minutes} instructional minutes</span><span>${delivery}</span></div>
 <div class="bot">
  <div class="meta">${iacet_label} ${iacet}<br>${cert_label} ${cert}<br>${issued_label} ${issued}</div>
  <div class="seal">IACET<br>${seal_html}</div>
  <div class="sig"><div class="h">${signer}</div>${signer}, ${role}</div>
 </div>
</div>
"""


def fill(d):
    from decimal import ROUND_HALF_UP, Decimal

    ceu = Decimal(str(d.credit / 10)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    ceu = max(ceu, Decimal("0.1"))
    signer = d.person()
    return {
        "org": d.provider(),
        "heading": d.pick(
            ["Certificate of Continuing Education", "Continuing Education Certificate"]
        ),
        "pre": d.pick(["This is to certify that", "Be it known that", "This certifies that"]),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "s1": d.pick(["has satisfactorily completed", "successfully completed"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "held": d.pick(["held", "presented", "conducted"]),
        "dates": d.date_range(),
        "at": d.pick(["at", "in"]),
        "venue": d.venue(),
        "s2": d.pick(["and is hereby awarded", "and has earned", "and is awarded"]),
        "ceu": f"{ceu}",
        "ceu_unit": d.pick(["IACET CEUs", "Continuing Education Units (CEUs)", "CEUs"]),
        "hours": d.hours_number(),
        "hours_unit": d.pick(["contact hours", "CEC hours", "clock hours"]),
        "conv": d.pick(
            [
                "One (1) IACET CEU equals ten (10) contact hours of participation.",
                "1 CEU = 10 contact hours · 1 contact hour = 60 minutes",
                "CEUs are calculated at 0.1 CEU per contact hour and rounded to the nearest tenth.",
            ]
        ),
        "pid_label": d.pick(["Program ID:", "Activity No.", "Event code:"]),
        "pid": f"{d.rng.randrange(100, 999)}-{d.rng.randrange(10, 99)}",
        "minutes": f"{round(d.credit * 60):,}",
        "delivery": d.pick(["Classroom", "Instructor-led", "Live, in person", "Hands-on lab"]),
        "iacet_label": d.pick(["IACET Accredited Provider #", "IACET Provider No."]),
        "iacet": f"{d.rng.randrange(1000, 9999)}",
        "cert_label": d.pick(["Certificate No.", "Certificate ID:"]),
        "cert": d.number(),
        "issued_label": d.pick(["Issued:", "Date issued:", "Issue date:"]),
        "issued": d.other_date("issue"),
        "seal_html": d.pick(["ACCREDITED<br>PROVIDER", "AUTHORIZED<br>PROVIDER"]),
        "signer": signer,
        "role": d.role(),
    }
