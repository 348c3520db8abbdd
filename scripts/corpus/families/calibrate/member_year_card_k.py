"""A wallet card in two panels, like an association's member card: the wide
left panel on a dark ground with a letter-spaced card word, the issuer's
office address in small type, the year in large outline numerals, the
holder's name, a card number, the course as the "section", the credit as
"valid for", the completion date and the web address; the narrow right panel
is white, with a note about the card and a barcode."""

SOURCE = "raymondchandra/hfi:app/views/pages/cetakkartu.blade.php"
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "dark-band",
    "letter-spaced",
    "labelled",
    "landscape",
    "distractor-date",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; display:flex; font-family:${face}; border-radius:9px; overflow:hidden; border:1px solid #999 }
.l { width:72%; background:${dark}; color:${txt}; padding:7px 9px; position:relative }
.r { flex:1; background:#fff; color:#222; padding:7px 6px; font-size:5.6px; line-height:7.4px }
.wd { font: bold 10px ${face}; letter-spacing:${spacing}; text-transform:none }
.of { font-size:5.6px; line-height:7px; opacity:0.9; margin-top:1px }
.yr { position:absolute; right:9px; top:6px; font: bold 23px ${display}; color:transparent; -webkit-text-stroke:0.8px ${txt}; letter-spacing:1px }
.nm { font: bold 11.5px ${face}; margin-top:9px; letter-spacing:0.3px; white-space:nowrap }
.no { font-size:7px; margin-top:1px; letter-spacing:1px }
.sc { font-size:7.6px; line-height:9.6px; margin-top:6px }
.sc b { font-weight:bold }
.lk { position:absolute; left:9px; bottom:5px; font-size:5.8px; opacity:0.85 }
.bc { position:absolute; right:6px; bottom:7px; width:56px; height:24px;
  background:repeating-linear-gradient(90deg, #000 0 1px, #fff 1px 2px, #000 2px 4px, #fff 4px 5px, #000 5px 6px, #fff 6px 8px) }
.bn { position:absolute; right:6px; bottom:1px; width:56px; text-align:center; font: 5px ${mono} }
</style>
<div class="c">
 <div class="l">
  <div class="wd">${card_word}</div>
  <div class="of">${org}<br>${street}, ${town}</div>
  <div class="yr">${year}</div>
  <div class="nm">${name}</div>
  <div class="no">${no_label} ${card_no}</div>
  <div class="sc">${section_label}<br><b>${title}</b><br>${valid_label} ${hours}<br>${done_label} ${date}</div>
  <div class="lk">${web}</div>
 </div>
 <div class="r">${note}<br><br>${expiry_label} ${expiry}
  <div class="bc"></div><div class="bn">${barcode_no}</div></div>
</div>
"""


def fill(d):
    street, town = d.address()
    org = d.provider()
    return {
        "face": d.fonts[d.pick(["sans", "cond"])],
        "txt": d.pick(["#ffffff", "#f5ecd0", "#e3eef9"]),
        "spacing": d.pick(["3px", "4px", "2.5px"]),
        "card_word": d.pick(["TECHNICIAN", "GRADUATE", "CERTIFIED", "TRAINED"]),
        "org": org,
        "street": street,
        "town": town,
        "year": str(d.completed.year),
        "name": d.name(d.pick(["upper", "plain"])),
        "no_label": d.pick(["Card #", "No.", "ID"]),
        "card_no": d.number(),
        "section_label": d.pick(["Course:", "Section:", "Class:"]),
        "title": d.title(d.pick(["plain", "code_first"])),
        "valid_label": d.pick(["Credit:", "Valid for:", "Earned:"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs", "iicrc_cec"])),
        "done_label": d.pick(["Completed", "Passed", "Date:"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "dd_mon_yyyy"])),
        "web": d.web(),
        "note": d.pick(
            [
                "This card shows the holder completed the class named on the front. It is not an "
                "IICRC certification card.",
                "Carry this card on the job. Report a lost card to the school office.",
            ]
        ),
        "expiry_label": d.pick(["Review by", "Renew by", "Valid to"]),
        "expiry": d.other_date("expiry", d.pick(["us_numeric", "short_month"])),
        "barcode_no": str(d.rng.randrange(10**9, 10**10)),
    }
