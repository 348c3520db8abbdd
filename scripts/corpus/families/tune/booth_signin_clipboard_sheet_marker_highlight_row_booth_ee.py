"""A photocopy of one page of the sign-in sheet kept on a clipboard at the
certification body's booth during a trade show, sent to a technician as
proof of booth credit. A printed header block: the show's name in bold, a
title line for booth registration, a boxed line stating the credit each
registrant receives, the day written in by booth staff, the booth number
and a sheet number. Then a ruled table of numbered rows (printed name,
certification number, company, e-mail or phone, time) filled by hand by
many different visitors in different inks and hands, a few rows left
empty at the foot. One row, the technician's, is highlighted with a
yellow marker stroke. Under the table the booth staff member's initials
and a line that the sheet is entered into the certification database."""

SOURCE = (
    "CroissanceCommune/autonomie:autonomie/templates/workshops/workshop_pdf.mako (attendance "
    "sheet for a timeslot: header lines, title of the workshop, a ruled table of participants "
    "with empty signature cells); wording of the booth sign-in sheets certification bodies "
    "keep at trade shows"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "table",
    "handwriting",
    "labelled",
    "distractor-person",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.pg { position:absolute; left:40px; right:40px; top:38px; font-family:${sans}; color:#111; filter:grayscale(${grey}) }
.hd { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:2px solid #111; padding-bottom:8px }
.hd .ev { font: bold 19px ${sans}; line-height:22px }
.hd .t { font: 14px ${sans}; margin-top:3px; letter-spacing:.5px }
.hd .r { text-align:right; font-size:11px; line-height:17px }
.hd .r b { font: 19px ${handf}; color:${ink}; font-weight:normal; margin-left:4px }
.cr { margin-top:8px; border:1.5px solid #111; padding:5px 9px; font-size:12px; display:inline-block }
.ins { font-size:10px; color:#333; margin-top:6px }
table { width:100%; border-collapse:collapse; margin-top:8px; table-layout:fixed }
th { font: bold 10px ${sans}; text-align:left; border:1px solid #222; background:#e4e4e4; padding:4px 5px; text-transform:uppercase; letter-spacing:.5px }
td { border:1px solid #444; height:${row_h}px; padding:0 5px; white-space:nowrap; overflow:hidden; vertical-align:bottom; position:relative }
td.n { text-align:center; font-size:10px; color:#333; vertical-align:middle }
td span.h { display:inline-block; font-size:${hand_px}px; line-height:${row_h}px; padding-bottom:1px }
tr.hl td { background:linear-gradient(180deg, transparent 12%, rgba(250,230,40,.72) 14%, rgba(250,230,40,.72) 88%, transparent 90%) }
.bt { margin-top:10px; display:flex; justify-content:space-between; font-size:10.5px; color:#333 }
.bt b { font: 20px ${handf}; color:${ink}; font-weight:normal }
.ft { position:absolute; left:40px; right:40px; bottom:18px; font: 8.5px ${sans}; color:#555; display:flex; justify-content:space-between }
</style>
<div class="pg">
 <div class="hd">
  <div><div class="ev">${event}</div><div class="t">${sheet_title}</div></div>
  <div class="r">${date_label}<b>${date}</b><br>${booth_label} <b>${booth}</b><br>${sheet_label} <b>${sheet}</b></div>
 </div>
 <div class="cr">${credit_line}</div>
 <div class="ins">${ins}</div>
 <table>
  <colgroup><col style="width:5%"><col style="width:27%"><col style="width:13%"><col style="width:24%"><col style="width:21%"><col style="width:10%"></colgroup>
  <tr><th></th><th>${name_head}</th><th>${cert_head}</th><th>Company</th><th>${contact_head}</th><th>Time</th></tr>
  ${rows_html}
 </table>
 <div class="bt"><span>${staff_label} <b>${staff}</b></span><span>${entered}</span></div>
</div>
<div class="ft"><span>${rev}</span><span>${copyline}</span></div>
"""

HANDS = [
    "'Dancing Script', cursive",
    "'Kaushan Script', cursive",
    "'Kristi', 'Dancing Script', cursive",
]
INKS = ["#1d2c6b", "#222", "#123a7a", "#333", "#0b3d91", "#3b1f5b"]
COMPANIES = [
    "Dry Right Restoration",
    "A-1 Carpet & Tile",
    "Blue Sky Cleaning",
    "Precision Water Removal",
    "Hometown Restoration",
    "Pro-Dry LLC",
    "Fresh Start Carpet",
    "Rapid Response Rest.",
    "Lakeside Fire & Water",
    "self",
    "Meridian Cleaning Co.",
    "Peak Restoration",
]


def fill(d):
    import html

    e = html.escape
    r = d.rng
    n_rows = d.pick([16, 18, 20])
    filled = r.randint(n_rows - 6, n_rows - 2)
    mine = r.randrange(0, filled)
    first_no = d.pick([1, 1, 21, 41, 61, 81])
    start = r.randint(10 * 60, 14 * 60)
    name = None
    rows = []
    for i in range(n_rows):
        n = first_no + i
        if i >= filled:
            rows.append(f'<tr><td class="n">{n}</td>' + "<td></td>" * 5 + "</tr>")
            continue
        t = start + i * r.randint(2, 9)
        tm = f"{(t // 60) % 12 or 12}:{t % 60:02d}"
        hand = r.choice(HANDS[:2] if i == mine else HANDS)
        ink = r.choice(INKS)
        style = f'style="font-family:{hand}; color:{ink}"'
        if i == mine:
            name = d.name(d.pick(["plain", "plain", "upper"]))
            who = name
            first = "".join(ch for ch in d.first.lower() if ch.isalpha())
            last = "".join(ch for ch in d.last.lower() if ch.isalpha())
        else:
            who = d.person()
            parts = who.lower().split()
            first = "".join(ch for ch in parts[0] if ch.isalpha())
            last = "".join(ch for ch in parts[-1] if ch.isalpha())
        contact = (
            f"{first[:1]}{last[:9]}@{r.choice(['gmail.com', 'aol.com', 'yahoo.com'])}"
            if r.random() < 0.6
            else d.phone()
        )
        cert = f"{r.randrange(10000, 999999)}" if r.random() < 0.85 else "—"
        cls = ' class="hl"' if i == mine else ""
        rows.append(
            f'<tr{cls}><td class="n">{n}</td>'
            f'<td><span class="h" {style}>{e(who)}</span></td>'
            f'<td><span class="h" {style}>{cert}</span></td>'
            f'<td><span class="h" {style}>{e(r.choice(COMPANIES))}</span></td>'
            f'<td><span class="h" {style}>{e(contact)}</span></td>'
            f'<td><span class="h" {style}>{tm}</span></td></tr>'
        )
    staff = d.person()
    hours = d.hours(d.pick(["cecs", "cec_hours", "hours_title", "words"]))
    return {
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "ink": d.pick(["#1d2c6b", "#222"]),
        "grey": d.pick(["0", "0.6", "1"]),
        "row_h": "30" if n_rows <= 16 else ("28" if n_rows == 18 else "26"),
        "hand_px": "17" if n_rows <= 18 else "16",
        "event": d.provider(),
        "sheet_title": f"{d.title('plain')} — {d.pick(['Sign-In Sheet', 'Sign-in', 'Registration Sheet'])}",
        "date_label": d.pick(["Date:", "Show day:"]),
        "date": d.date(d.pick(["us_short", "us_numeric", "short_month"])),
        "booth_label": "Booth",
        "booth": f"{d.pick([1, 2, 3, 4, 5, 6])}{r.randrange(10, 99)}",
        "sheet_label": d.pick(["Sheet", "Page"]),
        "sheet": str(r.randint(2, 14)),
        "credit_line": d.pick(
            [
                f"Each certified technician who signs in receives {hours} of booth credit.",
                f"Booth registration credit: {hours}",
                f"Sign in once per show · {hours}",
            ]
        ),
        "ins": d.pick(
            [
                "PLEASE PRINT CLEARLY. Illegible or incomplete entries cannot be credited.",
                "Print your name exactly as it appears on your certification wallet card.",
            ]
        ),
        "name_head": d.pick(["Name (print)", "Printed name", "Name"]),
        "cert_head": d.pick(["IICRC #", "Cert. #", "Reg. no."]),
        "contact_head": d.pick(["E-mail / phone", "E-mail", "Contact"]),
        "rows_html": "".join(rows),
        "staff_label": d.pick(["Booth staff initials:", "Collected by:"]),
        "staff": "".join(p[0] for p in staff.split() if p[:1].isupper()),
        "entered": d.pick(
            ["Entered into database: ____", "Data entry complete ✓", "Entered ____ / ____"]
        ),
        "rev": d.pick(["Booth form B-2", "Form SI-1 rev. 2020", "Sign-in sheet v3"]),
        "copyline": d.pick(["Copy provided on request", "Page copied for attendee records"]),
    }
