"""A state-regulated training course completion certificate, portrait, of the
kind a licensed remediation trainee files with a licence renewal: a heading
block with the training provider's name, address, telephone and provider
number; the title; a boxed trainee panel under a dark caption bar, with
labelled rows for the name, trainee ID, date of birth and the trainee's
licence (number with its issue date, or its expiry, or an employer and an
association member-since year) and a photo box on the right; a certifying
sentence with the course title on a line of its own; a table of the course
date or dates, the examination date, the hours and the language taught; and
at the foot the training manager's signature on the right over a ruled row
of the certificate number, the date issued and the date it expires."""

SOURCE = (
    "the course completion certificate contents a state lead-based paint activities rule "
    "requires of a training program (name, ID number and address of the individual, course, "
    "dates of course completion and test passage, expiration date, the program's name, "
    "address and telephone, language taught); FalmingosDev/pvs-erp:"
    "application/modules/employee/views/training_certificate_pdf.php (licence number dated "
    "in the heading, certified sentence, date of issue)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "labelled",
    "table",
    "sentence",
    "address",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:26px; border:2px solid ${dark} }
.w { position:absolute; left:60px; right:60px; top:54px; bottom:66px; font: 14px ${face}; color:#222 }
.hd { text-align:center; border-bottom:2px solid ${accent}; padding-bottom:10px }
.hd .o { font: bold 21px ${head}; color:${dark}; letter-spacing:.5px }
.hd .a { font-size:12px; color:#444; margin-top:3px; line-height:17px }
h1 { text-align:center; font: bold 25px ${head}; margin:20px 0 4px; letter-spacing:1.5px; text-transform:uppercase; color:${dark} }
.sub { text-align:center; font-size:13px; color:#555 }
.tp { margin-top:20px; border:1px solid #888 }
.tp .cap { background:${dark}; color:#fff; font: bold 11px ${sans}; letter-spacing:3px; padding:4px 14px }
.tp .bd { display:flex }
.tp .rows { flex:1; padding:8px 14px }
.tp .rows div { display:flex; padding:6px 0; border-bottom:1px dotted #bbb }
.tp .rows div:last-child { border-bottom:0 }
.tp .rows span { flex:0 0 170px; color:#555; font-size:13px }
.tp .ph { width:118px; margin:10px; border:1px solid #999; background:repeating-linear-gradient(135deg,#f0f0f0 0 6px,#e6e6e6 6px 12px);
  display:flex; align-items:flex-end; justify-content:center; font: 9.5px ${sans}; color:#777; padding-bottom:4px; min-height:140px }
.cert { margin:30px 0 18px; line-height:25px; font-size:16px; text-align:center }
.cert .ti { font: bold 20px ${head}; color:${dark}; text-align:center; margin:8px 0; white-space:nowrap }
table { width:100%; border-collapse:collapse; font-size:13.5px }
td { border:1px solid #999; padding:9px 12px }
td.l { width:40%; background:${light}; color:#444 }
.ft { position:absolute; left:0; right:0; bottom:0 }
.sg { width:300px; margin-left:auto; text-align:center; font-size:12.5px; line-height:17px }
.sg .h { font: 24px ${hand}; color:#1c2f6e; border-bottom:1px solid #333; height:38px; line-height:44px; overflow:hidden; white-space:nowrap }
.ids { display:flex; justify-content:space-between; margin-top:22px; padding-top:8px; border-top:1px solid #bbb; font-size:13px }
.ids span { color:#555 }
.fine { position:absolute; left:0; right:0; bottom:-30px; font-size:9.5px; color:#777; text-align:center }
</style>
<div class="fr"></div>
<div class="w">
 <div class="hd">
  <div class="o">${org}</div>
  <div class="a">${street}, ${town} · ${phone}<br>${provider_no_label} ${provider_no}</div>
 </div>
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <div class="tp">
  <div class="cap">${panel_cap}</div>
  <div class="bd"><div class="rows">
   <div><span>${name_label}</span><b>${name}</b></div>
   <div><span>${id_label}</span>${trainee_id}</div>
   <div><span>${dob_label}</span>${dob}</div>
   <div><span>${lic_label}</span>${lic}</div>
   <div><span>${lic2_label}</span>${lic2}</div>
  </div>
  <div class="ph">${photo_caption}</div></div>
 </div>
 <div class="cert">${cert_lead}<div class="ti">${title}</div>${cert_tail}</div>
 <table>
  <tr><td class="l">${course_date_label}</td><td>${course_date}</td></tr>
  <tr><td class="l">${exam_label}</td><td>${exam}</td></tr>
  <tr><td class="l">${hours_label}</td><td>${hours}</td></tr>
  <tr><td class="l">Language of instruction</td><td>${language}</td></tr>
 </table>
 <div class="ft">
  <div class="sg"><div class="h">${manager}</div>${manager}<br>${manager_role}</div>
  <div class="ids"><div><span>${no_label}</span> ${cert_no}</div><div><span>${issued_label}</span> ${issued}</div><div><span>${expires_label}</span> ${expires}</div></div>
 </div>
 <div class="fine">${fine}</div>
</div>
"""


def fill(d):
    from datetime import date

    from corpus.formats import fmt_date

    r = d.rng
    street, town = d.address()
    style = d.pick(["us_numeric", "long", "short_month", "dmy_long", "us_dash"])
    # the trainee's own dates are years before the course: birth and licence
    born = date(r.randrange(1961, 2002), r.randrange(1, 13), r.randrange(1, 29))
    dob_style = d.pick([style, "us_numeric", "long"])
    state = town.split(", ")[-1][:2]
    lic_no = f"{state}-{d.pick(['MRW', 'MRC', 'RRP', 'LBP'])}{r.randrange(1000, 99999)}"
    licence = d.pick(["issued", "expires", "member"])
    if licence == "issued":
        since = date(d.completed.year - r.randrange(1, 9), r.randrange(1, 13), r.randrange(1, 29))
        lic_label, lic = d.pick(["State licence no.", "Licence number", "License No."]), lic_no
        lic2_label = d.pick(
            ["Licence issued", "License issued", "Licensed since", "Original issue"]
        )
        lic2 = fmt_date(since, d.pick([style, "us_numeric"]))
    elif licence == "expires":
        lic_label, lic = d.pick(["State licence no.", "License No."]), lic_no
        lic2_label = d.pick(["Licence expires", "License expiration", "Licence valid to"])
        lic2 = d.other_date("expiry", d.pick([style, "us_numeric"]))
    else:
        lic_label = d.pick(["Employer", "Company"])
        lic = d.pick(
            ["Heritage Fire & Flood", "Dry-Rite Restoration LLC", "Clearwater Remediation"]
        )
        lic2_label = d.pick(["Member since", "Association member since"])
        lic2 = str(d.completed.year - r.randrange(1, 12))
    end = d.date(style)
    several = d.chance(0.35)
    course_date = d.date_range(d.pick([1, 2])) if several else end
    return {
        "face": d.fonts[d.pick(["serif", "sans"])],
        "head": d.fonts[d.pick(["serif", "sans", "display"])],
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "org": d.provider(),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "provider_no_label": d.pick(
            ["Accredited training provider no.", "State-approved provider #", "Provider license"]
        ),
        "provider_no": f"{state}P-{r.randrange(100, 9999)}",
        "heading": d.pick(
            ["Course Completion Certificate", "Certificate of Training", "Training Certificate"]
        ),
        "sub": d.pick(
            [
                "Keep this certificate with your licence records",
                "Issued under the state's training provider rules",
                "Initial and refresher training",
            ]
        ),
        "panel_cap": d.pick(["TRAINEE", "STUDENT", "HOLDER"]),
        "name_label": d.pick(["Name", "Trainee name", "Student"]),
        "name": d.name(d.pick(["plain", "plain", "upper", "last_first"])),
        "id_label": d.pick(["Trainee ID", "Student no.", "Unique ID"]),
        "trainee_id": f"{r.randrange(100000, 999999)}",
        "dob_label": d.pick(["Date of birth", "DOB", "Born", "Birth date"]),
        "dob": fmt_date(born, dob_style),
        "lic_label": lic_label,
        "lic": lic,
        "lic2_label": lic2_label,
        "lic2": lic2,
        "photo_caption": d.pick(["Photo", "Photograph of trainee", ""]),
        "cert_lead": d.pick(
            [
                "The individual named above has attended and successfully completed",
                "This certifies that the trainee above completed the course",
                "The trainee identified above attended, passed the course test for, and completed",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code"])),
        "cert_tail": d.pick(
            [
                "and passed the course examination.",
                "taught by an approved instructor, with a passing score on the course test.",
                "as approved by the state licensing board.",
            ]
        ),
        "course_date_label": d.pick(
            ["Date(s) of course", "Course dates", "Dates of training"]
            if several
            else ["Date of course completion", "Course completed", "Training date"]
        ),
        "course_date": course_date,
        "exam_label": d.pick(["Date of test passage", "Examination date", "Exam passed"]),
        "exam": end,
        "hours_label": d.pick(["Training hours", "Contact hours", "Credit hours"]),
        "hours": d.hours(d.pick(["hours_title", "cec_hours", "hrs"])),
        "language": d.pick(["English", "English", "Spanish"]),
        "no_label": d.pick(["Certificate no.", "Cert. #", "Certificate number"]),
        "cert_no": d.number(),
        "issued_label": d.pick(["Date issued:", "Issued:", "Issue date:"]),
        "issued": d.other_date("issue", d.pick([style, "us_numeric"])),
        "expires_label": d.pick(["Expires:", "Expiration date:", "Refresher due by:"]),
        "expires": d.other_date("expiry", d.pick([style, "us_numeric"])),
        "manager": d.person(),
        "manager_role": d.pick(["Training Manager", "Principal Instructor", d.role()]),
        "fine": d.pick(
            [
                "This certificate is not a licence. Verify with the issuing training provider.",
                "Altered or copied certificates are void. Present the original when applying for a "
                "licence.",
            ]
        ),
    }
