"""Landscape slip printed from an exhibitor's lead-retrieval terminal when a
visitor's badge is scanned at the stand: a narrow header with the show and
stand number, visitor fields in label: value pairs in a monospaced printer
face, a grid of pre-set code boxes (product interest, action, staff) with the
chosen ones ticked, the booth-registration credit line and a tear-off stub."""

SOURCE = (
    "http://www.delegia.se/english/products_reg_leadretrieval.html (badge bar code read at "
    "the stand; exhibitor code template with product, salesman and action codes; daily paper copy)"
)
KIND = "booth"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "landscape",
    "labelled",
    "table",
    "mono",
    "distractor-person",
    "distractor-org",
)

TEMPLATE = """<style>
.w { position:absolute; inset:16px 18px; font: 11.5px ${mono}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:center; border:2px solid #111; padding:5px 8px;
  font: bold 13px ${sans} }
.hd .st { font: bold 12px ${mono}; background:#111; color:#fff; padding:2px 8px }
.main { display:flex; gap:14px; margin-top:8px }
.f { flex:1.15 }
.f .r { display:flex; border-bottom:1px dotted #777; padding:3px 0 }
.f .k { width:98px; flex:none; color:#333 } .f .v { font-weight:bold }
.cd { flex:1 }
.cd table { width:100%; border-collapse:collapse; font-size:10.5px }
.cd th { text-align:left; font: bold 9.5px ${sans}; text-transform:uppercase; border-bottom:1.5px solid #111; padding:2px 3px }
.cd td { border-bottom:1px solid #bbb; padding:2.5px 3px }
.bx { display:inline-block; width:10px; height:10px; border:1px solid #111; margin-right:5px; vertical-align:-1px;
  font: bold 10px ${sans}; line-height:9px; text-align:center }
.cr { margin-top:8px; border:1.5px dashed #111; padding:5px 8px; font-size:12px }
.cr b { font-size:13px }
.nt { margin-top:8px; display:flex; gap:14px; font-size:10.5px }
.nt .n { flex:1.6; border:1px solid #999; height:78px; padding:3px 6px;
  background: repeating-linear-gradient(transparent 0 22px, #ccc 22px 23px) }
.nt .sg { flex:1; border:1px solid #999; height:78px; padding:3px 6px; position:relative }
.nt .sg span { position:absolute; left:6px; right:6px; bottom:5px; border-top:1px solid #555; padding-top:1px; font-size:9px }
.stub { position:absolute; left:0; right:0; bottom:0; border-top:1.5px dashed #555; padding-top:5px; display:flex;
  justify-content:space-between; font-size:10px; color:#333 }
</style>
<div class="w">
 <div class="hd"><span>${event}</span><span class="st">${stand_label} ${stand}</span></div>
 <div class="main">
  <div class="f">
   <div class="r"><div class="k">${visitor_label}</div><div class="v">${name}</div></div>
   <div class="r"><div class="k">Company</div><div class="v">${company}</div></div>
   <div class="r"><div class="k">City</div><div class="v">${city}</div></div>
   <div class="r"><div class="k">Badge no.</div><div class="v">${badge}</div></div>
   <div class="r"><div class="k">Scanned</div><div class="v">${date} ${time}</div></div>
   <div class="r"><div class="k">Exhibitor</div><div class="v">${exhibitor}</div></div>
  </div>
  <div class="cd"><table>
   <tr><th>Code</th><th>${codes_head}</th></tr>
   ${codes_html}
  </table></div>
 </div>
 <div class="cr">${credit_intro} <b>${hours}</b>${approval_part_html}</div>
 <div class="nt"><div class="n">Notes: ${note}</div><div class="sg">${sg_label}<span>${sg_foot}</span></div></div>
 <div class="stub"><span>${stub_left}</span><span>${stub_right}</span></div>
</div>
"""

PRODUCTS = [
    "Dehumidifiers",
    "Air movers",
    "Moisture meters",
    "Truck-mount units",
    "Cleaning chemistry",
    "Containment",
    "Odor control",
    "Software / estimating",
]
ACTIONS = ["Send literature", "Call back", "Demo requested", "Quote requested"]


def fill(d):
    import html

    r = d.rng
    rows = []
    for code, label in sorted(r.sample(list(enumerate(PRODUCTS, 11)), 3)) + [
        (40 + i, a) for i, a in enumerate(r.sample(ACTIONS, 2))
    ]:
        tick = "✓" if d.chance(0.5) else ""
        rows.append(
            f'<tr><td>{code}</td><td><span class="bx">{tick}</span>{html.escape(label)}</td></tr>'
        )
    staff = d.person()
    rows.append(f"<tr><td>S{r.randrange(1, 9)}</td><td>Staff: {html.escape(staff)}</td></tr>")
    h, m = d.pick([9, 10, 11, 13, 14, 15, 16]), r.randrange(0, 60)
    approval_part = (
        f" &nbsp;·&nbsp; Course no. {html.escape(d.approval())}" if d.chance(0.5) else ""
    )
    return {
        "event": d.provider(),
        "stand_label": d.pick(["STAND", "BOOTH", "Booth #"]),
        "stand": f"{r.randrange(100, 2999)}",
        "visitor_label": d.pick(["Visitor", "Name", "Attendee"]),
        "name": d.name(d.pick(["upper", "upper", "plain", "last_first"])),
        "company": d.pick(
            [
                "Dry Right Restoration",
                "ServiceFirst Cleaning",
                "Apex Water & Fire",
                "Blue Ridge Carpet Care",
                "—",
            ]
        ),
        "city": d.city(),
        "badge": d.number(),
        "date": d.date(d.pick(["us_numeric", "iso", "dd_mon_yyyy", "us_short"])),
        "time": f"{h:02d}:{m:02d}",
        "exhibitor": d.pick(["IICRC", "IICRC Certification Booth", "IICRC Registration Desk"]),
        "codes_head": d.pick(["Interest / action", "Lead codes", "Qualifiers"]),
        "codes_html": "\n   ".join(rows),
        "credit_intro": d.pick(
            [
                f"{d.title('plain')}:",
                "Booth registration recorded. CEC credit:",
                "Visit logged for continuing education —",
            ]
        ),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "iicrc_cec"])),
        "approval_part_html": approval_part,
        "note": d.pick(
            ["", "", "Asked about recertification dates.", "Wants class schedule for spring."]
        ),
        "sg_label": d.pick(["Exhibitor initials", "Booth staff"]),
        "sg_foot": d.pick(["Initials / time", "Signature"]),
        "stub_left": d.pick(
            ["Visitor copy — keep for your CEC records", "Retain this slip as proof of visit"]
        ),
        "stub_right": f"Terminal {r.randrange(1, 40):02d} · {d.number('#')}",
    }
