"""Not a certificate: an instructor's business card. A narrow accent spine
on the left; the school's name set as a logo lockup (initials in a square
beside the name); the instructor's name large with the approved-instructor
title under it; a row of the course codes the instructor may teach in
letter-spaced capitals; phone, mail and web lines; the instructor's
number and, on a hand-written line, the date of the next class. It names a
person, a school, a date and course codes, but records no credit."""

SOURCE = (
    "bismillahsj/tugas2:card.php (business card: name, role, contact list) and "
    "nurulkafi/card_generator:index.php (336 x 192 card with a coloured side section and a "
    "right-aligned name block)"
)
KIND = "other"
PAPER = "card"
CATEGORIES = (
    "other",
    "wallet",
    "landscape",
    "provider-in-logo",
    "letter-spaced",
    "handwriting",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; background:#fff; font-family:${sans}; color:#1b1b1b }
.sp { position:absolute; left:0; top:0; bottom:0; width:12px; background:${accent} }
.lg { position:absolute; left:24px; top:14px; right:14px; display:flex; align-items:center; gap:7px }
.lg i { width:26px; height:26px; background:${dark}; color:#fff; font: bold 10px ${display}; display:flex; align-items:center; justify-content:center; font-style:normal; flex:none }
.lg b { font: bold 9px ${cond}; letter-spacing:.6px; text-transform:uppercase; color:${dark}; line-height:11px }
.nm { position:absolute; left:24px; top:52px; font: bold 16px ${nfont}; line-height:19px }
.rl { position:absolute; left:24px; top:72px; font: italic 8.5px ${serif}; color:#444 }
.cd { position:absolute; left:24px; top:88px; font: bold 8px ${sans}; letter-spacing:2px; color:${accent} }
.ct { position:absolute; left:24px; top:106px; font: 8px ${sans}; line-height:11px; color:#333 }
.id { position:absolute; right:14px; top:106px; font: 7px ${sans}; color:#555; text-align:right; line-height:10px }
.nx { position:absolute; left:24px; right:14px; bottom:10px; font: 7.5px ${sans}; color:#555; border-top:0.7px solid #ccc; padding-top:3px }
.nx b { font: 13px ${hand}; color:#1d3b8c; font-weight:normal; margin-left:4px }
</style>
<div class="c">
 <div class="sp"></div>
 <div class="lg"><i>${initials}</i><b>${school}</b></div>
 <div class="nm">${person}</div>
 <div class="rl">${role}</div>
 <div class="cd">${codes}</div>
 <div class="ct">${phone}<br>${mail}<br>${web}</div>
 <div class="id">${id_label}<br><b>${inst_id}</b></div>
 <div class="nx">${next_label}<b>${next}</b></div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    school = d.pick(V.SCHOOLS)[0]
    person = d.person()
    words = [w for w in school.replace(",", "").split() if w[0].isupper()]
    codes = d.rng.sample(["WRT", "ASD", "AMRT", "FSRT", "OCT", "CCT", "UFT", "HST", "RCT"], 4)
    first = person.split()[0].lower()
    last = person.split()[-1].lower().replace("'", "")
    nxt = d.completed + timedelta(days=d.rng.randrange(10, 90))
    return {
        "initials": "".join(w[0] for w in words)[:3],
        "school": school,
        "person": person,
        "nfont": d.fonts[d.pick(["sans", "display", "serif"])],
        "role": d.pick(
            ["IICRC Approved Instructor", "Lead Instructor", "Master Textile Cleaner & Instructor"]
        ),
        "codes": " \u00b7 ".join(codes),
        "phone": d.phone(),
        "mail": f"{first[0]}{last}@{''.join(w.lower() for w in words[:2])}.com",
        "web": d.pick(["www.", ""]) + "".join(w.lower() for w in words[:2]) + ".com",
        "id_label": d.pick(["Instructor #", "Approved Instr. No."]),
        "inst_id": d.rng.randrange(1000, 99999),
        "next_label": d.pick(["Next class:", "See you at:"]),
        "next": f"{d.pick(codes)} {fmt_date(nxt, d.pick(['us_short', 'short_month']))}",
    }
