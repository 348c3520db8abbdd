"""A group-live certificate of completion laid out to an accountancy CPE
registry's checklist, issued for a restoration business course that also
carries IICRC credit: the sponsor's wordmark with its address and phone, the
participant, program title, date, location and delivery method as labelled
rows, then a small table of CPE credits by field of study (granted on a
50-minute hour, so 420 minutes prints as 8.0 or 8.5) with its total, and
beside it a separate box with the IICRC CEC hours, the only figure that is
the credited hours. The registry's time statement, the sponsor ID and a
signature close the page."""

SOURCE = (
    "https://nasbaregistry.org/what-sponsors-need-to-know/what-elements-are-required-to-be-"
    "included-on-the-certificate-of-completion (sponsor, participant, title, fields of study, "
    "date, location, delivery method, CPE credit, signature, sponsor ID, time statement) and "
    "https://help.conferences.io/support/solutions/articles/5000875675 (50-minute hour)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "labelled",
    "table",
    "landscape",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:22px; border:2px solid ${dark} }
.w { position:absolute; inset:48px 60px 44px; font: 14px ${sans}; color:#222; display:flex; flex-direction:column; justify-content:space-between }
.top { display:flex; justify-content:space-between; align-items:center }
.logo { display:flex; align-items:center; gap:12px }
.logo .mk { width:50px; height:50px; background:${dark}; color:#fff; display:flex; align-items:center; justify-content:center; font: bold 19px ${serif}; border-radius:6px }
.logo .nm { font: bold 21px ${serif}; color:${dark}; max-width:420px; line-height:24px }
.addr { text-align:right; font-size:11.5px; line-height:16px; color:#444 }
h1 { font: 36px ${display}; text-align:center; margin:0; color:${dark}; letter-spacing:1px }
.mid { display:flex; gap:34px }
.rows { flex:1.35 }
.r { display:flex; border-bottom:1px solid #bbb; padding:11px 0 9px }
.r .k { width:132px; font-size:11px; text-transform:uppercase; color:#666; padding-top:2px; letter-spacing:0.3px; flex:none }
.r .v { font-size:16px; font-weight:bold }
.side { flex:1 }
table { width:100%; border-collapse:collapse; font-size:12.5px }
th { text-align:left; font-size:10.5px; text-transform:uppercase; background:${light}; padding:5px 6px; border-bottom:2px solid ${dark} }
td { padding:9px 6px; border-bottom:1px solid #ccc } .n { text-align:right }
tr.t td { font-weight:bold; border-top:1.5px solid #333; border-bottom:none }
.cec { margin-top:22px; border:2px solid ${accent}; padding:8px 10px; display:flex; justify-content:space-between; align-items:center }
.cec small { display:block; font-size:10px; text-transform:uppercase; color:#555 }
.cec b { font-size:22px; color:${accent} }
.ts { font-size:11px; line-height:14px; color:#444 }
.bot { display:flex; padding-top:30px; justify-content:space-between; align-items:flex-end; font-size:11px }
.bot .sig { width:36%; border-top:1px solid #333; padding-top:3px; position:relative }
.bot .sig .h { position:absolute; top:-34px; left:6px; font: 26px ${hand}; color:#1a2a6c; white-space:nowrap }
</style>
<div class="fr"></div>
<div class="w">
 <div class="top">
  <div class="logo"><div class="mk">${initials}</div><div class="nm">${org}</div></div>
  <div class="addr">${street}<br>${city}<br>${phone} · ${web}</div>
 </div>
 <h1>${heading}</h1>
 <div class="mid">
  <div class="rows">
   <div class="r"><div class="k">Participant</div><div class="v">${name}</div></div>
   <div class="r"><div class="k">${title_label}</div><div class="v">${title}</div></div>
   <div class="r"><div class="k">${date_label}</div><div class="v">${date}</div></div>
   <div class="r"><div class="k">Location</div><div class="v">${location}</div></div>
   <div class="r"><div class="k">Delivery method</div><div class="v">${delivery}</div></div>
   <div class="r"><div class="k">Program length</div><div class="v">${minutes} minutes</div></div>
  </div>
  <div class="side">
   <table><tr><th>Field of study</th><th class="n">CPE credits</th></tr>
   ${rows_html}
   <tr class="t"><td>${total_label}</td><td class="n">${cpe_total}</td></tr></table>
   <div class="cec"><div><small>${cec_label}</small>${cec_note}</div><b>${hours}</b></div>
  </div>
 </div>
 <div class="ts">${time_statement}</div>
 <div class="bot">
  <div>${sponsor_label} ${sponsor_id}<br>${issued_label} ${issued}</div>
  <div class="sig"><span class="h">${signer}</span>${signer}, ${role}</div>
 </div>
</div>
"""
FIELDS = [
    "Specialized Knowledge",
    "Business Management & Organization",
    "Communications & Marketing",
    "Personnel/Human Resources",
    "Management Services",
]


def _half_down(x: float) -> float:
    return int(x * 2) / 2


def fill(d):
    r = d.rng
    minutes = round(d.credit * 60)
    cpe = max(_half_down(minutes / 50), 0.5)
    if cpe >= 3 and d.chance(0.6):
        second = d.pick([1.0, 1.5, 2.0])
        parts = [cpe - second, second]
    else:
        parts = [cpe]
    fields = r.sample(FIELDS, len(parts))
    rows = "".join(
        f"<tr><td>{f}</td><td class='n'>{p:.1f}</td></tr>"
        for f, p in zip(fields, parts, strict=True)
    )
    street, city = d.address()
    org = d.provider()
    initials = "".join(w[0] for w in org.split() if w[0].isupper())[:3] or "CE"
    return {
        "initials": initials,
        "org": org,
        "street": street,
        "city": city,
        "phone": d.phone(),
        "web": d.web(),
        "heading": d.pick(["Certificate of Completion", "CERTIFICATE OF COMPLETION"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "title_label": d.pick(["Program title", "Course title"]),
        "title": d.title(d.pick(["plain", "with_code"])),
        "date_label": d.pick(["Date completed", "Date offered", "Program date"]),
        "date": d.date(d.pick(["long", "us_numeric", "short_month"])),
        "location": d.pick([d.venue(), f"{d.city()} (on site)", "Live virtual classroom"]),
        "delivery": d.pick(["Group Live", "Group Internet Based", "Group Live (in person)"]),
        "minutes": f"{minutes:,}",
        "rows_html": rows,
        "total_label": d.pick(["Total CPE credits", "Total", "CPE credits earned"]),
        "cpe_total": f"{cpe:.1f}",
        "cec_label": d.pick(["IICRC CEC hours", "IICRC continuing education credits"]),
        "cec_note": d.pick(["60-minute hours", "Report to the IICRC", "Credit for technicians"]),
        "hours": d.hours_number(),
        "time_statement": d.pick(
            [
                "In accordance with the standards of the National Registry of CPE Sponsors, "
                "CPE credits have been granted based on a 50-minute hour. IICRC CECs are "
                "granted on a 60-minute hour.",
                "CPE credits granted on a 50-minute hour and rounded down to the nearest "
                "one-half credit. Continuing education credits for other credentials are "
                "shown separately.",
            ]
        ),
        "sponsor_label": d.pick(["NASBA Sponsor ID", "National Registry Sponsor No."]),
        "sponsor_id": f"{r.randrange(100000, 149999)}",
        "issued_label": d.pick(["Issued", "Certificate date"]),
        "issued": d.other_date("issue", "us_numeric"),
        "signer": d.person(),
        "role": d.pick(["Director of Education", "CPE Program Administrator", d.role()]),
    }
