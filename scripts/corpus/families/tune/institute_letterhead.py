"""An institution's letterhead across the top (emblems left and right, the
name and street address in two sizes, twice), a very large heading, "This
certificate is presented to", the name, and a paragraph naming the course."""

SOURCE = "pixelperfectnitj/conf-admin-dash:src/certificateModule/Templates03/Content.jsx"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "provider-in-logo",
    "landscape",
    "sentence",
    "address",
    "big-serif-title",
    "distractor-person",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; text-align:center; font-family:${sans}; color:#0C0E18 }
.em { position:absolute; top:50px; width:80px; height:80px; border-radius:50%; border:6px double ${dark} }
.l1 { font-weight:bold; font-size:26px; margin-top:56px } .l2 { font-size:15px; margin-top:4px }
.t { font: 58px ${display}; color:#444341; margin-top:46px }
.n { font: bold 40px ${serif}; margin:12px 0; color:${dark} } .p { font-size:18px; margin:0 120px; line-height:28px }
.sg { position:absolute; bottom:64px; left:120px; right:120px; display:flex; justify-content:space-between; font-size:14px }
.sg div { border-top:1px solid #333; width:230px; padding-top:4px }
</style>
<div class="em" style="left:60px"></div><div class="em" style="right:60px"></div>
<div class="w">
 <div class="l1">${org}</div><div class="l2">${address}</div>
 <div class="t">${heading}</div>
 <div style="font-size:20px;margin-top:10px">This certificate is presented to</div>
 <div class="n">${name}</div>
 <div class="p">${body}</div>
 <div class="sg"><div>${signer1}<br>${role1}</div><div>${date}<br>Date</div><div>${signer2}<br>${role2}</div></div>
</div>
"""


def fill(d):
    street, town = d.address()
    title = d.title()
    hours = d.hours(d.pick(["cec_hours", "hours_title", "words"]))
    return {
        "org": d.provider(d.pick([None, "upper"])),
        "address": f"{street}, {town}",
        "heading": d.pick(["Certificate of Achievement", "Certificate of Completion"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "body": f"for successfully completing {hours} of instruction in {title}.",
        "signer1": d.person(),
        "role1": d.role(),
        "date": d.date(d.pick(["us_numeric", "long", "dmy_long"])),
        "signer2": d.person(),
        "role2": d.role(),
    }
