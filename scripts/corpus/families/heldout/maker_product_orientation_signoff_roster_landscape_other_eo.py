"""Not a certificate: a manufacturer's product training acknowledgement sheet,
letter paper turned sideways, filled in at a customer's shop. The maker's
logo block and form number head it; a strip of labelled boxes gives the
customer, the shop address, the products covered, the session length in
minutes, the factory trainer with his title and the day; a paragraph says
the employees below received an operating overview and that the session is
not a certification course and carries no continuing-education credit. A
ruled table lists each employee with position, handwritten name and
signature, and the trainer's initials; the rest of the rows are blank. A
revision line runs along the foot. It names many people, a date and a
duration; no credit is recorded."""

SOURCE = (
    "openregulatory/templates:templates/qms/human-resources/training-record.md (general "
    "information block, participants table with signature column, confirmation row) and "
    "wording of equipment manufacturers' in-service / product orientation sign-in sheets"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "table",
    "landscape",
    "labelled",
    "handwriting",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; inset:34px 44px 30px; font: 12px ${sans}; color:#1b1b1b }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:3px solid ${accent}; padding-bottom:8px }
.lg { display:flex; align-items:center; gap:10px } .mk { width:40px; height:40px; background:${accent}; transform:rotate(45deg); margin:4px 8px 4px 4px }
.mn { font: bold 19px ${cond}; letter-spacing:1px; text-transform:uppercase; color:#222 }
h1 { margin:0; font: bold 20px ${sans}; text-align:right } .fn { font-size:10.5px; color:#555; text-align:right }
.bx { display:grid; grid-template-columns: 1.3fr 1.3fr 1.5fr .7fr 1.1fr .9fr; border:1px solid #444; border-top:0; margin-top:10px; border-top:1px solid #444 }
.bx div { border-right:1px solid #444; padding:3px 6px 5px; min-height:40px }
.bx div:last-child { border-right:0 }
.bx b { display:block; font-size:9px; letter-spacing:.6px; text-transform:uppercase; color:#555; font-weight:normal }
.bx i { font: normal 16px ${hand}; color:#1d2f6b; line-height:20px }
.st { margin:9px 0 8px; font-size:11.5px; line-height:15px }
table { width:100%; border-collapse:collapse }
th { font: bold 10px ${sans}; text-transform:uppercase; letter-spacing:.5px; background:#e9e9e9; border:1px solid #555; padding:4px 5px; text-align:left }
td { border:1px solid #777; height:${row_h}px; padding:0 6px; font-size:11px }
td.h { font: 17px ${hand}; color:#1d2f6b; white-space:nowrap; overflow:hidden }
td.n { width:26px; text-align:center; color:#555 }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font-size:9.5px; color:#666 }
</style>
<div class="w">
 <div class="hd">
  <div class="lg"><div class="mk"></div><div class="mn">${maker}<div style="font: 10.5px ${sans}; letter-spacing:0; text-transform:none; color:#555">${dept}</div></div></div>
  <div><h1>${heading}</h1><div class="fn">${form_no}</div></div>
 </div>
 <div class="bx">
  <div><b>Customer / company</b><i>${customer}</i></div>
  <div><b>Location</b><i>${town}</i></div>
  <div><b>Product(s) covered</b><i>${products}</i></div>
  <div><b>Length</b><i>${length}</i></div>
  <div><b>Presented by</b><i>${trainer}</i><br><span style="font-size:9.5px;color:#555">${trainer_role}</span></div>
  <div><b>Date</b><i>${day}</i></div>
 </div>
 <div class="st">${statement}</div>
 <table>
  <tr><th>#</th><th>Printed name</th><th>Position</th><th>Tech / employee no.</th><th>Signature</th><th>Trainer initials</th></tr>
  ${rows_html}
 </table>
 <div class="ft"><span>${rev}</span><span>${retain}</span></div>
</div>
"""

CUSTOMERS = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Hometown Carpet Care Inc.",
    "Prime Mitigation Group",
    "Allied Property Restoration",
    "Cornerstone Disaster Recovery",
    "Bluewater Cleaning & Restoration",
]
PRODUCTS = [
    "LGR dehumidifier 2800 series",
    "Truckmount TM-450 / hose reels",
    "Axial air mover AX-9, scrubber HEPA-600",
    "Hydroxyl generator HX-3",
    "Desiccant DD-1200, ducting",
    "Portable extractor PX-12",
]
POSITIONS = ["Technician", "Crew lead", "Project manager", "Tech II", "Estimator", "Owner"]


def fill(d):
    from corpus import values as V

    r = d.rng
    full, short = d.pick(V.MANUFACTURERS)
    trainer = d.person()
    ini = "".join(p[0] for p in trainer.split() if p[0].isupper())[:2]
    n_filled = r.randrange(4, 8)
    n_rows = d.pick([10, 11, 12])
    rows = []
    for i in range(n_rows):
        if i < n_filled:
            who = d.person()
            sig = who.split()[0][0] + ". " + who.split()[-1]
            tech = d.pick(["", f"{r.randrange(1000, 99999)}", f"T-{r.randrange(100, 999)}"])
            rows.append(
                f'<tr><td class="n">{i + 1}</td><td class="h">{who}</td>'
                f"<td>{d.pick(POSITIONS)}</td><td>{tech}</td>"
                f'<td class="h">{sig}</td><td class="h">{ini}</td></tr>'
            )
        else:
            rows.append(f'<tr><td class="n">{i + 1}</td>' + "<td></td>" * 5 + "</tr>")
    minutes = d.pick([45, 60, 90, 120])
    street, town = d.address()
    return {
        "maker": short or full,
        "dept": d.pick(
            ["Customer Training Department", "Field Service & Training", "Tech Support"]
        ),
        "heading": d.pick(
            [
                "Product Training Acknowledgment",
                "Equipment Orientation Sign-Off Sheet",
                "In-Service Training Sign-In",
            ]
        ),
        "form_no": f"Form {d.pick(['TR', 'FS', 'CT'])}-{r.randrange(10, 99)}",
        "customer": d.pick(CUSTOMERS),
        "town": town,
        "products": d.pick(PRODUCTS),
        "length": f"{minutes} min",
        "trainer": trainer,
        "trainer_role": d.pick(["Territory Manager", "Factory Service Rep", "Product Trainer"]),
        "day": d.other_date("registered", d.pick(["us_numeric", "us_short", "short_month"])),
        "statement": d.pick(
            [
                "By signing below, each employee acknowledges receiving an overview of the safe "
                "set-up, operation and routine maintenance of the products listed above. This "
                "orientation is not a certification course and no continuing education credit "
                "(CEC) is awarded for it.",
                "The persons listed attended a product demonstration given by the manufacturer's "
                "representative. Attendance at this demonstration does not qualify for IICRC "
                "CECs and does not replace the operator's manual.",
            ]
        ),
        "row_h": d.pick([36, 38]),
        "rows_html": "".join(rows),
        "rev": f"Rev. {d.other_date('print', 'us_numeric')} · Keep with equipment records",
        "retain": d.pick(
            [
                "Return a copy to your sales representative.",
                "White: customer · Yellow: factory",
            ]
        ),
    }
