"""A landscape certificate drawn with a PDF library: a thin double rule in
one colour, a light sans heading, the holder in bold colour, an italic line
over the course set large (it may wrap to two lines), a small hours line;
two signatures stacked at the lower left, the date over a rule in the
middle, the school's wordmark and a partner mark at the lower right, and a
small provider number under the date."""

SOURCE = "jrodbray/dac:app/View/Enrollments/sa+a_certificates.ctp"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("landscape", "sentence", "provider-in-logo", "distractor-person")

TEMPLATE = """<style>
.r1 { position:absolute; inset:34px; border:3px solid ${rule} }
.r2 { position:absolute; inset:39px; border:1px solid ${rule} }
.w { position:absolute; left:90px; right:90px; top:${top}px; text-align:center; font-family:${face} }
.h { font-size:40px; font-weight:300; color:#222; letter-spacing:0.5px }
.nm { font-size:44px; font-weight:bold; color:${rule}; margin-top:22px; line-height:52px }
.it { font-size:22px; font-style:italic; color:#222; margin-top:14px }
.ct { font-size:36px; color:#111; margin:18px auto 0; line-height:44px; max-width:820px }
.hr { font-size:15px; margin-top:14px; color:#222 }
.sg { position:absolute; left:120px; width:230px; font: 14px ${face}; color:#222 }
.sg .hand { font: 28px ${sig_font}; color:#1b2a5a; height:34px; white-space:nowrap }
.sg .ln { border-top:1px solid #333; padding-top:3px }
.dt { position:absolute; left:50%; margin-left:-110px; width:220px; text-align:center; font: 16px ${face} }
.dt .ln { border-top:1px solid #333; margin-top:4px; padding-top:3px; font-size:12px; color:#444 }
.logo { position:absolute; right:92px; text-align:right }
.wm { font: bold 19px ${display}; color:${dark}; border-left:6px solid ${rule}; padding:4px 0 4px 10px; max-width:300px; text-align:left; line-height:22px }
.pm { display:inline-block; margin-top:14px; border:2px solid ${dark}; border-radius:4px; padding:3px 10px; font: bold 12px ${sans}; color:${dark}; letter-spacing:1px }
.rep { position:absolute; left:0; right:0; text-align:center; font: 12px ${face}; color:#333 }
</style>
<div class="r1"></div><div class="r2"></div>
<div class="w">
 <div class="h">${heading}</div>
 <div class="nm">${name}</div>
 <div class="it">${lead}</div>
 <div class="ct">${title}</div>
 <div class="hr">${hours}</div>
</div>
<div class="sg" style="bottom:${sig1_bottom}px"><div class="hand">${signer1}</div><div class="ln">${signer1} &middot; ${role1}</div></div>
<div class="sg" style="bottom:${sig2_bottom}px"><div class="hand">${signer2}</div><div class="ln">${signer2} &middot; ${role2}</div></div>
<div class="dt" style="bottom:${date_bottom}px">${date}<div class="ln">${date_label}</div></div>
<div class="logo" style="bottom:${logo_bottom}px"><div class="wm">${org}</div><div class="pm">${partner}</div></div>
<div class="rep" style="bottom:52px">${rep}</div>
"""


def fill(d):
    rep = ""
    if d.chance(0.6):
        rep = f"{d.pick(['CEC Approval No.', 'IICRC Course No.', 'Approval #'])} {d.approval()}"
    return {
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "rule": d.pick(["#0076a3", "#1e6091", "#2d6a4f", "#6a4c93", "#8b0000"]),
        "heading": d.pick(
            ["Certificate of Achievement", "Certificate of Completion", "Certificate of Training"]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "lead": d.pick(
            [
                "Has completed the following course",
                "has successfully completed the following course",
                "Has completed the course",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "hours": d.hours(d.pick(["hours_title", "cec_hours", "contact_and_cec", "credit_hours"])),
        "signer1": d.person(),
        "role1": d.pick(["Lead Instructor", "Course Author", "Instructor"]),
        "signer2": d.person(),
        "role2": d.pick(["Director of Training", "President", "Program Manager"]),
        "top": d.pick([80, 110, 130]),
        "sig_font": d.pick(["'Dancing Script', cursive", "'Z003', cursive"]),
        "sig1_bottom": 150,
        "sig2_bottom": 82,
        "date": d.date(d.pick(["long", "us_numeric", "short_month", "dmy_long", "iso"])),
        "date_label": d.pick(["Date", "Date Completed", "Issued"]),
        "date_bottom": 82,
        "org": d.provider(),
        "partner": d.pick(["IICRC APPROVED SCHOOL", "CEC PROVIDER", "MEMBER · RIA", "ANSI/IICRC"]),
        "logo_bottom": 84,
        "rep": rep,
    }
