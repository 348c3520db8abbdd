"""A WordPress LMS course certificate (LearnDash / Academy-style certificate
builder) on landscape letter paper: a round mark holding the school's
initials beside its name at the top left, a huge letter-spaced word with a
smaller ruled line under it, the learner in a script face, one running
sentence carrying the course, the day it was completed and the credit, and
a dark wave along the foot with two signatures above it and a certificate
ID and issue date in white on the wave."""

SOURCE = "common-repository/academy:addons/certificates/dummy-certificate/certificate-6.php"
KIND = "course"
PAPER = "letter-landscape"
CATEGORIES = (
    "landscape",
    "script-name",
    "sentence",
    "hours-in-sentence",
    "dark-band",
    "letter-spaced",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

SCRIPTS = ["Dancing Script", "Z003", "Kaushan Script", "Lobster Two"]
SCRIPT_STACK = "'{}', 'Z003', 'Kaushan Script', cursive"

TEMPLATE = """<style>
.lg { position:absolute; left:64px; top:52px; display:flex; align-items:center; gap:12px }
.lg i { width:54px; height:54px; border-radius:50%; background:${dark}; color:#fff; font: normal bold 19px ${display}; display:flex; align-items:center; justify-content:center; border:3px solid ${accent} }
.lg b { font: bold 17px ${sans}; color:${dark}; max-width:560px; line-height:21px }
.id { position:absolute; right:64px; top:60px; font: 12px ${sans}; color:#777; text-align:right; line-height:17px }
.w { position:absolute; left:90px; right:90px; top:150px; text-align:center }
.big { font: 300 64px ${display}; letter-spacing:18px; color:${dark}; margin-right:-18px }
.sub { display:flex; align-items:center; gap:16px; justify-content:center; font: 600 16px ${sans}; letter-spacing:6px; color:${accent}; margin-top:4px }
.sub:before, .sub:after { content:""; width:110px; border-top:2px solid ${accent} }
.pre { font: 15px ${sans}; color:#555; margin-top:34px; letter-spacing:1px }
.nm { font: 52px ${script}; color:#1b1b1b; margin:10px 0 6px; line-height:1.3 }
.ln { width:420px; margin:0 auto; border-top:1px solid #bbb }
.st { font: 17px ${serif}; color:#333; line-height:28px; margin:18px 40px 0 }
.st b { color:${dark} } .nw { white-space:nowrap }
.sg { position:absolute; left:150px; right:150px; bottom:150px; display:flex; justify-content:space-between; font: 13px ${sans}; color:#333 }
.sg div { width:230px; text-align:center; border-top:1px solid #555; padding-top:5px; position:relative; line-height:17px }
.sg em { position:absolute; top:-36px; left:-60px; right:-60px; white-space:nowrap; font: normal 25px ${hand}; color:#233 }
svg { position:absolute; left:0; bottom:0 }
.ft { position:absolute; left:70px; right:70px; bottom:26px; display:flex; justify-content:space-between; font: 12px ${sans}; color:#fff; letter-spacing:1px }
</style>
<div class="lg"><i>${initials}</i><b>${org}</b></div>
<div class="id">${platform}<br>${site}</div>
<div class="w">
 <div class="big">${big}</div>
 <div class="sub">${sub}</div>
 <div class="pre">${pre}</div>
 <div class="nm">${name}</div>
 <div class="ln"></div>
 <div class="st">${lead} <b>${title}</b> ${on} <span class="nw">${date}</span>${earn} <span class="nw">${hours}</span>.</div>
</div>
<div class="sg"><div><em>${signer1}</em>${signer1}<br>${role1}</div><div><em>${signer2}</em>${signer2}<br>${role2}</div></div>
<svg width="1056" height="120" viewBox="0 0 1056 120"><path d="M0 40 C 260 0, 420 90, 640 50 S 960 10, 1056 36 L1056 120 L0 120 Z" fill="${dark}"/><path d="M0 56 C 260 16, 420 106, 640 66 S 960 26, 1056 52" stroke="${accent}" stroke-width="3" fill="none"/></svg>
<div class="ft"><span>${id_label} ${cert_id}</span><span>${issued_label} ${issued}</span></div>
"""


def fill(d):
    r = d.rng
    org = d.provider()
    words = [w for w in org.replace(",", "").split() if w[0].isupper() and w not in ("LLC", "Inc.")]
    initials = "".join(w[0] for w in words[:3])
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:16]
    return {
        "script": SCRIPT_STACK.format(d.pick(SCRIPTS)),
        "initials": initials,
        "org": org,
        "platform": d.pick(["Online Academy", "Learning Portal", "eLearning Campus"]),
        "site": f"learn.{slug}.com",
        "big": d.pick(["CERTIFICATE", "CERTIFICATE", "DIPLOMA"]),
        "sub": d.pick(["OF COMPLETION", "OF ACHIEVEMENT", "OF ONLINE STUDY"]),
        "pre": d.pick(
            [
                "This certificate is proudly presented to",
                "This is to certify that",
                "Awarded with pride to",
            ]
        ),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "lead": d.pick(
            [
                "for successfully completing the self-paced online course",
                "who has finished every lesson and the final quiz of",
                "in recognition of completing the e-learning program",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "on": d.pick(["on", "on", "completed on"]),
        "date": d.date(d.pick(["long", "ordinal", "weekday", "dmy_long"])),
        "earn": d.pick([", earning", ", and is awarded", ", for a total of"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "words", "words_cec", "hours_title"])),
        "signer1": d.person(),
        "role1": d.pick(["Course Instructor", "Lead Instructor", "Course Author"]),
        "signer2": d.person(),
        "role2": d.role(),
        "id_label": d.pick(["Certificate ID:", "Credential ID:", "Cert #"]),
        "cert_id": f"{slug[:3].upper()}-{r.randrange(100000, 999999)}",
        "issued_label": d.pick(["Issued", "Date issued:", "Generated"]),
        "issued": d.other_date("issue", d.pick(["us_numeric", "iso", "short_month"])),
    }
