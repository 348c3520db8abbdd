"""A half-sheet "pocket diploma" in landscape, as trade schools issue beside
the wall certificate: cream stock in a thick-and-thin rule with small
corner diamonds; the school's name set on an arch across the top (text on a
curved path) over a ringed crest with its initials; the holder's name in
large spaced roman capitals; a sentence on the completed course of study
with the course in bold and the credit; "Given ..." with the completion day
(often written out in words); two signatures with their roles, sometimes
naming the school again in straight type; and a gold seal with ribbon
tails at the centre of the foot."""

SOURCE = (
    "wording: wallet-size and half-size 'pocket diplomas' that trade and vocational schools "
    "print with the school name arched over its crest ('This diploma certifies that ... "
    "having completed the prescribed course of study in ... Given ...'), as IICRC-approved "
    "schools hand out with the wall certificate; arched school names on diploma generators "
    "such as the curved-university-name header of react-pdf diploma components"
)
KIND = "course"
PAPER = "half-letter"
CATEGORIES = (
    "landscape",
    "ornate",
    "slip",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "arched-text",
    "seal",
    "letter-spaced",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${stock} }
.f1 { position:absolute; inset:12px; border:5px solid ${ink} }
.f2 { position:absolute; inset:21px; border:1px solid ${gold} }
.dm { position:absolute; width:11px; height:11px; background:${gold}; transform:rotate(45deg) }
.arc { position:absolute; left:50%; top:22px; margin-left:-290px; width:580px; height:112px }
.cr { position:absolute; left:50%; top:${cr_top}px; margin-left:-25px; width:50px; height:50px; border-radius:50%;
  border:2px solid ${ink}; box-shadow: inset 0 0 0 3px ${stock}, inset 0 0 0 4px ${gold}; color:${ink};
  font: bold 14px ${display}; display:flex; align-items:center; justify-content:center; background:${stock} }
.c { position:absolute; left:70px; right:70px; top:${c_top}px; text-align:center; font-family:${serif}; color:#1c1c1c }
.pre { font: italic 16px ${serif}; color:#444 }
.nm { margin-top:4px; font: ${n_w} ${n_px}px ${display}; letter-spacing:${n_ls}px; color:${ink}; line-height:1.2; white-space:nowrap }
.s { margin:10px auto 0; font-size:16.5px; line-height:25px; width:92% }
.s b { color:${ink} }
.gv { margin-top:10px; font: italic 15px ${serif}; color:#333 }
.ft { position:absolute; left:60px; right:60px; bottom:34px; display:flex; justify-content:space-between; align-items:flex-end;
  font: 11.5px ${sans}; color:#333 }
.sg { width:220px; text-align:center; line-height:14px }
.sg .h { font: 24px ${hand}; color:#1d2c6b; border-bottom:1px solid #444; line-height:26px; white-space:nowrap }
.se { position:relative; width:64px; height:78px }
.se .d { position:absolute; left:0; top:0; width:64px; height:64px; border-radius:50%;
  background: repeating-conic-gradient(${gold} 0 8deg, #e9cf78 8deg 16deg) }
.se .d:after { content:""; position:absolute; inset:10px; border-radius:50%; background:${gold}; border:1.5px solid #fff1c1 }
.se .r1, .se .r2 { position:absolute; top:46px; width:16px; height:34px; background:${ribbon};
  clip-path: polygon(0 0,100% 0,100% 100%,50% 80%,0 100%) }
.se .r1 { left:14px; transform:rotate(14deg) } .se .r2 { right:14px; transform:rotate(-14deg) }
</style>
<div class="pg"></div><div class="f1"></div><div class="f2"></div>
<div class="dm" style="left:7px;top:7px"></div><div class="dm" style="right:7px;top:7px"></div>
<div class="dm" style="left:7px;bottom:7px"></div><div class="dm" style="right:7px;bottom:7px"></div>
<svg class="arc" viewBox="0 0 580 112"><path id="arcpath" d="M 12 104 Q 290 ${bend} 568 104" fill="none"/>
<text font-family="${arc_face}" font-size="${arc_px}" font-weight="bold" letter-spacing="${arc_ls}" fill="${ink}"><textPath href="#arcpath" startOffset="50%" text-anchor="middle">${org}</textPath></text></svg>
<div class="cr">${mono}</div>
<div class="c">
 <div class="pre">${pre}</div>
 <div class="nm">${name}</div>
 <div class="s">${having} <b>${title}</b>${hours_part}</div>
 <div class="gv">${given} ${date}</div>
</div>
<div class="ft">
 <div class="sg"><div class="h">${s1}</div>${s1}, ${r1}</div>
 <div class="se"><div class="r1"></div><div class="r2"></div><div class="d"></div></div>
 <div class="sg"><div class="h">${s2}</div>${s2}, ${r2}</div>
</div>
"""

PRES = [
    "This diploma certifies that",
    "Be it known that",
    "This is to certify that",
    "The faculty certifies that",
]
HAVING = [
    "having completed the prescribed course of study in",
    "has satisfactorily completed the course of instruction in",
    "has fulfilled the requirements of the course",
]


def fill(d):
    org_key = d.org_alt or d.org
    mono = "".join(w[0] for w in org_key.replace("&", "").split() if w[0].isupper())[:3]
    org = d.provider(d.pick(["upper", "upper", None]))
    name = d.name(d.pick(["upper", "plain"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    hours = d.hours(d.pick(["words", "cec_hours", "hours_title", "words_cec"]))
    hours_part = d.pick(
        [
            f", and is awarded this diploma with {hours}.",
            f", comprising {hours}.",
            f" ({hours}).",
        ]
    )
    given_style = d.pick(["words", "words", "ordinal", "long"])
    date = d.date(given_style)
    given = "Given on" if given_style == "words" else d.pick(["Given", "Given on", "Awarded"])
    r2 = d.pick(["President", "Director", "School Director"])
    if d.chance(0.5):
        r2 = f"{r2}, {org_key}"
    n_len = len(name)
    return {
        "stock": d.pick(["#fbf7ea", "#f7f1df", "#fdfaf2", "#f4f1e7"]),
        "ink": d.pick(["#1f3a5f", "#5b2333", "#0b3d2e", "#3d2b1f", "#123c69"]),
        "gold": d.pick(["#b8860b", "#a67c00", "#b5913f"]),
        "ribbon": d.pick(["#8b0000", "#1e6091", "#2d6a4f"]),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "arc_face": d.pick(["Old Standard TT", "EB Garamond", "C059", "P052", "Linux Libertine O"]),
        "arc_px": 16 if len(org) > 36 else (19 if len(org) > 28 else 23),
        "arc_ls": 0.6 if len(org) > 32 else d.pick([1, 2, 2.5]),
        "bend": d.pick([-8, 0, 8]),
        "cr_top": 92,
        "c_top": d.pick([150, 158]),
        "n_w": d.pick(["normal", "600"]),
        "n_px": 28 if n_len > 26 else (32 if n_len > 18 else 36),
        "n_ls": d.pick([2, 3, 4]) if n_len <= 22 else 1.5,
        "mono": mono,
        "org": org,
        "pre": d.pick(PRES),
        "name": name,
        "having": d.pick(HAVING),
        "title": title,
        "hours_part": hours_part,
        "given": given,
        "date": date,
        "s1": d.person(),
        "r1": d.pick(["Instructor", "Lead Instructor", "Registrar"]),
        "s2": d.person(),
        "r2": r2,
    }
