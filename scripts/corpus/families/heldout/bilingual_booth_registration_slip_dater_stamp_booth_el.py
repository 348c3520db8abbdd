"""A booth registration slip from a show held in Canada, printed in one
ink on tinted slip stock with every caption in English and French, the
French in italics under the English. A header with the show's name and
the bilingual heading, a red serial number in the corner, then underlined
fields filled in by hand: name, certification number, e-mail, province.
Two tick boxes name the credit; the one for the booth visit is ticked. A
rectangular self-inking dater stamp in violet ink, pressed a little
crooked in the lower right, carries the booth's words and the day. A fine
line at the foot says who keeps which part."""

SOURCE = (
    "CongressWiki/legislator:src/components/StampText/index.tsx (bordered uppercase stamp text "
    "with ink texture); wording of bilingual (English/French) trade show forms in Canada and of "
    "IICRC booth registration"
)
KIND = "booth"
PAPER = "slip"
CATEGORIES = ("slip", "labelled", "landscape", "handwriting", "stamp", "bilingual")

TEMPLATE = """<style>
.s { position:absolute; inset:0; background:${stock}; color:${ink}; font-family:${sans} }
.hd { position:absolute; left:22px; right:22px; top:16px; border-bottom:2px solid ${ink}; padding-bottom:6px }
.hd .ev { font: bold 16px ${cond}; text-transform:uppercase; letter-spacing:0.8px }
.hd .t { font: bold 18px ${sans}; margin-top:2px } .hd .t i { font-weight:normal; font-size:14px }
.ser { position:absolute; right:24px; top:18px; font: bold 15px ${mono}; color:#c0001a }
.f { position:absolute; left:22px; width:${fw}px; font-size:10.5px; line-height:12px }
.f i { display:block; font-size:9.5px; opacity:0.85 }
.f .v { border-bottom:1px solid ${ink}; min-height:25px; font: 20px ${hand}; color:#1b2a6b; padding-left:6px; margin-top:1px }
.chk { position:absolute; left:22px; top:300px; font-size:11px; line-height:19px }
.chk span { display:inline-block; width:13px; height:13px; border:1.5px solid ${ink}; margin-right:7px; vertical-align:-2px; text-align:center;
  font: bold 13px/12px ${hand}; color:#1b2a6b }
.chk b { font-size:13px }
.dt { position:absolute; left:${dx}px; top:${dy}px; border:3px double ${stamp}; color:${stamp}; padding:4px 12px; text-align:center;
  transform:rotate(${rot}deg); mix-blend-mode:multiply; opacity:0.85; font: bold 11px ${sans}; letter-spacing:1.5px }
.dt .d { font: bold 17px ${mono}; letter-spacing:1px; margin:3px 0 }
.ft { position:absolute; left:22px; right:22px; bottom:10px; font-size:8.5px; color:${ink}; opacity:0.9 }
</style>
<div class="s">
 <div class="hd"><div class="ev">${event}</div><div class="t">${title} <i>/ ${title_fr}</i></div></div>
 <div class="ser">${serial}</div>
 <div class="f" style="top:88px">Name<i>Nom</i><div class="v">${name}</div></div>
 <div class="f" style="top:150px">IICRC certification no.<i>N&ordm; de certification IICRC</i><div class="v">${cert}</div></div>
 <div class="f" style="top:212px">E-mail<i>Courriel</i><div class="v">${email}</div></div>
 <div class="f" style="top:88px; left:${col2}px; width:190px">Province<i>Province</i><div class="v">${prov}</div></div>
 <div class="chk">
  <div><span>&#10003;</span><b>${booth_credit}</b> ${hours} &nbsp;<i>/ ${credit_fr}</i></div>
  <div><span></span>${other_box} <i>/ ${other_fr}</i></div>
 </div>
 <div class="dt">${stamp_top}<div class="d">${date}</div>${stamp_bottom}</div>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    import unicodedata

    r = d.rng

    def plain(text):
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()

    first = plain(d.first.split()[0])
    last = "".join(ch for ch in plain(d.last) if ch.isalpha())[:9]
    return {
        "stock": d.pick(["#fde7ef", "#fff6cf", "#e6f3ff", "#eef8e8"]),
        "ink": d.pick(["#12355b", "#5a1e1e", "#1d4d2b"]),
        "stamp": d.pick(["#55308d", "#3b2b94", "#6b1f7a"]),
        "rot": d.pick([-6, -4, 3, 5]),
        "dx": d.pick([430, 450, 470]),
        "dy": d.pick([290, 300, 310]),
        "fw": 380,
        "col2": 430,
        "event": d.provider(),
        "title": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC Booth Sign-In"]),
            ["IICRC Booth Registration"],
        ),
        "title_fr": d.pick(["Inscription au kiosque IICRC", "Inscription au stand IICRC"]),
        "serial": f"N° {r.randrange(10000, 99999)}",
        "name": d.name("plain"),
        "cert": f"{r.randrange(10000, 999999)}",
        "email": f"{first}.{last}@{d.pick(['gmail.com', 'videotron.ca', 'outlook.com'])}",
        "prov": d.pick(["QC", "ON", "NB", "Québec", "Ontario"]),
        "booth_credit": d.pick(["Booth visit credit:", "Booth registration:"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours"])),
        "credit_fr": d.pick(["crédits de visite au kiosque", "visite du kiosque"]),
        "other_box": d.pick(["Send me renewal information", "Add me to the newsletter"]),
        "other_fr": d.pick(
            ["Envoyez-moi l'information de renouvellement", "Abonnement à l'infolettre"]
        ),
        "stamp_top": d.pick(["IICRC BOOTH", "KIOSQUE IICRC"]),
        "date": d.date(d.pick(["iso", "dd_mon_yyyy", "long_upper"])),
        "stamp_bottom": d.pick(["REGISTERED / INSCRIT", "RECEIVED / REÇU"]),
        "foot": d.pick(
            [
                "White copy: IICRC. Tinted copy: visitor. / Copie blanche : IICRC. Copie teintée : visiteur.",
                "Keep this slip for your records. / Conservez ce coupon pour vos dossiers.",
            ]
        ),
    }
