"""Two columns: the left holds "This is to certify that", the name, "has
successfully completed N hours online course of", the course and "on DATE";
the right holds "Valid Certificate ID" with a hash, a signature, the
signer's name and the company."""

SOURCE = "shewa12/mediusware:addons/tutor-certificate/templates/template_3/certificate.php"
KIND = "course"
PAPER = "letter-landscape"
CATEGORIES = ("sentence", "distractor-person", "landscape", "hours-in-sentence")

TEMPLATE = """<style>
.w { position:absolute; inset:0; display:flex; font-family:${sans} }
.l { flex:1; padding:120px 50px 0 90px; border-right:1px solid #ddd }
.r { width:300px; background:${light}; padding:140px 34px 0; font-size:13px }
h1 { font: 46px ${display}; margin:18px 0 } h2 { font-size:25px; margin:14px 0; color:${accent} }
p { font-size:17px } .hash { font: 12px ${mono}; word-break:break-all }
.sig { font: 30px ${hand}; margin-top:90px; border-bottom:1px solid #333 }
</style>
<div class="w"><div class="l">
 <p>This is to certify that</p><h1>${name}</h1>
 <p>has successfully completed ${duration} online course of</p>
 <h2>${title}</h2><p>on ${date}</p>
</div><div class="r">
 <p style="font-size:13px"><strong>Valid Certificate ID</strong></p><p class="hash">${hash}</p>
 <div class="sig">${signer}</div><p style="font-size:14px"><strong>${signer}</strong></p><p style="font-size:13px">${company}</p>
</div></div>
"""


def fill(d):
    h = d.credit
    whole, minutes = int(h), round((h - int(h)) * 60)
    text = (f"{whole} hour{'s' if whole != 1 else ''}" if whole else "") + (
        f" {minutes} minutes" if minutes else ""
    )
    d.put("hours", float(h), text.strip())
    return {
        "name": d.name(),
        "duration": text.strip(),
        "title": d.title(),
        "date": d.date(d.pick(["long", "short_month", "dmy_long", "us_numeric"])),
        "hash": "".join(d.pick("0123456789abcdef") for _ in range(d.pick([12, 16]))),
        "signer": d.person(),
        "company": d.provider(),
    }
