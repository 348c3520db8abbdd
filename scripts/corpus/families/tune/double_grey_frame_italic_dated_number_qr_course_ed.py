"""A landscape certificate from a Laravel view that issues certificates with
a QR code: a 10 px grey frame with a 5 px grey frame inside it, and centred
lines separated by blank lines: "Certificate of Completion" bold at 50 px,
an italic "This is to certify that", the name in bold, an italic "has
completed the course", the course, the word "number" with the certificate
number in bold, then an italic "dated" over the date at 30 px. The credit
is a small line under the course. The school is never named on the face:
only the web address under the QR code in the lower right corner gives it
away."""

SOURCE = "ilyaKryazh/QrCode:resources/views/certificate.blade.php"
KIND = "course"
PAPER = "letter-landscape"
CATEGORIES = ("landscape", "plain", "sentence", "qr", "labelled")

TEMPLATE = """<style>
.o { position:absolute; left:60px; right:60px; top:44px; bottom:44px; border:10px solid #787878; padding:20px }
.i { position:absolute; inset:20px; border:5px solid #787878; text-align:center; font-family:${face}; color:#111; padding-top:${top_pad}px }
.a { font-size:50px; font-weight:bold; line-height:58px }
.it { font-size:25px; font-style:italic; line-height:30px }
.v { font-size:30px; line-height:36px }
.h { font-size:17px; line-height:22px; color:#333 }
.nb { font-size:20px; line-height:26px }
.g1 { height:26px } .g2 { height:12px } .g3 { height:40px }
.qr { position:absolute; right:12px; bottom:12px; width:170px; text-align:center; font: 9px ${sans}; color:#555 }
.qr div { width:84px; height:84px; margin:0 auto 3px; background:
  linear-gradient(90deg, #000 0 12%, transparent 12% 24%, #000 24% 30%, transparent 30% 46%, #000 46% 58%, transparent 58% 70%, #000 70% 76%, transparent 76% 88%, #000 88%),
  linear-gradient(0deg, #fff 0 10%, transparent 10% 22%, #fff 22% 34%, transparent 34% 52%, #fff 52% 60%, transparent 60% 78%, #fff 78% 86%, transparent 86%);
  background-blend-mode: lighten; outline:4px solid #fff; box-shadow: 0 0 0 5px #000 }
</style>
<div class="o"><div class="i">
 <div class="a">${heading}</div><div class="g1"></div>
 <div class="it">This is to certify that</div><div class="g2"></div>
 <div class="v"><b>${name}</b></div><div class="g2"></div>
 <div class="it">${completed}</div><div class="g2"></div>
 <div class="v">${title}</div>
 <div class="h">${hours}</div><div class="g2"></div>
 <div class="nb">number <b>${number}</b></div><div class="g3"></div>
 <div class="it">dated</div>
 <div class="v">${date}</div>
 <div class="qr"><div></div>${url}</div>
</div></div>
"""


def fill(d):
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    return {
        "face": d.fonts[d.pick(["serif", "serif", "sans"])],
        "top_pad": 30 if len(title) <= 50 else 20,
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Completion", "Certificate of Training"]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "completed": d.pick(
            ["has completed the course", "has completed the course", "has completed the class"]
        ),
        "title": title,
        "hours": d.pick(["({})", "Credit: {}", "{}"]).format(
            d.hours(d.pick(["cec_hours", "cecs", "iicrc_cec"]))
        ),
        "number": d.pick(
            [d.number(), f"{d.completed.year}/{d.rng.randrange(10, 999)}", d.number("CC-")]
        ),
        "date": d.date(d.pick(["long", "us_numeric", "dmy_long", "short_month", "iso"])),
        "url": f"{d.web()}/verify",
    }
