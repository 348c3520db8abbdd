"""A printable page for a wallet card: a short instruction line, the card's
front and back drawn side by side at actual size inside dashed cut lines
(front: issuer strip, one sentence acknowledging completion, the holder on a
rule and the trainer; back: date, credit, card number, expiry), and below
them a paragraph of fine print about lost cards and verification."""

SOURCE = (
    "kavram/cht-facprcourse:ROOT/WebContent/WEB-INF/jsp/tempCard.jsp (printed temporary wallet "
    "card) and rtharayil/certify-me.github.io:_certificate-templates/"
    "osha-10-card-template-for-industry-training.md (card fields)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "wallet",
    "portrait",
    "labelled",
    "sentence",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:54px 38px; font: 12px ${sans}; color:#222 }
.hd { font-size:13px; margin-bottom:18px } .hd b { font-size:15px }
.row { display:flex; gap:14px }
.cut { border:1.5px dashed #777; padding:7px; position:relative }
.cut .sc { position:absolute; top:-9px; left:8px; background:#fff; font-size:9px; color:#777; padding:0 3px }
.card { width:324px; height:204px; border:1px solid #999; border-radius:8px; overflow:hidden; position:relative; background:#fff }
.strip { background:${accent}; color:#fff; font: bold 10px ${sans}; padding:5px 9px; letter-spacing:0.4px }
.fr { padding:7px 10px; font-size:8.6px; line-height:11.5px }
.fr .nm { font: bold 13px ${face}; border-bottom:1px solid #333; padding-bottom:1px; margin:7px 0 1px }
.fr .lb { font-size:7px; color:#555; text-transform:uppercase }
.fr .tr { position:absolute; left:10px; right:10px; bottom:8px; display:flex; justify-content:space-between; font-size:8px }
.bk { padding:10px 12px; font-size:9px; line-height:13px }
.bk table { width:100%; border-collapse:collapse } .bk td { padding:2.5px 0; border-bottom:1px solid #ddd }
.bk td:first-child { color:#555; width:44% } .bk td:last-child { font-weight:bold }
.bk .note { font-size:7px; color:#555; margin-top:6px; line-height:9px }
.fine { margin-top:30px; font-size:11px; line-height:16px; color:#444; width:640px }
</style>
<div class="w">
 <div class="hd"><b>${sheet_title}</b><br>${instruction}</div>
 <div class="row">
  <div class="cut"><span class="sc">&#9986; FRONT</span><div class="card">
   <div class="strip">${org}</div>
   <div class="fr">${sentence_html}
    <div class="nm">${name}</div><div class="lb">${holder_label}</div>
    <div class="tr"><span>${trainer_label}: ${trainer}</span><span>${city}</span></div>
   </div></div></div>
  <div class="cut"><span class="sc">&#9986; BACK</span><div class="card"><div class="bk">
   <table><tr><td>${date_label}</td><td>${date}</td></tr>
    <tr><td>${hours_label}</td><td>${hours}</td></tr>
    <tr><td>Card No.</td><td>${card_no}</td></tr>
    <tr><td>Valid Through</td><td>${expiry}</td></tr></table>
   <div class="note">${back_note}</div></div></div></div>
 </div>
 <div class="fine">${fine}</div>
</div>
"""


def fill(d):
    org = d.provider("upper")
    title = d.title(d.pick(["plain", "with_code"]))
    sentence = d.pick(
        [
            f"This card acknowledges that the person named below has successfully completed "
            f"the <b>{title}</b> training program.",
            f"The bearer of this card has completed <b>{title}</b> and passed the course "
            "assessment.",
        ]
    )
    trainer = d.person()
    return {
        "face": d.fonts[d.pick(["serif", "sans"])],
        "sheet_title": d.pick(["Your Wallet Card", "Print Your Training Card", "Wallet Card"]),
        "instruction": d.pick(
            [
                "Print at 100% scale, cut along the dashed lines, fold and laminate.",
                "Cut out both sides along the dashed lines and glue them back to back.",
            ]
        ),
        "org": org,
        "sentence_html": sentence,
        "name": d.name(d.pick(["plain", "upper"])),
        "holder_label": d.pick(["Student", "Card Holder", "Trainee"]),
        "trainer_label": d.pick(["Trainer", "Instructor"]),
        "trainer": trainer,
        "city": d.city(),
        "date_label": d.pick(["Training Date", "Date Completed", "Completed On"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "long", "us_dash"])),
        "hours_label": d.pick(["Credit", "Course Length", "CE Credit"]),
        "hours": d.hours(d.pick(["hours_title", "hrs", "cecs", "cec_hours"])),
        "card_no": d.number(),
        "expiry": d.other_date("expiry", d.pick(["us_numeric", "short_month"])),
        "back_note": f"Verify this card at {d.web()} or call {d.phone()}.",
        "fine": d.pick(
            [
                f"Replacement cards are issued once per course. The card is evidence of training "
                f"only and does not license the holder to perform work. Questions may be sent to "
                f"the training office; please have the card number ready. Printed "
                f"{d.other_date('print', 'us_numeric')}.",
                "Keep this card with you on the job site. Lost cards may be reprinted from your "
                f"student account. This page was generated on {d.other_date('print', 'long')}.",
            ]
        ),
    }
