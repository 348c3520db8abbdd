"""A CEU statement on a half sheet or slip, as providers that award IACET
style continuing education units hand out with the class certificate. The
provider's name and provider number at the top left and the statement's
title at the right over a rule; a grid of ruled, labelled cells: the
participant, the class, the completion date, the scheduled hours, the
hours left out (meals, breaks, exam), the contact hours credited, the CEUs
they convert to and the activity number; a conversion note with the rule
(one CEU per ten contact hours) and the attendance minimum; a signature and
an issue date in small print. Scheduled and uncredited hours are not the
credit."""

SOURCE = (
    "Wording of IACET-style CEU statements handed out by training providers (contact hours "
    "credited, CEUs awarded at one per ten contact hours, scheduled time with meals and breaks "
    "excluded, minimum attendance); ruled labelled-cell layout of a statement slip"
)
KIND = "course"
PAPER = ["half-letter", "slip"]
CATEGORIES = (
    "slip",
    "labelled",
    "landscape",
    "ceu",
    "distractor-date",
    "tiny-footer",
    "approval",
)

TEMPLATE = """<style>
.w { position:absolute; inset:${inset}; font: 11.5px ${sans}; color:#1b1b1b; display:flex; flex-direction:column }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid ${dark}; padding-bottom:5px }
.hd b { display:block; font: bold ${org_px}px ${head}; color:${dark}; line-height:1.15 } .hd span { font-size:9.5px; color:#555 }
.hd h1 { margin:0; font: bold ${h1_px}px ${sans}; text-transform:uppercase; letter-spacing:1.5px; color:#222; text-align:right; line-height:1.15 }
.g { display:grid; grid-template-columns: 1.25fr 1.25fr 1fr; grid-auto-rows:1fr; flex:1; max-height:250px; border-left:1px solid #999; border-top:1px solid #999; margin-top:10px }
.g div { border-right:1px solid #999; border-bottom:1px solid #999; padding:3px 8px 4px; font-size:${cell_px}px; min-height:${cell_h}px; display:flex; flex-direction:column; justify-content:center }
.g i { display:block; font-style:normal; font-size:8.5px; text-transform:uppercase; letter-spacing:.6px; color:#666 }
.g .wide { grid-column: span 2 }
.g .cr { background:${light}; font-weight:bold }
.nt { margin-top:8px; font-size:${nt_px}px; line-height:1.4; color:#333 }
.sg { margin-top:auto; padding-top:26px; display:flex; justify-content:space-between; align-items:flex-end; font-size:8px; color:#666 }
.sg .s { border-top:1px solid #333; width:190px; padding-top:2px }
.sg .s b { display:block; font: 17px ${hand}; color:#203070; font-weight:normal; margin-top:-22px; height:20px }
</style>
<div class="w">
 <div class="hd"><div><b>${provider}</b><span>${prov_no_label} ${prov_no}</span></div><h1>${heading}</h1></div>
 <div class="g">
  <div class="wide"><i>Participant</i>${name}</div><div><i>${date_label}</i>${date}</div>
  <div class="wide"><i>${course_label}</i>${title}</div><div><i>${act_label}</i>${approval}</div>
  <div><i>${sched_label}</i>${sched}</div><div><i>${excl_label}</i>${excl}</div><div class="cr"><i>${credit_label}</i>${credit_txt}</div>
  ${ceu_cell_html}
 </div>
 <div class="nt">${note}</div>
 <div class="sg"><div class="s"><b>${signer}</b>${signer}, ${signer_role}</div><div>${issued}</div></div>
</div>
"""


def fill(d):
    from corpus import formats as F

    r = d.rng
    credit = float(d.credit)
    style = d.pick(["us_numeric", "short_month", "long", "dd_mon_yyyy"])
    meals = d.pick([0, 0.5, 0.75, 1]) * int(credit // 6)
    breaks = d.pick([0.25, 0.5])
    exam = d.pick([0, 0.5, 1])
    excl = meals + breaks * max(1, int(credit // 3)) + exam
    sched = credit + excl
    parts = []
    if meals:
        parts.append(f"meals {meals:g}")
    parts.append(f"breaks {breaks * max(1, int(credit // 3)):g}")
    if exam:
        parts.append(f"exam {exam:g}")
    mode = d.pick(["number", "number", "ceu_and_cec"])
    ceu = f"{credit / 10:.{d.pick([1, 2])}f}"
    if mode == "number":
        credit_txt = d.hours_number()
        ceu_cell = (
            f"<div class='wide'><i>{d.pick(['CEUs awarded', 'Continuing Education Units'])}</i>{ceu} CEU</div>"
            + d.pick(
                [
                    f"<div><i>Statement no.</i>{d.number()}</div>",
                    f"<div><i>Format</i>{d.pick(['Classroom', 'Live online', 'Classroom + lab'])}</div>",
                ]
            )
        )
    else:
        credit_txt = d.hours("ceu_and_cec")
        ceu_cell = ""
    return {
        "inset": d.pick(["22px 28px 20px", "26px 32px 22px", "20px 24px 18px"]),
        "head": d.fonts[d.pick(["serif", "display", "sans"])],
        "org_px": d.pick(["15", "16"]),
        "h1_px": d.pick(["12", "13"]),
        "cell_px": d.pick(["14", "15"]),
        "cell_h": d.pick(["30", "32"]),
        "nt_px": d.pick(["9.5", "10"]),
        "provider": d.provider(),
        "prov_no_label": d.pick(["Provider no.", "Accredited provider"]),
        "prov_no": f"{r.randrange(1000, 9999)}",
        "heading": d.pick(
            ["CEU Statement", "Statement of CEUs", "Record of Continuing Education Units"]
        ),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "date_label": d.pick(["Completed", "Date of completion"]),
        "date": d.date(style),
        "course_label": d.pick(["Class", "Course", "Activity"]),
        "title": d.title(),
        "act_label": d.pick(["Activity no.", "Approval no."]),
        "approval": d.approval(),
        "sched_label": d.pick(["Scheduled hours", "Hours scheduled"]),
        "sched": f"{sched:g}",
        "excl_label": d.pick(["Not credited", "Excluded time"]),
        "excl": f"{excl:g} ({', '.join(parts)})",
        "credit_label": d.pick(
            ["Contact hours credited", "Credit hours awarded", "Hours credited"]
        ),
        "credit_txt": credit_txt,
        "ceu_cell_html": ceu_cell,
        "note": d.pick(
            [
                "One CEU equals ten contact hours of participation in an organized continuing education "
                "experience. Meals, breaks and testing time are not counted. Participants must attend at "
                "least 90% of the scheduled time.",
                "CEUs are figured from credited contact hours only (10 contact hours = 1.0 CEU). "
                "Scheduled time includes meals and breaks, which are excluded.",
            ]
        ),
        "signer": d.person(),
        "signer_role": d.pick(["Registrar", "Education Director", "CEU Administrator"]),
        "issued": f"{d.pick(['Issued', 'Printed'])} {d.other_date('issue', style)} \u00b7 {F.fmt_date(d.completed, 'iso')[:4]}-{r.randrange(1000, 9999)}",
    }
