"""A wallet card with a dark top band in which the provider's wordmark sits
in light letter-spaced capitals, the heading beneath, a short "certifies
that ... completed the program entitled" wording, and a bottom row with the
completion date, credit and approval number; the back-of-card style line at
the foot carries a card number and the instructor's name."""

SOURCE = (
    "realcme/newmigration:certifications/certificate-crt-npwh.tpl.php "
    "(“Continuing Education Certificate ... completed the continuing education program entitled”)"
)
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "dark-band",
    "landscape",
    "sentence",
    "provider-in-logo",
    "letter-spaced",
    "distractor-person",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border:1px solid #999; border-radius:8px; overflow:hidden; font-family:${sans}; color:#111 }
.bd { background:${dark}; color:#fff; height:30px; padding:5px 8px 0; font: bold 8.5px ${sans}; letter-spacing:2px; text-transform:uppercase; line-height:10px }
.hd { font: bold 8.5px ${display}; color:${dark}; text-align:center; margin-top:4px; letter-spacing:0.5px }
.tx { font-size:6.5px; text-align:center; line-height:8px; margin:1px 8px }
.nm { font: bold 11px ${serif}; text-align:center }
.tt { font: bold 7.5px ${sans}; text-align:center; margin:0 8px; line-height:9px }
.row { position:absolute; left:8px; right:8px; bottom:14px; display:flex; justify-content:space-between; font-size:6.5px }
.row b { display:block; font-size:7.5px }
.ft { position:absolute; left:8px; right:8px; bottom:3px; font-size:5px; color:#555; display:flex; justify-content:space-between }
</style>
<div class="c">
 <div class="bd">${org}</div>
 <div class="hd">${heading}</div>
 <div class="tx">${lead}</div>
 <div class="nm">${name}</div>
 <div class="tx">${verb}</div>
 <div class="tt">${title}</div>
 <div class="row"><div>${date_label}<b>${date}</b></div><div>Credit<b>${hours}</b></div><div>${appr_label}<b>${approval}</b></div></div>
 <div class="ft"><span>Card ${card}</span><span>Instr. ${instructor}</span></div>
</div>
"""


def fill(d):
    return {
        "org": d.provider("upper"),
        "heading": d.pick(["Continuing Education Certificate", "CE Wallet Certificate"]),
        "lead": d.pick(["This is to certify that", "This card certifies that"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "verb": d.pick(
            [
                "completed the continuing education program entitled",
                "has completed the program entitled",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code"])),
        "date_label": d.pick(["Completed", "Date", "Earned"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "short_month", "dd_mon_yyyy"])),
        "hours": d.hours(d.pick(["cecs", "hrs", "cec_hours"])),
        "appr_label": d.pick(["Approval #", "Course ID", "CE No."]),
        "approval": d.approval(),
        "card": d.number(),
        "instructor": d.person(),
    }
