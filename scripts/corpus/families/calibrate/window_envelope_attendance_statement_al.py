"""A statement of attendance written as a window-envelope business letter:
the provider's mark and name sit only in the letterhead at the top right,
with a tiny underlined return-address line over the recipient's address
block at the left (where an envelope window shows it). A subject line runs
beside the town and letter date, then a salutation and running paragraphs
give the course, where it was held, the day or span of days, the
instructor and the credit, with no labels. A contact person, a signer in
script with a typed name and role, and a footer with the office details
close the page; a reissued copy carries a duplicate note and a later
letter date."""

SOURCE = (
    "sah-comp/ksm:app/res/tpl/model/correspondence/pdf/blank.php (window-envelope letter: "
    "return line over the address, subject beside the date), "
    "https://www.cccep.ca/pages/guideline_f_statements_of_attendance.html (a letter or statement "
    "of attendance in place of a certificate: title, dates and location attended, credit, "
    "provider contact person, signature, duplicates marked) and "
    "https://peps.ohio.gov/IndividualLicensing/ContinuingEd/AttendanceDocumentation.aspx (a letter "
    "from the provider stating dates, hours, location, topic and instructor)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "portrait",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "address",
)

TEMPLATE = """<style>
.lh { position:absolute; right:64px; top:44px; display:flex; align-items:center; gap:46px; text-align:right }
.lh .nm { font: bold 19px ${display}; color:${dark}; line-height:22px; max-width:300px }
.lh .tg { font: 10.5px ${sans}; color:#555; letter-spacing:0.5px; margin-top:2px }
.mk { width:54px; height:54px; flex:none; position:relative }
.mk .a { position:absolute; inset:0; border-radius:${mark_radius}; background:${dark} }
.mk .b { position:absolute; left:14px; top:14px; right:-8px; bottom:-8px; border-radius:${mark_radius}; background:${accent}; opacity:0.85 }
.mk .c { position:absolute; inset:0; display:flex; align-items:center; justify-content:center; color:#fff; font: bold 17px ${display} }
.win { position:absolute; left:80px; top:168px; width:340px; font: 13.5px ${serif}; line-height:19px }
.win .rt { font: 8.5px ${sans}; color:#444; border-bottom:0.8px solid #444; padding-bottom:1px; margin-bottom:8px; white-space:nowrap }
.win .dup { display:inline-block; margin-bottom:4px; font: bold 10px ${sans}; letter-spacing:2px; color:${accent}; border:1.2px solid ${accent}; padding:1px 6px }
.meta { position:absolute; left:80px; right:72px; top:330px; display:flex; justify-content:space-between; align-items:baseline; font: 13.5px ${serif} }
.meta .sj { font-weight:bold; max-width:430px }
.body { position:absolute; left:80px; right:80px; top:382px; font: 15px ${serif}; line-height:23px; color:#1a1a1a }
.body p { margin:0 0 13px; text-align:${align} }
.sig { margin-top:18px } .sig .hand { font: 28px ${hand}; color:#1d2f6f; line-height:34px }
.sig .tn { font: 14px ${serif} } .sig .rl { font: 12.5px ${serif}; color:#333 }
.cc { margin-top:26px; font: 12px ${serif}; color:#333; line-height:17px }
.foot { position:absolute; left:80px; right:72px; bottom:34px; border-top:1px solid ${accent}; padding-top:6px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#555; line-height:13px }
</style>
<div class="lh"><div><div class="nm">${org}</div><div class="tg">${tagline}</div></div>
 <div class="mk"><div class="b"></div><div class="a"></div><div class="c">${initials}</div></div></div>
<div class="win">
 <div class="rt">${return_line}</div>
 ${dup_html}
 <div>${holder}</div><div>${company}</div><div>${street}</div><div>${town}</div>
</div>
<div class="meta"><div class="sj">${subject}</div><div>${place}, ${letter_date}</div></div>
<div class="body">
 <p>${dear}</p>
 <p>${para1}</p>
 <p>${para2}</p>
 <p>${para3}</p>
 <p>${close}</p>
 <div class="sig"><div class="hand">${signer}</div><div class="tn">${signer}</div><div class="rl">${signer_role}</div></div>
 <div class="cc">${cc_html}</div>
</div>
<div class="foot"><div>${org_short} &middot; ${o_street} &middot; ${o_town}</div><div>${phone} &middot; ${web}</div></div>
"""


def fill(d):
    import html

    o_street, o_town = d.address()
    h_street, h_town = d.address()
    org = d.provider()
    org_short = d.org_alt or org.split(",")[0]
    initials = "".join(w[0] for w in org_short.replace("&", "").split() if w[0].isupper())[:3]
    holder = d.name(d.pick(["plain", "plain", "upper", "honorific"]))
    title = d.title(d.pick(["plain", "with_code", "with_code"]))
    ranged = d.chance(0.55)
    when = (
        d.date_range(d.pick([1, 2, 2, 3]))
        if ranged
        else d.date(d.pick(["long", "ordinal", "weekday", "words"]))
    )
    on = "" if when.startswith("the ") else "on "
    hours = d.hours(d.pick(["cec_hours", "words_cec", "ceu_and_cec", "contact_and_cec", "cecs"]))
    approval = d.approval() if d.chance(0.45) else None
    instructor = d.person()
    contact = d.person()
    signer = d.person()
    duplicate = d.chance(0.3)
    where = d.pick(
        [
            f"our training center in {d.city()}",
            f"the {d.pick(['Hampton Inn', 'Holiday Inn Express', 'Courtyard'])} in {d.city()}",
            f"{d.venue()}",
            "your company's shop, as an on-site class",
        ]
    )
    days = "each day of the course" if ranged else "the full day"
    title_part = f"the course {title}" if d.chance(0.5) else title
    para1 = d.pick(
        [
            f"This letter confirms that you attended {title_part}, held at {where} {on}{when}. "
            f"The class was taught by {instructor}.",
            f"We are pleased to confirm your attendance at {title_part}, which {instructor} "
            f"taught at {where} {on}{when}.",
        ]
    )
    credit = (
        f"Our records show you were present for {days}, and you have been credited with {hours}"
    )
    if approval:
        credit += f" under IICRC course approval {approval}"
    para2 = credit + "."
    para3 = d.pick(
        [
            "Please keep this statement with your certification records. It takes the place of "
            "a wall certificate and may be shown to the IICRC or your employer as proof of "
            f"attendance. If anything above is wrong, contact {contact} at {d.phone()}.",
            f"Questions about this statement may be sent to {contact}, our registrar, at "
            f"{d.phone()}. We keep attendance records for three years after the course and "
            "can issue a copy on request.",
        ]
    )
    dup_html = (
        f'<div class="dup">{d.pick(["DUPLICATE", "COPY – REISSUED"])}</div>' if duplicate else ""
    )
    letter_date = d.other_date("print" if duplicate else "issue", d.pick(["long", "dmy_long"]))
    last = d.last
    return {
        "org": org,
        "org_short": org_short,
        "initials": initials or "TC",
        "mark_radius": d.pick(["50%", "6px", "0"]),
        "tagline": d.pick(
            [
                "IICRC Approved School",
                "Training · Certification · Continuing Education",
                "Restoration education since 1994",
            ]
        ),
        "return_line": f"{org_short} · {o_street} · {o_town}",
        "dup_html": dup_html,
        "holder": holder,
        "company": d.pick(
            [
                "Dry Right Restoration",
                "Blue Line Water & Fire Services",
                "Servall Cleaning & Restoration",
                "Keystone Disaster Recovery",
                "Fenwick Carpet & Tile Care",
            ]
        ),
        "street": h_street,
        "town": h_town,
        "subject": d.pick(
            [
                "Statement of attendance",
                "Confirmation of course attendance",
                f"Your attendance record, ref. {d.number()}",
            ]
        ),
        "place": o_town.split(",")[0],
        "letter_date": letter_date,
        "dear": d.pick([f"Dear {d.first} {last},", f"Dear {d.first},", "Dear Course Participant,"]),
        "para1": para1,
        "para2": para2,
        "para3": para3,
        "close": d.pick(["With best regards,", "Sincerely,", "Kind regards,"]),
        "signer": signer,
        "signer_role": d.pick(
            ["Director of Education", "Training Manager", "School Administrator", "President"]
        )
        + f", {org_short}",
        "o_street": o_street,
        "o_town": o_town,
        "phone": d.phone(),
        "web": d.web(),
        "align": d.pick(["left", "justify"]),
        "cc_html": "<br>".join(
            html.escape(x)
            for x in d.pick(
                [
                    [f"cc: {instructor}, instructor", "Student file"],
                    ["Enclosure: course outline", f"cc: {contact}"],
                    [f"Reference no. {d.number()}", "cc: Student file"],
                ]
            )
        ),
    }
