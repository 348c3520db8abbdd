"""A thick yellow outer border and a dark inner one, CERTIFICATE in widely
letter-spaced capitals over an italic "OF ACHIEVEMENT", the name in blue on a
rule, and a round seal in the corner."""

SOURCE = "celionatti/plugs:src/Pdf/Templates/certificate.plug.php"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = ("ornate", "seal", "letter-spaced", "landscape", "sentence", "distractor-person")

TEMPLATE = """<style>
.o { position:absolute; inset:20px; border:20px solid ${gold}; padding:20px }
.i { border:5px solid ${dark}; height:100%; padding:34px 40px; text-align:center; font-family:${serif}; color:${dark} }
.h { font-size:50px; font-weight:bold; text-transform:uppercase; letter-spacing:${spacing}px }
.n { font-size:44px; font-weight:bold; border-bottom:2px solid ${dark}; display:inline-block; margin:16px 0; padding:0 50px; color:#2980b9 }
.seal { position:absolute; right:80px; bottom:80px; width:110px; height:110px; border-radius:50%; background:${gold};
  color:#fff; font: bold 15px ${sans}; display:flex; align-items:center; justify-content:center; border:4px double #fff }
.sg { display:flex; justify-content:space-around; margin-top:28px; font-size:14px }
.sg div { border-top:1px solid ${dark}; padding-top:4px; width:240px }
</style>
<div class="o"><div class="i">
 <div class="h">Certificate</div>
 <div style="font-size:20px;font-style:italic">${of}</div>
 <div style="font-size:18px;margin-top:18px">This is to certify that</div>
 <div class="n">${name}</div>
 <div style="font-size:18px;width:80%;margin:0 auto;line-height:28px">${body}</div>
 <div class="sg"><div>${signer1}<br>${role1}</div><div>${signer2}<br>${role2}</div></div>
 <div class="seal">${seal}</div>
</div></div>
"""


def fill(d):
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    org = d.provider()
    date = d.date(d.pick(["long", "ordinal", "dmy_long"]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "words_cec"]))
    body = d.pick(
        [
            f"has successfully completed {title} presented by {org} on {date}, earning {hours}.",
            f"has successfully completed the {title} course, {hours}, offered through {org}. "
            f"Completed {date}.",
        ]
    )
    return {
        "gold": d.pick(["#f1c40f", "#d4a017", "#c9a227"]),
        "spacing": d.pick([5, 8, 12]),
        "of": d.pick(["OF ACHIEVEMENT", "OF COMPLETION", "OF TRAINING"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "body": body,
        "signer1": d.person(),
        "role1": d.role(),
        "signer2": d.person(),
        "role2": d.role(),
        "seal": d.pick(["OFFICIAL SEAL", "APPROVED", "IICRC CEC"]),
    }
