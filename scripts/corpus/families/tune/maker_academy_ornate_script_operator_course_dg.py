"""A manufacturer's training academy certificate on a landscape sheet: a
double ornamental frame with corner rosettes, the maker's emblem and name
only in the crest at the top, the holder in a large script face, the course
and the day written out, an instructor and a training director signing, a
gold seal and a small certificate number."""

SOURCE = (
    "azuya/CertificateBuilder:templates/default/default.tpl (This is to certify that / has "
    "successfully completed the course requirements for / On the ... day of ... at ..., signed)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "ornate",
    "script-name",
    "sentence",
    "landscape",
    "provider-in-logo",
    "distractor-person",
    "seal",
    "date-words",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:22px; border:6px double ${accent}; }
.fr2 { position:absolute; inset:12px; border:1.5px solid ${accent}; }
.fr2:before { content:""; position:absolute; inset:6px; border:1px dashed ${accent}; opacity:.55 }
.cn { position:absolute; width:46px; height:46px; border-radius:50%; border:3px double ${accent};
  background: radial-gradient(circle, ${light} 40%, transparent 42%), repeating-conic-gradient(${accent} 0 10deg, transparent 10deg 20deg); }
.tl { left:-16px; top:-16px } .tr { right:-16px; top:-16px } .bl { left:-16px; bottom:-16px } .br { right:-16px; bottom:-16px }
.in { position:absolute; inset:40px 70px; text-align:center; color:#222; font-family:${serif} }
.crest { display:inline-flex; align-items:center; gap:12px; margin-top:4px }
.emb { width:46px; height:46px; transform:rotate(45deg); border:3px solid ${dark}; background:${light}; display:flex; align-items:center; justify-content:center }
.emb span { transform:rotate(-45deg); font: bold 15px ${sans}; color:${dark} }
.mk { font: bold 17px ${sans}; letter-spacing:3px; color:${dark}; text-transform:uppercase; text-align:left; line-height:19px }
.mk small { display:block; font: 10px ${sans}; letter-spacing:4px; color:#555 }
h1 { font: 50px ${display}; margin:34px 0 0; color:${dark}; letter-spacing:1px }
.sub { font: italic 17px ${serif}; margin-top:26px }
.nm { font: 58px ${script}; color:#1b1b3a; margin:14px auto 0; padding:0 30px 2px; border-bottom:1px solid ${accent}; display:inline-block; line-height:68px }
.crs { font: bold 28px ${serif}; margin-top:12px; color:${dark} }
.when { font: italic 16px ${serif}; margin-top:28px; line-height:26px }
.note { font: 12px ${sans}; color:#555; margin-top:18px; letter-spacing:.3px }
.sigs { position:absolute; left:30px; right:30px; bottom:34px; display:flex; justify-content:space-between; align-items:flex-end }
.sg { width:230px; font: 12px ${sans}; color:#333 } .sg .h { font: 24px ${hand}; color:#1c2f6b; border-bottom:1px solid #444; line-height:34px }
.seal { width:104px; height:104px; border-radius:50%; background: radial-gradient(circle, #e9c95a 0 52%, #b8860b 54% 60%, #e9c95a 62%);
  display:flex; align-items:center; justify-content:center; text-align:center; font: bold 9px ${sans}; color:#5a4300; letter-spacing:1px; line-height:12px;
  box-shadow: 0 0 0 5px #f3dc8a, 0 0 0 7px #b8860b }
.no { position:absolute; right:30px; bottom:8px; font: 10px ${mono}; color:#666 }
</style>
<div class="fr2"></div>
<div class="fr"><div class="cn tl"></div><div class="cn tr"></div><div class="cn bl"></div><div class="cn br"></div></div>
<div class="in">
 <div class="crest"><div class="emb"><span>${initials}</span></div><div class="mk">${maker}<small>${arm}</small></div></div>
 <h1>${heading}</h1>
 <div class="sub">${lead}</div>
 <div class="nm">${name}</div>
 <div class="sub">${middle}</div>
 <div class="crs">${title}</div>
 <div class="when">${when_html}</div>
 <div class="note">${note}</div>
 <div class="sigs">
  <div class="sg"><div class="h">${instr}</div>${instr}, ${instr_role}</div>
  <div class="seal">${seal_html}</div>
  <div class="sg"><div class="h">${director}</div>${director}, ${dir_role}</div>
 </div>
 <div class="no">Certificate No. ${certno}</div>
</div>
"""


def fill(d):
    import html

    maker = d.provider(d.pick([None, "upper"]))
    words = [w for w in maker.replace(",", "").split() if w[0].isalpha()]
    initials = "".join(w[0] for w in words[:2]).upper()
    date = d.date(d.pick(["words", "words", "long", "ordinal"]))
    city = d.city()
    e = html.escape
    if date.startswith("the "):
        when = f"Given on {e(date)}, at {e(city)}."
    else:
        when = f"Completed {e(date)} &middot; {e(city)}"
    if d.chance(0.6):
        when += f"<br>{e(d.hours(d.pick(['cec_hours', 'iicrc_cec', 'words_cec'])))}"
    return {
        "initials": initials,
        "maker": maker,
        "arm": d.pick(["Training Academy", "Technical Training Center", "Service School"]),
        "heading": d.pick(["Certificate of Completion", "Certificate of Training", "Certificate"]),
        "lead": d.pick(
            [
                "This is to certify that",
                "Be it known that",
                "This certificate is proudly presented to",
            ]
        ),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "middle": d.pick(
            [
                "has successfully completed the course requirements for",
                "has satisfactorily completed the training program in",
                "has completed all classroom and hands-on requirements of",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code"])),
        "when_html": when,
        "instr": d.person(),
        "instr_role": d.pick(["Instructor", "Lead Trainer", "IICRC Approved Instructor"]),
        "director": d.person(),
        "dir_role": d.pick(["Director of Training", "VP, Technical Services", "Academy Manager"]),
        "seal_html": "OFFICIAL<br>★ SEAL ★<br>" + str(d.completed.year),
        "certno": d.number(),
        "note": d.pick(
            [
                "Classroom instruction and hands-on equipment training",
                "Includes written examination and practical skills assessment",
                "Factory-authorized training program",
            ]
        ),
    }
