"""A photocopy, on one letter sheet, of both sides of the postage-paid reply
card handed out at the IICRC booth of a trade show. The upper card is the
address side: "BUSINESS REPLY MAIL", the first-class permit line, "POSTAGE
WILL BE PAID BY ADDRESSEE", the records office's address over a postal
bar code, the facing marks and the "no postage necessary" box with its
horizontal bars. The lower card is the message side: the show's name in a
band with the booth number, the card's heading, fields filled in by hand
or with a peel-off badge label (name, certification number, company,
phone, date of visit), tick boxes, the credit the booth records and the
staff initials. A copier's grey edge and a small "copy" footer."""

SOURCE = (
    "wording: USPS business reply mail card format (BUSINESS REPLY MAIL / FIRST-CLASS MAIL "
    "PERMIT NO. / POSTAGE WILL BE PAID BY ADDRESSEE / NO POSTAGE NECESSARY IF MAILED IN THE "
    "UNITED STATES, DMM 505.9) as printed on trade-show reply cards; booth sign-in wording from "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (sign in at the "
    "IICRC booth, the form goes to the IICRC office to update records)"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "slip",
    "labelled",
    "dark-band",
    "provider-in-logo",
    "handwriting",
    "checkboxes",
    "address",
    "photocopy",
    "barcode",
)

TEMPLATE = """<style>
.sheet { position:absolute; inset:0; background:#f3f3f1; font-family:${sans}; color:#1a1a1a }
.card { position:absolute; left:50%; width:576px; height:408px; margin-left:-288px; background:#fff; border:1px solid #9a9a9a;
  box-shadow: 0 0 0 5px #e2e2df }
.c1 { top:${top1}px } .c2 { top:${top2}px }
.cap { position:absolute; left:50%; margin-left:-288px; font: 10px ${mono}; color:#777 }
/* address side */
.fim { position:absolute; top:0; left:${fim_left}px; height:40px; width:60px;
  background: repeating-linear-gradient(90deg, #111 0 3px, transparent 3px 9px) }
.nop { position:absolute; right:18px; top:16px; width:120px; border:1.5px solid #111; text-align:center; font: bold 8.5px ${sans};
  line-height:10px; padding:6px 4px }
.bars { position:absolute; right:18px; top:100px; width:120px }
.bars div { height:9px; background:#111; margin-bottom:7px }
.brm { position:absolute; left:40px; top:84px; width:330px }
.brm .t { font: 900 25px ${sans}; letter-spacing:.5px; border-bottom:3px solid #111; padding-bottom:2px; white-space:nowrap }
.brm .p { font: bold 11.5px ${sans}; margin-top:5px; display:flex; justify-content:space-between; white-space:nowrap; border-bottom:3px solid #111; padding-bottom:3px }
.brm .w { font: bold 10.5px ${sans}; margin-top:8px; letter-spacing:.3px }
.to { position:absolute; left:86px; top:218px; font: 13.5px ${sans}; line-height:18px }
.imb { position:absolute; left:86px; top:${imb_top}px; height:14px; display:flex; gap:2px; align-items:flex-start }
.imb i { display:block; width:2px; background:#111 }
/* message side */
.band { position:absolute; left:0; right:0; top:0; height:52px; background:${dark}; color:#fff; display:flex; align-items:center;
  justify-content:space-between; padding:0 18px }
.band .ev { font: bold 16px ${display}; line-height:18px } .band .ev small { display:block; font: 9.5px ${sans}; opacity:.85; letter-spacing:1px; text-transform:uppercase }
.band .bo { text-align:right; font: 9px ${sans}; letter-spacing:1px; text-transform:uppercase } .band .bo b { display:block; font: bold 19px ${cond}; letter-spacing:0 }
.hd { position:absolute; left:18px; right:18px; top:60px; display:flex; justify-content:space-between; align-items:baseline }
.hd .h { font: bold 15px ${cond}; letter-spacing:1.5px; color:${dark} }
.hd .n { font: 9px ${sans}; color:#555 }
.lead { position:absolute; left:18px; right:18px; top:84px; font: 10.5px ${sans}; color:#333; line-height:14px }
.fl { position:absolute; left:18px; display:flex; align-items:flex-end; border-bottom:1px solid #444; height:26px; gap:6px }
.fl .l { font-size:8px; text-transform:uppercase; color:#444; padding-bottom:3px; white-space:nowrap; letter-spacing:.4px }
.fl .v { font: ${v_px}px ${vfont}; color:${ink}; line-height:22px; white-space:nowrap }
.lbl { position:absolute; left:18px; top:120px; width:300px; height:62px; border:1px solid #bbb; border-radius:5px; background:#fff;
  box-shadow: 1px 1px 0 #ccc; padding:6px 10px; font: 12px ${mono}; line-height:15px; transform:rotate(${tilt}deg) }
.lbl b { font-size:14px }
.ck { position:absolute; left:18px; top:236px; font-size:9.5px; line-height:17px }
.ck span { display:inline-block; width:11px; height:11px; border:1px solid #333; vertical-align:-2px; margin-right:5px;
  font: 15px ${hand}; color:${ink}; line-height:9px; text-align:center }
.cr { position:absolute; right:18px; top:244px; width:170px; border:2px solid ${dark}; text-align:center; padding:6px 4px }
.cr .l { font: bold 8.5px ${sans}; letter-spacing:1.2px; text-transform:uppercase; color:${dark} }
.cr .v { font: bold 17px ${sans}; margin-top:3px }
.sg { position:absolute; left:18px; top:318px; width:330px; height:34px; border-bottom:1px solid #444; display:flex; align-items:flex-end; gap:8px }
.sg .l { font-size:8px; text-transform:uppercase; color:#444; padding-bottom:3px; letter-spacing:.4px }
.ft { position:absolute; left:18px; right:18px; bottom:9px; display:flex; justify-content:space-between; font-size:8px; color:#555;
  border-top:1px dashed #888; padding-top:4px }
.ft .i { font: 15px ${hand}; color:${ink} }
.foot { position:absolute; left:0; right:0; bottom:14px; text-align:center; font: 9px ${mono}; color:#888 }
</style>
<div class="sheet">
 <div class="cap" style="top:${cap1}px">${side1}</div>
 <div class="card c1">
  <div class="fim"></div>
  <div class="nop">NO POSTAGE<br>NECESSARY<br>IF MAILED<br>IN THE<br>UNITED STATES</div>
  <div class="bars"><div></div><div></div><div></div><div></div><div></div><div></div><div></div></div>
  <div class="brm"><div class="t">BUSINESS REPLY MAIL</div>
   <div class="p"><span>FIRST-CLASS MAIL</span><span>PERMIT NO. ${permit}</span><span>${permit_city}</span></div>
   <div class="w">POSTAGE WILL BE PAID BY ADDRESSEE</div></div>
  <div class="to">${to1}<br>${to2}<br>${street}<br>${city_zip}</div>
  <div class="imb">${imb_html}</div>
 </div>
 <div class="cap" style="top:${cap2}px">${side2}</div>
 <div class="card c2">
  <div class="band"><div class="ev"><small>${band_kicker}</small>${event}</div><div class="bo">Booth<b>${booth}</b></div></div>
  <div class="hd"><span class="h">${heading}</span><span class="n">No. ${serial}</span></div>
  <div class="lead">${lead}</div>
  ${fields_html}
  <div class="ck"><span>${tick1}</span>${opt1}<br><span>${tick2}</span>${opt2}<br><span>${tick3}</span>${opt3}</div>
  <div class="cr"><div class="l">${credit_label}</div><div class="v">${hours}</div></div>
  <div class="sg"><span class="l">Signature</span>${scrawl_html}</div>
  <div class="ft"><span>${fold_note}</span><span>${staff_label} <span class="i">${initials}</span></span></div>
 </div>
 <div class="foot">${copy_foot}</div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration",
    "Hometown Carpet Care",
    "Prime Mitigation LLC",
    "Allied Property Restoration",
    "Blue Line Cleaning",
    "Self-employed",
    "ServiceFirst Water & Fire",
]


def _imb(r) -> str:
    """An Intelligent Mail bar code: full, ascender, descender and tracker bars."""
    heights = {"F": (14, 0), "A": (9, 0), "D": (9, 5), "T": (4, 5)}
    bars = []
    for _ in range(65):
        h, top = heights[r.choice("FADT")]
        bars.append(f'<i style="height:{h}px;margin-top:{top}px"></i>')
    return "".join(bars)


def _scrawl(r, ink: str) -> str:
    """A signature: a quick looping pen stroke, not letters."""
    x, pts = 4, ["M4 20"]
    for _ in range(r.randrange(6, 10)):
        x += r.randrange(14, 30)
        pts.append(f"Q{x - 9} {r.randrange(0, 12)} {x} {r.randrange(14, 28)}")
    return (
        f'<svg width="{x + 8}" height="32" viewBox="0 0 {x + 8} 32"><path d="{" ".join(pts)}" '
        f'fill="none" stroke="{ink}" stroke-width="1.6"/></svg>'
    )


def fill(d):
    r = d.rng
    street, city_zip = d.address()
    zip4 = f"{city_zip}-{r.randrange(1000, 9999)}" if city_zip[-5:].isdigit() else city_zip
    event = d.provider()
    handwritten = d.chance(0.6)
    name = d.name(d.pick(["plain", "plain", "upper"]) if handwritten else "upper")
    cert = d.number()
    date = d.date(d.pick(["us_short", "us_numeric", "us_dash"]))
    company = d.pick(COMPANIES)
    phone = d.phone()
    vfont = d.fonts["hand"] if handwritten else d.fonts["mono"]
    if handwritten:
        rows = [
            (120, 330, d.pick(["Name", "Name (print)", "Technician"]), name),
            (120, 206, "Cert. No.", cert, 352),
            (154, 330, "Company", company),
            (154, 206, "Phone", phone, 352),
            (188, 330, d.pick(["Date of visit", "Date"]), date),
        ]
        parts = []
        for row in rows:
            top, width, label, value = row[:4]
            left = row[4] if len(row) > 4 else 18
            parts.append(
                f'<div class="fl" style="top:{top}px;left:{left}px;width:{width}px">'
                f'<span class="l">{label}</span><span class="v">{value}</span></div>'
            )
        fields = "".join(parts)
    else:
        fields = (
            f'<div class="lbl"><b>{name}</b><br>CERT {cert}<br>{company.upper()}</div>'
            f'<div class="fl" style="top:200px;width:250px"><span class="l">Date of visit</span>'
            f'<span class="v" style="font-family:{d.fonts["hand"]};font-size:18px">{date}</span></div>'
            f'<div class="fl" style="top:200px;left:290px;width:200px"><span class="l">Phone</span>'
            f'<span class="v" style="font-family:{d.fonts["hand"]};font-size:18px">{phone}</span></div>'
        )
    hours = d.hours(d.pick(["cecs", "cec_hours", "hrs", "cecs_colon"]))
    top1 = d.pick([70, 84, 96])
    top2 = top1 + 408 + d.pick([64, 80])
    staff = d.person().split()
    ink = d.pick(["#1b2f6b", "#222", "#123c8c"])
    return {
        "top1": top1,
        "top2": top2,
        "cap1": top1 - 18,
        "cap2": top2 - 18,
        "side1": d.pick(["FRONT", "Side 1", "front"]),
        "side2": d.pick(["BACK", "Side 2", "back"]),
        "fim_left": d.pick([250, 270, 290]),
        "permit": r.randrange(100, 9999),
        "permit_city": city_zip.split(",")[0].upper() + " " + city_zip.split(",")[1].split()[0],
        "to1": d.pick(
            ["CEC RECORDS DEPT", "CONTINUING EDUCATION RECORDS", "ATTN: CERTIFICATION RECORDS"]
        ),
        "to2": d.pick(["BOOTH REGISTRATION CARDS", "CE CREDIT PROCESSING", "RECORDS UPDATE"]),
        "street": street.upper(),
        "city_zip": zip4.upper(),
        "imb_top": 300,
        "imb_html": _imb(r),
        "dark": d.pick(["#12355b", "#1b1b1b", "#5b1a18", "#0d4a3a", "#2b2d6e"]),
        "ink": ink,
        "scrawl_html": _scrawl(r, ink),
        "band_kicker": d.pick(["Exhibit Hall", "On the show floor", "Visit us"]),
        "event": event,
        "booth": r.randrange(100, 2999),
        "heading": d.set_title(
            d.pick(
                [
                    "IICRC BOOTH REGISTRATION",
                    "IICRC Booth Registration",
                    "IICRC BOOTH REGISTRATION CARD",
                ]
            ),
            ["IICRC Booth Registration"],
        ),
        "serial": f"{r.randrange(10000, 99999)}",
        "lead": d.pick(
            [
                "Register at the IICRC booth and the credit below is added to your record. "
                "Print clearly.",
                "Complete this card at the booth. Booth staff keep it or you may mail it; "
                "no stamp needed.",
                "One card per technician. Cards without a certification number cannot be posted.",
            ]
        ),
        "fields_html": fields,
        "v_px": 18 if handwritten else 13,
        "vfont": vfont,
        "tilt": d.pick([-1.5, -0.8, 0.6, 1.2]),
        "tick1": d.pick(["X", "✓"]),
        "opt1": d.pick(["Post this credit to my certification record", "Record my booth visit"]),
        "tick2": d.pick(["", "", "X"]),
        "opt2": d.pick(["Send me renewal reminders by email", "I am renewing at the show"]),
        "tick3": d.pick(["", "X"]),
        "opt3": d.pick(
            ["Send me the new standards catalog", "Contact me about instructor programs"]
        ),
        "credit_label": d.pick(["CEC credit", "Credit recorded", "CECs"]),
        "hours": hours,
        "fold_note": d.pick(
            [
                "Fold, tape and mail within 30 days, or leave it at the booth.",
                "Mail within 30 days of the show. Do not staple.",
            ]
        ),
        "staff_label": d.pick(["Booth staff", "Rec'd by", "Staff initials"]),
        "initials": staff[0][0] + staff[-1][0],
        "copy_foot": d.pick(
            [
                f"COPY · {r.randrange(1, 12)}/{r.randrange(1, 28)} · page 1",
                "Scanned copy for my records",
                "",
            ]
        ),
    }
