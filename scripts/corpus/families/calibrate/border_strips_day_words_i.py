"""Landscape course certificate between two repeating ornamental strips on a
tinted paper: a large script heading, a centred run of short sentences with
the holder in bold, the course, the day written out in words and the place,
then a right-hand "Signed," block with a signer who is not the holder. The
provider shows only as a small wordmark at the foot."""

SOURCE = "azuya/CertificateBuilder:templates/default/default.tpl"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "ornate",
    "date-words",
    "hours-in-sentence",
    "provider-in-logo",
    "distractor-person",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${light};
  background-image: repeating-linear-gradient(45deg, rgba(0,0,0,0.018) 0 2px, transparent 2px 7px) }
.strip { position:absolute; left:0; right:0; height:58px;
  background:
    radial-gradient(circle at 50% 50%, ${accent} 0 7px, transparent 8px) 0 0 / 38px 58px,
    repeating-linear-gradient(90deg, transparent 0 14px, rgba(0,0,0,0.10) 14px 16px, transparent 16px 38px),
    linear-gradient(180deg, transparent 0 9px, ${dark} 9px 12px, transparent 12px 46px, ${dark} 46px 49px, transparent 49px) }
.top { top:24px } .bot { bottom:24px; transform:scaleY(-1) }
.c { position:absolute; left:70px; right:70px; top:118px; text-align:center; font: 19px ${serif}; color:#222 }
.c p { margin:0 0 20px }
.ttl { font: 60px ${script}; color:${dark}; margin-bottom:26px !important; line-height:1.35 }
.nm { font: bold 32px ${serif}; letter-spacing:0.5px }
.cr { font: 29px ${display}; color:${dark}; padding:0 40px }
.b { font-weight:bold }
.sg { position:absolute; right:13%; bottom:112px; width:260px; text-align:center; font: 15px ${serif} }
.sg .lab { text-align:left; margin-bottom:2px }
.sg .hand { font: 30px ${hand}; color:#1b2a58; height:38px; border-bottom:1px solid #333 }
.sg .who { font-size:13px; margin-top:3px }
.mk { position:absolute; left:9%; bottom:118px; font: bold 12px ${sans}; color:${dark}; letter-spacing:1.5px;
  text-transform:uppercase; border:2px solid ${dark}; padding:6px 10px; max-width:260px; line-height:15px }
</style>
<div class="bg"></div><div class="strip top"></div><div class="strip bot"></div>
<div class="c">
 <p class="ttl">${heading}</p>
 <p>${certify}</p>
 <p class="nm">${name}</p>
 <p>${completed}</p>
 <p class="cr">${title}</p>
 <p>On <span class="b">${date}</span>${hours_part}</p>
 <p>At: <span class="b">${place}</span>.</p>
</div>
<div class="mk">${org}</div>
<div class="sg"><div class="lab">Signed,</div><div class="hand">${signer}</div>
 <div class="who">${signer}, ${role}</div></div>
"""


def fill(d):
    venue = d.venue()
    city, state = d.address()
    hours = d.hours(d.pick(["words", "words_cec", "words"]))
    return {
        "heading": d.pick(["Certificate of Completion", "Certificate", "Course Certificate"]),
        "certify": d.pick(["This is to certify that", "This certifies that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "completed": d.pick(
            [
                "has successfully completed the course requirements for",
                "has satisfactorily completed all requirements of",
            ]
        ),
        "title": d.title(),
        "date": d.date("words"),
        "hours_part": d.pick([", comprising ", ", a total of ", ", for "]) + hours,
        "place": d.pick([f"{venue}, {city}, {state}", f"{city}, {state}"]),
        "org": d.provider(),
        "signer": d.person(),
        "role": d.pick(
            ["Instructor", "Lead Instructor", "Director of Training", "Course Director"]
        ),
    }
