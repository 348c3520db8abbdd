"""Wallet card handed out after a hands-on class on a show floor: a dark header
band carrying the school's wordmark and a small emblem (the only place the
school is named), the holder in bold, then tight label/value rows for the
class, the date, the CEC credit and a card number, with a thin accent stripe
and a one-line verification note at the foot."""

SOURCE = (
    "wording: wallet-size completion cards that IICRC-approved schools hand out "
    "after hands-on classes taught at trade-show classrooms"
)
KIND = "course"
PAPER = "card"
CATEGORIES = ("wallet", "dark-band", "labelled", "landscape", "provider-in-logo", "tiny-footer")

TEMPLATE = """<style>
.card { position:absolute; inset:0; background:${light}; border:1px solid #bbb; border-radius:10px }
.top { position:absolute; left:0; right:0; top:0; height:${band_h}px; background:${dark}; border-radius:9px 9px 0 0;
  display:flex; align-items:center; gap:7px; padding:0 10px }
.emb { flex:none; width:24px; height:24px; border-radius:50%; border:2px solid ${pale}; color:${pale};
  font: bold 9px ${sans}; display:flex; align-items:center; justify-content:center }
.wm { color:#fff; font: bold ${wm_px}px ${wfont}; line-height:1.1; letter-spacing:.3px }
.stripe { position:absolute; left:0; right:0; top:${band_h}px; height:3px; background:${accent} }
.kind { position:absolute; right:10px; top:${kind_top}px; font: bold 7px ${sans}; letter-spacing:1.4px; color:${accent} }
.nm { position:absolute; left:12px; right:12px; top:${nm_top}px; font: bold ${nm_px}px ${nfont}; color:#111; line-height:1.1 }
.rows { position:absolute; left:12px; right:10px; top:${rows_top}px; font: 8.5px ${sans}; color:#222; line-height:11.5px }
.rows div { display:flex; gap:4px }
.rows span.l { flex:none; width:${lab_w}px; color:#555; font-size:7.5px; text-transform:uppercase; letter-spacing:.4px }
.rows span.v { font-weight:600 }
.foot { position:absolute; left:12px; right:10px; bottom:5px; font: 6.5px ${sans}; color:#555 }
</style>
<div class="card"></div>
<div class="top"><div class="emb">${initials}</div><div class="wm">${org}</div></div>
<div class="stripe"></div>
<div class="kind">${kind_word}</div>
<div class="nm">${name}</div>
<div class="rows">
 <div><span class="l">${course_label}</span><span class="v">${title}</span></div>
 <div><span class="l">${date_label}</span><span class="v">${date}</span></div>
 <div><span class="l">${credit_label}</span><span class="v">${hours}</span></div>
 <div><span class="l">${no_label}</span><span class="v">${card_no}</span></div>
</div>
<div class="foot">${foot}</div>
"""


def fill(d):
    org = d.provider(d.pick(["upper", None]))
    words = [w for w in org.replace(",", " ").split() if w[:1].isalpha() and w[0].isupper()]
    initials = "".join(w[0] for w in words[:2]).upper()
    name = d.name(d.pick(["plain", "upper"]))
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    long_title = len(title) > 32
    return {
        "band_h": 40,
        "kind_top": 47,
        "nm_top": 56,
        "nm_px": 14 if len(name) < 26 else 12,
        "rows_top": 78,
        "lab_w": d.pick([46, 52]),
        "wm_px": 11 if len(org) < 30 else 9.5,
        "wfont": d.fonts[d.pick(["sans", "cond", "display"])],
        "nfont": d.fonts[d.pick(["sans", "serif", "cond"])],
        "pale": d.pick(["#f2c230", "#9fc6e8", "#ffffff", "#b5d6b2"]),
        "initials": initials or "CE",
        "org": org,
        "kind_word": d.pick(["COURSE COMPLETION", "TRAINING CARD", "CERTIFIED TRAINING"]),
        "name": name,
        "course_label": d.pick(["Course", "Class"]) if not long_title else "Course",
        "title": title,
        "date_label": d.pick(["Completed", "Date", "Passed"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "long", "iso", "dd_mon_yyyy"])),
        "credit_label": d.pick(["CECs", "Credit", "IICRC CEC"]),
        "hours": d.hours_number()
        if d.chance(0.5)
        else d.hours(d.pick(["cec_hours", "hrs", "hours_title"])),
        "no_label": d.pick(["Card No.", "Cert #", "ID"]),
        "card_no": d.number(),
        "foot": d.pick(
            [
                "Carry this card as proof of training. Verify at " + d.web(),
                "Not valid without matching photo ID. " + d.phone(),
                "Present with your IICRC renewal. " + d.web(),
            ]
        ),
    }
