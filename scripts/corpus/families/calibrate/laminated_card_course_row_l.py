"""A laminated wallet card printed by the school after a class: a dark band
with the school's square mark and name in white and the card's kind at the
right, a small "cardholder" label over the holder's name, then a one-row
table (course, completed, credit) under tiny column heads, and along the
foot the card number, a renew-by date and the instructor's signature."""

SOURCE = (
    "kavram/cht-facprcourse:ROOT/WebContent/WEB-INF/jsp/tempCard.jsp (printed wallet card: "
    "the holder's name, issue and renew dates and a signature laid over the card)"
)
KIND = "course"
PAPER = "card"
CATEGORIES = ("wallet", "dark-band", "table", "landscape", "provider-in-logo", "distractor-date")

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:10px; overflow:hidden; background:${light}; font-family:${sans}; color:#111;
  border:1px solid #bbb }
.band { background:${dark}; color:#fff; height:42px; padding:6px 10px; display:flex; align-items:center; gap:7px }
.mk { width:26px; height:26px; background:${accent}; font: bold 10px ${display}; display:flex; align-items:center;
  justify-content:center; flex:none; border-radius:3px }
.on { font: bold 10.5px ${sans}; line-height:12px; flex:1 } .kd { font-size:6.5px; letter-spacing:1px; opacity:0.85; align-self:flex-start; white-space:nowrap; margin-top:-2px }
.b { padding:6px 10px 0 }
.lb { font-size:6.5px; letter-spacing:1px; color:#555; text-transform:uppercase }
.nm { font: bold 13.5px ${sans}; margin:1px 0 5px }
table { width:100%; border-collapse:collapse }
th { font-size:6.5px; letter-spacing:0.6px; text-transform:uppercase; color:#fff; background:${accent}; text-align:left; padding:2px 3px }
td { font-size:8.5px; padding:3px 3px; border-bottom:1px solid #999; vertical-align:top; line-height:10px; background:#fff }
.ft { position:absolute; left:10px; right:10px; bottom:6px; display:flex; justify-content:space-between; align-items:flex-end;
  font-size:6.8px; color:#333; line-height:9px }
.sg { text-align:center } .sg .i { font: 12px ${hand}; color:#1b2f6b; border-bottom:0.8px solid #333; min-width:92px; white-space:nowrap;
  line-height:16px; height:16px; margin-bottom:3px }
</style>
<div class="c">
 <div class="band"><div class="mk">${mark}</div><div class="on">${org}</div><div class="kd">${kind}</div></div>
 <div class="b">
  <div class="lb">${holder_label}</div>
  <div class="nm">${name}</div>
  <table><tr><th>Course</th><th>${done_head}</th><th>${credit_head}</th></tr>
   <tr><td>${title}</td><td style="white-space:nowrap">${date}</td><td>${hours}</td></tr></table>
 </div>
 <div class="ft"><div>${no_label} ${card_no}<br>${renew_label} ${renew}</div>
  <div class="sg"><div class="i">${ink}</div>${sig_label}</div></div>
</div>
"""


def fill(d):
    org = d.provider()
    short = d.org_alt or org
    mark = "".join(w[0] for w in short.replace("&", " ").split() if w[0].isupper())[:3]
    signer = d.person()
    credit_head, hours = d.pick(
        [("CECs", None), ("Hours", None), ("Credit", "cec_hours"), ("Credit", "hrs")]
    )
    return {
        "mark": mark,
        "org": org,
        "kind": d.pick(["TRAINING CARD", "COMPLETION CARD", "WALLET CARD"]),
        "holder_label": d.pick(["Cardholder", "Student", "Issued to"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "done_head": d.pick(["Completed", "Date", "Passed"]),
        "credit_head": credit_head,
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "date": d.date(d.pick(["us_numeric", "short_month", "us_short", "dd_mon_yyyy"])),
        "hours": d.hours(hours) if hours else d.hours_number(),
        "no_label": d.pick(["Card No.", "No.", "ID"]),
        "card_no": d.number(),
        "renew_label": d.pick(["Renew by", "Valid thru", "Expires"]),
        "renew": d.other_date("expiry", d.pick(["us_numeric", "short_month"])),
        "ink": signer,
        "sig_label": d.pick(["Instructor", "Authorized signature", signer]),
    }
