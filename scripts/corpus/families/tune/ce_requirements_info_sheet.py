"""An information sheet on keeping certifications current, not a certificate:
a certifying body's wordmark and a form number across the top, an "at a
glance" box of labelled figures (renewal cycle, credits required, annual
fee), short headed sections on what counts, how to report credit and fees,
and a ruled table of example courses with their format and credit hours. It
names courses, providers and hours, and records no one's completion."""

SOURCE = (
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (ways to earn CECs, "
    "one-day class, half-day workshop, attendance rosters, CEC application form) and "
    "https://help.learntorestore.com/article/17-iicrc-certification-renewal (yearly fee, "
    "14 CECs every four years, two years for masters and inspectors)"
)
KIND = "other"
PAPER = "letter-portrait"
CATEGORIES = ("other", "table", "labelled", "portrait", "provider-in-logo")

TEMPLATE = """<style>
.hd { position:absolute; left:56px; right:56px; top:40px; display:flex; align-items:center; gap:14px; border-bottom:2px solid ${dark}; padding-bottom:10px }
.mk { width:52px; height:52px; border:3px solid ${dark}; color:${dark}; font: bold 16px ${display}; display:flex; align-items:center; justify-content:center; border-radius:${mark_radius} }
.hd .n { font: bold 19px ${display}; color:${dark} } .hd .a { font: 11px ${sans}; color:#555 }
.hd .f { margin-left:auto; text-align:right; font: 10.5px ${sans}; color:#555; line-height:15px }
.w { position:absolute; left:56px; right:56px; top:128px; font: 12.5px ${face}; line-height:17.5px; color:#1d1d1d }
h1 { font: bold 21px ${sans}; margin:0 0 4px; color:${dark} } .sub { font: 12px ${sans}; color:#555; margin-bottom:12px }
.cols { display:flex; gap:22px } .cols .l { flex:1 }
.box { width:235px; background:${light}; border:1px solid #bbb; padding:8px 12px; font: 12px ${sans}; align-self:flex-start }
.box div { display:flex; justify-content:space-between; border-bottom:1px dotted #aaa; padding:3px 0 } .box div:last-child { border:0 }
.box b { font-size:12.5px; white-space:nowrap; padding-left:8px } .box .t { display:block; font-weight:bold; border:0; color:${dark}; margin-bottom:2px }
h2 { font: bold 13.5px ${sans}; margin:10px 0 3px; color:${dark}; text-transform:${h2case} }
ul { margin:2px 0 0; padding-left:18px } li { margin-bottom:2px }
table { width:100%; border-collapse:collapse; margin-top:6px; font: 11.5px ${sans} }
th { text-align:left; background:${dark}; color:#fff; padding:5px 7px; font-size:11px }
td { border-bottom:1px solid #ccc; padding:4px 7px; vertical-align:top } tr:nth-child(even) td { background:#f6f6f6 }
td.h { text-align:right; white-space:nowrap } th.h { text-align:right }
.ft { margin-top:10px; font: 10px ${sans}; color:#555; line-height:14px }
</style>
<div class="hd"><div class="mk">${mark}</div><div><div class="n">${body_name}</div><div class="a">${body_addr}</div></div>
 <div class="f">${form_no}<br>Revised ${revised}</div></div>
<div class="w">
 <h1>${heading}</h1>
 <div class="sub">${subhead}</div>
 <div class="cols">
  <div class="l">
   <p>${intro}</p>
   <h2>What counts toward the requirement</h2>
   <ul>${counts_html}</ul>
  </div>
  <div class="box"><span class="t">At a glance</span>
   <div><span>Renewal cycle</span><b>${cycle}</b></div>
   <div><span>${unit_label} required</span><b>${need}</b></div>
   <div><span>Masters / inspectors</span><b>${need_master}</b></div>
   <div><span>Annual renewal fee</span><b>${fee}</b></div>
   <div><span>Late fee</span><b>${late_fee}</b></div>
   <div><span>Max. per event</span><b>${max_event}</b></div>
  </div>
 </div>
 <h2>How to report your credits</h2>
 <p>${report}</p>
 <h2>Fees and lapsed certifications</h2>
 <p>${fees}</p>
 <h2>Examples of approved continuing education</h2>
 <table><tr><th>Course or event</th><th style="width:17%">Format</th><th style="width:25%">Offered by</th><th class="h" style="width:11%">${unit_short}</th></tr>
 ${rows_html}</table>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    import html

    from corpus import values as V

    r = d.rng
    body_name, mark = d.pick(
        [
            ("Restoration Certification Council", "RCC"),
            ("Institute for Cleaning Technician Standards", "ICTS"),
            ("Certified Restorer Registry", "CRR"),
            ("Board of Inspection & Restoration Credentials", "BIRC"),
        ]
    )
    unit_label, unit_short = d.pick([("CECs", "CECs"), ("Credit hours", "Hours")])
    need = d.pick([14, 14, 14, 8])
    years = d.pick([4, 4, 2])
    courses = r.sample(V.CE_COURSES, 4)
    iicrc = r.sample(V.IICRC_COURSES, 2)
    rows = []
    for c in courses[:3]:
        rows.append(
            (
                c,
                d.pick(["Classroom", "Live online", "Self-paced online"]),
                d.pick(V.SCHOOLS)[0],
                d.pick(["2", "3", "3.5", "4", "7"]),
            )
        )
    for c, code in iicrc:
        rows.append(
            (f"{c} ({code})", "Classroom", d.pick(V.SCHOOLS)[0], d.pick(["14", "19", "21"]))
        )
    rows.append((d.pick(V.EVENTS), "Convention", d.pick(V.ASSOCIATIONS), "7"))
    rows.append(("Booth registration at an approved trade show", "In person", "—", "2"))
    r.shuffle(rows)
    rows_html = "".join(
        f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td><td>{html.escape(c)}</td>"
        f'<td class="h">{h}</td></tr>'
        for a, b, c, h in rows
    )
    counts = [
        "Another certification course in the same or a different category, taught by an approved school.",
        "Approved workshops, seminars and live webinars; one day of instruction counts as seven hours.",
        "Education sessions at approved conventions and trade shows, up to the event maximum.",
        "Self-paced online courses that end with a graded quiz.",
        "Teaching an approved course as its instructor, once per course per cycle.",
    ]
    r.shuffle(counts)
    return {
        "mark": mark,
        "mark_radius": d.pick(["50%", "6px", "0"]),
        "body_name": body_name,
        "body_addr": f"{d.pick(['PO Box 2218', '4043 S. Eastern Ave', '77 Commerce Way'])} · "
        f"{d.city()} · {d.phone()}",
        "form_no": d.pick(["Form CE-101", "Info Sheet 7", "Publication R-4", "Form REN-2"]),
        "revised": d.other_date("print", d.pick(["short_month", "us_numeric", "long"])),
        "heading": d.pick(
            [
                "Continuing Education Requirements",
                "Keeping Your Certification Current",
                "Renewal and Continuing Education: What You Need to Know",
            ]
        ),
        "subhead": d.pick(
            [
                "Information sheet for certified technicians and firms",
                "For registrants in all cleaning, restoration and inspection categories",
                "Please keep this sheet with your renewal papers",
            ]
        ),
        "intro": f"Every certified technician renews each year by paying the renewal fee, and "
        f"must also earn {need} {unit_label.lower()} of continuing education in each "
        f"{'four' if years == 4 else 'two'}-year cycle. Credits may be earned at any "
        "time during the cycle and are added to your record once reported. This sheet "
        "explains what qualifies and how to send it in.",
        "counts_html": "".join(f"<li>{html.escape(c)}</li>" for c in counts[:4]),
        "cycle": f"{years} years",
        "need": str(need),
        "unit_label": unit_label,
        "unit_short": unit_short,
        "need_master": d.pick(["14 / 2 yrs", "14 per 2 yrs"]),
        "fee": d.pick(["$55", "$70", "$95"]),
        "late_fee": d.pick(["$25", "$35", "$50"]),
        "max_event": d.pick(["2 CECs", "14 hours", "7 hours"]),
        "report": d.pick(
            [
                "Most approved schools report attendance for you from the class roster. For "
                "anything else, send the provider's certificate of attendance with a completed "
                "credit application form, by mail, fax or through your online account, within "
                "90 days of the class. Keep your own copies for at least one full cycle.",
                "Log in to your registrant account and upload the attendance certificate for each "
                "course not already on file. Paper forms may be mailed to the address above. "
                "Allow up to three weeks for credit to appear on your record.",
            ]
        ),
        "fees": d.pick(
            [
                "Renewal invoices are sent each year before your anniversary date. Certifications "
                "not renewed within 60 days lapse; a lapsed certification may be reinstated by "
                "paying all fees due plus the late fee and showing the required credits.",
                "The renewal fee covers all of your active categories. If the credit requirement "
                "is not met by the end of the cycle, your certifications are suspended until the "
                "missing credits are reported.",
            ]
        ),
        "rows_html": rows_html,
        "foot": f"The courses above are examples only; approval is granted per offering, so "
        f"confirm with the provider that a class carries credit before you enrol. "
        f"Questions: {d.pick(['renewals', 'education', 'records'])}@"
        f"{body_name.split()[0].lower()}{mark.lower()}.org · {d.phone()}",
        "face": d.fonts[d.pick(["serif", "sans"])],
        "h2case": d.pick(["none", "uppercase"]),
    }
