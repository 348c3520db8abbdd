"""Not a training record: a trade association's letter telling a member that
the membership has elected them to its board of directors (or appointed
them to a committee), portrait. A dark band runs down the whole left edge
of the page with the association's mark and name in light type at the
top, a list of the current officers and directors (names and offices) in
the middle and the office address at the foot; the letter sits in the
white column at the right: the date, the member's mailing block, a
subject line, a letter of congratulation with the seat, the term's first
and last days, the day, time and place of the first board meeting and of
an orientation of a few hours, a paragraph of what to send back, the
nominating chair's signature and a cc line. Every name, date and number
on it is an officer, a term or a meeting; it records no course and no
credit."""

SOURCE = (
    "InquiryInstitute/InquiryInstitute:board/README.md (director election records: the "
    "resolution, the vote and the effective date) and byik/vfa-placement-portal:www/vfamatching."
    "dev/app/views/emails/fellow/fellowAcceptedOffer.blade.php (a congratulation letter: "
    "'Congratulations!', what an opportunity, the actions to take as soon as you can, a "
    "document to e-mail back)"
)
KIND = "other"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "portrait",
    "dark-band",
    "sentence",
    "address",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.sb { position:absolute; left:0; top:0; bottom:0; width:${sb_w}px; background:${band}; color:#eef0f2; padding:48px 22px 36px;
  font: 11px ${sans}; line-height:15px; display:flex; flex-direction:column }
.sb .mk { width:54px; height:54px; border-radius:${mk_r}; background:${accent}; color:#fff; font: bold 17px ${head};
  display:flex; align-items:center; justify-content:center }
.sb .o { font: bold 15px ${head}; line-height:19px; margin-top:12px; color:#fff }
.sb .bh { margin-top:34px; font: bold 10px ${sans}; letter-spacing:1.6px; text-transform:uppercase; color:${accent_lt};
  border-bottom:1px solid rgba(255,255,255,.3); padding-bottom:5px }
.sb .of { margin-top:10px } .sb .of b { display:block; font-size:12.5px; color:#fff } .sb .of span { opacity:.75; font-size:10.5px }
.sb .ad { margin-top:auto; opacity:.85; font-size:10.5px }
.w { position:absolute; left:${w_left}px; right:64px; top:66px; bottom:50px; font: 15px ${body}; color:#1e1e1e; line-height:23px }
.dt { margin-top:0 }
.to { margin-top:20px; line-height:19px }
.su { margin-top:20px; font-weight:bold }
.p { margin-top:12px; text-align:${align} }
.box { margin-top:14px; border-left:4px solid ${accent}; background:${light}; padding:10px 16px; font-size:14.5px; line-height:23px }
.box b { display:inline-block; width:140px; font: bold 11.5px ${sans}; color:#444; text-transform:uppercase; letter-spacing:.5px }
.cl { margin-top:18px }
.sg .h { font: 30px ${hand}; color:#1d2f6a; line-height:40px; white-space:nowrap }
.cc { margin-top:14px; font-size:11.5px; color:#555; line-height:16px }
</style>
<div class="sb">
 <div class="mk">${initials}</div>
 <div class="o">${assoc}</div>
 <div class="bh">${board_head}</div>
 ${officers_html}
 <div class="ad">${street}<br>${town}<br>${phone}<br>${web}</div>
</div>
<div class="w">
 <div class="dt">${letter_date}</div>
 <div class="to">${member}<br>${company}<br>${r_street}<br>${r_town}</div>
 <div class="su">${subject}</div>
 <div class="p">Dear ${salutation},</div>
 <div class="p">${p1}</div>
 <div class="box">${box_html}</div>
 <div class="p">${p2}</div>
 <div class="cl">${closing}</div>
 <div class="sg"><div class="h">${signer}</div>${signer}<br>${signer_role}</div>
 <div class="cc">${cc_html}</div>
</div>
"""

SEATS = [
    ("Director-at-Large", "three-year"),
    ("Secretary", "two-year"),
    ("Treasurer", "two-year"),
    ("Vice President", "one-year"),
    ("Technician Representative", "two-year"),
]
COMMITTEES = [
    "Education Committee",
    "Certification Review Committee",
    "Convention Committee",
    "Ethics Committee",
]
COMPANIES = [
    "Rapid Dry Restoration LLC",
    "Heritage Rug Works",
    "Summit Peak Restoration",
    "Clearwater Cleaning Co.",
    "Cornerstone Disaster Services",
]


def fill(d):
    import html
    from datetime import date, timedelta

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    e = html.escape
    assoc = d.pick(V.ASSOCIATIONS)
    words = [w for w in assoc.replace("&", "").split() if w[0].isupper()]
    initials = "".join(w[0] for w in words)[:4]
    letter_day = d.completed
    member = d.person()
    first = member.split(" ")[0]
    committee = d.chance(0.3)
    seat, term = d.pick(SEATS)
    term_years = {"one-year": 1, "two-year": 2, "three-year": 3}[term]
    start = date(letter_day.year + 1, 1, 1)
    end = date(letter_day.year + term_years, 12, 31)
    meet = start + timedelta(days=r.randint(7, 40))
    fmt = d.pick(["long", "weekday", "short_month"])
    meet_time = d.pick(["9:00 AM", "10:00 a.m.", "1:30 PM", "6:00 PM"])
    place = d.pick([d.venue(), "the Association office", "by video conference"])
    if committee:
        body = d.pick(COMMITTEES)
        subject = f"Subject: Appointment to the {body}"
        p1 = (
            f"Congratulations! On the recommendation of the Board of Directors, the President has "
            f"appointed you to serve on the {body} for a {term} term. Your experience in the field "
            "will be a real asset to the committee's work."
        )
        rows = [("Committee", body), ("Term", f"{F.fmt_date(start, fmt)} – {F.fmt_date(end, fmt)}")]
    else:
        subject = d.pick(
            ["Subject: Election to the Board of Directors", "RE: Results of the annual election"]
        )
        p1 = (
            f"I am pleased to inform you that at the annual meeting of the membership you were "
            f"elected {seat} of the {assoc}, for a {term} term. On behalf of the Nominating "
            "Committee, congratulations and thank you for your willingness to serve."
        )
        rows = [
            ("Office", seat),
            ("Term begins", F.fmt_date(start, fmt)),
            ("Term ends", F.fmt_date(end, fmt)),
        ]
    rows.append(("First meeting", f"{F.fmt_date(meet, fmt)}, {meet_time}"))
    rows.append(("Location", place))
    if d.chance(0.6):
        rows.append(
            (
                "Orientation",
                d.pick(["2 hours, before the meeting", "3 hours, by webinar", "half day"]),
            )
        )
    box_html = "<br>".join(f"<b>{e(k)}</b>{e(v)}" for k, v in rows)
    p2 = d.pick(
        [
            "Before the meeting, please sign and return the enclosed conflict-of-interest "
            "disclosure and the director's confidentiality agreement, and send us a short "
            "biography and photograph for the newsletter.",
            "Board members serve without pay. Reasonable travel to meetings is reimbursed under "
            "the travel policy enclosed. Please confirm your attendance with the office.",
        ]
    )
    officers = [
        ("President", d.person()),
        ("Vice President", d.person()),
        ("Secretary", d.person()),
        ("Treasurer", d.person()),
        ("Immediate Past President", d.person()),
    ]
    for _ in range(d.pick([2, 3, 4])):
        officers.append(("Director", d.person()))
    officers_html = "".join(
        f'<div class="of"><b>{e(n)}</b><span>{e(t)}</span></div>' for t, n in officers
    )
    signer = d.person()
    street, town = d.address()
    r_street, r_town = d.address()
    sb_w = d.pick([190, 210, 230])
    return {
        "band": d.pick(["#1f3a5f", "#0b3d2e", "#2f2f2f", "#4a1c40", "#123c69", "#23395d"]),
        "accent": d.pick(["#b8860b", "#1e6091", "#2d6a4f", "#8b0000", "#9c6644"]),
        "accent_lt": d.pick(["#f3dc8a", "#cfe3f2", "#d8f0e0"]),
        "body": d.fonts[d.pick(["serif", "sans"])],
        "head": d.fonts[d.pick(["serif", "display", "sans"])],
        "mk_r": d.pick(["50%", "6px", "0"]),
        "sb_w": sb_w,
        "w_left": sb_w + 52,
        "initials": initials,
        "assoc": assoc,
        "board_head": d.pick(
            [f"{letter_day.year} Board of Directors", "Officers & Directors", "Board of Directors"]
        ),
        "officers_html": officers_html,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.pick(["www.", "members."])
        + "".join(ch for ch in assoc.lower() if ch.isalnum())[:14]
        + ".org",
        "letter_date": F.fmt_date(letter_day, d.pick(["long", "long", "dmy_long", "ordinal"])),
        "member": member,
        "company": d.pick(COMPANIES),
        "r_street": r_street,
        "r_town": r_town,
        "subject": subject,
        "salutation": d.pick([first, member, f"{first}"]),
        "align": d.pick(["left", "justify"]),
        "p1": p1,
        "box_html": box_html,
        "p2": p2,
        "closing": d.pick(["Sincerely,", "With best regards,", "Congratulations again,"]),
        "signer": signer,
        "signer_role": d.pick(["Chair, Nominating Committee", "President", "Executive Director"]),
        "cc_html": f"Enclosures: {d.pick(['2', '3'])}<br>cc: {e(d.person())}, Executive Director",
    }
