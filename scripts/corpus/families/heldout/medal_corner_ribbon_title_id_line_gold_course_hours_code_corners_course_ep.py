"""A landscape diploma after an online school's printable diploma: a row
across the top with the school's logo at the left (a square mark over the
school's name), a title piece in the centre (a big two-tone word on a
folded ribbon banner with a small line under it) and a medal with two
ribbon tails at the upper right. Centred below: a line, the holder's name
in a brush script, a line with the holder's technician ID number, "for
completing the course" and the course title large in gold, with the date
under it. The foot is three corners' worth of small print: the credit
hours in bold at the lower left, the course approval code in bold at the
lower right and the director's signature in the middle."""

SOURCE = (
    "gosh19/worknow5.0:resources/views/pdf/diploma.blade.php (logo top left, a title image "
    "in the centre, a medal top right, the name in Kaushan Script, an ID-number line, the "
    "course in bold gold, the hours bold at the lower left, a registration code bold at the "
    "lower right, the signature at the foot)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "provider-in-logo",
    "script-name",
    "labelled",
    "seal",
    "distractor-person",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${stock}; font-family:${sans}; color:#222 }
.fr { position:absolute; inset:14px; border:2px solid ${gold} }
.fr2 { position:absolute; inset:22px; border:6px solid ${dark} }
.lg { position:absolute; left:56px; top:${lg_top}px; display:flex; flex-direction:column; align-items:flex-start; gap:6px; max-width:250px }
.lg .sq { width:56px; height:56px; background:${dark}; color:#fff; font: bold 20px ${engr}; display:flex;
  align-items:center; justify-content:center; transform:rotate(45deg) scale(.8); flex:none }
.lg .sq span { transform:rotate(-45deg) }
.lg .t { font: bold 14px ${sans}; color:${dark}; line-height:17px; text-transform:uppercase; letter-spacing:.5px }
.tt { position:absolute; left:0; right:0; top:46px; text-align:center; z-index:1 }
.tt .w1 { font: bold ${tt_px}px ${engr}; letter-spacing:6px; line-height:1;
  color:${dark}; text-shadow: 2px 2px 0 ${gold} }
.ban { position:relative; display:inline-block; margin-top:10px; background:${gold}; color:#fff; padding:6px 36px;
  font: bold 15px ${sans}; letter-spacing:4px; text-transform:uppercase }
.ban:before, .ban:after { content:""; position:absolute; top:6px; width:22px; height:100%; background:${gold2}; z-index:-1 }
.ban:before { left:-16px; clip-path: polygon(0 0,100% 0,100% 100%,0 100%,40% 50%) }
.ban:after { right:-16px; clip-path: polygon(0 0,100% 0,60% 50%,100% 100%,0 100%) }
.md { position:absolute; right:64px; top:40px; width:104px; height:150px }
.md .t { position:absolute; top:70px; width:34px; height:78px; background:${red};
  clip-path: polygon(0 0,100% 0,100% 100%,50% 80%,0 100%) }
.md .c { position:absolute; left:4px; top:0; width:96px; height:96px; border-radius:50%;
  background: radial-gradient(circle at 35% 30%, ${gold2}, ${gold} 60%, #8a6a1f);
  display:flex; align-items:center; justify-content:center; box-shadow: 0 2px 4px rgba(0,0,0,.35) }
.md .c b { width:70px; height:70px; border-radius:50%; border:2px dashed #fff7d6; color:#fff; display:flex;
  align-items:center; justify-content:center; font: bold 17px ${engr} }
.bd { position:absolute; left:110px; right:110px; top:${bd_top}px; bottom:170px; text-align:center;
  display:flex; flex-direction:column; justify-content:space-evenly }
.tx { font-size:19px; color:#333 }
.nm { font: ${nm_px}px ${script}; line-height:1.2; color:#111; white-space:nowrap }
.id { font-size:14px; color:#444; letter-spacing:.5px }
.cu { font: bold ${cu_px}px ${sans}; color:${gold}; line-height:1.2 }
.dt { font-size:15px; color:#444 }
.bl, .br { position:absolute; bottom:70px; font: bold 16px ${sans}; color:#222 }
.bl { left:80px } .br { right:80px }
.sg { position:absolute; left:50%; bottom:56px; width:260px; margin-left:-130px; text-align:center; font-size:12.5px;
  line-height:16px; color:#333 }
.sg .h { font: 28px ${hand}; color:${ink}; white-space:nowrap; border-bottom:1px solid #444; line-height:38px }
</style>
<div class="pg">
<div class="fr"></div><div class="fr2"></div>
<div class="lg"><div class="sq"><span>${mono}</span></div><div class="t">${provider}</div></div>
<div class="tt"><div class="w1">${word}</div><div class="ban">${ban}</div></div>
<div class="md"><div class="t" style="left:14px;transform:rotate(12deg)"></div><div class="t" style="right:14px;transform:rotate(-12deg)"></div>
 <div class="c"><b>${year}</b></div></div>
<div class="bd">
 <div class="tx">${awarded}</div>
 <div class="nm">${name}</div>
 <div class="id">${id_label} ${tech_id}</div>
 <div class="tx">${for_line}</div>
 <div class="cu">${title}</div>
 <div class="dt">${date_line}</div>
</div>
<div class="bl">${hours_label} ${hours}</div>
<div class="br">${code_label} ${code}</div>
<div class="sg"><div class="h">${signer}</div>${signer}<br>${role}</div>
</div>
"""

ENGRAVED = [
    "'Linux Libertine Display O', serif",
    "'Old Standard TT', serif",
    "'C059', serif",
    "'P052', serif",
]
SCRIPTS = ["'Kaushan Script', cursive", "'Lobster Two', cursive", "'Dancing Script', cursive"]


def fill(d):
    org = d.org_alt or d.org
    mono = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    date = d.date(d.pick(["long", "dmy_long", "us_numeric", "short_month_dot"]))
    approval_first = d.chance(0.5)
    code = d.approval() if approval_first else d.number(d.pick(["CRS-", "C-"]))
    return {
        "stock": d.pick(["#ffffff", "#fffdf6"]),
        "gold": d.pick(["#bf9a39", "#b8862b", "#c49b3c"]),
        "gold2": d.pick(["#e3c878", "#d9b65c"]),
        "red": d.pick(["#8b0000", "#1e4d8c", "#5b2333"]),
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "engr": d.pick(ENGRAVED),
        "script": d.pick(SCRIPTS),
        "tt_px": d.pick([60, 66]),
        "lg_top": d.pick([50, 56]),
        "bd_top": d.pick([196, 206]),
        "nm_px": 44 if len(name) > 22 else 54,
        "cu_px": 24 if len(title) > 38 else 30,
        "mono": mono,
        "provider": d.provider(),
        "word": "DIPLOMA",
        "ban": d.pick(["of Completion", "of Training", "Course Completion"]),
        "year": str(d.completed.year),
        "awarded": d.pick(["Awarded to", "This diploma is granted to", "We certify that"]),
        "name": name,
        "id_label": d.pick(["Technician ID:", "Student ID:", "ID No."]),
        "tech_id": d.number(),
        "for_line": d.pick(
            ["for completing the course", "has completed the course", "for finishing the course"]
        ),
        "title": title,
        "date_line": d.pick(["Completed on ", "Date: ", "Finished "]) + date,
        "hours_label": d.pick(["Hours:", "CEC hours:", "Course hours:"]),
        "hours": d.hours_number(),
        "code_label": d.pick(["Approval no.", "IICRC course no."])
        if approval_first
        else d.pick(["Course code:", "Reg. code:"]),
        "code": code,
        "signer": d.person(),
        "role": d.pick(["Director", "Academic Director", "Director of Training"]),
    }
