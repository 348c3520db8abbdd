"""A peel-off label printed by the booth's thermal label printer when the
visitor's badge is scanned, laid out like a carrier's shipping label: rows
of boxed cells in black on white, a drop-shaped mark and the show's
wordmark with the venue on top, a black strip with the activity in white
and the credit as a big white number at its right end, the visitor (often
surname first) over the company, a row of three cells (booth number, scan
date and time, badge number), a barcode strip, and a tiny line saying when
the credit will be posted. No signer, no sentence."""

SOURCE = (
    "shipping-label grid in the manner of 4x6 thermal label templates (e.g. "
    "arunssjoshi/Boutique-Retail-Billing:app/views/admin/product/barcode.blade.php, a boxed "
    "barcode label); booth sign-in credit wording from "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education"
)
KIND = "booth"
PAPER = "badge"
CATEGORIES = ("slip", "labelled", "dark-band", "landscape", "provider-in-logo")

TEMPLATE = """<style>
.lb { position:absolute; inset:7px; border:2px solid #000; font-family:${cond}; color:#000; display:flex; flex-direction:column }
.rw { display:flex; border-bottom:1.5px solid #000 }
.c { padding:3px 6px; border-right:1.5px solid #000; overflow:hidden } .c:last-child { border-right:0 }
.k { font: bold 7.5px ${sans}; letter-spacing:1px; text-transform:uppercase; line-height:9px }
.v { font: bold 13px ${cond}; line-height:16px; white-space:nowrap }
.top { align-items:center; gap:9px; padding:5px 8px }
.dp { width:22px; height:22px; flex:none; margin:2px 3px 0; background:#000; border-radius:0 50% 50% 50%; transform:rotate(45deg) }
.wm { font: bold 14px ${cond}; line-height:18px; white-space:nowrap } .wm small { display:block; font: 9px ${sans}; line-height:11px; letter-spacing:0.5px; text-transform:none }
.bd { background:#000; color:#fff; display:flex; align-items:baseline; justify-content:space-between; padding:2px 8px 3px }
.bd .t { font: bold 12px ${sans}; letter-spacing:0.5px; white-space:nowrap } .bd .n { font: 900 28px ${sans}; line-height:32px } .bd .u { font: bold 11px ${sans}; letter-spacing:1px; margin-left:4px }
.who { padding:3px 8px 4px } .who .nm { font: bold 18px ${cond}; line-height:22px; white-space:nowrap } .who .co { font: 10.5px ${sans}; line-height:13px }
.f1 { flex:1 } .f2 { width:88px }
.bc { flex:1; display:flex; align-items:center; gap:8px; padding:4px 8px 2px }
.bars { flex:1; height:24px; background:repeating-linear-gradient(90deg,#000 0 2px,#fff 2px 3px,#000 3px 4px,#fff 4px 7px,#000 7px 10px,#fff 10px 11px) }
.bn { font: 9px ${mono}; white-space:nowrap }
.ft { font: 7.5px ${sans}; line-height:10px; padding:0 8px 3px }
</style>
<div class="lb">
 <div class="rw top"><div class="dp"></div><div class="wm">${event}<small>${venue}</small></div></div>
 <div class="rw bd"><span class="t">${title}</span><span><span class="n">${hours}</span><span class="u">${credit_unit}</span></span></div>
 <div class="rw"><div class="who"><div class="k">${who_key}</div><div class="nm">${name}</div><div class="co">${company}</div></div></div>
 <div class="rw">
  <div class="c f2"><div class="k">Booth</div><div class="v">${booth}</div></div>
  <div class="c f1"><div class="k">${date_key}</div><div class="v">${date} ${time}</div></div>
  <div class="c f2"><div class="k">${badge_key}</div><div class="v">${badge}</div></div>
 </div>
 <div class="bc"><div class="bars"></div><div class="bn">${seq}</div></div>
 <div class="ft">${foot}</div>
</div>
"""

COMPANIES = [
    "Blue Ridge Water Removal LLC",
    "Tri-County Restoration Services",
    "Anchor Flood & Fire, Inc.",
    "Pinecrest Carpet Care",
    "Summit Mitigation Group",
    "Bayou Dry-Out Specialists",
    "Redwood Property Recovery",
    "Lakeside Cleaning Co.",
    "Front Range Restoration",
    "Clear Air Remediation LLC",
]


def fill(d):
    r = d.rng
    return {
        "event": d.provider(d.pick([None, None, "upper"])),
        "venue": f"{d.venue()}",
        "hours": d.hours_number(),
        "credit_unit": d.pick(["CECs", "CEC", "CE HRS"]),
        "who_key": d.pick(["Visitor", "Attendee", "Registrant"]),
        "name": d.name(d.pick(["last_first", "last_first", "upper", "plain"])),
        "company": d.pick(COMPANIES),
        "title": d.set_title(
            d.pick(
                [
                    "IICRC Booth Registration",
                    "IICRC BOOTH REGISTRATION",
                    "Booth Registration - IICRC",
                ]
            ),
            ["IICRC Booth Registration"],
        ),
        "booth": f"{d.pick(['', '', '#', 'B-'])}{r.randrange(100, 2999)}",
        "date_key": d.pick(["Scanned", "Scan date", "Date"]),
        "date": d.date(d.pick(["us_numeric", "us_numeric", "dd_mon_yyyy", "iso", "us_short"])),
        "time": f"{r.randrange(9, 17):02d}:{r.randrange(0, 60):02d}",
        "badge_key": d.pick(["Badge", "Badge ID", "Reg #"]),
        "badge": f"{r.randrange(100000, 999999)}",
        "seq": f"{r.randrange(10, 99)}-{r.randrange(1000, 9999)}",
        "foot": d.pick(
            [
                f"Apply to your CE passport. Credit posted to your IICRC record by "
                f"{d.other_date('issue', 'us_numeric')}.",
                f"Keep this label. Booth credits are reported after the show; allow until "
                f"{d.other_date('issue', 'short_month')}.",
                "Peel and keep. One booth credit per registrant per show.",
            ]
        ),
    }
