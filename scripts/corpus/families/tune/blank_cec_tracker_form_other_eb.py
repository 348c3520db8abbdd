"""Not a certificate: a blank continuing-education tracking log that an
association prints for its members, with only the technician's name and
certification number written in by hand. The association's mark and name,
"CEC Tracking Log" and a line of instructions, fields for the name,
certification number and renewal date, the hours the renewal requires,
then a ruled table whose column heads read date, course or session,
provider, approval no., CECs and certificate kept, every row empty, and
an empty total. It names a person, an organisation and a requirement in
hours, and records no continuing-education credit at all."""

SOURCE = (
    "kieranbs96/georgina-portfolio-netlify:src/pages/cpd/index.md (training log table: "
    "topic, provider, hours, date, renewal, status) and the blank CEC logs restoration trade "
    "associations hand out to track hours toward a certification renewal"
)
KIND = "other"
PAPER = "half-letter"
CATEGORIES = (
    "other",
    "landscape",
    "table",
    "labelled",
    "handwriting",
    "provider-in-logo",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:22px 28px; font-family:${sans}; color:#1b1b1b }
.hd { display:flex; align-items:center; gap:10px; border-bottom:3px solid ${band}; padding-bottom:5px }
.mk { width:40px; height:40px; background:${band}; color:#fff; font: bold 13px ${display}; display:flex; align-items:center; justify-content:center; border-radius:${radius} }
.hd b { font: bold 11px ${sans}; letter-spacing:1px; text-transform:uppercase; color:${band}; display:block }
.hd h1 { margin:0; font: bold 20px ${face}; line-height:22px }
.hd .yr { margin-left:auto; font-size:10px; color:#444; text-align:right; line-height:13px }
.ins { font-size:9.5px; color:#444; margin:4px 0 6px; line-height:12px }
.fl { display:flex; gap:14px; font-size:10px }
.fl div { flex:1; border-bottom:1px solid #333; position:relative; height:22px }
.fl div:first-child { flex:1.8 }
.fl small { position:absolute; left:0; bottom:-11px; font-size:7.5px; color:#555; text-transform:uppercase; letter-spacing:.6px }
.fl .hw { position:absolute; left:4px; bottom:1px; font: 18px ${hand}; color:${ink}; white-space:nowrap }
table { width:100%; border-collapse:collapse; margin-top:18px; font-size:9px }
th { background:${band}; color:#fff; font-weight:bold; text-align:left; padding:3px 5px; font-size:8.5px; text-transform:uppercase; letter-spacing:.5px }
td { border:1px solid #999; height:${row_h}px }
tr:nth-child(even) td { background:${zebra} }
tr.tot td { border:none; text-align:right; font-weight:bold; font-size:9.5px; background:none; padding-right:6px }
tr.tot td.box { border:1.5px solid #333; background:#fff }
.ft { position:absolute; left:0; right:0; bottom:-12px; font-size:7.5px; color:#555; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="hd"><div class="mk">${initials}</div><div><b>${assoc}</b><h1>${heading}</h1></div><div class="yr">${req}<br>${cycle}</div></div>
 <div class="ins">${instructions}</div>
 <div class="fl">
  <div><span class="hw">${holder}</span><small>Technician name</small></div>
  <div><span class="hw">${cert_no}</span><small>Certification no.</small></div>
  <div><span class="hw">${renew}</span><small>Renewal date</small></div>
 </div>
 <table><tr><th style="width:12%">Date</th><th style="width:34%">Course / session title</th><th style="width:22%">Provider</th><th style="width:13%">Approval no.</th><th style="width:8%">CECs</th><th style="width:11%">Cert. kept</th></tr>
 ${rows_html}
 <tr class="tot"><td colspan="4">Total CECs this cycle</td><td class="box"></td><td></td></tr></table>
 <div class="ft"><span>${footer}</span><span>${form}</span></div>
</div>
"""


def fill(d):
    from datetime import date

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    assoc = d.pick(V.ASSOCIATIONS)
    words = [w for w in assoc.replace("&", "").split() if w[0].isupper()]
    rows = d.pick([8, 9, 10])
    holder = d.person()
    renew = date(d.completed.year + r.randint(0, 2), r.randint(1, 12), r.randint(1, 28))
    filled_cert = d.chance(0.7)
    return {
        "band": d.pick(["#1f3a5f", "#0b3d2e", "#5b2333", "#333333"]),
        "zebra": d.pick(["#f4f6f9", "#ffffff", "#f7f4ec"]),
        "ink": d.pick(["#1a2a6c", "#222", "#0b3d91"]),
        "radius": d.pick(["50%", "4px"]),
        "face": d.fonts[d.pick(["sans", "serif", "display"])],
        "initials": "".join(w[0] for w in words)[:4],
        "assoc": assoc,
        "heading": d.pick(["CEC Tracking Log", "Continuing Education Log", "My CE Record"]),
        "req": d.pick(
            [
                "Renewal requires 2 CECs a year",
                "8 CECs per 4-year cycle",
                "Master: 4 CECs a year",
                "Requirement: 14 hours / cycle",
            ]
        ),
        "cycle": d.pick(["Keep with your certificates", "Member tool · not a transcript"]),
        "instructions": d.pick(
            [
                "Write each class or session in as you finish it and staple the certificate to the "
                "back. The registry accepts certificates, not this log.",
                "Use this sheet to plan and track your renewal. Only the provider's certificate or "
                "roster counts as proof of attendance.",
            ]
        ),
        "holder": holder if d.chance(0.8) else holder.split()[0][0] + ". " + holder.split()[-1],
        "cert_no": str(r.randrange(100000, 999999)) if filled_cert else "",
        "renew": fmt_date(renew, d.pick(["us_short", "us_numeric"])) if d.chance(0.6) else "",
        "row_h": {8: 34, 9: 30, 10: 27}[rows],
        "rows_html": ("<tr>" + "<td></td>" * 6 + "</tr>") * rows,
        "footer": f"{assoc} · www.{''.join(w[0] for w in words).lower()}.org",
        "form": f"Form CE-{r.randint(1, 9)} rev. {d.completed.year - r.randint(1, 4)}",
    }
