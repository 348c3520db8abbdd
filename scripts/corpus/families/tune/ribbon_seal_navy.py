"""A landscape award certificate with a navy ribbon hanging from the top edge
on the right, a thin gold rule inset from the edge, a big "CERTIFICATE" with a
smaller line under it, "is proudly presented to" over the name in a script
face on a gold underline, a paragraph holding the course and credit, a gold
seal at the bottom centre, and the date and a signer either side of it."""

SOURCE = "Suraj-0228/QuizMaster:certificate.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("ornate", "seal", "script-name", "landscape", "sentence", "distractor-person")

TEMPLATE = """<style>
.bd { position:absolute; inset:24px; border:2px solid #ce9c3a }
.rib { position:absolute; top:0; right:130px; width:84px; height:330px; background:${dark};
  clip-path:polygon(0 0,100% 0,100% 100%,50% 88%,0 100%) }
.rib span { position:absolute; top:40px; left:0; right:0; text-align:center; color:#e9c46a; font: bold 13px ${sans}; letter-spacing:2px; writing-mode:vertical-rl; transform:translateX(32px) }
.w { position:absolute; left:90px; right:260px; top:92px; font-family:${serif}; color:#1d2433 }
.t1 { font: bold 62px ${display}; letter-spacing:6px; color:${dark} }
.t2 { font: 20px ${sans}; letter-spacing:8px; color:#ce9c3a; margin-top:2px }
.pp { font: italic 18px ${serif}; margin-top:38px }
.nm { font-family:${script}; font-size:58px; line-height:76px; border-bottom:2px solid #ce9c3a; display:inline-block; padding-right:40px }
.txt { font-size:17px; line-height:27px; margin-top:16px; width:88% }
.seal { position:absolute; left:50%; bottom:42px; transform:translateX(-50%); width:118px; height:118px; border-radius:50%;
  background:radial-gradient(circle,#f2d27a 0 44%,#ce9c3a 45% 52%,#f2d27a 53% 58%,#b7862a 59%) }
.sd { position:absolute; bottom:70px; width:250px; text-align:center; font: 13px ${sans}; color:#333 }
.sd .v { font: 17px ${serif}; border-bottom:1px solid #333; padding-bottom:4px; margin-bottom:4px; color:#111 }
.sd .hand { font-family:${hand}; font-size:26px }
</style>
<div class="bd"></div><div class="rib"><span>${ribbon}</span></div>
<div class="w">
 <div class="t1">CERTIFICATE</div><div class="t2">${subtitle}</div>
 <div class="pp">${presented}</div>
 <div class="nm">${name}</div>
 <div class="txt">${sentence}</div>
</div>
<div class="seal"></div>
<div class="sd" style="left:110px"><div class="v">${date}</div>${date_label}</div>
<div class="sd" style="right:110px"><div class="v hand">${signer}</div>${signer}<br>${role}</div>
"""


def fill(d):
    org = d.provider()
    title = d.title(d.pick(["plain", "with_code"]))
    hours = d.hours(d.pick(["cec_hours", "words_cec", "credit_hours", "iicrc_cec"]))
    return {
        "ribbon": d.pick(["EXCELLENCE", "CE CREDIT", "ACHIEVEMENT"]),
        "subtitle": d.pick(["OF ACHIEVEMENT", "OF COMPLETION", "OF EXCELLENCE"]),
        "presented": d.pick(
            ["This certificate is proudly presented to", "is proudly presented to", "Awarded to"]
        ),
        "name": d.name("plain"),
        "sentence": d.pick(
            [
                f"for successfully completing {title} offered by {org}. {hours}.",
                f"in recognition of the successful completion of {title}, "
                f"presented by {org} — {hours}.",
            ]
        ),
        "date": d.date(d.pick(["long", "ordinal", "short_month"])),
        "date_label": "Date",
        "signer": d.person(),
        "role": d.role(),
    }
