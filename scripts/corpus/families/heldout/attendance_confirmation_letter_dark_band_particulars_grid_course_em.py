"""A school's letter of attendance written to the student, portrait: a full
width dark band across the top with the school's name in white and a
letter-spaced line for its department, its address in small white type at
the band's right; below, the letter's reference and date on one line, the
student's mailing block, a heading "to whom it may concern" or a subject,
one sentence saying the school confirms attendance, then a bordered grid of
particulars with shaded label cells (participant, programme, dates of
attendance as a span of days, mode, instructors, credit) and a sentence
about the attendance rule; the school's director signs over a printed name
with a round "seal" outline beside the signature."""

SOURCE = (
    "mwikah/schooltemplatesmain:resources/views/transcriptchatgpt.blade.php (school header, "
    "sections, bordered course table, signature and seal in the footer)"
)
KIND = "course"
PAPER = ["a4-portrait"]
CATEGORIES = (
    "letter",
    "dark-band",
    "table",
    "labelled",
    "portrait",
    "date-range",
    "seal",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:112px; background:${band}; color:#fff; display:flex; justify-content:space-between; align-items:center; padding:0 56px }
.band b { display:block; font: bold ${org_px}px ${head}; max-width:440px; line-height:1.15 }
.band i { display:block; font: normal 10.5px ${sans}; letter-spacing:3px; text-transform:uppercase; margin-top:6px; opacity:.85 }
.band .a { font: 10px ${sans}; line-height:14px; text-align:right; opacity:.9 }
.w { position:absolute; left:64px; right:64px; top:140px; font: 14px ${body}; line-height:21px; color:#1c1c1c }
.w p { margin:0 0 12px }
.rf { display:flex; justify-content:space-between; font: 12px ${sans}; color:#444; margin-bottom:18px }
.hdg { font: bold 14px ${sans}; text-transform:uppercase; letter-spacing:1.5px; margin:18px 0 12px; text-align:center }
table { width:100%; border-collapse:collapse; margin:6px 0 16px; font-size:14px }
td { border:1px solid #777; padding:7px 10px; vertical-align:top }
td.k { width:34%; background:${light}; font: bold 11.5px ${sans}; text-transform:uppercase; letter-spacing:.6px; color:#333; padding-top:9px }
.sg { margin-top:26px; display:flex; align-items:flex-end; gap:30px }
.sg .h { font: 29px ${hand}; color:#1f2d66; line-height:38px; white-space:nowrap }
.sl { width:96px; height:96px; border-radius:50%; border:2px dashed ${band}; display:flex; align-items:center; justify-content:center; text-align:center; font: bold 9px ${sans}; color:${band}; letter-spacing:1px; padding:10px }
</style>
<div class="band"><div><b>${school}</b><i>${dept}</i></div><div class="a">${street}<br>${town}<br>${phone}</div></div>
<div class="w">
 <div class="rf"><span>${ref}</span><span>${letter_date}</span></div>
 <p>${to_html}</p>
 <div class="hdg">${heading}</div>
 <p>${p1}</p>
 <table>
  <tr><td class="k">${k_name}</td><td>${name}</td></tr>
  <tr><td class="k">${k_title}</td><td>${title}</td></tr>
  <tr><td class="k">${k_dates}</td><td>${dates}</td></tr>
  <tr><td class="k">Delivery</td><td>${mode}</td></tr>
  <tr><td class="k">${k_instr}</td><td>${instructors}</td></tr>
  <tr><td class="k">${k_hours}</td><td>${hours}</td></tr>
 </table>
 <p>${p2}</p>
 <p>${closing}</p>
 <div class="sg"><div><div class="h">${signer}</div>${signer}<br>${signer_role}, ${school}</div><div class="sl">${seal_text}</div></div>
</div>
"""


def fill(d):
    import html

    e = html.escape
    street, town = d.address()
    h_street, h_town = d.address()
    school = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper", "honorific"]))
    title = d.title(d.pick(["plain", "with_code", "code_first"]))
    if d.credit >= 7 or d.chance(0.3):
        dates = d.date_range(d.pick([1, 2, 2]) if d.credit >= 7 else 1)
    else:
        dates = d.date(d.pick(["long", "weekday", "dmy_long"]))
    hours = d.hours(d.pick(["credit_hours", "cec_hours", "iicrc_cec", "ceu_and_cec", "cecs"]))
    mode = d.pick(
        [
            "In person (classroom and lab)",
            "Classroom",
            "Live online (instructor-led)",
            "Classroom, " + d.city(),
        ]
    )
    instructors = d.person() + (f"; {d.person()}" if d.chance(0.5) else "")
    plain_name = f"{d.first} {d.last}"
    p1 = d.pick(
        [
            f"This letter confirms that the person named below attended the programme shown, "
            f"delivered by {school}.",
            "We confirm the following attendance record from our class rosters:",
        ]
    )
    p2 = d.pick(
        [
            f"Attendance at every session is required for credit. {plain_name} met this "
            "requirement and was present for the full programme.",
            "Credit is granted only for full attendance. Partial attendance is not recorded.",
        ]
    )
    to_html = "<br>".join(e(x) for x in [plain_name, h_street, h_town])
    return {
        "band": d.colors["dark"],
        "head": d.fonts[d.pick(["display", "serif", "sans"])],
        "org_px": d.pick([22, 25, 28]),
        "body": d.fonts[d.pick(["serif", "sans"])],
        "hand": d.fonts["hand"],
        "school": school,
        "dept": d.pick(["Office of the Registrar", "Student Records", "Training Department"]),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "ref": d.pick(["Our ref.: ", "Ref. ", "File no. "]) + d.number(),
        "letter_date": d.other_date("issue", d.pick(["long", "dmy_long", "ordinal_dmy"])),
        "to_html": to_html,
        "heading": d.pick(
            ["To whom it may concern", "Letter of attendance", "Confirmation of attendance"]
        ),
        "p1": p1,
        "k_name": d.pick(["Participant", "Student", "Name"]),
        "name": name,
        "k_title": d.pick(["Programme", "Course", "Course attended"]),
        "title": title,
        "k_dates": d.pick(["Dates of attendance", "Attended", "Date(s)"]),
        "dates": dates,
        "mode": mode,
        "k_instr": d.pick(["Instructor(s)", "Taught by"]),
        "instructors": instructors,
        "k_hours": d.pick(["Credit", "Credit awarded", "Continuing education"]),
        "hours": hours,
        "p2": p2,
        "closing": d.pick(["Yours faithfully,", "Sincerely,", "Kind regards,"]),
        "signer": d.person(),
        "signer_role": d.pick(["Director", "Registrar", "School Director"]),
        "seal_text": d.pick(["OFFICIAL SEAL", "SCHOOL SEAL", "NOT VALID WITHOUT SEAL"]),
    }
