"""A completion record printed for a licensee whose board tracks continuing
education through a reporting service: a dark band with the provider, the
provider tracking number and course number, the licensee's licence number
and profession code, then the hours split by subject area in a small table
whose last line is the total, the date completed, when the provider reported
it to the tracking service and when the page was printed."""

SOURCE = (
    "https://help.cebroker.com/hc/en-us/articles/15226514662548 (provider tracking number 50-, "
    "course tracking number 20-, license number, completion date, profession code) and "
    "https://help.cebroker.com/hc/en-us/articles/15226532103572 (hours by subject area code)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "dark-band",
    "labelled",
    "portrait",
    "provider-in-logo",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:112px; background:${dark}; color:#fff; padding:26px 58px; font-family:${sans} }
.band .o { font: bold 25px ${sans} } .band .p { font-size:13px; margin-top:8px; opacity:0.92 }
.w { position:absolute; top:140px; left:58px; right:58px; bottom:40px; font: 13.5px ${sans}; color:#222 }
h1 { font-size:20px; margin:0 0 16px; color:${dark}; text-transform:uppercase; letter-spacing:0.6px }
.g { display:grid; grid-template-columns:1fr 1fr; column-gap:30px; row-gap:12px }
.g small { display:block; font-size:10.5px; color:#666; text-transform:uppercase; letter-spacing:0.4px }
.g span { font-size:15px; font-weight:bold }
.g .full { grid-column:1 / span 2 }
table { width:100%; border-collapse:collapse; margin-top:26px; font-size:13px }
th { background:${light}; text-align:left; padding:7px 8px; font-size:11px; text-transform:uppercase; border-bottom:2px solid ${dark} }
td { padding:8px; border-bottom:1px solid #ccc } td.n { text-align:right; width:22% } th.n { text-align:right }
tr.tot td { font-weight:bold; border-top:2px solid #333; border-bottom:none; font-size:14px }
.rep { margin-top:26px; display:flex; gap:28px; font-size:12.5px; color:#333 }
.rep div { border-left:3px solid ${accent}; padding-left:8px; line-height:18px }
.att { margin-top:34px; font-size:12.5px; line-height:19px; color:#333 }
.sig { margin-top:58px; width:46%; border-top:1px solid #333; padding-top:4px; font-size:12px; position:relative }
.sig .h { position:absolute; top:-38px; left:4px; font: 28px ${hand}; color:#1a2a6c; white-space:nowrap }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; font-size:9.5px; color:#666; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="band"><div class="o">${org}</div><div class="p">${prov_label} ${prov_no} · ${phone}</div></div>
<div class="w">
 <h1>${heading}</h1>
 <div class="g">
  <div class="full"><small>${name_label}</small><span>${name}</span></div>
  <div><small>${lic_label}</small><span>${license}</span></div>
  <div><small>Profession</small><span>${profession}</span></div>
  <div class="full"><small>Course</small><span>${title}</span></div>
  <div><small>${course_no_label}</small><span>${course_no}</span></div>
  <div><small>${date_label}</small><span>${date}</span></div>
  <div><small>Delivery</small><span>${delivery}</span></div>
  <div><small>${cohort_label}</small><span>${cohort}</span></div>
 </div>
 <table>
  <tr><th>Subject area</th><th>Code</th><th class="n">Hours</th></tr>
  ${rows_html}
  <tr class="tot"><td colspan="2">${total_label}</td><td class="n">${hours}</td></tr>
 </table>
 <div class="rep"><div>${reported_label}<br><b>${reported}</b></div><div>${renewal_label}<br><b>${renewal}</b></div></div>
 <div class="att">${attest}</div>
 <div class="sig"><span class="h">${signer}</span>${signer}, ${role}</div>
 <div class="ft"><span>Printed ${printed}</span><span>${web}</span><span>Page 1 of 1</span></div>
</div>
"""
SUBJECTS = [
    ("General", "GEN"),
    ("Laws and Rules", "LR"),
    ("Workplace Safety", "WS"),
    ("Business Practices", "BP"),
    ("Mold Remediation", "MR"),
    ("Infection Control", "IC"),
]
PROFESSIONS = [
    ("Mold Remediator", "MRSR"),
    ("Mold Assessor", "MRSA"),
    ("Certified General Contractor", "CGC"),
    ("Certified Residential Contractor", "CRC"),
]


def fill(d):
    r = d.rng
    from corpus.formats import fmt_number

    total = d.credit
    if total >= 3:
        extras = [d.pick([0.5, 1, 1]) for _ in range(d.pick([1, 2, 2]))]
        parts = [total - sum(extras), *extras]
    else:
        parts = [total]
    subjects = r.sample(SUBJECTS, len(parts))
    rows = "".join(
        f"<tr><td>{s}</td><td>{c}</td><td class='n'>{fmt_number(p, r, False)}</td></tr>"
        for (s, c), p in zip(subjects, parts, strict=True)
    )
    profession, prefix = d.pick(PROFESSIONS)
    year = d.completed.year
    date_style = d.pick(["us_numeric", "us_numeric", "us_short", "short_month"])
    return {
        "org": d.provider(),
        "prov_label": d.pick(["Provider #", "Provider tracking #", "Provider No."]),
        "prov_no": f"50-{r.randrange(1000, 29999)}",
        "phone": d.phone(),
        "heading": d.pick(
            ["Course Completion Record", "Continuing Education Record", "Proof of Completion"]
        ),
        "name_label": d.pick(["Licensee", "Licensee name", "Attendee"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "lic_label": d.pick(["License #", "License number"]),
        "license": prefix
        + (
            f"{r.randrange(1000, 9999)}"
            if prefix.startswith("MRS")
            else f"{r.randrange(1500000, 1539999)}"
        ),
        "profession": f"{profession} ({prefix})",
        "title": d.title(d.pick(["plain", "code_first"])),
        "course_no_label": d.pick(["Course #", "Course tracking #", "Course approval #"]),
        "course_no": d.approval(),
        "date_label": d.pick(["Date completed", "Completion date", "Course completed"]),
        "date": d.date(date_style),
        "delivery": d.pick(["Live classroom", "Live webinar", "Home study"]),
        "cohort_label": d.pick(["Session ID", "Offering #", "Roster #"]),
        "cohort": f"{r.randrange(100000, 999999)}",
        "rows_html": rows,
        "total_label": d.pick(["Total hours awarded", "Total credit hours", "Total"]),
        "hours": d.hours_number(),
        "reported_label": d.pick(["Reported to tracking service", "Roster posted"]),
        "reported": d.other_date("issue", date_style),
        "renewal_label": d.pick(["License expires", "Renewal cycle ends"]),
        "renewal": f"{d.pick(['02/28', '08/31', '07/31'])}/{year + d.pick([1, 2])}",
        "attest": "The provider attests that the licensee named above attended and completed "
        "the course and that the hours shown were posted to the licensee's continuing education "
        "record. Keep this record for the length of the audit period.",
        "signer": d.person(),
        "role": d.pick(["Education Director", "CE Administrator", d.role()]),
        "printed": d.other_date("print", "us_numeric"),
        "web": d.web(),
    }
