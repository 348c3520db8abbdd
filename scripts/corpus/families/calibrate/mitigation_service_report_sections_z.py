"""Not a certificate: a restoration company's job-site service report that
a technician photographs for the file. A centred company header with
address and phone, the report's title, boxed sections each under a dark
bar (work order and dates; client; areas serviced as check boxes;
equipment placed and moisture readings in a table; technician notes), a
technician and customer signing row, and a two-tone footer bar with the
company's address. It names a technician, dates and hours on site, and
records no training or credit."""

SOURCE = "imjosephheras/sales:contract_generator/contract_generator/templates/vent_hood_report.php"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "dark-band",
    "labelled",
    "table",
    "portrait",
    "distractor-person",
    "distractor-date",
)

COMPANIES = [
    ("PRIME DRY RESTORATION GROUP", "Prime Dry"),
    ("BLUE RIVER WATER & FIRE, INC.", "Blue River"),
    ("ALLPRO MITIGATION SERVICES", "AllPro"),
    ("SUMMIT PROPERTY RESTORATION LLC", "Summit"),
]
EQUIPMENT = [
    "LGR dehumidifier",
    "Air mover (low profile)",
    "Air scrubber / HEPA",
    "Desiccant dehumidifier",
    "Injectidry panel system",
    "Axial air mover",
]
AREAS = [
    "Kitchen",
    "Living room",
    "Hallway",
    "Basement",
    "Bath 1",
    "Bedroom 2",
    "Laundry",
    "Crawlspace",
]

TEMPLATE = """<style>
.w { position:absolute; left:56px; right:56px; top:40px; bottom:100px; font: 13px ${sans}; color:#333; line-height:1.25 }
.hd { text-align:center; border-bottom:2px solid ${dark}; padding-bottom:6px }
.hd .mk { font: bold 22px ${display}; color:${dark}; letter-spacing:1px } .hd .ci { font-size:10px; color:#666; line-height:14px }
.rt { text-align:center; font: bold 16px ${sans}; color:${dark}; text-transform:uppercase; letter-spacing:0.5px; margin:14px 0 12px }
.ack { font-size:10.5px; color:#555; margin-top:8px; line-height:14px }
.sec { border:1px solid #ccc; margin-bottom:11px } .sh { background:${dark}; color:#fff; font-weight:bold; font-size:12.5px; padding:5px 9px; letter-spacing:0.3px }
.sc { padding:8px 9px; background:#fafafa } .two { display:flex; gap:16px } .two > div { flex:1 }
.r { display:flex; border-bottom:1px solid #e3e3e3; padding:4px 2px } .r .l { width:44%; font-weight:bold; color:${dark} }
.cb { display:inline-block; width:24%; margin:2px 0 } .cb::before { content:"☐ "; font-size:13px } .cb.on::before { content:"☑ " }
table { width:100%; border-collapse:collapse } th, td { border:1px solid #ccc; padding:5px 6px; text-align:left; font-size:12.5px }
th { background:#e8e8e8; color:${dark} } td.n { text-align:center; width:52px }
.notes { min-height:84px; background:#fff; border:1px solid #ddd; padding:4px 6px; font-family:${hand}; font-size:15px; color:#1c2d6b; line-height:20px }
.sg { display:flex; gap:24px; margin-top:10px } .sg > div { flex:1 } .sg .ln { border-bottom:1px solid #333; height:28px; font: 20px ${hand}; color:#1c2d6b }
.sg .lb { font-size:10px; color:#666; margin-top:2px }
.f1 { position:absolute; left:0; right:0; bottom:50px; background:${dark}; color:#fff; text-align:center; font-size:9.5px; padding:4px }
.f2 { position:absolute; left:0; right:0; bottom:0; height:50px; background:${accent}; color:#fff; text-align:center; font-size:10px; padding-top:10px; line-height:15px }
</style>
<div class="w">
 <div class="hd"><div class="mk">${company}</div><div class="ci">${street} ~ ${town}<br>Phone: ${phone} ~ ${web}</div></div>
 <div class="rt">${report_title}</div>
 <div class="sec"><div class="sh">SERVICE REPORT / WORK ORDER</div><div class="sc"><div class="two">
  <div><div class="r"><span class="l">Work Order #:</span>${wo}</div><div class="r"><span class="l">Claim #:</span>${claim}</div></div>
  <div><div class="r"><span class="l">Service date:</span>${service_date}</div><div class="r"><span class="l">Next visit:</span>${next_date}</div></div>
 </div></div></div>
 <div class="sec"><div class="sh">1. CLIENT INFORMATION</div><div class="sc"><div class="two">
  <div><div class="r"><span class="l">Client / Owner:</span>${client}</div><div class="r"><span class="l">Loss address:</span>${loss_street}</div></div>
  <div><div class="r"><span class="l">Date of loss:</span>${loss_date}</div><div class="r"><span class="l">Category / Class:</span>${cat}</div></div>
 </div></div></div>
 <div class="sec"><div class="sh">2. AREAS SERVICED</div><div class="sc">${areas_html}</div></div>
 <div class="sec"><div class="sh">3. EQUIPMENT &amp; MOISTURE READINGS</div><div class="sc"><table>
  <tr><th>Equipment / location</th><th class="n">Qty</th><th class="n">Set</th><th class="n">Removed</th><th>Reading (%MC)</th></tr>${equip_html}
 </table></div></div>
 <div class="sec"><div class="sh">4. TECHNICIAN NOTES</div><div class="sc"><div class="notes">${notes}</div>
  <div class="r" style="border:0;margin-top:4px"><span class="l">Time on site:</span>${on_site}</div></div></div>
 <div class="ack">${ack}</div>
 <div class="sg">
  <div><div class="ln">${tech}</div><div class="lb">Technician: ${tech} &nbsp;·&nbsp; ${tech_cert}</div></div>
  <div><div class="ln">${customer}</div><div class="lb">Customer signature / date ${sign_date}</div></div>
 </div>
</div>
<div class="f1">${company}</div>
<div class="f2"><b>${street} - ${town} - Phone ${phone}</b><br>${web}</div>
"""


def fill(d):
    import html

    company, short = d.pick(COMPANIES)
    street, town = d.address()
    loss_street, _ = d.address()
    from datetime import timedelta

    from corpus.formats import fmt_date

    style = d.pick(["us_numeric", "us_short", "short_month"])
    service = d.completed + timedelta(days=d.rng.randint(3, 40))
    placed = service - timedelta(days=d.rng.randint(1, 3))
    loss = placed - timedelta(days=d.rng.randint(0, 2))

    def day(x, st=style):
        return fmt_date(x, st)

    areas = d.rng.sample(AREAS, 8)
    on = set(d.rng.sample(range(8), d.rng.randint(2, 4)))
    rows = []
    for eq in d.rng.sample(EQUIPMENT, d.rng.randint(3, 5)):
        rows.append(
            f"<tr><td>{html.escape(eq)} — {html.escape(d.pick(AREAS))}</td><td class='n'>{d.rng.randint(1, 6)}</td>"
            f"<td class='n'>{day(placed, 'us_short')}</td><td class='n'>{d.pick(['', '', day(service, 'us_short')])}</td>"
            f"<td>{d.rng.randint(12, 40)} → {d.rng.randint(9, 18)}</td></tr>"
        )
    return {
        "company": company,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": f"www.{short.lower().replace(' ', '')}restoration.com",
        "report_title": d.pick(
            [
                "Water Mitigation Service Report",
                "Drying Log and Service Report",
                "Daily Monitoring Report",
            ]
        ),
        "wo": d.number("WO-"),
        "claim": d.number(),
        "service_date": day(service),
        "next_date": day(service + timedelta(days=d.rng.randint(1, 3))),
        "client": d.person(),
        "loss_street": loss_street,
        "loss_date": day(loss),
        "cat": d.pick(["Cat 1 / Class 2", "Cat 2 / Class 3", "Cat 1 / Class 1", "Cat 3 / Class 2"]),
        "areas_html": "".join(
            f"<span class='cb{' on' if i in on else ''}'>{html.escape(a)}</span>"
            for i, a in enumerate(areas)
        ),
        "equip_html": "".join(rows),
        "notes": d.pick(
            [
                "Moved two air movers to hallway, baseboards pulled in kitchen. Readings dropping.",
                "Subfloor still wet under vinyl. Added one dehu, recheck in 24 hrs.",
                "All areas at dry standard except basement wall. Customer informed.",
            ]
        ),
        "on_site": d.pick(["1.5 hrs", "2 hours", "3.5 hrs", "45 min"]),
        "tech": d.person(),
        "tech_cert": d.pick(["IICRC WRT / ASD", "IICRC Certified Technician", "Crew Lead"]),
        "customer": d.person(),
        "sign_date": day(service, "us_short"),
        "ack": "The customer acknowledges the work listed above was performed and that drying equipment "
        "remains on site until dry standard is reached. Do not unplug or move equipment; call the office "
        "with any concerns.",
    }
