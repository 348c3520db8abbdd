"""A landscape certificate on a white sheet with solid geometric shapes in two
opposite corners. The show's word mark sits centred at the top, then a very
large script heading in a bright colour, a small-capitals line, the attendee
in a plain serif, and a small-capitals line naming the education session.
At the foot, left, a signature over the show's name with the signer's title
in bold; right, the date over a rule captioned "Date"; credit in a small line
between them."""

SOURCE = "NikkoOrbasido/certificates:3/pdf.blade.php"
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("landscape", "sentence", "distractor-person", "provider-in-logo")

TEMPLATE = """<style>
.k1 { position:absolute; left:0; top:0; width:300px; height:230px; background:${dark}; clip-path:polygon(0 0,100% 0,0 100%) }
.k2 { position:absolute; left:0; top:0; width:200px; height:330px; background:${accent}; clip-path:polygon(0 0,100% 0,0 100%); opacity:0.85 }
.k3 { position:absolute; right:0; bottom:0; width:300px; height:230px; background:${dark}; clip-path:polygon(100% 0,100% 100%,0 100%) }
.k4 { position:absolute; right:0; bottom:0; width:200px; height:330px; background:${accent}; clip-path:polygon(100% 0,100% 100%,0 100%); opacity:0.85 }
.c { position:absolute; left:120px; right:120px; top:96px; text-align:center; color:#0f1b3e }
.lg { display:inline-block; border:2px solid ${dark}; padding:6px 18px; font:bold 17px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${dark} }
.h { font:italic 88px ${flow}; color:${accent}; line-height:104px; margin-top:10px }
.sc { font:26px ${serif}; font-variant:small-caps; letter-spacing:1px; margin:14px 0 }
.nm { font:40px ${serif}; color:#000; margin:14px 0 22px }
.ses { font:bold 27px ${serif}; font-variant:small-caps; margin-top:10px; line-height:30px }
.ft { position:absolute; left:120px; right:190px; bottom:90px; display:flex; justify-content:space-between; align-items:flex-end; font-family:${sans} }
.ft .b { width:270px; text-align:center }
.ft .ln { border-bottom:1px solid #000 }
.sig { font:32px ${flow}; line-height:38px } .pv { font-size:16px; padding-bottom:2px } .cap { font-weight:bold; font-size:16px; margin-top:3px }
.cr { font-size:13px; color:#333; text-align:center; padding-bottom:6px }
</style>
<div class="k2"></div><div class="k1"></div><div class="k4"></div><div class="k3"></div>
<div class="c">
 <div class="lg">${logo}</div>
 <div class="h">${heading}</div>
 <div class="sc">${sub}</div>
 <div class="nm">${name}</div>
 <div class="sc">${post}</div>
 <div class="ses">${title}</div>
</div>
<div class="ft">
 <div class="b"><div class="ln"><div class="sig">${signer}</div><div class="pv">${event}</div></div><div class="cap">${role}</div></div>
 <div class="cr">${credit}</div>
 <div class="b"><div class="ln pv">${date}</div><div class="cap">Date</div></div>
</div>
"""


def fill(d):
    event = d.provider()
    return {
        "flow": d.pick(["'Z003', cursive", "'Dancing Script', cursive"]),
        "logo": d.org_alt or event,
        "heading": d.pick(["Certificate", "Attendance", "Certificate of Attendance"]),
        "sub": d.pick(["This certificate is presented to", "This is to certify that"]),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "post": d.pick(
            [
                "for attending the education session",
                "attended the continuing education session",
                "was present for the full session",
            ]
        ),
        "title": d.title("plain"),
        "signer": d.person(),
        "event": event,
        "role": d.pick(["Education Chair", "Show Director", "Program Manager"]),
        "credit": d.pick(["Approved for ", "Credit: ", ""])
        + d.hours(d.pick(["cec_hours", "cecs", "hours_title", "iicrc_cec"])),
        "date": d.date(d.pick(["long", "ordinal", "us_numeric", "weekday"])),
    }
