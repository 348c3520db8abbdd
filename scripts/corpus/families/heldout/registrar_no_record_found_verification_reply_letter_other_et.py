"""Not a certificate: a training school's records office answers an
employer's request to verify a technician's course and finds nothing
(portrait letter). The school's name in a right-aligned letterhead with
"Records Office" in spaced caps at the left over a rule; date, delivery
line, the requester's address and a "Re:" line with the request number
and the person's name; a paragraph restating what was asked (the course
and the month it was said to be taken, the certificate number shown);
a boxed list of the search made (names and spellings searched, date
range, course, records searched); a bordered "no record found" result;
paragraphs on what that does and does not mean; a signature; and a foot
line saying the letter confirms no completion and awards no credit."""

from datetime import timedelta

from corpus import formats as F
from corpus import values as V

SOURCE = (
    "https://www.dochub.com/fillable-form/127403-sample-letter-records (letters stating that a "
    "search for the requested records yielded no results: the records requested, the search "
    "conducted, a clear statement that none were found, signed by the custodian) and "
    "https://www.studentclearinghouse.org/mystudentcenter/knowledge-base/instantverification/ "
    "(verification requests the school cannot match); schools' replies to employers checking a "
    "technician's training certificate"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "labelled",
    "portrait",
    "address",
    "distractor-person",
    "distractor-date",
    "distractor-course",
    "stamp",
)

TEMPLATE = """<style>
.w { position:absolute; left:74px; right:74px; top:48px; bottom:40px; font: 13.5px ${face}; color:#1a1a1a; line-height:20px }
.lh { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid ${dark}; padding-bottom:8px }
.lh .l { font: bold 11px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${accent} }
.lh .r { text-align:right } .lh .r b { display:block; font: bold 19px ${display}; color:${dark} }
.lh .r span { font: 10.5px ${sans}; color:#444 }
.dt { margin-top:26px } .via { font: bold 11px ${sans}; letter-spacing:1px; margin-top:10px; text-transform:uppercase }
.to { margin-top:8px }
.re { margin-top:16px; font-weight:bold }
.w p { margin-top:12px }
.box { margin-top:12px; border:1px solid #999; background:${box_bg}; padding:8px 12px; font: 12.5px ${sans}; line-height:19px }
.box h4 { margin:0 0 4px; font: bold 11px ${sans}; text-transform:uppercase; letter-spacing:1px; color:#444 }
.box div { display:grid; grid-template-columns: 190px 1fr; gap:8px }
.box em { font-style:normal; color:#555 }
.res { margin:14px auto 0; width:max-content; border:3px double ${res_ink}; color:${res_ink}; padding:6px 24px; font: bold 18px ${sans};
  letter-spacing:3px; text-transform:uppercase; text-align:center; line-height:22px }
.res small { display:block; font: normal 11px ${sans}; letter-spacing:.5px; text-transform:none }
.sg { margin-top:16px } .sg .h { font: 26px ${hand}; color:#1b2a6e; height:34px; line-height:34px }
.ft { position:absolute; left:0; right:0; bottom:0; font: 9.5px ${sans}; color:#666; border-top:1px solid #ccc; padding-top:4px; text-align:center }
</style>
<div class="w">
 <div class="lh"><div class="l">${office}</div><div class="r"><b>${school}</b><span>${street} &middot; ${town} &middot; ${phone}</span></div></div>
 <div class="dt">${letter_date}</div>
 <div class="via">${via}</div>
 <div class="to">${to_name}, ${to_role}<br>${employer}<br>${to_street}<br>${to_town}</div>
 <div class="re">${re}</div>
 <p>${salute}</p>
 <p>${p1}</p>
 <div class="box"><h4>${box_head}</h4>
  <div><em>Name(s) searched</em><span>${names}</span></div>
  <div><em>Date range searched</em><span>${range}</span></div>
  <div><em>Course searched</em><span>${course}</span></div>
  <div><em>Certificate no. shown</em><span>${cert_no}</span></div>
  <div><em>Records searched</em><span>${records}</span></div>
 </div>
 <div class="res">${result}<small>${result_sub}</small></div>
 <p>${p2}</p>
 <p>${p3}</p>
 <div class="sg">${close}<div class="h">${signer}</div>${signer}<br>${signer_role}</div>
 <div class="ft">${foot}</div>
</div>
"""

EMPLOYERS = [
    "Cascade Restoration Partners",
    "Lone Star Water Damage Pros",
    "Premier Property Recovery",
    "Heartland Fire & Water, Inc.",
]
ROLES = ["Human Resources Manager", "Training Coordinator", "Operations Manager"]


def fill(d):
    r = d.rng
    school = d.pick([s[0] for s in V.SCHOOLS])
    street, town = d.address()
    to_street, to_town = d.address()
    person = d.person()
    first, _, last = person.rpartition(" ")
    first = first.split()[0]
    claimed = d.pick([c[0] for c in V.IICRC_COURSES] + V.CE_COURSES)
    month = d.completed.replace(day=1)
    lo = month - timedelta(days=r.randint(90, 180))
    hi = month + timedelta(days=r.randint(90, 180))
    asked = d.completed + timedelta(days=r.randint(200, 700))
    letter = asked + timedelta(days=r.randint(3, 12))
    variants = [person, f"{last}, {first}", f"{first[0]}. {last}"]
    if "-" in last or " " in last:
        variants.append(last.replace("-", " ").split()[-1] + ", " + first)
    manager = d.person()
    return {
        "face": d.fonts[d.pick(["serif", "sans"])],
        "box_bg": d.pick(["#f7f7f7", "#ffffff", d.colors["light"]]),
        "res_ink": d.pick(["#8b1a1a", "#333333", "#7a4a00"]),
        "office": d.pick(["Records Office", "Office of the Registrar", "Student Records"]),
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": F.fmt_date(letter, d.pick(["long", "long", "ordinal"])),
        "via": d.pick(["Sent by e-mail", "Via e-mail and first-class mail", "By fax"]),
        "to_name": manager,
        "to_role": d.pick(ROLES),
        "employer": d.pick(EMPLOYERS),
        "to_street": to_street,
        "to_town": to_town,
        "re": f"Re: Verification request no. {r.randint(1000, 9999)} — {person}",
        "salute": f"Dear {manager.split()[0]} {manager.split()[-1]},",
        "p1": f"On {F.fmt_date(asked, 'long')} we received your request to verify that {person} "
        f"completed our course {claimed} in or about {month.strftime('%B %Y')}. A copy of a "
        "certificate bearing our name was attached to the request.",
        "box_head": d.pick(["Search made", "Records searched"]),
        "names": "; ".join(variants),
        "range": f"{F.fmt_date(lo, 'short_month')} to {F.fmt_date(hi, 'short_month')}",
        "course": claimed,
        "cert_no": d.number(d.pick(["", "No. ", "Cert. "])),
        "records": d.pick(
            [
                "Class rosters, certificates issued, online enrollments",
                "Sign-in sheets, examination results, certificate register",
            ]
        ),
        "result": d.pick(["No record found", "No matching record"]),
        "result_sub": d.pick(
            ["for the name, course and dates above", "in any class held in the period searched"]
        ),
        "p2": d.pick(
            [
                "The certificate number shown does not appear in our certificate register, and "
                "the class listed was not held on or near the date printed. We are therefore "
                "unable to confirm the course or any continuing education credit.",
                "Our rosters for the period show no enrollment under the names searched. We "
                "cannot confirm attendance, completion or any continuing education credit.",
            ]
        ),
        "p3": d.pick(
            [
                "If the person attended under another name, or with another school that uses a "
                "similar name, please send any further details and we will search again at no "
                "charge.",
                "A certificate that cannot be matched to our records should be treated as "
                "unverified. Please contact us if you have a receipt or an enrollment e-mail.",
            ]
        ),
        "close": d.pick(["Sincerely,", "Regards,"]),
        "signer": d.person(),
        "signer_role": d.pick(["Records Coordinator", "Registrar", "Student Records Specialist"]),
        "foot": d.pick(
            [
                "This letter reports the result of a records search. It confirms no course "
                "completion and awards no credit.",
                f"{school} · Records are kept for seven years from the class date.",
            ]
        ),
    }
