"""The slip a technician is handed at the IICRC booth of a trade show: the
show name and dates across the top, "IICRC Booth Registration", the
registrant's details filled in, the CEC credit and a note to keep the slip
as proof. Registering at the booth earns two CEC hours."""

SOURCE = (
    "https://tygartmedia.com/restoration-continuing-education-iicrc-cecs/ and "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (booth sign-in wording)"
)
KIND = "booth"
PAPER = ["half-letter", "slip"]
CATEGORIES = ("slip", "labelled", "landscape", "date-range", "provider-in-logo")

TEMPLATE = """<style>
.w { position:absolute; inset:22px 30px; font: 14px ${sans} }
.hd { border-bottom:2px solid ${dark}; padding-bottom:6px; display:flex; justify-content:space-between; align-items:flex-end }
.ev { font-size:20px; font-weight:bold; color:${dark} } .dt { font-size:12px; text-align:right }
h2 { font-size:17px; margin:10px 0 8px; letter-spacing:1px; text-transform:uppercase }
table { border-collapse:collapse; width:100% } td { padding:5px 4px; border-bottom:1px solid #bbb }
td.l { width:38%; font-size:12px; color:#333 } .hand { font-family:${hand}; font-size:20px; color:#1a2a6c }
.note { font-size:9px; margin-top:8px; color:#444 }
</style>
<div class="w">
 <div class="hd"><div class="ev">${event}</div><div class="dt">${range}<br>${venue}</div></div>
 <h2>${heading}</h2>
 <table>
  <tr><td class="l">${name_label}</td><td class="hand">${name}</td></tr>
  <tr><td class="l">IICRC Certification #</td><td class="hand">${member}</td></tr>
  <tr><td class="l">${date_label}</td><td>${date}</td></tr>
  <tr><td class="l">CEC Credit</td><td><b>${hours}</b></td></tr>
 </table>
 <div class="note">${note}</div>
</div>
"""


def fill(d):
    event = d.provider()
    from datetime import timedelta

    from corpus.formats import fmt_range

    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    return {
        "event": event,
        "range": show,
        "venue": d.venue(),
        "heading": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC Booth Visit"]), ["IICRC Booth Registration"]
        ),
        "name_label": d.pick(["Registrant Name", "Name", "Certificant"]),
        "name": d.name("plain"),
        "member": d.number(),
        "date_label": d.pick(["Date of Visit", "Date", "Registered on"]),
        "date": d.date(d.pick(["us_numeric", "long", "short_month"])),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title"])),
        "note": "Keep this slip as proof of attendance. CECs are posted to your IICRC record within "
        "30 days. Booth staff cannot award credit for time spent elsewhere on the show floor.",
    }
