"""A wide tan border, the organisation as a small "logo" line, a large
marquee heading, "This certificate is presented to" and the name in italics
on a rule, then the reason in one sentence."""

SOURCE = "inotechno/ELearning-ASN:resources/views/certificates/template.blade.php"
KIND = "course"
PAPER = "a4-landscape"
CATEGORIES = ("sentence", "provider-in-logo", "landscape", "big-serif-title")

TEMPLATE = """<style>
.c { position:absolute; inset:34px; border:14px solid ${tan}; text-align:center; padding-top:70px; font-family:${serif} }
.logo { color:${tan}; font-size:28px } .marquee { color:${tan}; font-size:58px; margin:12px 0 }
.person { border-bottom:2px solid #000; font-size:42px; font-style:italic; margin:12px auto; width:520px }
.reason { font-size:18px; margin:10px 90px; line-height:28px }
.sig { position:absolute; bottom:40px; left:90px; right:90px; display:flex; justify-content:space-between; font-size:14px }
</style>
<div class="c">
 <div class="logo">${org}</div>
 <div class="marquee">${marquee}</div>
 <div>${presented}</div>
 <div class="person">${name}</div>
 <div class="reason">${reason}</div>
 <div class="sig"><span>${date_line}</span><span>${signer}, ${role}</span></div>
</div>
"""


def fill(d):
    title = d.title(d.pick(["plain", "with_code"]))
    hours = d.hours(d.pick(["cec_hours", "hours_title", "words"]))
    date = d.date()
    inline = d.chance(0.5)
    reason = d.pick(
        ["for completing", "for the successful completion of", "in recognition of completing"]
    )
    reason += f" {title}, a course of {hours}" + (f", on {date}." if inline else ".")
    return {
        "tan": d.pick(["tan", "#b08d57", "#8c6d46", "#c2a878"]),
        "org": d.provider(),
        "marquee": d.pick(["Certificate of Completion", "Certificate of Achievement"]),
        "presented": d.pick(["This certificate is presented to", "Presented to"]),
        "name": d.name("plain"),
        "reason": reason,
        "date_line": "" if inline else f"Date: {date}",
        "signer": d.person(),
        "role": d.role(),
    }
