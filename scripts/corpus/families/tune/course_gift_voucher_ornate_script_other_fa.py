"""Not a record: an ornate gift voucher for a class, bought by an employer
or a supplier as a gift (slip, landscape). A double decorative frame, GIFT
VOUCHER in display capitals, the recipient's name in script after "Presented
to", the course it pays for with its CEC value, who gave it, a voucher code
and an expiry date. It pays for a seat; it records no training."""

SOURCE = (
    "coderpol/cabinfield:gift-certificate.php (gift certificate: heading, To/From fields, "
    "amount, message) re-made as a training-school class voucher"
)
KIND = "other"
PAPER = ["slip", "half-letter"]
CATEGORIES = (
    "other",
    "ornate",
    "script-name",
    "slip",
    "landscape",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:10px; border:3px solid ${accent}; padding:5px; background:${paper} }
.i { position:absolute; inset:5px; border:1px solid ${accent}; display:flex; font: 12px ${serif}; color:#2a2a2a }
.c { position:absolute; width:26px; height:26px; border:2px solid ${accent}; transform:rotate(45deg) }
.tl { left:-14px; top:-14px } .tr { right:-14px; top:-14px } .bl { left:-14px; bottom:-14px } .br { right:-14px; bottom:-14px }
.l { flex:1; padding:16px 10px 10px 30px; text-align:center; display:flex; flex-direction:column; justify-content:center }
.l .k { font: 30px ${display}; letter-spacing:6px; color:${dark}; line-height:34px }
.l .s { font-size:10px; letter-spacing:3px; text-transform:uppercase; color:${accent}; margin-top:2px }
.l .p { margin-top:10px; font-style:italic }
.l .nm { font: 40px ${script}; color:${dark}; line-height:50px }
.l .cr { margin-top:4px; font-size:12.5px; line-height:17px }
.l .by { margin-top:6px; font-size:11px; color:#555 }
.r { width:${r_w}px; border-left:1px dashed ${accent}; padding:18px 14px 10px; font-size:10.5px; line-height:15px; display:flex; flex-direction:column; gap:8px }
.r b { display:block; font-size:9px; letter-spacing:1.5px; text-transform:uppercase; color:${accent} }
.r .code { font: bold 13px ${mono} }
.r .sm { margin-top:auto; font-size:8.5px; color:#666; line-height:11px }
</style>
<div class="w"><div class="i">
 <div class="c tl"></div><div class="c tr"></div><div class="c bl"></div><div class="c br"></div>
 <div class="l">
  <div class="k">${head}</div><div class="s">${school}</div>
  <div class="p">${presented}</div>
  <div class="nm">${who}</div>
  <div class="cr">${good_for}</div>
  <div class="by">${from_line}</div>
 </div>
 <div class="r">
  <div><b>Voucher no.</b><span class="code">${code}</span></div>
  <div><b>${value_label}</b>${value}</div>
  <div><b>Valid until</b>${expiry}</div>
  <div class="sm">${terms}</div>
 </div>
</div></div>
"""


def fill(d):
    from corpus import values as V
    from corpus.formats import fmt_number

    r = d.rng
    school = d.pick([s for s, _ in V.SCHOOLS])
    title, code = d.pick(V.IICRC_COURSES)
    cec = fmt_number(d.pick([14, 14, 19, 21, 7, 16]), r, False)
    giver = d.pick(
        [m for m, _ in V.MANUFACTURERS]
        + ["your friends at " + d.pick(["Crescent Supply", "Metro Janitorial Supply"]), d.person()]
    )
    return {
        "paper": d.pick(["#fffdf6", d.colors["light"], "#fff"]),
        "r_w": d.pick(["150", "170"]),
        "head": d.pick(["GIFT VOUCHER", "GIFT CERTIFICATE", "CLASS VOUCHER"]),
        "school": school,
        "presented": d.pick(["Presented to", "This voucher entitles", "A gift for"]),
        "who": d.person(),
        "good_for": d.pick(
            [
                f"to one seat in {title} ({code}), a {cec}-CEC course",
                f"Good for tuition in {code} – {title} · {cec} CECs upon completion",
                f"one registration in any scheduled {title} class ({cec} CEC hours)",
            ]
        ),
        "from_line": f"{d.pick(['With compliments of', 'From', 'Given by'])} {giver}",
        "code": f"GV-{r.randrange(1000, 9999)}-{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randrange(10, 99)}",
        "value_label": d.pick(["Value", "Amount", "Tuition value"]),
        "value": d.pick(["$395.00", "$450.00", "$525.00", "$650.00", "Full tuition"]),
        "expiry": d.other_date("expiry", d.pick(["long", "us_numeric", "short_month"])),
        "terms": d.pick(
            [
                "Redeem when registering. Not redeemable for cash. Exam fees not included. This "
                "voucher is not a certificate of training.",
                "One use only. Non-transferable after registration. Credit is earned by completing the class.",
            ]
        ),
    }
