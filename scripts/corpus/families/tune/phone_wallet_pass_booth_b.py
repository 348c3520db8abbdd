"""A phone screenshot, printed, of the event-ticket style wallet pass a show
app issues when a badge is scanned at the IICRC booth: status bar and a
"Done" bar, then a dark pass with the logo block and the show's name, a
small header field top right, a strip image with the primary field over
it, rows of secondary and auxiliary label/value pairs, and a QR code with
its alternate text on a white plate."""

SOURCE = (
    "oisujp/paww:types.d.ts (header, primary, secondary, auxiliary and back fields; logo, strip) "
    "and hisaac/PassSwiftly:PassSwiftly/Pass.swift (logoText, barcode altText, eventTicket style)"
)
KIND = "booth"
PAPER = "receipt"
CATEGORIES = (
    "labelled",
    "portrait",
    "provider-in-logo",
    "phone-screenshot",
    "dark-background",
    "qr",
)

TEMPLATE = """<style>
.ph { position:absolute; inset:0; background:#f2f2f7; font-family:${sans} }
.sb { display:flex; justify-content:space-between; padding:10px 18px 0; font: 600 12px ${sans}; color:#000 }
.nb { display:flex; justify-content:space-between; padding:10px 16px 8px; font: 15px ${sans}; color:#0a60d8 }
.pass { margin:4px 12px 0; border-radius:12px; background:${bg}; color:#fff; overflow:hidden; box-shadow:0 2px 6px rgba(0,0,0,.3) }
.hd { display:flex; align-items:center; padding:12px 12px 8px; gap:8px }
.lg { width:26px; height:26px; border-radius:5px; background:#fff; color:${bg}; font: bold 10px ${sans};
  display:flex; align-items:center; justify-content:center; flex:none }
.lt { font: 600 12.5px ${sans}; line-height:14px; flex:1 }
.hf { text-align:right; flex:none }
.lb { font: 600 8.5px ${sans}; letter-spacing:.6px; text-transform:uppercase; color:${label} }
.hf .v { font-size:19px; line-height:21px }
.strip { min-height:86px; padding:14px 12px; background:
  linear-gradient(100deg, rgba(0,0,0,.35), rgba(0,0,0,0) 70%),
  repeating-linear-gradient(135deg, ${accent} 0 14px, ${accent2} 14px 28px) }
.strip .v { font: 22px ${sans}; line-height:25px; margin-top:2px; text-shadow:0 1px 2px rgba(0,0,0,.4) }
.row { display:flex; justify-content:space-between; gap:10px; padding:8px 12px 0 }
.row > div + div { text-align:right }
.row .v { font-size:13px; line-height:16px; margin-top:1px }
.bc { margin:14px auto 12px; width:136px; background:#fff; border-radius:6px; padding:8px 8px 4px; text-align:center; color:#000 }
.bc .alt { font: 10px ${sans}; margin-top:3px }
.set { margin:14px 12px 0; background:#fff; border-radius:10px; font: 12.5px ${sans}; color:#000 }
.set div { display:flex; justify-content:space-between; padding:9px 12px; border-bottom:1px solid #e3e3e8 }
.set div:last-child { border-bottom:none; color:#d70015 } .set span { color:#8e8e93 }
.note { margin:10px 16px 0; font: 10px ${sans}; color:#555; line-height:13px; text-align:center }
</style>
<div class="ph">
 <div class="sb"><span>${clock}</span><span>${signal}</span></div>
 <div class="nb"><span>Done</span><span style="letter-spacing:2px">&#8226;&#8226;&#8226;</span></div>
 <div class="pass">
  <div class="hd"><div class="lg">${mark}</div><div class="lt">${org}</div>
   <div class="hf"><div class="lb">${hf_label}</div><div class="v">${hours}</div></div></div>
  <div class="strip"><div class="lb" style="color:#fff">${pf_label}</div><div class="v">${name}</div></div>
  <div class="row"><div><div class="lb">${s1_label}</div><div class="v">${visit}</div></div>
   <div><div class="lb">${s2_label}</div><div class="v">${date}</div></div></div>
  <div class="row"><div><div class="lb">${a1_label}</div><div class="v">${a1}</div></div>
   <div><div class="lb">${a2_label}</div><div class="v">${a2}</div></div></div>
  <div class="row"><div><div class="lb">Venue</div><div class="v">${venue}</div></div></div>
  <div class="bc">${qr_html}<div class="alt">${alt}</div></div>
 </div>
 <div class="note">${note}</div>
 <div class="set"><div>Automatic Updates<span>On</span></div><div>Allow Notifications<span>On</span></div>
  <div>Remove Pass</div></div>
</div>
"""


def _qr(d, size=118, n=25):
    cells = []
    step = size / n
    for y in range(n):
        for x in range(n):
            corner = (x < 7 and y < 7) or (x >= n - 7 and y < 7) or (x < 7 and y >= n - 7)
            if corner:
                cx = x - (n - 7) if x >= n - 7 else x
                cy = y - (n - 7) if y >= n - 7 else y
                on = cx in (0, 6) or cy in (0, 6) or (2 <= cx <= 4 and 2 <= cy <= 4)
            else:
                on = d.chance(0.5)
            if on:
                cells.append(
                    f'<rect x="{x * step:.2f}" y="{y * step:.2f}" width="{step + 0.05:.2f}" '
                    f'height="{step + 0.05:.2f}"/>'
                )
    return f'<svg width="{size}" height="{size}" viewBox="0 0 {size} {size}">{"".join(cells)}</svg>'


def fill(d):
    r = d.rng
    org = d.provider()
    words = [w for w in (d.org_alt or d.org).split() if w[0].isupper()]
    bg = d.pick(["#1c1c1e", "#0f2a4a", "#123524", "#3a0d2e", "#2b2d42", d.colors["dark"]])
    label = d.pick(["#c9d6e8", "#f2c14e", "#b8f2e6", "#e0e0e0"])
    accent = d.colors["accent"]
    visit = d.set_title(
        d.pick(["IICRC Booth Registration", "IICRC Booth Visit", "IICRC Booth Check-in"]),
        ["IICRC Booth Registration"],
    )
    hours_label, hours = d.pick(
        [("CECs", None), ("CEC Hours", None), ("Credit", "hours"), ("IICRC CECs", None)]
    )
    hours = d.hours(d.pick(["cecs", "hours_title"])) if hours else d.hours_number()
    scanned = f"{r.randrange(8, 12)}:{r.randrange(0, 60):02d} AM"
    return {
        "clock": f"{r.randrange(1, 12)}:{r.randrange(0, 60):02d}",
        "signal": d.pick(["5G  82%", "LTE  47%", "Wi-Fi  91%", "5G  23%"]),
        "bg": bg,
        "label": label,
        "accent": accent,
        "accent2": d.pick(["#ffffff22", "#00000022", "#ffffff33"]),
        "mark": "".join(w[0] for w in words)[:3] or "EXP",
        "org": org,
        "hf_label": hours_label,
        "hours": hours,
        "pf_label": d.pick(["Registrant", "Attendee", "Name"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "s1_label": d.pick(["Activity", "Visit", "Type"]),
        "visit": visit,
        "s2_label": d.pick(["Scanned", "Date"]),
        "date": d.date(d.pick(["short_month", "short_month_dot", "us_numeric", "long"])),
        "a1_label": d.pick(["Booth", "Stand"]),
        "a1": f"#{r.randrange(100, 4999)}",
        "a2_label": d.pick(["Cert. #", "IICRC #", "Badge ID"]),
        "a2": d.number(),
        "venue": d.venue(),
        "qr_html": _qr(d),
        "alt": f"{r.randrange(10**7, 10**8)} · {scanned}",
        "note": d.pick(
            [
                "Pass updated just now. Credit is posted to your certification record after the show.",
                "Keep this pass until your CECs appear on your record. Tap \u24d8 for details.",
                "Scanned at the booth. Your CECs are reported within 30 days of the show.",
            ]
        ),
    }
