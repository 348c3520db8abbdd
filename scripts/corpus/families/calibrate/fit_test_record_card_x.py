"""A wallet card recording a respirator fit test, the kind a restoration
crew member carries and may photograph with their certificates: a dark band
across the top with the card's name, then labelled rows for the employee,
employer, respirator make, model and size, the test method, the fit factor
and result, the test date, the next test due and the tester. It records no
course and no continuing-education credit."""

SOURCE = (
    "AlextheYounga/ecfr:cfr/title-29-Labor/subtitle-B-Regulations-Relating-Labor/"
    "chapter-XVII-Occupational-Safety-Health-Administration-Department-Labor/"
    "part-1910-Occupational-Safety-Health-Standards/subpart-I-Personal-Protective-Equipment/"
    "section-1910.134.md (the fit test record of paragraph (m))"
)
KIND = "other"
PAPER = "card"
CATEGORIES = (
    "other",
    "wallet",
    "labelled",
    "dark-band",
    "landscape",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:10px; border:1px solid #888; overflow:hidden; font-family:${face}; background:#fff }
.b { background:${dark}; color:#fff; padding:5px 9px 4px; display:flex; justify-content:space-between; align-items:center }
.b .t { font:bold 10px ${face}; letter-spacing:0.6px } .b .o { font-size:6.5px; text-align:right; line-height:8px; max-width:110px }
table { width:100%; border-collapse:collapse; margin-top:2px } td { padding:1.8px 9px; font-size:8px; line-height:10px; vertical-align:top }
td.k { color:#555; font-size:6.4px; text-transform:uppercase; width:33%; padding-top:2px }
.res { font-weight:bold; color:${accent} }
.ft { position:absolute; left:0; right:0; bottom:0; background:${light}; font-size:5.5px; color:#444; padding:2px 9px; display:flex; justify-content:space-between }
</style>
<div class="c">
 <div class="b"><div class="t">${heading}</div><div class="o">${company}<br>${phone}</div></div>
 <table>
  <tr><td class="k">Employee</td><td><b>${employee}</b></td></tr>
  <tr><td class="k">Respirator</td><td>${make} ${model} · Size ${size}</td></tr>
  <tr><td class="k">Test method</td><td>${method}</td></tr>
  <tr><td class="k">Fit factor / result</td><td>${factor} · <span class="res">${result}</span></td></tr>
  <tr><td class="k">Test date</td><td>${test_date}</td></tr>
  <tr><td class="k">Next test due</td><td>${due}</td></tr>
  <tr><td class="k">Medical clearance</td><td>${medical}</td></tr>
  <tr><td class="k">Tester</td><td>${tester}</td></tr>
 </table>
 <div class="ft"><span>${rule}</span><span>No. ${num}</span></div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    qual = d.chance(0.5)
    tested = d.completed + timedelta(days=d.rng.randint(20, 300))
    style = d.pick(["us_numeric", "short_month", "iso"])
    return {
        "face": d.fonts[d.pick(["sans", "cond"])],
        "heading": d.pick(["RESPIRATOR FIT TEST", "FIT TEST RECORD", "RESPIRATOR FIT CARD"]),
        "company": d.pick(
            [
                "Rapid Dry Restoration",
                "Apex Water & Fire",
                "Prime Mitigation LLC",
                "Hometown Carpet Care",
            ]
        ),
        "phone": d.phone(),
        "employee": d.person(),
        "make": d.pick(["3M", "Honeywell North", "MSA", "Moldex"]),
        "model": d.pick(["6502QL", "7700", "Advantage 200 LS", "8000 series", "FF-400"]),
        "size": d.pick(["S", "M", "L"]),
        "method": d.pick(["QLFT – Bitrex", "QLFT – Saccharin"])
        if qual
        else d.pick(["QNFT – PortaCount", "QNFT – CNP"]),
        "factor": d.pick(["—", "n/a"]) if qual else str(d.rng.randrange(120, 9000)),
        "result": d.pick(["PASS", "PASS", "Pass"]),
        "test_date": fmt_date(tested, style),
        "due": fmt_date(tested + timedelta(days=365), style),
        "medical": d.pick(["Cleared ", "Approved "]) + d.other_date("registered", style),
        "tester": d.person(),
        "rule": d.pick(["29 CFR 1910.134(f)", "Annual fit test required", "OSHA 1910.134"]),
        "num": d.number(),
    }
