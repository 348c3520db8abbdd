"""A half-sheet course completion certificate of the kind a state real-estate
division asks CE providers to hand out: a dark band with the provider's name
and address in white and the certificate type at the right, a grid of
bordered cells (licensee, formatted credential number, course certification
number, course title, date of attendance, hours completed with a row of
credit-type boxes, instructor, location and offering number), a line on the attendance rule, and the
attendance verifier's printed name, signature and date at the foot."""

SOURCE = "https://codes.ohio.gov/ohio-administrative-code/rule-1301:5-7-04 (CE course completion certificates)"
KIND = "course"
PAPER = ["half-letter", "half-letter", "slip"]
CATEGORIES = (
    "slip",
    "landscape",
    "dark-band",
    "labelled",
    "table",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.bd { position:absolute; left:0; right:0; top:0; height:19%; background:${band}; color:#fff;
  display:flex; justify-content:space-between; align-items:center; padding:0 4.5%; font-family:${sans} }
.bd .o { font-size:2.3vh; line-height:1.25 } .bd .o b { font-size:3.6vh; display:block; letter-spacing:.3px }
.bd .t { text-align:right; font-size:2.2vh; text-transform:uppercase; letter-spacing:1.5px; line-height:1.35 }
.bd .t b { font-size:3.2vh; letter-spacing:.5px; text-transform:none; display:block }
.m { position:absolute; left:4.5%; right:4.5%; top:23% }
.g { display:grid; grid-template-columns:1.35fr 1fr 1fr;
  border-top:1.2px solid #333; border-left:1.2px solid #333; font-family:${sans} }
.c { border-right:1.2px solid #333; border-bottom:1.2px solid #333; padding:.6vh .9vw .9vh; min-height:8.6vh }
.c small { display:block; font-size:1.75vh; text-transform:uppercase; color:#444; letter-spacing:.4px; margin-bottom:.5vh }
.c span { font: 2.9vh ${typed} }
.c.w2 { grid-column: span 2 } .c.w3 { grid-column: span 3 }
.ck { font-size:1.9vh; margin-top:.7vh; color:#222 } .ck i { font-style:normal; margin-right:1.1vw; white-space:nowrap }
.note { margin-top:2.2vh; font: 1.75vh ${sans}; color:#333; line-height:1.35 }
.ver { position:absolute; left:4.5%; right:4.5%; bottom:4.5%; display:flex; gap:3vw; font: 1.8vh ${sans} }
.ver > div { flex:1; border-top:1px solid #111; padding-top:.4vh; position:relative }
.ver .h { position:absolute; bottom:100%; left:.5vw; font-family:${hand}; font-size:4.4vh; white-space:nowrap }
.ver .p { position:absolute; bottom:100%; left:.5vw; font: 2.5vh ${typed}; margin-bottom:.3vh; white-space:nowrap }
</style>
<div class="bd">
 <div class="o"><b>${org}</b>${street} · ${town}</div>
 <div class="t">${kicker}<b>${heading}</b></div>
</div>
<div class="m"><div class="g">
 <div class="c w2"><small>${name_label}</small><span>${name}</span></div>
 <div class="c"><small>${cred_label}</small><span>${credential}</span></div>
 <div class="c w2"><small>Course title</small><span>${title}</span></div>
 <div class="c"><small>${cert_label}</small><span>${approval}</span></div>
 <div class="c"><small>${date_label}</small><span>${date}</span></div>
 <div class="c"><small>${hours_label}</small><span>${hours}</span>
   <div class="ck">${checks_html}</div></div>
 <div class="c"><small>Instructor</small><span>${instructor}</span></div>
 <div class="c w2"><small>${loc_label}</small><span>${location}</span></div>
 <div class="c"><small>${off_label}</small><span>${offering}</span></div>
</div>
<div class="note">${note}</div></div>
<div class="ver">
 <div><div class="p">${verifier}</div>${verifier_label}</div>
 <div><div class="h">${verifier_sig}</div>Signature of verifier</div>
 <div style="flex:.55"><div class="p">${signed}</div>Date</div>
</div>
"""
TYPES = ["Core law", "Civil rights", "Canons of ethics", "Elective"]


def fill(d):
    r = d.rng
    street, town = d.address()
    verifier = d.person()
    picked = d.pick(TYPES + ["Elective", "Elective"])
    box = d.pick([("☒", "☐"), ("[X]", "[ ]"), ("■", "□")])
    checks = "".join(f"<i>{box[0] if t == picked else box[1]} {t}</i>" for t in TYPES)
    prefix = d.pick(["SAL", "BRK", "SAL", "HI", "MLD"])
    return {
        "band": d.pick([d.colors["dark"], "#1d2b3a", "#2b2b2b", "#0f3b57"]),
        "typed": d.pick([d.fonts["sans"], d.fonts["mono"], d.fonts["serif"]]),
        "org": d.provider(),
        "street": street,
        "town": town,
        "kicker": d.pick(["Continuing education", "Licensee continuing education", "CE course"]),
        "heading": d.pick(["Course Completion Certificate", "Certificate of Course Completion"]),
        "name_label": d.pick(["Licensee full name", "Licensee", "Name of licensee"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "cred_label": d.pick(["Credential no.", "License / credential no.", "Credential number"]),
        "credential": f"{prefix}.{r.randrange(1998, 2022)}{r.randrange(0, 999999):06d}",
        "cert_label": d.pick(
            ["Course certification no.", "Course cert. no.", "Division course no."]
        ),
        "approval": d.approval(),
        "title": d.title(d.pick(["plain", "plain", "code_first"])),
        "date_label": d.pick(["Date of attendance", "Date attended", "Course date"]),
        "date": d.date(d.pick(["us_numeric", "us_numeric", "long", "short_month", "us_short"])),
        "hours_label": d.pick(["Course hours completed", "Hours completed", "Classroom hours"]),
        "hours": d.hours_number(),
        "checks_html": checks,
        "instructor": d.person(),
        "loc_label": d.pick(["Location of offering", "Course location", "Where held"]),
        "location": d.pick(
            [d.venue(), d.city(), f"{d.venue()} — {d.city()}", "Live online (webinar)"]
        ),
        "off_label": d.pick(["Offering no.", "Section", "Roster no."]),
        "offering": d.pick([d.number(), f"{r.randrange(1, 40):02d}-{r.randrange(100, 999)}"]),
        "note": d.pick(
            [
                "Issued only to licensees present for at least ninety per cent of the course. "
                "The provider reports completions to the Division within ten days; keep this "
                "certificate with your renewal records.",
                "This certificate may not be issued to a licensee who missed more than ten per cent "
                "of the course. Corrected certificates are issued within thirty days on request.",
            ]
        ),
        "verifier": verifier,
        "verifier_label": d.pick(["Attendance verifier", "Verifier (printed name)", "Verified by"]),
        "verifier_sig": verifier,
        "signed": d.other_date("issue", d.pick(["us_numeric", "us_short"])),
    }
