"""A printed ID-style training card, CR80 size, front only: a header with an
emblem and the issuer's name in capitals over a smaller line, then a dark bar
naming the card in white letter-spaced capitals; below it a photo box on the
left and the holder's details on the right as label, colon, value rows
(name, course, credit, dates, card number); at the foot a barcode with its
number and a tiny signature line for the issuing authority."""

SOURCE = "MualnuamSolutions/book-library:app/views/idcard/print/faculty-idcard.blade.php"
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "labelled",
    "dark-band",
    "distractor-date",
    "distractor-person",
    "letter-spaced",
    "landscape",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:9px; overflow:hidden; border:1px solid #aaa; font-family:${face}; color:#111;
  background:linear-gradient(180deg, #fff 0 60%, ${light} 100%) }
.hd { display:flex; align-items:center; gap:6px; padding:5px 8px 3px }
.em { width:26px; height:26px; flex:none; border-radius:50%; background:${accent}; border:2px solid ${dark};
  box-shadow: inset 0 0 0 3px #fff; }
.hd div { flex:1; text-align:center; line-height:9.5px }
.hd b { font-size:${org_size}px; letter-spacing:0.2px; display:block } .hd span { font-size:6.4px; color:#444 }
.bar { background:${dark}; color:#fff; text-align:center; font: bold 8.5px ${sans}; letter-spacing:2.2px; padding:2.5px 0 2px }
.bd { display:flex; gap:8px; padding:6px 8px 0 }
.ph { width:58px; height:72px; flex:none; border:1px solid #888; background:#dfe3e8; position:relative; overflow:hidden }
.ph:before { content:""; position:absolute; left:18px; top:11px; width:22px; height:24px; border-radius:50%; background:#9aa3ad }
.ph:after { content:""; position:absolute; left:7px; top:38px; width:44px; height:44px; border-radius:50% 50% 0 0; background:#9aa3ad }
table { border-collapse:collapse; font-size:7.3px; line-height:9.6px; width:100% }
td { padding:0; vertical-align:top } td.l { width:${label_w}px; color:#333; white-space:nowrap } td.s { width:7px; text-align:center }
td.v { font-weight:bold } td.v.nm { font-size:9px; line-height:11px }
.ft { position:absolute; left:8px; right:8px; bottom:4px; display:flex; justify-content:space-between; align-items:flex-end }
.bc { text-align:center; font: 6px ${mono}; letter-spacing:1px } .bc svg { display:block }
.sg { text-align:center; font-size:5.6px; color:#444; width:98px }
.sg i { display:block; font: 14px ${hand}; color:#1c2f66; border-bottom:0.7px solid #555; height:14px; line-height:15px; font-style:normal; overflow:hidden }
</style>
<div class="c">
 <div class="hd"><span class="em"></span><div><b>${org}</b><span>${sub}</span></div></div>
 <div class="bar">${card_title}</div>
 <div class="bd"><div class="ph"></div>
  <table>
   <tr><td class="l">${l_name}</td><td class="s">:</td><td class="v nm">${name}</td></tr>
   <tr><td class="l">${l_course}</td><td class="s">:</td><td class="v">${title}</td></tr>
   <tr><td class="l">${l_hours}</td><td class="s">:</td><td class="v">${hours}</td></tr>
   <tr><td class="l">${l_date}</td><td class="s">:</td><td class="v">${date}</td></tr>
   <tr><td class="l">${l_second}</td><td class="s">:</td><td class="v">${second}</td></tr>
   <tr><td class="l">${l_id}</td><td class="s">:</td><td class="v">${card_no}</td></tr>
  </table>
 </div>
 <div class="ft"><div class="bc">${barcode_html}${bar_no}</div>
  <div class="sg"><i>${sig}</i>${sig_label}</div></div>
</div>
"""


def _barcode(d, width=118, height=17):
    bars, x = [], 0
    while x < width - 4:
        w = d.pick([1, 1, 1, 2, 2, 3])
        if d.chance(0.55):
            bars.append(f'<rect x="{x}" y="0" width="{w}" height="{height}"/>')
        x += w
    return (
        f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'fill="#111">{"".join(bars)}</svg>'
    )


def fill(d):
    org = d.provider("upper")
    name = d.name(d.pick(["plain", "upper", "last_first"]))
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    date = d.date(d.pick(["us_numeric", "dd_mon_yyyy", "short_month", "us_dash"]))
    if d.chance(0.5):
        hours_label, hours = d.pick(["CECs", "Credit", "IICRC CECs"]), d.hours_number()
        if hours_label == "Credit":
            hours += " hrs"
    else:
        hours_label, hours = "Credit", d.hours(d.pick(["cec_hours", "hrs", "hours_title"]))
    second_label, second_kind = d.pick(
        [
            ("Valid Thru", "expiry"),
            ("Expires", "expiry"),
            ("Issued", "issue"),
            ("Date of Issue", "issue"),
        ]
    )
    card_no = d.number(d.pick(["", "TC-", "ID "]))
    long_org = len(org) > 34
    return {
        "face": d.fonts[d.pick(["sans", "cond", "sans"])],
        "org_size": 7.4 if long_org else 8.6,
        "org": org,
        "sub": d.pick([d.city(), d.web(), f"{d.city()} · {d.phone()}"]),
        "card_title": d.pick(
            ["TRAINING ID CARD", "TECHNICIAN CARD", "IDENTITY CARD", "CERTIFIED TRAINEE"]
        ),
        "label_w": 44,
        "l_name": "Name",
        "l_course": d.pick(["Course", "Training", "Program"]),
        "l_hours": hours_label,
        "l_date": d.pick(["Completed", "Course Date", "Date"]),
        "l_second": second_label,
        "l_id": d.pick(["ID No.", "Card No.", "Reg. No."]),
        "name": name,
        "title": title,
        "hours": hours,
        "date": date,
        "second": d.other_date(second_kind, d.pick(["us_numeric", "dd_mon_yyyy", "short_month"])),
        "card_no": card_no,
        "barcode_html": _barcode(d),
        "bar_no": "".join(ch for ch in card_no if ch.isdigit())[:12],
        "sig": d.person().split()[-1] if d.chance(0.8) else "",
        "sig_label": d.pick(
            ["Signature of Issuing Authority", "Authorized Signature", "Training Director"]
        ),
    }
