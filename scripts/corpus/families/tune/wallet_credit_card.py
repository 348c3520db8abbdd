"""A wallet card laid out like a bank card: issuer and card type top-left, a
mark top-right, the credential large in the middle, and the bottom row with
"Card Holder" over the name and small "Completed" / "Expires" blocks."""

SOURCE = "Sync-CAPACITI/Spring_Bank_Management_System:src/main/webapp/WEB-INF/jsp/components/account_types/savings.jsp"
KIND = "course"
PAPER = "card"
CATEGORIES = ("wallet", "dark-band", "labelled", "distractor-date", "landscape")

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:12px; background:linear-gradient(135deg, ${dark}, ${accent}); color:#fff;
  font-family:${sans}; padding:12px 14px }
.top { display:flex; justify-content:space-between; font-size:8.5px; font-weight:bold; letter-spacing:0.5px }
.mark { width:30px; height:20px; border-radius:4px; background:rgba(255,255,255,0.8) }
.mid { margin-top:12px; font-size:13px; font-weight:bold; line-height:15px }
.hrs { font-size:9px; margin-top:2px }
.bot { position:absolute; left:14px; right:14px; bottom:10px; display:flex; justify-content:space-between; align-items:flex-end }
small { display:block; font-size:6px; opacity:0.85; text-transform:uppercase } .v { font-size:9.5px; font-weight:bold }
</style>
<div class="c">
 <div class="top"><span>${org}<br><span style="font-weight:normal">${type}</span></span><span class="mark"></span></div>
 <div class="mid">${title}<div class="hrs">${hours}</div></div>
 <div class="bot"><div><small>${holder_label}</small><div class="v">${name}</div></div>
  <div style="display:flex;gap:8px"><div><small>Completed</small><div class="v">${date}</div></div>
  <div><small>Expires</small><div class="v">${expiry}</div></div></div></div>
</div>
"""


def fill(d):
    return {
        "org": d.provider("upper"),
        "type": d.pick(["Certified Technician Card", "Training Record Card", "Course Completion"]),
        "title": d.title(d.pick(["plain", "code_first", "with_code"])),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])),
        "holder_label": d.pick(["Card Holder", "Technician", "Name"]),
        "name": d.name("upper"),
        "date": d.date(d.pick(["us_numeric", "us_short", "dd_mon_yyyy"])),
        "expiry": d.other_date("expiry", d.pick(["us_numeric", "us_short"])),
    }
