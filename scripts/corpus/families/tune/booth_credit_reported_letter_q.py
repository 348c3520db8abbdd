"""A block-style business letter from a trade show's education office,
posted or e-mailed a few weeks after the show to a technician who registered
at the certification body's booth: the show's wordmark as letterhead with
the office's postal address on the right, the letter's own date, the
technician's name and mailing address, a subject line, two short paragraphs
(the visit was logged at the booth and has been reported), a small ruled
table with one row (registrant number, activity, date of visit, credit, the
show's approval number, the date it was reported), a closing paragraph, a
signature by the show's CE coordinator with a "cc" line to the certifying
body, and a strip of tiny print at the foot."""

SOURCE = (
    "block-format confirmation letters that show organisers send after reporting booth "
    "registration credit; booth CEC practice from "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "table",
    "address",
    "portrait",
    "distractor-date",
    "distractor-person",
    "distractor-org",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:56px 72px 44px; font: 14px ${serif}; color:#1d1d1d; line-height:21px }
.lh { display:flex; justify-content:space-between; align-items:flex-end; padding-bottom:10px; border-bottom:1.5px solid ${dark} }
.lh .wm { font: bold 24px ${display}; color:${dark}; line-height:26px; max-width:420px }
.lh .wm small { display:block; font: 10px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${accent}; margin-top:4px }
.lh .ad { font: 10.5px ${sans}; text-align:right; color:#444; line-height:15px }
.dt { margin-top:30px }
.to { margin-top:20px }
.re { margin-top:20px; font-weight:bold }
p { margin:14px 0 0 }
table { border-collapse:collapse; width:100%; margin-top:16px; font: 12px ${sans} }
th { text-align:left; font-size:10px; text-transform:uppercase; letter-spacing:0.5px; color:#444; border-top:1.5px solid #222; border-bottom:1px solid #222; padding:5px 6px }
td { padding:7px 6px; border-bottom:1.5px solid #222; vertical-align:top }
.sg { margin-top:30px }
.sg .h { font: 28px ${handf}; color:#1d2c6b; height:36px; line-height:40px }
.cc { margin-top:16px; font-size:12px; color:#444 }
.ft { position:absolute; left:0; right:0; bottom:0; font: 8.5px ${sans}; color:#777; text-align:center; border-top:1px solid #ccc; padding-top:4px; line-height:12px }
</style>
<div class="w">
 <div class="lh">
  <div class="wm">${event}<small>${office}</small></div>
  <div class="ad">${street}<br>${town}<br>${phone}</div>
 </div>
 <div class="dt">${letter_date}</div>
 <div class="to">${name}<br>${to_street}<br>${to_town}</div>
 <div class="re">${re_label} ${title} &ndash; ${reg_label} ${reg}</div>
 <p>${salutation}</p>
 <p>${para1}</p>
 <p>${para2}</p>
 <table>
  <tr><th>${reg_label}</th><th>Activity</th><th>${date_head}</th><th>${credit_head}</th><th>${appr_head}</th><th>Reported</th></tr>
  <tr><td>${reg}</td><td>${activity}</td><td>${date}</td><td>${hours}</td><td>${approval}</td><td>${reported}</td></tr>
 </table>
 <p>${para3}</p>
 <div class="sg">${closing}<div class="h">${signer}</div>${signer}<br>${signer_role}</div>
 <div class="cc">cc: ${cc}</div>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    reported = d.completed + timedelta(days=r.randint(3, 24))
    written = reported + timedelta(days=r.randint(0, 6))
    street, town = d.address()
    to_street, to_town = d.pick([c for c in V.CITIES if c[0] != street])
    reg = f"{r.randrange(10000, 999999)}"
    signer = d.person()
    school = d.pick([s[0] for s in V.SCHOOLS])
    event = d.provider()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.set_title("IICRC Booth Registration")
    return {
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "event": event,
        "office": d.pick(["Education Office", "Continuing Education Desk", "Show Management"]),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": fmt_date(written, d.pick(["long", "dmy_long"])),
        "name": name,
        "to_street": to_street,
        "to_town": to_town,
        "re_label": d.pick(["Re:", "Subject:", "RE:"]),
        "title": title,
        "reg_label": d.pick(["Registrant #", "IICRC no.", "Reg. no."]),
        "reg": reg,
        "salutation": f"Dear {d.first} {d.last}," if d.chance(0.6) else "Dear Technician,",
        "para1": d.pick(
            [
                "Thank you for stopping by the IICRC booth in our exhibit hall. Your badge was scanned "
                "and your registration at the booth was logged by the booth staff.",
                "This letter confirms that you registered in person at the IICRC booth on the show "
                "floor and that the visit was recorded against your registrant number.",
            ]
        ),
        "para2": d.pick(
            [
                "We have reported the continuing education credit for that visit to the IICRC as "
                "shown below. Please check the registrant number; the credit cannot be moved to "
                "another record once it is posted.",
                "The credit below has been submitted with our post-show roster. It normally appears "
                "on your certification record within four weeks of the date it was reported.",
            ]
        ),
        "date_head": d.pick(["Date of visit", "Visit date", "Date"]),
        "credit_head": d.pick(["CECs", "Credit"]),
        "appr_head": d.pick(["Event approval", "Approval no.", "Approval #"]),
        "activity": title,
        "date": d.date(d.pick(["us_numeric", "short_month", "dd_mon_yyyy", "iso"])),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hrs"])),
        "approval": d.approval(),
        "reported": fmt_date(reported, "us_numeric"),
        "para3": d.pick(
            [
                f"Credit for classes you may have taken at {school} or elsewhere during show week is "
                "reported by that provider, not by this office.",
                "Education sessions you attended at the show are reported separately, session by "
                "session, and are not listed in this letter.",
            ]
        ),
        "closing": d.pick(["Sincerely,", "Regards,", "With thanks,"]),
        "signer": signer,
        "signer_role": d.pick(["CE Coordinator", "Education Manager", "Registration Manager"]),
        "cc": d.pick(
            ["IICRC Registrant Services", "Certification records", "IICRC CEC Department"]
        ),
        "foot": f"{event} · {d.venue()} · {d.web()} · Keep this letter with your certification "
        "records. It is not an invoice.",
    }
