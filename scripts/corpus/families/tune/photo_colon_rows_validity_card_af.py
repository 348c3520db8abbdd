"""A school's qualified-technician wallet card: an accent strip with the
school and the card's kind, a photo box on the left with the card number
under it, and beside it a colon table: the holder, the course, the date
trained, then the card's own dates (an issue date and an expiry or
re-evaluation date, or one validity row running from the issue date to the
expiry), the CECs and the trainer. Some cards keep the issue date off the
table and print it bare in the corner of the footer, beside the
signature."""

SOURCE = (
    "Garima-Negi/Project-SISMS:idcard.jsp (photo cell spanning a colon table with a "
    "'Validity : ... to ...' row) with the operator-card wording of 29 CFR 1910.178(l)(6) as "
    "card templates print it (date of training, trainer, re-evaluation every three years)"
)
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "labelled",
    "landscape",
    "distractor-date",
    "distractor-person",
    "provider-in-logo",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border:1px solid #aaa; border-radius:9px; overflow:hidden; background:#fff; font: 8px ${sans}; color:#111 }
.s { background:${accent}; color:#fff; height:27px; padding:3px 8px 0; display:flex; justify-content:space-between; align-items:center }
.s .o { font: bold ${org_size}px ${sans}; line-height:10.5px; white-space:nowrap }
.s .k { font: bold 7.5px ${cond}; text-transform:uppercase; letter-spacing:0.6px; text-align:right; white-space:nowrap }
.l { position:absolute; left:8px; top:34px; width:58px; text-align:center; font-size:6.5px; color:#444 }
.ph { width:58px; height:70px; background:#dfe3e8; border:1px solid #9aa; position:relative; overflow:hidden; margin-bottom:3px }
.ph .hd { position:absolute; left:18px; top:12px; width:22px; height:24px; border-radius:50%; background:#a9b2bc }
.ph .bd { position:absolute; left:8px; top:40px; width:42px; height:40px; border-radius:20px 20px 0 0; background:#a9b2bc }
.l b { display:block; font: bold 7.5px ${mono}; color:#111 }
table { position:absolute; left:73px; right:7px; top:32px; border-collapse:collapse; font-size:7.6px }
td { padding:0.6px 0; vertical-align:top; line-height:9.2px }
td.k { width:${kw}px; color:#333; white-space:nowrap } td.p { width:7px; color:#333 }
td.v { font-weight:bold } td.n { font-weight:bold; font-size:9.5px; line-height:11px }
.f { position:absolute; left:73px; right:8px; bottom:5px; display:flex; justify-content:space-between; align-items:flex-end; font-size:6.5px; color:#444 }
.f .sg { border-top:0.8px solid #333; padding-top:1px; width:100px; position:relative }
.f .sg i { position:absolute; left:4px; top:-19px; font: normal 13px ${hand}; color:#203070; white-space:nowrap }
.f .r { text-align:right }
</style>
<div class="c">
 <div class="s"><div class="o">${org}</div><div class="k">${card_kind}</div></div>
 <div class="l"><div class="ph"><div class="hd"></div><div class="bd"></div></div>${no_label}<b>${card_no}</b></div>
 <table>${rows_html}</table>
 <div class="f"><div class="sg"><i>${signer}</i>${sign_label}</div><div class="r">${corner}</div></div>
</div>
"""


def _row(key, value, cls="v"):
    import html

    return (
        f'<tr><td class="k">{html.escape(key)}</td><td class="p">:</td>'
        f'<td class="{cls}">{html.escape(value)}</td></tr>'
    )


def fill(d):
    r = d.rng
    style = d.pick(["us_numeric", "us_numeric", "us_short", "short_month", "dd_mon_yyyy", "iso"])
    org = d.provider()
    name = d.name(d.pick(["plain", "upper", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    trained_label = d.pick(
        ["Trained", "Date trained", "Date of training", "Completed", "Certified"]
    )
    trained = d.date(style)
    layout = d.pick(["split", "split", "validity", "corner"])
    issued = d.other_date("issue", style)
    expires = d.other_date("expiry", style)
    rows = [_row("Name", name, "n"), _row("Course", title), _row(trained_label, trained)]
    corner = ""
    if layout == "split":
        rows.append(_row(d.pick(["Issued", "Card issued", "Date of issue", "Issue date"]), issued))
        rows.append(
            _row(d.pick(["Valid thru", "Expires", "Re-evaluation due", "Renew by"]), expires)
        )
    elif layout == "validity":
        sep = d.pick([" to ", " – ", " - "])
        rows.append(_row(d.pick(["Validity", "Valid", "Card valid"]), f"{issued}{sep}{expires}"))
    else:
        rows.append(_row(d.pick(["Expires", "Exp.", "Re-evaluate by"]), expires))
        corner = issued
    rows.append(_row(d.pick(["CECs", "IICRC CECs", "CEC hours"]), d.hours_number()))
    rows.append(_row(d.pick(["Trainer", "Instructor", "Evaluator"]), d.person()))
    keys = [row.split('"k">')[1].split("<")[0] for row in rows]
    kw = round(max(len(k) for k in keys) * 4.1) + 2
    return {
        "org": org,
        "org_size": "9.5" if len(org) <= 30 else "8" if len(org) <= 38 else "7",
        "card_kind": d.pick(
            [
                "Qualified Technician",
                "Training Card",
                "Certified Operator",
                "Technician ID",
            ]
        ),
        "no_label": d.pick(["Card No.", "ID No.", "No."]),
        "card_no": f"{r.randrange(10, 99)}-{r.randrange(10000, 99999)}",
        "rows_html": "".join(rows),
        "kw": str(kw),
        "signer": d.person(),
        "sign_label": d.pick(["Authorized signature", "Training manager", "Issued by"]),
        "corner": corner,
    }
