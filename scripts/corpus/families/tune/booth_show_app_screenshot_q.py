"""A phone screenshot from a trade show's mobile app, printed or saved as an
image as proof of a booth visit: the phone's status bar (clock, signal,
battery), the app's dark title bar with the show's name, a back arrow and
the screen title, the signed-in attendee with a small avatar of initials,
a green "credited" card naming the booth registration with its labelled
rows (scanned at, booth, credit), a second card of education sessions still
pending with their own dates, a "last synced" line, and the app's tab bar
along the foot."""

SOURCE = (
    "harsh8558/ANGEL_one_react:src/Component/Iphone.jsx (phone status bar: clock left, signal, "
    "wi-fi and battery right); booth-visit credit from "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education"
)
KIND = "booth"
PAPER = "receipt"
CATEGORIES = (
    "portrait",
    "dark-band",
    "letter-spaced",
    "labelled",
    "distractor-date",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.ph { position:absolute; inset:0; background:#f1f2f5; font-family:${sans}; color:#1b1b1f }
.sb { height:26px; display:flex; justify-content:space-between; align-items:center; padding:0 16px; background:${dark}; color:#fff; font: bold 11.5px ${sans} }
.sb .ic { display:flex; gap:5px; align-items:center; font-weight:normal; font-size:10px }
.bars { display:flex; gap:1.5px; align-items:flex-end; height:9px } .bars i { width:2.5px; background:#fff; display:block }
.bat { width:20px; height:9px; border:1.2px solid #fff; border-radius:2px; padding:1px; position:relative }
.bat b { display:block; height:100%; background:#fff }
.tb { background:${dark}; color:#fff; padding:4px 14px 12px }
.tb .ev { font: bold 10px ${sans}; letter-spacing:1.6px; text-transform:uppercase; opacity:0.8 }
.tb .row { display:flex; align-items:center; gap:10px; margin-top:6px } .tb .ar { font-size:18px; line-height:18px }
.tb h1 { margin:0; font: bold 18px ${sans} }
.me { display:flex; align-items:center; gap:9px; background:#fff; padding:10px 14px; border-bottom:1px solid #ddd }
.av { width:32px; height:32px; border-radius:50%; background:${accent}; color:#fff; font: bold 12px ${sans}; display:flex; align-items:center; justify-content:center; flex:none }
.me .n { font: bold 13px ${sans} } .me .s { font-size:10px; color:#666; margin-top:1px }
.sec { font: bold 9.5px ${sans}; letter-spacing:1.2px; text-transform:uppercase; color:#666; margin:13px 14px 6px }
.card { background:#fff; margin:0 10px; border-radius:10px; box-shadow:0 1px 3px rgba(0,0,0,0.18); padding:11px 12px; border-left:5px solid #2e8b57 }
.card.p { border-left-color:#c7a13a; margin-top:8px }
.card .st { font: bold 9.5px ${sans}; color:#2e8b57; text-transform:uppercase; letter-spacing:1px }
.card.p .st { color:#9a7a1c }
.card .t { font: bold 14.5px ${sans}; margin:3px 0 7px; line-height:18px }
.card.p .t { font-size:12px; line-height:15px; margin-bottom:3px }
.kv { display:flex; justify-content:space-between; font-size:11px; padding:4px 0; border-top:1px solid #eee; gap:8px }
.kv span { color:#666; white-space:nowrap } .kv b { text-align:right }
.card.p .kv { font-size:10px; padding:2px 0; border:none }
.sync { font-size:9px; color:#888; text-align:center; margin-top:12px }
.tabs { position:absolute; left:0; right:0; bottom:0; height:50px; background:#fff; border-top:1px solid #ccc; display:flex }
.tabs div { flex:1; text-align:center; font-size:9px; color:#888; padding-top:7px }
.tabs div i { display:block; width:16px; height:16px; margin:0 auto 3px; border:2px solid #999; border-radius:4px }
.tabs div.on { color:${dark}; font-weight:bold } .tabs div.on i { border-color:${dark}; background:${dark} }
</style>
<div class="ph">
 <div class="sb"><span>${clock}</span><span class="ic"><span class="bars"><i style="height:3px"></i><i style="height:5px"></i><i style="height:7px"></i><i style="height:9px"></i></span>${net}<span class="bat"><b style="width:${battery}%"></b></span>${battery}%</span></div>
 <div class="tb"><div class="ev">${event}</div><div class="row"><span class="ar">&#8249;</span><h1>${screen}</h1></div></div>
 <div class="me"><div class="av">${initials}</div><div><div class="n">${name}</div><div class="s">${reg_label} ${reg}</div></div></div>
 <div class="sec">${sec1}</div>
 <div class="card">
  <div class="st">&#10003; ${status}</div>
  <div class="t">${title}</div>
  <div class="kv"><span>${date_label}</span><b>${date}</b></div>
  <div class="kv"><span>Booth</span><b>${booth}</b></div>
  <div class="kv"><span>${credit_label}</span><b>${hours}</b></div>
 </div>
 <div class="sec">${sec2}</div>
 <div class="card p">
  <div class="st">${pending}</div>
  <div class="t">${pend_title}</div>
  <div class="kv"><span>${pend_day}</span><b>${pend_note}</b></div>
 </div>
 <div class="sync">${sync}</div>
 <div class="tabs"><div><i></i>Home</div><div><i></i>Agenda</div><div><i></i>Floor map</div><div class="on"><i></i>${tab}</div></div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    hour = r.randrange(7, 22)
    name = d.name("plain")
    return {
        "clock": f"{hour % 12 or 12}:{r.randrange(0, 60):02d}",
        "net": d.pick(["5G", "LTE", "Wi-Fi"]),
        "battery": str(r.randrange(12, 99)),
        "event": d.provider(),
        "screen": d.pick(["My CE Credits", "My Credits", "Education Credit"]),
        "initials": (d.first[0] + d.last[0]).upper(),
        "name": name,
        "reg_label": d.pick(["IICRC #", "Reg. #", "Registrant"]),
        "reg": f"{r.randrange(10000, 999999)}",
        "sec1": d.pick(["Credited", "Posted credits", "Completed"]),
        "status": d.pick(["Credited", "Verified", "Posted"]),
        "title": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC Booth Visit", "IICRC Booth Registration"]),
            ["IICRC Booth Registration"],
        ),
        "date_label": d.pick(["Scanned", "Visit date", "Date"]),
        "date": d.date(d.pick(["short_month", "us_numeric", "weekday", "long"])),
        "booth": d.pick(["#1217", "#611", "#2043", "B-14", "#305"]),
        "credit_label": d.pick(["Credit", "CECs", "Awarded"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title"])),
        "sec2": d.pick(["Pending", "Awaiting scan-out", "In review"]),
        "pending": d.pick(["Pending · missing exit scan", "Pending review", "Not yet credited"]),
        "pend_title": d.pick(V.SESSIONS),
        "pend_day": fmt_date(d.completed + timedelta(days=d.pick([-1, 1])), "short_month"),
        "pend_note": d.pick(["0 credited", "awaiting exit scan", "under review"]),
        "sync": f"Last synced {d.other_date('issue', 'short_month')} · pull down to refresh",
        "tab": d.pick(["Credits", "My CE"]),
    }
