"""A portrait pressure-sealed self-mailer a trade show's education office
posts to an attendee some weeks after the show, printed on one letter sheet
folded in three, with dashed fold marks at both edges and the tear-off strips
down the sides ("to open, fold and tear along the perforation"). The top
panel is the address side: the show named only in its return address (a
square mark with its initials, the name and year, the office and street),
the presorted-postage indicia at the top right, a line telling the carrier
the piece holds continuing-education papers, and the attendee's mailing
block (an automation line with the ZIP, the member number, the name, the
company and address) over a row of mail-barcode bars. The middle panel
carries the statement's heading with its number and mailing date, then
running sentences with no labels: the session title in quotes, the
presenter, the session day (sometimes in words), the venue, the minutes the
door scans recorded against the minutes scheduled, and the CEC hours
credited, stated once, with the registrant number they are reported under.
The bottom panel holds a ruled tally of the attendee's renewal cycle (hours
required, reported before the show, reported to date, still needed, the day
the cycle ends), a boxed line on how minutes become hours, and the education
manager's ink signature with printed name."""

SOURCE = (
    "NickColley/design-of-forms:src/transit-and-mailing-documents/folders-suitable-for-postal-"
    "purposes/index.md (a form designed as its own postal folder: fold marks printed at the "
    "edges, the paid-postage design on the address panel, no covering letter); pressure-seal "
    "statement mailers (aklepner/brighterideamultimedia:print-forms/a/Pressure-Seal-Forms.php: "
    "self-mailing statements folded and sealed without an envelope); IRMI conference CE page "
    "(a renewal confirmation is mailed about 45 days after the conference); WACUBO 2024 CPE "
    "information (credit from check-in and check-out times, one credit at 50 minutes, a further "
    "half at 75)"
)
KIND = "session"
PAPER = ["letter-portrait"]
CATEGORIES = (
    "portrait",
    "letter",
    "sentence",
    "provider-in-logo",
    "table",
    "distractor-person",
    "distractor-date",
    "time-attended",
    "address",
    "barcode",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; font-family:${sans}; color:#1a1a1a }
.strip { position:absolute; top:0; bottom:0; width:30px; border-style:dashed; border-color:#9a9a9a; border-width:0 }
.strip.l { left:0; border-right-width:1px } .strip.r { right:0; border-left-width:1px }
.strip::before { content:"${tear}"; position:absolute; top:50%; left:50%; width:900px; margin-left:-450px;
  text-align:center; font: 8px ${sans}; letter-spacing:2.5px; color:#8a8a8a; text-transform:uppercase; white-space:nowrap }
.strip.l::before { transform: translateY(-50%) rotate(-90deg) } .strip.r::before { transform: translateY(-50%) rotate(90deg) }
.fold { position:absolute; height:0; width:22px; border-top:1px dashed #777 }
.fold.a { top:352px } .fold.b { top:704px } .fold.l { left:34px } .fold.r { right:34px }
.fold i { position:absolute; top:-12px; font: 7px ${sans}; color:#999; font-style:normal; white-space:nowrap }
.p1, .p2, .p3 { position:absolute; left:56px; right:56px }
.p1 { top:30px; height:312px }
.ra .mk { width:40px; height:40px; margin-bottom:6px; background:${dark}; color:#fff; font: bold 16px ${display};
  display:flex; align-items:center; justify-content:center; letter-spacing:1px; border-radius:${mk_r} }
.ra .tx { font-size:10.5px; line-height:14px; color:#333 }
.ra .tx b { display:block; font: bold 13px/14px ${display}; color:${dark}; white-space:nowrap }
.ind { position:absolute; top:40px; right:0; width:132px; border:1.5px solid #222; padding:4.5px 4px; text-align:center;
  font: bold 9.5px/14px ${sans}; letter-spacing:.3px }
.svc { position:absolute; top:112px; left:0; font: bold 9px ${sans}; letter-spacing:1.2px; color:#333 }
.teaser { position:absolute; top:128px; right:0; font: bold 11px ${sans}; letter-spacing:1.5px; color:${accent};
  border:1.5px solid ${accent}; padding:4px 9px }
.to { position:absolute; top:168px; left:250px; font: 13px ${mailf}; line-height:18px; letter-spacing:.3px; white-space:nowrap }
.to .au { font-size:10.5px; color:#333 }
.imb { margin-top:7px; height:14px; display:flex; align-items:center; gap:1.6px }
.imb s { display:block; width:1.6px; background:#111; text-decoration:none }
.imb .f { height:14px } .imb .a { height:9px; align-self:flex-start } .imb .d { height:9px; align-self:flex-end } .imb .t { height:5px }
.p2 { top:380px; height:310px }
.hd { display:flex; justify-content:space-between; align-items:baseline; border-bottom:2px solid ${dark}; padding-bottom:6px }
.hd b { font: bold ${hd_px}px ${display}; color:${dark} }
.hd span { font-size:10.5px; color:#555; text-align:right; line-height:14px }
.bd { font: ${body_px}px ${body}; line-height:${lh}px; margin-top:14px; color:#1b1b1b }
.bd p { margin:0 0 10px }
.p3 { top:728px; height:300px }
.p3 h3 { margin:0 0 6px; font: bold 11px ${sans}; letter-spacing:1.4px; text-transform:uppercase; color:${dark} }
.cols { display:flex; gap:30px; align-items:flex-start }
table { border-collapse:collapse; font-size:12.5px; width:370px; flex:none }
td { padding:6px 4px; border-bottom:1px solid #cfcfcf }
td.n { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; width:90px }
tr.k td { font-weight:bold; border-bottom:2px solid #333 }
.rule { flex:1; border:1px solid #bdbdbd; background:${light}; padding:9px 12px; font-size:11px; line-height:15.5px; color:#333 }
.rule b { display:block; font-size:10px; letter-spacing:1px; text-transform:uppercase; color:${dark}; margin-bottom:2px }
.sg { margin-top:22px; font-size:11.5px; line-height:15px; color:#333 }
.sg .h { font: 27px ${handf}; color:#1d2b6b; height:34px; line-height:40px }
.fp { position:absolute; left:56px; right:56px; bottom:18px; font-size:8.5px; color:#777; line-height:11px }
</style>
<div class="pg">
 <div class="strip l"></div>
 <div class="strip r"></div>
 <div class="fold a l"></div><div class="fold a r"></div><div class="fold b l"></div><div class="fold b r"></div>
 <div class="p1">
  <div class="ra"><div class="mk">${initials}</div><div class="tx"><b>${event}</b>${office}<br>${street}<br>${town}</div></div>
  <div class="ind">${indicia_html}</div>
  <div class="svc">${service}</div>
  <div class="teaser">${teaser}</div>
  <div class="to"><div class="au">${auto_line}</div><div class="au">${mbr_line}</div>${name}<br>${company}<br>${a_street}<br>${a_town}
   <div class="imb">${bars_html}</div></div>
 </div>
 <div class="p2">
  <div class="hd"><b>${heading}</b><span>${no_label} ${stmt_no}<br>${mailed_label} ${mailed}</span></div>
  <div class="bd"><p>${salutation}</p><p>${para1}</p><p>${para2}</p><p>${para3}</p></div>
 </div>
 <div class="p3">
  <h3>${tally_head}</h3>
  <div class="cols">
   <table>${tally_html}</table>
   <div class="rule"><b>${rule_head}</b>${rule}</div>
  </div>
  <div class="sg">${valediction}<div class="h">${signer}</div>${signer}, ${signer_role}</div>
 </div>
 <div class="fp">${fine}</div>
</div>
"""

COMPANIES = [
    "Ironwood Restoration Group",
    "Blue Ridge Carpet & Upholstery",
    "Rapid Response Water Removal",
    "Heritage Fire & Flood, Inc.",
    "Three Oaks Cleaning Services",
    "Northstar Dry-Out LLC",
]
CREDENTIALS = ["", "", ", CR", ", WLS", ", CIEC", ", CMH"]


def _hours(value: float) -> str:
    return f"{value:.1f}"


def fill(d):
    import html

    from corpus import values as V

    r = d.rng
    credit = float(d.credit)
    # The session's schedule in minutes and the minutes the door scans
    # recorded: one CEC hour for every 50 minutes, counted in half hours.
    scheduled = int(60 * (credit + d.pick([0, 0, 0.5, 1])))
    recorded = int(50 * credit) + r.randint(0, min(24, scheduled - int(50 * credit)))
    required = 14.0
    # Hours reported before the show: never the credited figure, and never
    # leaving that figure as the hours still needed.
    before = credit
    while credit in (before, required - before - credit):
        before = 0.5 * r.randint(2, int(2 * (required - credit)) - 1)
    to_date = before + credit
    still = max(0.0, required - to_date)

    event = d.provider(d.pick([None, None, "upper"]))
    words = [w for w in d.org_alt.replace("&", "").split() if w[:1].isupper()]
    street, town = d.address()
    a_street, a_town = d.pick([a for a in V.CITIES if a[0] != street])
    name = d.name(d.pick(["upper", "upper", "plain"]))
    member = f"{r.randrange(100000, 999999)}"
    registrant = f"{r.randrange(10000, 99999)}"
    title = d.title()
    presenter = d.person() + d.pick(CREDENTIALS)
    day = d.date(d.pick(["long", "words", "weekday", "ordinal", "long"]))
    venue = d.venue()
    hours = d.hours(d.pick(["cec_hours", "cec_hours", "cecs"]))
    cycle_end = d.other_date("expiry", d.pick(["long", "us_numeric", "short_month"]))
    signer = d.person()
    zip_code = a_town.split()[-1]
    greet = f"{d.first} {d.last}" if d.chance(0.5) else d.first
    para1 = d.pick(
        [
            f"Thank you for attending the education program at the show. Our records show you "
            f"in \u201c{title}\u201d, presented by {presenter} on {day} at the {venue}.",
            f"The education office has recorded your attendance at the session \u201c{title}\u201d "
            f"given by {presenter}, held on {day} at the {venue}.",
        ]
    )
    para2 = d.pick(
        [
            f"The door scans place you in the room for {recorded} of the session\u2019s "
            f"{scheduled} scheduled minutes, and {hours} have been credited for that time.",
            f"Your badge was scanned in and out of the room for {recorded} minutes of the "
            f"{scheduled} minutes scheduled; for this you are credited with {hours}.",
        ]
    )
    para3 = d.pick(
        [
            f"The credit will be reported to the IICRC under registrant no. {registrant} within "
            "30 days. You need not send us anything further.",
            f"We report the credit to the IICRC for you under registrant no. {registrant}; please "
            "allow four weeks before it appears on your record.",
        ]
    )
    tally = [
        ("CEC hours required for renewal", _hours(required)),
        ("Reported before the show", _hours(before)),
        ("Reported to date, this cycle", _hours(to_date)),
        ("Still required", _hours(still)),
        ("Your renewal cycle ends", cycle_end),
    ]
    tally_html = "".join(
        f"<tr{' class=k' if i == 3 else ''}><td>{html.escape(a)}</td>"
        f"<td class=n>{html.escape(b)}</td></tr>"
        for i, (a, b) in enumerate(tally)
    )
    bars = "".join(f'<s class="{r.choice("fadt")}"></s>' for _ in range(65))
    permit = r.randrange(100, 2999)
    indicia = d.pick(
        [
            f"PRESORTED<br>FIRST-CLASS MAIL<br>U.S. POSTAGE PAID<br>{town.split(',')[0].upper()}"
            f"<br>PERMIT NO. {permit}",
            f"PRSRT FIRST CLASS<br>US POSTAGE<br>PAID<br>PERMIT {permit}",
        ]
    )
    return {
        "mailf": d.fonts[d.pick(["mono", "sans"])],
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "body": d.fonts[d.pick(["serif", "sans"])],
        "body_px": d.pick([13, 13.5]),
        "lh": d.pick([19, 20]),
        "hd_px": d.pick([17, 19]),
        "mk_r": d.pick(["0", "50%", "6px"]),
        "tear": d.pick(
            [
                "To open: fold and tear along the perforation \u00b7 To open: fold and tear "
                "along the perforation",
                "Tear here \u2022 Pull to open \u2022 Tear here \u2022 Pull to open \u2022 Tear here",
            ]
        ),
        "initials": "".join(w[0] for w in words)[:3],
        "event": event,
        "office": d.pick(["Education Office", "Attendee Education Services", "CE Records Office"]),
        "street": street,
        "town": town,
        "indicia_html": indicia,
        "service": d.pick(["ADDRESS SERVICE REQUESTED", "RETURN SERVICE REQUESTED"]),
        "teaser": d.pick(
            [
                "CONTINUING EDUCATION RECORD ENCLOSED",
                "IMPORTANT: CE CREDIT INFORMATION",
                "TIME-SENSITIVE CE DOCUMENT",
            ]
        ),
        "auto_line": f"*****AUTO**5-DIGIT {zip_code if zip_code.isdigit() else '00000'}",
        "mbr_line": f"MBR {member}  T{r.randrange(1, 40)} P{r.randrange(1, 9)}",
        "name": name,
        "company": d.pick(COMPANIES),
        "a_street": a_street,
        "a_town": a_town,
        "bars_html": bars,
        "heading": d.pick(
            [
                "Statement of Continuing Education Credit",
                "Your CE Credit Statement",
                "Continuing Education Credit Notice",
            ]
        ),
        "no_label": d.pick(["Statement no.", "Ref."]),
        "stmt_no": d.number(),
        "mailed_label": d.pick(["Mailed", "Date mailed:", "Printed"]),
        "mailed": d.other_date("issue", d.pick(["long", "us_numeric", "short_month"])),
        "salutation": f"Dear {greet},",
        "para1": para1,
        "para2": para2,
        "para3": para3,
        "tally_head": d.pick(["Your renewal cycle at a glance", "Where your renewal stands"]),
        "tally_html": tally_html,
        "rule_head": d.pick(["How time becomes credit", "Counting minutes"]),
        "rule": d.pick(
            [
                "One CEC hour is given for every 50 minutes recorded between the entry and exit "
                "scans, counted down to the half hour. Credit never exceeds the session\u2019s "
                "scheduled length.",
                "Minutes are taken from the badge scans at the door. Every full 25 minutes in the "
                "room earns half an hour of credit; time before the start or after the end is "
                "not counted.",
            ]
        ),
        "valediction": d.pick(["With thanks,", "Sincerely,"]),
        "signer": signer,
        "signer_role": d.pick(["Education Manager", "Director of Education", "CE Coordinator"]),
        "fine": d.pick(
            [
                f"Keep this statement with your renewal papers for four years. Questions: "
                f"{d.phone()} \u00b7 {d.web()}",
                f"Corrections must reach the education office within 60 days of mailing. "
                f"{d.web()} \u00b7 {d.phone()}",
            ]
        ),
    }
