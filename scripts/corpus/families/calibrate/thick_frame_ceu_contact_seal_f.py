"""A landscape certificate inside a very thick coloured frame with a thin
dark inner rule, the field between them filled with a fine guilloche of
concentric rings. A huge spaced heading word over a small italic line, the
holder's name set large over a rule, one sentence naming the course, the
day written in words and the credit in CEUs beside contact hours; an
approval line, a round seal with the provider's initials between two
signers, and the provider's name only along the top."""

SOURCE = "celionatti/plugs:src/Pdf/Templates/certificate.plug.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "ornate",
    "landscape",
    "sentence",
    "seal",
    "guilloche",
    "hours-in-sentence",
    "ceu",
    "date-words",
    "approval",
    "distractor-person",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:
  repeating-radial-gradient(circle at 50% 50%, transparent 0 5px, ${ring} 5px 6px),
  repeating-radial-gradient(circle at 0% 100%, transparent 0 7px, ${ring} 7px 8px), #fffdf7 }
.outer { position:absolute; inset:22px; border:22px solid ${frame} }
.inner { position:absolute; inset:56px; border:5px solid ${dark}; background:rgba(255,253,247,0.55) }
.w { position:absolute; inset:80px 90px 72px; text-align:center; font-family:${serif}; color:#2c3e50 }
.mid { position:absolute; left:0; right:0; top:150px; bottom:130px; display:flex; flex-direction:column; justify-content:space-evenly; align-items:center }
.org { font: bold 14px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${dark} }
h1 { font: bold 58px ${display}; letter-spacing:9px; text-transform:uppercase; margin:14px 0 0; line-height:60px; color:${dark} }
.sub { font-size:19px; font-style:italic; letter-spacing:2px; text-transform:uppercase; margin-top:4px }
.pre { font-size:20px; font-style:italic }
.nm { display:inline-block; padding:0 46px 2px; border-bottom:2px solid ${dark}; font: ${nmw} ${nmsize} ${nmface}; color:${namecol}; line-height:1.15 }
.s { font-size:20px; line-height:34px; width:88% }
.s b { font-size:21px }
.ap { font: 14px ${sans}; color:#333; border-top:1px solid ${frame}; border-bottom:1px solid ${frame}; padding:5px 22px }
.bot { position:absolute; left:10px; right:10px; bottom:0; display:flex; align-items:flex-end; justify-content:space-between }
.sig { width:31%; font: 13px ${sans}; color:#333 }
.sig .h { font: 23px ${hand}; color:#1c2b6b; border-bottom:1px solid #2c3e50; height:36px; line-height:40px; white-space:nowrap; overflow:hidden }
.seal { width:104px; height:104px; border-radius:50%; background:${frame}; color:#fff; display:flex; align-items:center; justify-content:center; font: bold 30px ${display}; letter-spacing:1px;
  box-shadow: 0 0 0 4px #fffdf7, 0 0 0 7px ${frame}, 0 0 0 9px #fffdf7, 0 0 0 11px ${dark} }
</style>
<div class="bg"></div><div class="outer"></div><div class="inner"></div>
<div class="w">
 <div class="org">${org}</div>
 <h1>${word}</h1>
 <div class="sub">${sub}</div>
 <div class="mid">
  <div class="pre">${pre}</div>
  <div class="nm">${name}</div>
  <div class="s">${s1} <b>${title}</b> ${s2} ${date}, ${s3} <b>${hours}</b>.</div>
  <div class="ap">${ap_label} ${approval}</div>
 </div>
 <div class="bot">
  <div class="sig"><div class="h">${sig1}</div>${sig1}<br>${role1}</div>
  <div class="seal">${initials}</div>
  <div class="sig"><div class="h">${sig2}</div>${sig2}<br>${role2}</div>
 </div>
</div>
"""


def fill(d):
    provider = d.provider(d.pick([None, "upper"]))
    words = [w for w in provider.replace(",", "").split() if w[0].isalpha() and w[0].isupper()]
    initials = "".join(w[0] for w in words if w.lower() not in ("and", "of", "the"))[:3]
    n = f"{d.credit:g}"
    ceu = f"{d.credit / 10:g}"
    style = d.pick(["ceu_contact", "ceu_contact", "ceu_and_cec", "words"])
    if style == "ceu_contact":
        hours = f"{ceu} CEUs ({n} contact hour{'' if d.credit == 1 else 's'})"
        d.put("hours", float(d.credit), hours)
    else:
        hours = d.hours(style)
    script = d.chance(0.4)
    r1, r2 = d.rng.sample(
        [
            "Director of Education",
            "Lead Instructor",
            "President",
            "Program Coordinator",
            "Executive Director",
        ],
        2,
    )
    return {
        "ring": d.pick(["rgba(184,134,11,0.10)", "rgba(30,96,145,0.09)", "rgba(45,106,79,0.10)"]),
        "frame": d.pick(["#c9a227", "#b8860b", "#1e6091", "#8b0000", "#2d6a4f"]),
        "org": provider,
        "word": d.pick(["Certificate", "Certificate", "Diploma"]),
        "sub": d.pick(["of Continuing Education", "of Completion", "of Course Completion"]),
        "pre": d.pick(
            [
                "This is to certify that",
                "This certificate is proudly presented to",
                "Be it known that",
            ]
        ),
        "nmw": "normal" if script else "bold",
        "nmsize": "46px" if script else "38px",
        "nmface": d.fonts["script"] if script else d.fonts["display"],
        "namecol": d.pick(["#2980b9", "#1f3a5f", "#2c3e50"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "s1": d.pick(
            [
                "has successfully completed the course",
                "has satisfactorily completed",
                "has fulfilled all requirements of",
            ]
        ),
        "title": d.title(),
        "s2": d.pick(["on", "concluding on", "given on"]),
        "date": d.date(d.pick(["words", "words", "ordinal", "long"])),
        "s3": d.pick(["and is hereby awarded", "earning", "and has earned"]),
        "hours": hours,
        "ap_label": d.pick(
            ["IICRC Course Approval No.", "IICRC Approved Course #", "CEC Approval Number:"]
        ),
        "approval": d.approval(),
        "sig1": d.person(),
        "role1": r1,
        "sig2": d.person(),
        "role2": r2,
        "initials": initials or "CE",
    }
