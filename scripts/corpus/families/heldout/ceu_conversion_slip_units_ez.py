"""A small credit-equivalents slip a school hands out with its certificates,
for technicians who report the same course to more than one board: a
perforated stub at the left with the slip number, a title line with the
school's name, the participant, the course and its date in a labelled
strip, and a units table giving the same course in several measures:
continuing-education hours awarded, CEUs at ten contact hours each,
instructional minutes, hours counted at a fifty-minute hour, and the clock
time on site with breaks and the exam. Small print on how boards accept
it. Only the hours-awarded row is the credit."""

SOURCE = (
    "wording: IACET CEU statements (one CEU equals ten contact hours of instruction) and state "
    "licensing boards that count a fifty-minute class hour, as schools print them on credit "
    "equivalency slips given with a certificate of completion"
)
KIND = "course"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "table",
    "labelled",
    "ceu",
    "ceu-hours",
    "tiny-footer",
)

TEMPLATE = """<style>
.stub { position:absolute; left:0; top:0; bottom:0; width:74px; border-right:2px dashed #999; background:${stubbg}; font: 9px ${mono}; color:#333; padding:14px 6px; text-align:center }
.stub b { display:block; font: bold 10px ${ui}; margin-bottom:6px; writing-mode:vertical-rl; transform:rotate(180deg); margin:0 auto 10px; letter-spacing:1px; height:140px }
.w { position:absolute; left:92px; right:20px; top:16px; bottom:12px; font: 12px ${face}; color:#1b1b1b }
.tl { display:flex; justify-content:space-between; align-items:baseline; border-bottom:${rule}; padding-bottom:4px }
.tl b { font: bold 15px ${head}; color:${dark}; letter-spacing:.3px } .tl span { font-size:10.5px; color:#555; text-align:right }
.lab { display:grid; grid-template-columns: 1.1fr 1.6fr 0.8fr; gap:0 12px; margin-top:7px }
.lab div { font-size:13px; line-height:16px } .lab i { display:block; font-style:normal; font-size:8.5px; text-transform:uppercase; letter-spacing:.5px; color:#666 }
table { width:100%; border-collapse:collapse; margin-top:9px }
th { font-size:9px; text-transform:uppercase; letter-spacing:.4px; text-align:left; color:#444; border-bottom:1.5px solid #333; padding:2px 4px }
td { padding:5px 5px; border-bottom:1px solid #ddd; font-size:13px }
td.n, th.n { text-align:right; white-space:nowrap; font-variant-numeric:tabular-nums } td.s { font-size:9.5px; color:#666 }
tr.cr td { ${cr_style} }
.vf { position:absolute; left:0; right:0; bottom:26px; display:flex; justify-content:space-between; align-items:flex-end; font-size:10px; color:#444 }
.vf .h { font: 22px ${hand}; color:#1d2b6b; border-bottom:1px solid #555; min-width:200px; line-height:26px; padding-right:10px }
.fine { position:absolute; left:0; right:0; bottom:0; font-size:8px; color:#666; line-height:10px }
</style>
<div class="stub"><b>${stub_title}</b>No.<br>${slip_no}</div>
<div class="w">
 <div class="tl"><b>${heading}</b><span>${org}</span></div>
 <div class="lab">
  <div><i>Participant</i>${name}</div>
  <div><i>Course</i>${title}</div>
  <div><i>Completed</i>${date}</div>
 </div>
 <table>
  <tr><th>Measure</th><th>Basis</th><th class="n">Amount</th></tr>
  ${rows_html}
 </table>
 <div class="vf"><div><div class="h">${signer}</div>${signer_role}</div><div>${issued_label} ${issued}</div></div>
 <div class="fine">${fine}</div>
</div>
"""


def fill(d):
    import html

    e = html.escape
    r = d.rng
    credit = float(d.credit)
    hours = d.hours_number()
    ceu = credit / 10
    minutes = int(round(credit * 60))
    fifty = round(minutes / 50, 1)
    if abs(fifty - credit) < 1e-9:
        fifty += 0.1
    on_site = credit + d.pick([0.5, 1, 1.5, 2])
    rows = [
        (
            "cr",
            d.pick(["CE hours awarded", "IICRC CEC hours", "Continuing education hours"]),
            d.pick(["Approved credit for this course", "As approved", "Per approval"]),
            f"<b>{e(hours)}</b>" if d.chance(0.6) else e(hours),
        ),
        ("", "CEUs", "1 CEU = 10 contact hours", f"{ceu:.2f}".rstrip("0").rstrip(".")),
        ("", "Instructional minutes", "60-minute hour", f"{minutes:,}"),
        ("", d.pick(["Board hours", "Class hours (50-min)"]), "50-minute class hour", f"{fifty:g}"),
    ]
    if d.chance(0.7):
        rows.append(("", "Clock time on site", "Includes breaks and exam", f"{on_site:g}"))
    head, rest = rows[0], rows[1:]
    r.shuffle(rest)
    if d.chance(0.5):
        rows = [head, *rest]
    else:
        cut = r.randrange(1, len(rest) + 1)
        rows = [*rest[:cut], head, *rest[cut:]]
    rows_html = "".join(
        f"<tr class='{c}'><td>{k}</td><td class='s'>{b}</td><td class='n'>{v}</td></tr>"
        for c, k, b, v in rows
    )
    return {
        "face": d.fonts[d.pick(["sans", "serif", "cond"])],
        "head": d.fonts[d.pick(["sans", "display", "serif"])],
        "ui": d.fonts["sans"],
        "mono": d.fonts["mono"],
        "stubbg": d.pick(["#f4f4f4", d.colors["light"], "#fff"]),
        "rule": d.pick(["2px solid " + d.colors["dark"], "1px solid #333", "3px double #555"]),
        "cr_style": d.pick(["background:#fff7d6", "font-weight:bold", "background:#eef4fb"]),
        "stub_title": d.pick(["CREDIT SLIP", "EQUIVALENTS", "KEEP WITH CERT"]),
        "slip_no": f"{r.randrange(10000, 99999)}",
        "heading": d.pick(
            [
                "Credit Conversion Statement",
                "Statement of Credit Equivalents",
                "CEU / Hours Statement",
            ]
        ),
        "org": d.provider(),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "title": d.title(d.pick(["plain", "with_code"])),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso"])),
        "rows_html": rows_html,
        "hand": d.fonts["hand"],
        "signer": d.person(),
        "signer_role": d.pick(["Registrar", "Education coordinator", "Verified by"]),
        "issued_label": d.pick(["Issued", "Date issued:", "Printed"]),
        "issued": d.other_date("issue", d.pick(["us_numeric", "short_month"])),
        "fine": d.pick(
            [
                "Given for reporting to boards that use other units. Each board decides what it "
                "accepts; keep this slip with your certificate of completion.",
                "Equivalents are computed from the approved instructional time. Breaks, meals and "
                "exam time are not instructional.",
            ]
        ),
    }
