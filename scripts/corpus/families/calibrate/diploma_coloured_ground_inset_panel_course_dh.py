"""A diploma on a coloured ground: a white inset panel with a double rule and
guilloche rosettes at the corners, the school's name letter-spaced over a big
"Diploma", the graduate in a large script, running sentences only (course of
study, credit in words, place and day written out), two signers and a seal."""

SOURCE = "radetzky-dev/fullstakdev_backend_nov2022:student/resources/views/pdf/diploma.blade.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "script-name",
    "sentence",
    "seal",
    "date-words",
    "hours-in-sentence",
    "distractor-person",
    "letter-spaced",
)

TEMPLATE = """<style>
.gr { position:absolute; inset:0; background:${ground} }
.gr:before { content:""; position:absolute; inset:0;
  background: repeating-linear-gradient(60deg, rgba(255,255,255,.07) 0 1px, transparent 1px 9px),
   repeating-linear-gradient(-60deg, rgba(255,255,255,.07) 0 1px, transparent 1px 9px) }
.pn { position:absolute; inset:34px; background:#fffdf7; border:1px solid ${ground} }
.pn:before { content:""; position:absolute; inset:8px; border:3px double ${trim} }
.ro { position:absolute; width:64px; height:64px; border-radius:50%;
  background: repeating-radial-gradient(circle, ${trim} 0 1px, transparent 1px 4px),
   repeating-conic-gradient(${ground} 0 5deg, #fffdf7 5deg 10deg); border:2px solid ${trim} }
.r1 { left:46px; top:46px } .r2 { right:46px; top:46px } .r3 { left:46px; bottom:46px } .r4 { right:46px; bottom:46px }
.bd { position:absolute; left:130px; right:130px; top:96px; text-align:center; font-family:${serif}; color:#222 }
.sc { font: 15px ${sans}; letter-spacing:6px; text-transform:uppercase; color:${ground} }
h1 { margin:6px 0 0; font: 62px ${display}; color:${ground}; line-height:70px; letter-spacing:2px }
.ct { font: italic 17px ${serif}; margin-top:30px }
.nm { font: 52px ${script}; color:#1a1a1a; line-height:72px; margin-top:14px; white-space:nowrap }
.tx { font-size:17px; line-height:29px; margin:24px auto 0; width:88% }
.tx b { font-size:19px; color:${ground} }
.ft { position:absolute; left:110px; right:110px; bottom:70px; display:flex; justify-content:space-between; align-items:flex-end;
  font: 12px ${sans}; color:#333 }
.sg { width:250px; text-align:center; line-height:16px }
.sg .h { font: 30px ${hand}; color:#24306e; height:42px; line-height:48px; white-space:nowrap; border-bottom:1px solid #444 }
.se { width:104px; height:104px; border-radius:50%; position:relative;
  background: repeating-conic-gradient(${seal} 0 7.5deg, ${seal2} 7.5deg 15deg) }
.se:after { content:"${seal_word}"; position:absolute; inset:14px; border-radius:50%; background:${seal};
  border:2px solid ${seal2}; color:#fff; font: bold 10px ${sans}; letter-spacing:1px; display:flex;
  align-items:center; justify-content:center; text-align:center }
.no { position:absolute; right:52px; bottom:12px; font: 10.5px ${mono}; color:#fff }
</style>
<div class="gr"><div class="no">${no_label} ${number}</div></div>
<div class="pn"></div>
<div class="ro r1"></div><div class="ro r2"></div><div class="ro r3"></div><div class="ro r4"></div>
<div class="bd">
 <div class="sc">${school}</div>
 <h1>${heading}</h1>
 <div class="ct">${certifies}</div>
 <div class="nm">${name}</div>
 <div class="tx">${req} <b>${title}</b>${req2} ${hours_lead} ${hours} ${hours_tail}</div>
 <div class="tx">${given} ${city} ${on} ${date}.</div>
</div>
<div class="ft">
 <div class="sg"><div class="h">${s1}</div>${s1}<br>${r1}</div>
 <div class="se"></div>
 <div class="sg"><div class="h">${s2}</div>${s2}<br>${r2}</div>
</div>
"""


def fill(d):
    grounds = [
        ("#2f5d6e", "#b08d3c"),
        ("#4b2233", "#b89448"),
        ("#24405f", "#a98b4a"),
        ("#2e4a2b", "#b49650"),
    ]
    ground, trim = d.pick(grounds)
    hstyle = d.pick(["words", "words_cec", "words"])
    seal = d.pick([("#8e1b1b", "#d9b54a"), ("#7a5b10", "#f0d67a"), ("#1d3557", "#c9ced6")])
    return {
        "ground": ground,
        "trim": trim,
        "seal": seal[0],
        "seal2": seal[1],
        "seal_word": d.pick(["SEAL", "OFFICIAL", "CERTIFIED"]),
        "script": d.fonts["script"].replace("'TypoScript'", "'Dancing Script'"),
        "hand": d.fonts["hand"],
        "school": d.provider(),
        "heading": d.pick(["Diploma", "Certificate of Proficiency", "Diploma of Completion"]),
        "certifies": d.pick(
            [
                "Be it known that",
                "This is to certify that",
                "The faculty of the school hereby certifies that",
            ]
        ),
        "name": d.name(d.pick(["plain", "plain", "plain", "honorific"])),
        "req": d.pick(
            [
                "having satisfactorily fulfilled all requirements prescribed for the course of study in",
                "has completed with distinction the prescribed program of instruction in",
                "has fulfilled the attendance and examination requirements of the course",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "req2": d.pick([",", "", ","]),
        "hours_lead": d.pick(
            ["and is therefore awarded", "and is accordingly granted", "and has earned"]
        ),
        "hours": d.hours(hstyle),
        "hours_tail": d.pick(
            ["toward the renewal of certification.", "for the renewal of certification."]
            if hstyle == "words_cec"
            else [
                "of continuing education credit.",
                "toward the renewal of certification.",
                "of instruction, with all the honors thereto appertaining.",
            ]
        ),
        "given": d.pick(["Given at", "Conferred at", "Awarded at"]),
        "city": d.city(),
        "on": "on",
        "date": d.date("words"),
        "s1": d.person(),
        "r1": d.pick(["Director of Education", "Dean of Instruction", "Lead Instructor"]),
        "s2": d.person(),
        "r2": d.pick(["President", "Chairman of the Board", "Registrar"]),
        "no_label": d.pick(["Diploma No.", "No.", "Reg. No."]),
        "number": d.number(),
    }
