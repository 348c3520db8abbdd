"""A vertical wallet card the size of a credit card: the school's name in
upper case with its town and founding year over a rule, a small title line,
then a photo box beside label/value rows (card number, course, completed,
credit), a coloured foot line, a validity line and the instructor's
signature with his name at the bottom."""

SOURCE = (
    "shahadatnb/laravel_school_management:resources/views/admin/student/id_card/template2/"
    "front.blade.php (portrait CR80 card: header, title, photo beside detail rows, footer line, "
    "signer at the bottom)"
)
KIND = "course"
PAPER = "card-portrait"
CATEGORIES = (
    "wallet",
    "portrait",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border:3px solid ${accent}; border-radius:6px; padding:5px 6px; font-family:${sans}; color:#111; background:#fff;
  display:flex; flex-direction:column }
.hd { text-align:center; border-bottom:1.5px solid #000; padding-bottom:4px }
.sc { font-size:9.5px; font-weight:bold; text-transform:uppercase; line-height:11px; color:${dark} }
.ad { font-size:7px; line-height:8.5px; color:#333 } .es { font-size:6.2px; color:#555; letter-spacing:.5px }
.tt { text-align:center; font: bold 9px ${sans}; letter-spacing:1px; margin:6px 0 8px; background:${dark}; color:#fff; padding:2px 0 }
.ct { display:flex; gap:6px }
.ph { width:50px; height:62px; flex:none; border:1px solid #777; background:linear-gradient(#e3e6ea,#c2c8cf) }
.dt { flex:1; min-width:0 }
.nm { font-size:10.5px; font-weight:bold; line-height:12px; margin-bottom:4px }
.r { margin-bottom:4px } .l { font-size:6px; color:#666; text-transform:uppercase; line-height:7px } .v { font-size:8px; font-weight:bold; line-height:9.5px }
.nt { margin-top:auto; font-size:6.4px; line-height:8px; color:#333; font-style:italic; padding-bottom:4px }
.ft { border-top:2px solid ${accent}; padding-top:3px; display:flex; justify-content:space-between; align-items:flex-end }
.vd { font-size:6.6px } .vd b { font-size:7px }
.sg { text-align:center; font-size:6px; color:#444; line-height:7px }
.sg i { display:block; font: 12px ${hand}; color:#1a2a6c; font-style:normal; line-height:13px }
</style>
<div class="c">
 <div class="hd"><div class="sc">${org}</div><div class="ad">${town}</div><div class="es">${est}</div></div>
 <div class="tt">${card_title}</div>
 <div class="ct">
  <div class="ph"></div>
  <div class="dt">
   <div class="nm">${name}</div>
   <div class="r"><div class="l">${no_label}</div><div class="v">${card_no}</div></div>
   <div class="r"><div class="l">Course</div><div class="v">${title}</div></div>
   <div class="r"><div class="l">${date_label}</div><div class="v">${date}</div></div>
   <div class="r"><div class="l">${hours_label}</div><div class="v">${hours}</div></div>
  </div>
 </div>
 <div class="nt">${note}</div>
 <div class="ft"><div class="vd">${valid_label}<br><b>${valid}</b></div><div class="sg"><i>${signer}</i>${signer_role}</div></div>
</div>
"""


def fill(d):
    style = d.pick(["us_numeric", "short_month", "us_dash", "dd_mon_yyyy"])
    return {
        "org": d.provider(),
        "town": d.city(),
        "est": f"EST. {d.pick([1987, 1994, 1999, 2003, 2008, 2011])}",
        "card_title": d.pick(["TRAINING CARD", "COURSE CARD", "CE WALLET CARD"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "no_label": d.pick(["Card No.", "ID", "Cert #"]),
        "card_no": d.number(),
        "title": d.title(d.pick(["plain", "with_code"])),
        "date_label": d.pick(["Completed", "Date", "Course date"]),
        "date": d.date(style),
        "hours_label": d.pick(["CECs", "Hours", "Credit"]),
        "hours": d.hours_number(),
        "valid_label": d.pick(["Valid to:", "Expires:", "Renew by:"]),
        "valid": d.other_date("expiry", style),
        "note": d.pick(
            [
                "The holder named above has completed the course shown.",
                "Carry this card with you. Report a lost card to the school office.",
                "Not transferable. Verify at the school office.",
            ]
        ),
        "signer": d.person(),
        "signer_role": d.pick(["Instructor", "Principal", "Training Director"]),
    }
