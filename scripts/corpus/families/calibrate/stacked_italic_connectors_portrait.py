"""A portrait certificate in two nested grey borders (a heavy outer one and a
lighter inner one), where every value sits on its own line between short
italic connector lines: a bold heading, "This is to certify that", the name
in bold, "has completed the course", the course, "number" with the course's
approval number, "carrying" with the credit, "dated" with the completion
date. The provider does not appear in the text at all: it is only the
square emblem and wordmark centred at the foot, with a small address line."""

SOURCE = "ilyaKryazh/QrCode:resources/views/certificate.blade.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("portrait", "ornate", "provider-in-logo")

TEMPLATE = """<style>
.b1 { position:absolute; inset:28px; border:12px solid #787878 }
.b2 { position:absolute; inset:50px; border:5px solid #9a9a9a }
.w { position:absolute; inset:90px 80px; text-align:center; font-family:${face}; color:#1b1b1b }
h1 { font-size:${h1_px}px; font-weight:bold; margin:20px 0 46px; line-height:1.15 }
.i { font-style:italic; font-size:22px; color:#444; margin:0 0 10px }
.v { font-size:27px; margin:0 0 34px; line-height:1.25 }
.v.n { font-size:34px; font-weight:bold; white-space:nowrap }
.v b { font-weight:bold }
.lg { position:absolute; left:0; right:0; bottom:0; display:flex; flex-direction:column; align-items:center }
.sq { width:44px; height:44px; background:${dark}; transform:rotate(45deg); display:flex; align-items:center; justify-content:center; margin-bottom:14px }
.sq span { transform:rotate(-45deg); color:#fff; font: bold 14px ${sans} }
.wm { font: bold 17px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${dark} }
.ad { font: 11px ${sans}; color:#666; margin-top:3px }
</style>
<div class="b1"></div><div class="b2"></div>
<div class="w">
 <h1>${heading}</h1>
 <div class="i">${c1}</div>
 <div class="v n">${name}</div>
 <div class="i">${c2}</div>
 <div class="v" style="font-size:${title_px}px; white-space:nowrap">${title}</div>
 <div class="i">number</div>
 <div class="v"><b>${approval}</b></div>
 <div class="i">${c3}</div>
 <div class="v">${hours}</div>
 <div class="i">dated</div>
 <div class="v">${date}</div>
 <div class="lg"><div class="sq"><span>${mark}</span></div><div class="wm">${org}</div><div class="ad">${street} &middot; ${town}</div></div>
</div>
"""


def fill(d):
    street, town = d.address()
    org = d.provider("upper")
    words = [w for w in (d.org_alt or d.org).split() if w[:1].isupper()]
    return {
        "face": d.pick([d.fonts["serif"], d.fonts["sans"]]),
        "heading": d.pick(["Certificate of Completion", "Certificate of Course Completion"]),
        "h1_px": d.pick([40, 44]),
        "c1": "This is to certify that",
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "c2": d.pick(["has completed the course", "has successfully completed"]),
        "title": (title := d.title()),
        "title_px": 27 if len(title) < 38 else 22 if len(title) < 48 else 18,
        "approval": d.approval(),
        "c3": d.pick(["carrying", "for", "approved for"]),
        "hours": d.hours(d.pick(["cec_hours", "words", "cecs", "hours_title"])),
        "date": d.date(d.pick(["long", "dmy_long", "ordinal", "us_numeric", "weekday"])),
        "mark": "".join(w[0] for w in words)[:2],
        "org": org,
        "street": street,
        "town": town,
    }
