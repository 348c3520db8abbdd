"""A continuing education statement printed from a show's attendee portal,
laid out like an account statement on upright letter paper. A coloured
rule and the show's name as a wordmark at top left, the statement's
heading, period and generation date at top right, an attendee block of
labelled lines, then a ledger table of the badge's activity (date, time,
activity, location, credit type, credit). Only the booth registration line
carries a credit; the others are admissions and events with none. A
totals row repeats the credit, and a contact line with the education
manager's name and a page footer close it."""

SOURCE = (
    "gidzRufino/eskwela:app/modules/templates/views/print_header.php (printable page with header, "
    "footer and print rules); wording of trade show portals' CE statements and IICRC booth "
    "registration credit"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "record",
    "portrait",
    "labelled",
    "provider-in-logo",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.p { position:absolute; inset:0; font-family:${sans}; color:#222 }
.rule { position:absolute; left:0; right:0; top:0; height:10px; background:${accent} }
.wm { position:absolute; left:56px; top:44px; width:330px; font: bold 22px/26px ${display}; color:${dark} }
.hr { position:absolute; right:56px; top:44px; text-align:right; font-size:12.5px; line-height:19px; color:#444 }
.hr b { display:block; font: bold 17px ${sans}; color:#111; text-transform:uppercase; letter-spacing:1.5px; margin-bottom:4px }
.who { position:absolute; left:56px; top:160px; font-size:13px; line-height:21px }
.who span { display:inline-block; width:130px; color:#666 }
table { position:absolute; left:56px; right:56px; top:${tbl_top}px; width:calc(100% - 112px); border-collapse:collapse; font-size:12px }
th { text-align:left; font-size:10.5px; text-transform:uppercase; letter-spacing:0.6px; color:#fff; background:${dark}; padding:6px 6px }
td { padding:7px 6px; border-bottom:1px solid #d5d5d5; vertical-align:top }
td.n, th.n { text-align:right }
tr.tot td { border-top:2px solid #222; border-bottom:none; font-weight:bold }
.ct { position:absolute; left:56px; right:56px; top:${ct_top}px; font-size:11.5px; color:#555; line-height:17px }
.pf { position:absolute; left:56px; right:56px; bottom:26px; font-size:10px; color:#777; display:flex; justify-content:space-between; border-top:1px solid #ccc; padding-top:6px }
</style>
<div class="p"><div class="rule"></div>
 <div class="wm">${event}</div>
 <div class="hr"><b>${heading}</b>${period_label} ${period}<br>${gen_label} ${generated}<br>${stmt_label} ${stmt}</div>
 <div class="who">
  <div><span>Attendee</span><b>${name}</b></div>
  <div><span>Company</span>${company}</div>
  <div><span>Badge no.</span>${badge}</div>
  <div><span>IICRC cert. no.</span>${cert}</div>
 </div>
 <table>
  <tr><th>Date</th><th>Time</th><th>Activity</th><th>Location</th><th>Credit type</th><th class="n">Credit</th></tr>
  ${rows_html}
  <tr class="tot"><td colspan="5">${total_label}</td><td class="n">${total}</td></tr>
 </table>
 <div class="ct">${contact}</div>
 <div class="pf"><span>${url}</span><span>Page 1 of 1</span></div>
</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    start = d.completed - timedelta(days=d.pick([1, 2]))
    end = d.completed + timedelta(days=d.pick([0, 1]))
    generated = d.completed + timedelta(days=r.randint(5, 45))

    def t():
        return f"{r.randrange(8, 17)}:{d.pick(['05', '20', '32', '47', '58'])}"

    def row(cells, raw=()):
        out = []
        for i, c in enumerate(cells):
            cls = ' class="n"' if i == 5 else ""
            out.append(f"<td{cls}>{c if i in raw else html.escape(c)}</td>")
        return "<tr>" + "".join(out) + "</tr>"

    date = d.date(d.pick(["us_numeric", "short_month", "iso"]))
    title = d.set_title(
        d.pick(["IICRC Booth Registration", "IICRC Booth Registration", "IICRC Booth Visit"]),
        ["IICRC Booth Registration"],
    )
    credit = d.hours_number()
    booth_row = row(
        [
            date,
            t(),
            f"<b>{html.escape(title)}</b>",
            f"Booth {r.randrange(100, 1999)}",
            "IICRC CEC",
            credit,
        ],
        raw=(2,),
    )
    day_fmt = "us_numeric" if "/" in date else ("short_month" if "," in date else "iso")
    others = [
        ["Badge pick-up", "Registration Hall", "—", "0"],
        ["Exhibit hall admission", "Hall " + d.pick(["A", "B", "C"]), "—", "0"],
        ["Opening general session", "Ballroom", "Not eligible", "0"],
        ["Welcome reception", d.pick(["Terrace", "Pavilion"]), "—", "0"],
    ]
    picked = r.sample(others, 3)
    rows = []
    for k, (act, loc, typ, cr) in enumerate(picked):
        day = start + timedelta(days=min(k, (end - start).days))
        rows.append(row([fmt_date(day, day_fmt), t(), act, loc, typ, cr]))
    rows.insert(d.pick([1, 2]), booth_row)
    rows_count = len(rows)
    return {
        "tbl_top": 280,
        "ct_top": 280 + 34 + rows_count * 33 + 50,
        "event": d.provider(),
        "heading": d.pick(["CE Statement", "Education Credit Statement", "Credit Activity"]),
        "period_label": d.pick(["Show dates:", "Period:"]),
        "period": fmt_range(start, end, r),
        "gen_label": d.pick(["Generated", "Printed"]),
        "generated": fmt_date(generated, d.pick(["us_numeric", "short_month"])),
        "stmt_label": "Statement",
        "stmt": d.number("#"),
        "name": d.name(d.pick(["plain", "last_first", "upper"])),
        "company": d.pick(
            [
                "Rapid Dry Restoration",
                "ServiceMaster of Elk Grove",
                "Clean Slate Carpet Co.",
                "Independent",
            ]
        ),
        "badge": f"{r.randrange(100000, 999999)}",
        "cert": f"{r.randrange(10000, 999999)}",
        "rows_html": "".join(rows),
        "total_label": d.pick(["Total IICRC CECs this show", "Total credit"]),
        "total": credit,
        "contact": d.pick(
            [
                f"Questions about this statement: {d.person()}, Education Manager, {d.phone()}.",
                f"Credits are reported to the IICRC within 30 days. Contact {d.person()}, Registrar, "
                "with any correction.",
            ]
        ),
        "url": f"{d.web()}/attendee/ce-statement",
    }
