"""An upright plastic card printed on the spot at the IICRC booth of a trade
show and handed to the registrant on a lanyard: a punched slot at the top of
a dark band that carries the show's name (the only place it is named) in
light letters with the show's days as a span and its city; a thin accent
strip with the booth's heading; the registrant's name centred in bold, their
certification number under it; two small labelled cells (the day of the
visit and the credit); a printed barcode with its number; and a line of tiny
print at the foot with the booth staffer who issued it and the date by which
a claim must be sent in."""

SOURCE = (
    "himansusekharsahoo/CHM:application/views/tests/lcard.php (upright card: header, bar "
    "code, name, QR code, small print under a rule); "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (sign in at "
    "the IICRC booth at a trade show or convention for CECs)"
)
KIND = "booth"
PAPER = "card-portrait"
CATEGORIES = (
    "wallet",
    "portrait",
    "dark-band",
    "provider-in-logo",
    "date-range",
    "labelled",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; font-family:${sans}; color:#161616; background:#fff }
.band { position:absolute; left:0; right:0; top:0; height:${band_h}px; background:${dark}; color:#f5f3ec; text-align:center; padding:27px 10px 0 }
.slot { position:absolute; left:50%; top:8px; width:44px; height:9px; margin-left:-22px; border-radius:5px; background:#fff;
  box-shadow: inset 0 1px 2px rgba(0,0,0,.35) }
.ev { font: bold ${ev_px}px ${cond}; letter-spacing:${ev_ls}px; line-height:12.5px; text-transform:${ev_case} }
.sp { font-size:7.5px; margin-top:4px; opacity:.9; line-height:9px; white-space:nowrap }
.strip { position:absolute; left:0; right:0; top:${band_h}px; height:17px; background:${accent}; color:#fff; text-align:center;
  font: bold 8.5px ${sans}; letter-spacing:1px; line-height:17px; white-space:nowrap }
.who { position:absolute; left:8px; right:8px; top:${who_top}px; text-align:center }
.nm { font: bold ${name_px}px ${sans}; line-height:15px; color:#111 }
.no { font-size:7.5px; color:#555; margin-top:4px; letter-spacing:.4px }
.cells { position:absolute; left:10px; right:10px; top:${cells_top}px; display:flex; border:1px solid #999 }
.cells div { flex:1; padding:3px 4px 4px; font-size:9px; line-height:11px; white-space:nowrap; text-align:center }
.cells div + div { border-left:1px solid #999; background:${light}; font-weight:bold; font-size:10px }
.cells small { display:block; font-size:6px; letter-spacing:1px; text-transform:uppercase; color:#666; font-weight:normal }
.bc { position:absolute; left:22px; right:22px; top:${bc_top}px; height:26px;
  background: repeating-linear-gradient(90deg, #111 0 1px, #fff 1px 3px, #111 3px 5px, #fff 5px 6px, #111 6px 7px, #fff 7px 9px, #111 9px 11px, #fff 11px 12px) }
.bn { position:absolute; left:0; right:0; top:${bn_top}px; text-align:center; font: 7.5px ${mono}; letter-spacing:1.5px }
.ft { position:absolute; left:8px; right:8px; bottom:5px; border-top:1px solid #bbb; padding-top:3px; text-align:center;
  font-size:5.8px; line-height:7.4px; color:#555 }
</style>
<div class="c">
 <div class="band"><div class="slot"></div>
  <div class="ev">${event}</div>
  <div class="sp">${span}</div>
  <div class="sp">${city}</div>
 </div>
 <div class="strip">${heading}</div>
 <div class="who"><div class="nm">${name}</div><div class="no">${no_label} ${cert_no}</div></div>
 <div class="cells"><div><small>${date_label}</small>${date}</div><div><small>${credit_label}</small>${hours}</div></div>
 <div class="bc"></div>
 <div class="bn">${barcode}</div>
 <div class="ft">${foot1}<br>${foot2}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1)])
    span = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    event = d.provider(d.pick(["upper", None]))
    name = d.name(d.pick(["plain", "plain", "upper"]))
    lines = 2 if len(event) > 24 else 1
    band_h = 74 + 12 * (lines - 1)
    who_top = band_h + 17 + 12
    name_lines = 2 if len(name) > 20 else 1
    cells_top = who_top + 15 * name_lines + 24
    bc_top = cells_top + 46
    staffer = d.person()
    deadline = d.completed + timedelta(days=d.pick([30, 60, 90]))
    return {
        "band_h": band_h,
        "ev_px": 11.5 if lines == 1 else 11,
        "ev_ls": 0.8 if event.isupper() else 0.2,
        "ev_case": "none",
        "event": event,
        "span": span,
        "city": d.pick([d.venue(), d.city()]),
        "heading": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC Booth Visit", "IICRC Booth Check-In"]),
            ["IICRC Booth Registration"],
        ),
        "who_top": who_top,
        "name_px": 13 if len(name) < 18 else 12,
        "name": name,
        "no_label": d.pick(["IICRC #", "Cert. No.", "Registrant"]),
        "cert_no": f"{r.randrange(10000, 999999)}",
        "cells_top": cells_top,
        "date_label": d.pick(["Visited", "Date", "Checked in"]),
        "date": d.date(d.pick(["short_month", "us_numeric", "us_short", "dd_mon_yyyy"])),
        "credit_label": d.pick(["Credit", "CEC", "Earned"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])),
        "bc_top": bc_top,
        "bn_top": bc_top + 28,
        "barcode": d.number(),
        "foot1": f"Issued by {staffer} \u00b7 IICRC booth staff",
        "foot2": d.pick(
            [
                f"Claims after {fmt_date(deadline, 'us_numeric')} need a CEC application.",
                f"Keep this card. Posting deadline {fmt_date(deadline, 'short_month')}.",
            ]
        ),
    }
