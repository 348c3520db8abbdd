"""A page torn from a pre-printed receipt book used at the certification
body's booth on a trade show floor, written out by hand for each
technician who registers: a narrow counterfoil on the left (number, date,
from, for, credit, in shorthand) kept in the book, a perforation, and the
receipt proper on the right. The receipt has a small printed header with
the show's name beside a boxed word "RECEIPT" and a red serial number,
then dotted lines filled in by hand: the date, "received from" the
technician's name, the certification number, "for" the activity, and the
credit, with a small printed box for the credit figure at the right. The
booth staff member signs on a "received by" line; a faint rubber stamp of
the booth number overlaps the corner."""

SOURCE = (
    "myke91/HassLogistics:resources/views/pdf/receipt.blade.php (receipt with Date and No. "
    "on dotted lines, 'Received from', 'For payment of', 'Received By', an amount box); "
    "counterfoil and perforation as pre-printed receipt books have them"
)
KIND = "booth"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "landscape",
    "handwriting",
    "labelled",
    "stamp",
    "distractor-person",
    "provider-in-logo",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper}; font-family:${serif}; color:#222 }
.cf { position:absolute; left:0; top:0; bottom:0; width:158px; padding:16px 10px 0 14px; border-right:2px dashed #888; font-size:10.5px }
.cf .no { font: bold 14px ${mono}; color:#b3121b }
.cf .r { margin-top:9px; border-bottom:1px dotted #777; min-height:22px; white-space:nowrap; overflow:visible }
.cf .r small { display:block; font: 8px ${sans}; color:#666; text-transform:uppercase; letter-spacing:1px }
.cf .r b { font: 16px ${handf}; color:${ink}; font-weight:normal; line-height:17px }
.rc { position:absolute; left:176px; right:18px; top:14px; bottom:12px }
.top { display:flex; justify-content:space-between; align-items:flex-start }
.top .ev { font: bold 14px ${sans}; color:${dark}; white-space:nowrap; line-height:18px }
.top .ev small { display:block; font: 10px ${sans}; color:#555; letter-spacing:.8px; margin-top:2px }
.top .bx { border:2px solid ${dark}; color:${dark}; font: bold 13px ${sans}; letter-spacing:2.5px; padding:3px 8px; text-align:center; white-space:nowrap }
.top .bx div { font: bold 15px ${mono}; color:#b3121b; letter-spacing:1px; margin-top:2px }
.ln { display:flex; align-items:flex-end; margin-top:15px; font-size:13px; height:28px }
.ln span { white-space:nowrap; margin-right:6px; padding-bottom:3px }
.ln div { flex:1; border-bottom:1.5px dotted #555; font: 23px ${handf}; color:${ink}; line-height:26px; padding-left:8px; white-space:nowrap; overflow:visible }
.ln .sm { flex:0 0 150px }
.amt { position:absolute; right:0; bottom:46px; border:1.5px solid #333; width:118px; text-align:center }
.amt small { display:block; background:#333; color:#fff; font: bold 9px ${sans}; letter-spacing:1.5px; padding:2px 0 }
.amt b { display:block; font: 22px ${handf}; color:${ink}; font-weight:normal; padding:3px 0 }
.by { position:absolute; left:0; bottom:6px; display:flex; align-items:flex-end; font-size:12px; width:300px }
.by span { white-space:nowrap; margin-right:6px }
.by div { flex:1; border-bottom:1.5px dotted #555; font: 22px ${handf}; color:${ink}; padding-left:6px; white-space:nowrap }
.stamp { position:absolute; right:150px; bottom:0px; word-spacing:4px; border:2.5px solid ${stampc}; border-radius:50%; width:92px; height:92px; color:${stampc}; opacity:.45;
  transform:rotate(-14deg); display:flex; flex-direction:column; align-items:center; justify-content:center; font: bold 10px ${sans}; letter-spacing:1px; text-align:center; line-height:12px }
.stamp b { font-size:17px; line-height:20px }
</style>
<div class="pg">
 <div class="cf">
  <div class="no">No. ${serial}</div>
  <div class="r"><small>Date</small><b>${cf_date}</b></div>
  <div class="r"><small>From</small><b>${cf_name}</b></div>
  <div class="r"><small>For</small><b>${cf_for}</b></div>
  <div class="r"><small>${cf_cred_label}</small><b>${cf_cred}</b></div>
  <div class="r"><small>Cert #</small><b>${cert}</b></div>
 </div>
 <div class="rc">
  <div class="top">
   <div class="ev">${event}<small>${booth_line}</small></div>
   <div class="bx">${word}<div>${serial}</div></div>
  </div>
  <div class="ln"><span>Date</span><div class="sm">${date}</div><span style="margin-left:14px">${cert_label}</span><div>${cert}</div></div>
  <div class="ln"><span>${from_label}</span><div>${name}</div></div>
  <div class="ln"><span>For</span><div>${title}</div></div>
  <div class="ln" style="width:60%"><span>${cred_label}</span><div>${hours}</div></div>
  <div class="amt"><small>${box_label}</small><b>${box}</b></div>
  <div class="stamp">${stamp_top}<b>${booth}</b>${stamp_bot}</div>
  <div class="by"><span>${by_label}</span><div>${staff}</div></div>
 </div>
</div>
"""


def fill(d):
    r = d.rng
    serial = f"{r.randrange(100, 9999):04d}"
    booth = f"#{d.pick([1, 2, 3, 4, 5])}{r.randrange(10, 99)}"
    staff = d.person()
    cf_date = d.date("us_short")
    box = d.hours_number()
    hours = d.hours(d.pick(["cecs", "cec_hours", "words", "hours_title"]))
    return {
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "paper": d.pick(["#fffdf4", "#fdf6e3", "#f4f8ff", "#fff"]),
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "stampc": d.pick(["#7c1d1d", "#1e3a8a", "#5b21b6"]),
        "serial": serial,
        "cf_date": cf_date,
        "cf_name": f"{d.first[0]}. {d.last}",
        "cf_for": d.pick(["Booth reg.", "booth", "IICRC booth"]),
        "cf_cred_label": d.pick(["CEC", "Credit"]),
        "cf_cred": box,
        "cert": f"{r.randrange(10000, 999999)}",
        "event": d.provider(),
        "booth_line": d.pick(
            [
                "IICRC booth · Exhibit hall",
                "Certification booth, show floor",
                "Booth registration desk",
            ]
        ),
        "word": d.pick(["RECEIPT", "CREDIT RECEIPT"]),
        "date": d.date(d.pick(["us_short", "us_numeric", "short_month"])),
        "cert_label": d.pick(["IICRC No.", "Cert. no."]),
        "from_label": d.pick(["Received from", "Issued to", "Registered"]),
        "name": d.name("plain"),
        "title": d.title("plain"),
        "cred_label": d.pick(["Credit", "Continuing ed. credit", "CEC"]),
        "hours": hours,
        "box_label": d.pick(["CEC HOURS", "CREDIT"]),
        "box": box,
        "stamp_top": d.pick(["BOOTH", "IICRC"]),
        "stamp_bot": d.pick(["REGISTERED", "VISITED", "CHECKED"]),
        "booth": booth,
        "by_label": d.pick(["Received by", "Booth staff", "By"]),
        "staff": staff,
    }
