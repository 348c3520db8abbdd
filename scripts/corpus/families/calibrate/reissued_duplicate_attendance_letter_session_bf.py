"""A reissued letter of attendance for one education session of a trade
show, printed on the show's letterhead: a wordmark with the show's name and
its education office's address, telephone and web address in a thin rule
across the top (the organiser is named nowhere else), a boxed stamp reading
DUPLICATE at the top right, the letter's date, the attendee's mailing
address block, a subject line, and a body in running sentences with no
labels: that the attendee was present for the whole of the session, its
title in quotation marks, the presenter, the day (sometimes in words) and
the hall, the hours the session was approved for, and that this copy
replaces the letter first issued on an earlier date; a further paragraph on
how long the approval ran. It closes with a script signature over the
education manager's typed name and title, and a carbon-copy line naming the
presenter."""

SOURCE = (
    "Canadian Council on Continuing Education in Pharmacy, 'Guideline F: Statements of "
    "Attendance' (cccep.ca): a letter (not a certificate) naming the learner, the activity "
    "title, the units assigned, the date and location attended, the accreditation dates, the "
    "provider's contact and a signature, and, when reissued, marked as a duplicate; Ohio "
    "PEPS 'Attendance Documentation' (a letter from the provider stating date, hours, "
    "location, topic and instructor)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "portrait",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
    "address",
    "stamp",
)

TEMPLATE = """<style>
.w { position:absolute; inset:54px 78px 50px; font: 14px/22px ${serif}; color:#1a1a1a }
.lh { display:flex; align-items:center; gap:14px; padding-bottom:10px; border-bottom:${lh_rule} }
.mk { width:54px; height:54px; background:${mark_bg}; color:${mark_fg}; border-radius:${mark_radius};
  display:flex; align-items:center; justify-content:center; font: bold 19px ${display}; letter-spacing:.5px }
.lh .nm { font: ${lh_weight} 22px/26px ${lh_font}; color:${dark}; letter-spacing:.3px }
.lh .ad { font: 10.5px/15px ${sans}; color:#555; margin-top:2px }
.dup { position:absolute; right:0; top:84px; border:2.5px solid #b3261e; color:#b3261e; padding:3px 10px;
  font: bold 16px ${sans}; letter-spacing:3px; transform:rotate(-4deg); opacity:.85 }
.dt { margin-top:38px } .to { margin-top:24px; line-height:19px }
.re { margin-top:24px; font-weight:bold }
.bd p { margin-top:14px; text-align:justify }
.cl { margin-top:26px }
.sg { font: 30px ${hand}; color:#1d2c6b; height:42px; line-height:52px; margin-top:4px; white-space:nowrap }
.cc { margin-top:28px; font-size:11.5px; color:#444 }
.ft { position:absolute; left:0; right:0; bottom:0; font: 9px ${sans}; color:#777; text-align:center; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="w">
 <div class="lh"><div class="mk">${initials}</div>
  <div><div class="nm">${event}</div><div class="ad">${office} &middot; ${street} &middot; ${city_zip}<br>${phone} &middot; ${web}</div></div>
 </div>
 <div class="dup">${dup_word}</div>
 <div class="dt">${letter_date}</div>
 <div class="to">${to_name}<br>${company}<br>${to_street}<br>${to_city}</div>
 <div class="re">${subject}</div>
 <div class="bd">
  <p>${salutation}</p>
  <p>${p1_html}</p>
  <p>${p2}</p>
  <p>${p3}</p>
 </div>
 <div class="cl">${closing}</div>
 <div class="sg">${signer}</div>
 <div>${signer}<br>${signer_role}</div>
 <div class="cc">cc: ${speaker}, ${speaker_role}</div>
 <div class="ft">${footer}</div>
</div>
"""

COMPANIES = [
    "Allied Flood Response",
    "Summit Property Restoration",
    "Cornerstone Carpet Care",
    "Redline Water & Fire",
    "Blue Ridge Water Damage",
]
STREETS = ["214 Alder Court", "9 Fenwick St, Apt 3", "1870 County Road 12", "44 Larkspur Way"]
TOWNS = [
    "Boise, ID 83702",
    "Fargo, ND 58102",
    "Macon, GA 31201",
    "Erie, PA 16501",
    "Provo, UT 84601",
]


def fill(d):
    import html

    r = d.rng
    event = d.provider()
    words = [w for w in d.org_alt.split() if w[0].isupper()]
    street, city_zip = d.address()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title("plain")
    speaker = d.person() + d.pick(["", "", ", CR", ", WLS"])
    signer = d.person()
    date = d.date(d.pick(["words", "long", "long", "weekday", "ordinal"]))
    if d.credit > 1:
        hours = d.hours(d.pick(["words", "words_cec", "cec_hours", "hours_title"]))
    else:
        unit = d.pick(["continuing education credit hour", "IICRC CEC hour", "CEC hour"])
        hours = f"{d.hours_number()} {unit}{'' if d.credit == 1 else 's'}"
    first_issue = d.other_date("issue", "long")
    approval_end = d.other_date("expiry", "long")
    dear = d.pick([f"Dear {d.first},", f"Dear {name},", "To whom it may concern:"])
    p1 = (
        f"{html.escape(d.pick(['This letter confirms that', 'Our records show that', 'We are pleased to confirm that']))} "
        f"{html.escape(name)} {d.pick(['was present for the whole of', 'attended in full', 'attended the entire'])} "
        f"the education session &ldquo;{html.escape(title)}&rdquo;, presented by {html.escape(speaker)}"
        f"{',' if ',' in speaker else ''} on {html.escape(date)} in {d.pick(['Room', 'Hall', 'Meeting Room'])} {r.randrange(101, 340)} "
        f"of the {html.escape(d.venue())}. "
        f"{d.pick(['The session was approved by the IICRC for', 'The IICRC approved this session for', 'Attendance at this session earns'])} "
        f"{html.escape(hours)}."
    )
    return {
        "initials": "".join(w[0] for w in words)[:3],
        "mark_bg": d.pick([d.colors["dark"], d.colors["accent"]]),
        "mark_fg": "#fff",
        "mark_radius": d.pick(["50%", "6px", "0"]),
        "lh_rule": d.pick(["1px solid #999", f"3px solid {d.colors['accent']}", "2px double #555"]),
        "lh_font": d.pick([d.fonts["display"], d.fonts["sans"]]),
        "lh_weight": d.pick(["bold", "600", "normal"]),
        "event": event,
        "office": d.pick(["Education Office", "Continuing Education Department", "Show Education"]),
        "street": street,
        "city_zip": city_zip,
        "phone": d.phone(),
        "web": d.web(),
        "dup_word": d.pick(["DUPLICATE", "DUPLICATE COPY", "REISSUED"]),
        "letter_date": d.other_date("print", "long"),
        "to_name": name,
        "company": d.pick(COMPANIES),
        "to_street": d.pick(STREETS),
        "to_city": d.pick(TOWNS),
        "subject": d.pick(
            [
                "Re: Letter of attendance (duplicate)",
                "Subject: Replacement letter of attendance",
                "Re: Your request for a copy of your attendance record",
            ]
        ),
        "salutation": dear,
        "p1_html": p1,
        "p2": d.pick(
            [
                f"This duplicate replaces the letter first issued on {first_issue}, which you "
                "told us had been lost. Please keep it with your continuing education records.",
                f"You asked for a copy of the letter we sent on {first_issue}. This copy "
                "carries the same information and may be submitted in its place.",
            ]
        ),
        "p3": d.pick(
            [
                f"The session's approval remained in force until {approval_end}. Credit is "
                "reported once; submitting both letters does not add hours.",
                f"Approval for this session ran through {approval_end}. If the hours do not "
                "appear on your record, please reply to this office with this letter attached.",
            ]
        ),
        "closing": d.pick(["Sincerely,", "Kind regards,", "Respectfully,"]),
        "signer": signer,
        "signer_role": d.pick(["Education Manager", "Director of Education", "CE Coordinator"]),
        "speaker": speaker,
        "speaker_role": d.pick(["presenter", "session speaker", "instructor"]),
        "footer": d.pick(
            [
                "This letter is not a certificate and does not certify competence.",
                "Duplicate letters are issued for up to 36 months after the session.",
            ]
        ),
    }
