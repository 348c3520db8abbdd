"""A post-remediation verification letter from an independent indoor
environmental consultant, not a certificate: the consultant's letterhead
and a rule, the date, the property owner's address, a "Re:" block with the
property and project number, running paragraphs saying when the
verification was done and which contractor's crew (and which supervisor,
with the IICRC course they hold) did the remediation, a ruled table of
air samples (location, type, spores per cubic metre, result), a short
list of the criteria met, the overall PASS conclusion, and the consultant's
signature with credentials. It names people, a course, dates and a company;
it records no one's completion."""

SOURCE = (
    "https://aoausa.com/mold-clearance-inspection-buyer-beware-by-same-day-mold-testing-inc/ "
    "(four clearance criteria, PASS or FAIL) and https://trustenv.com/clearance-assessments "
    "(post-remediation verification wording); letter layout after business letterhead templates"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "table",
    "portrait",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.lh { position:absolute; left:64px; right:64px; top:44px; border-bottom:2px solid ${accent}; padding-bottom:8px; display:flex;
  justify-content:space-between; align-items:flex-end }
.lh b { display:block; font: bold 22px ${display}; color:${dark} } .lh span { font: 11.5px ${sans}; color:#444 }
.lh .r { text-align:right; font: 10.5px ${sans}; color:#444; line-height:17px }
.b { position:absolute; left:64px; right:64px; top:128px; font: 13px ${serif}; line-height:18.5px; color:#1a1a1a }
.b p { margin:0 0 10px }
.re { margin:0 0 12px; font-weight:bold } .re div { font-weight:normal }
table { width:100%; border-collapse:collapse; font: 11.5px ${sans}; margin:4px 0 10px }
th { text-align:left; border-bottom:1.5px solid #333; padding:3px 5px; font-size:10.5px }
td { border-bottom:1px solid #ccc; padding:3px 5px } td.n { text-align:right }
ul { margin:0 0 10px; padding-left:22px }
.pass { font: bold 14px ${sans}; color:${dark}; letter-spacing:1px }
.sg { font: 26px ${hand}; color:#1a2a6c; margin:4px 0 0 }
</style>
<div class="lh"><div><b>${firm}</b><span>${tag}</span></div>
 <div class="r">${street}<br>${town}<br>${phone}</div></div>
<div class="b">
 <p>${letter_date}</p>
 <p>${owner}<br>${o_street}<br>${o_town}</p>
 <div class="re">Re: ${re_head}<div>${o_street}, ${o_town} &middot; Project no. ${project}</div></div>
 <p>Dear ${dear},</p>
 <p>${para1}</p>
 <p>${para2}</p>
 <table><tr><th>Sample</th><th>Location</th><th>Type</th><th class="n">Spores/m&sup3;</th><th>Result</th></tr>${rows_html}</table>
 <p style="margin-bottom:4px">${criteria_lead}</p>
 <ul>${criteria_html}</ul>
 <p><span class="pass">${verdict}</span> ${verdict_tail}</p>
 <p>${closing}</p>
 <p>Sincerely,</p>
 <div class="sg">${consultant}</div>
 <p>${consultant}, ${creds}<br>${firm}</p>
</div>
"""

FIRMS = [
    "Clearwater Indoor Environmental, LLC",
    "Baseline Air Quality Consultants",
    "Northstar Environmental Assessments",
    "True Air Consulting Group",
    "Harbor Point Environmental",
]
CONTRACTORS = [
    "Rapid Response Restoration",
    "Allied Property Restoration",
    "Blue Line Mitigation, Inc.",
    "Cornerstone Disaster Recovery",
    "Apex Water & Fire Services",
]
ROOMS = [
    "Basement, north wall",
    "Hall bath",
    "Primary bedroom closet",
    "Crawlspace access",
    "Kitchen sink base",
    "Laundry room",
    "Finished basement office",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    street, town = d.address()
    o_street, o_town = d.address()
    owner = d.person()
    consultant = d.person()
    supervisor = d.person()
    visit = d.completed + timedelta(days=r.randrange(1, 6))
    verify_date = fmt_date(visit, "long")
    letter_date = fmt_date(
        visit + timedelta(days=r.randrange(2, 12)), d.pick(["long", "long", "dmy_long"])
    )
    course, code = d.pick([c for c in V.IICRC_COURSES if c[1] in ("AMRT", "WRT", "ASD", "HST")])
    contractor = d.pick(CONTRACTORS)
    outdoor = r.randrange(700, 2600)
    rows = [("1", "Outdoor (baseline)", "Air – spore trap", f"{outdoor:,}", "Reference")]
    for i, room in enumerate(r.sample(ROOMS, d.pick([2, 3, 4]))):
        count = r.randrange(40, max(60, outdoor // 3))
        rows.append(
            (
                str(i + 2),
                f"{room} (inside containment)",
                "Air – spore trap",
                f"{count:,}",
                "Acceptable",
            )
        )
    if d.chance(0.5):
        rows.append(
            (str(len(rows) + 1), "Cleaned stud surface", "Tape lift", "—", "No growth observed")
        )
    rows_html = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{html.escape(c)}</td>' if j == 3 else f"<td>{html.escape(c)}</td>"
            for j, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    criteria = [
        "No visible dust or debris inside the work area",
        "No visible mold growth on remaining materials",
        "Moisture content of framing within normal limits",
        "Indoor spore levels below outdoor levels, with a similar mix of types",
    ]
    return {
        "firm": d.pick(FIRMS),
        "tag": d.pick(
            ["Indoor air quality · Mold assessment", "Independent environmental consulting"]
        ),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": letter_date,
        "owner": owner,
        "o_street": o_street,
        "o_town": o_town,
        "re_head": d.pick(["Post-Remediation Verification", "Mold Clearance Assessment"]),
        "project": f"{r.randrange(20, 26)}-{r.randrange(100, 999)}",
        "dear": owner.split()[0]
        if d.chance(0.5)
        else f"{d.pick(['Mr.', 'Ms.'])} {owner.split()[-1]}",
        "para1": f"On {verify_date}, {consultant} of our office performed a post-remediation "
        f"verification at the above property following mold remediation by {contractor}. "
        "The work area was inspected inside the containment before any barrier was removed.",
        "para2": d.pick(
            [
                f"The remediation crew was supervised by {supervisor}, who reports holding the IICRC "
                f"{course} ({code}) certification. Air samples were analysed by an accredited laboratory:",
                f"{contractor} was represented on site by {supervisor} ({code}). The samples below were "
                "collected the same day and analysed by an accredited laboratory:",
            ]
        ),
        "rows_html": rows_html,
        "criteria_lead": d.pick(["The following criteria were met:", "Clearance criteria:"]),
        "criteria_html": "".join(f"<li>{html.escape(c)}</li>" for c in criteria),
        "verdict": "PASS.",
        "verdict_tail": "No further remediation is recommended; reconstruction may proceed.",
        "closing": "This letter describes conditions on the date of the visit only. Please call us "
        "with any questions.",
        "consultant": consultant,
        "creds": d.pick(["CIEC", "CIH", "CMC", "CIE, CMR"]),
    }
