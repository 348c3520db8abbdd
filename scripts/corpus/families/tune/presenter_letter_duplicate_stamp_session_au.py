"""A portrait letter of attendance that the speaker of one education session
sends on the show's letterhead after the show: the show's name appears only
in the letterhead beside its round mark, with the show office's address,
telephone and web address under a thin rule; a boxed "duplicate" stamp with
its reissue date sometimes sits at the top right; the letter's date, the
attendee's name and postal address, a subject line that names no field, and
four paragraphs of running sentences with no labels: the speaker confirms
the attendee was present for the whole session (its title in quotes, its
day written out), names the show's span and venue, the credit and the
approval number with the dates that approval runs from and to, names the
moderator who took attendance and a coordinator to contact; then "Sincerely"
over the speaker's handwritten signature, typed name, role and own company,
a "cc" line and a small footer with the page count."""

SOURCE = (
    "Statements of attendance as CE regulators describe them: CCCEP Guideline F (a letter, not "
    "called a certificate, with the learner's name, activity title, credit, date and location "
    "attended, accreditation start and expiry dates, provider contact and the presenter's "
    "signature; a reissued letter marked 'duplicate') and the Ohio PEPS board's acceptable "
    "attendance documentation (a letter stating date, hours, location, topic and instructor), "
    "re-drawn as a speaker's letter on a trade show's letterhead"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "letter",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "date-range",
    "hours-in-sentence",
    "address",
    "distractor-org",
    "plain",
)

TEMPLATE = """<style>
.lh { position:absolute; left:78px; right:78px; top:50px; display:flex; align-items:center; gap:16px }
.lh .mk { width:58px; height:58px; border-radius:50%; background:${dark}; color:#fff; flex:none;
  display:flex; align-items:center; justify-content:center; font: bold 19px ${display}; letter-spacing:1px }
.lh .nm { flex:1; min-width:0; font: ${ev_weight} ${ev_size}px ${display}; color:${dark}; letter-spacing:${ev_ls}px;
  line-height:28px; white-space:nowrap }
.lh .nm small { display:block; font: 11.5px ${sans}; color:#555; letter-spacing:0.4px; margin-top:2px }
.ad { position:absolute; left:78px; right:78px; top:120px; border-top:1px solid ${accent}; padding-top:5px;
  font: 10.5px ${sans}; color:#444; text-align:${ad_align}; white-space:nowrap }
.dup { position:absolute; right:78px; top:150px; border:2px solid #9a1c1c; color:#9a1c1c; padding:4px 10px 3px;
  font: bold 13px ${sans}; letter-spacing:3px; text-align:center; transform:rotate(-4deg); opacity:0.85 }
.dup small { display:block; font: 9.5px ${sans}; letter-spacing:0.5px }
.body { position:absolute; left:78px; right:78px; top:168px; font: ${size}px ${face}; line-height:${lh}px; color:#1b1b1b }
.to { margin-top:26px } .re { margin-top:22px; font-weight:bold }
.body p { margin-top:14px; text-align:${align} }
.nw { white-space:nowrap }
.sal { margin-top:20px }
.close { margin-top:22px }
.sig { font: 32px ${handf}; color:#1d2c6b; height:44px; line-height:52px; margin-top:2px }
.cc { margin-top:20px; font-size:12px; color:#333 }
.ft { position:absolute; left:78px; right:78px; bottom:36px; border-top:1px solid #ccc; padding-top:5px;
  font: 9px ${sans}; color:#777; display:flex; justify-content:space-between }
</style>
<div class="lh">
 <div class="mk">${initials}</div>
 <div class="nm">${event}<small>${tagline}</small></div>
</div>
<div class="ad">${street}, ${town} &nbsp;&middot;&nbsp; Tel. ${phone} &nbsp;&middot;&nbsp; ${web}</div>
${dup_html}
<div class="body">
 <div>${letter_date}</div>
 <div class="to">${name}<br>${company}<br>${h_street}<br>${h_town}</div>
 <div class="re">${subject}</div>
 <div class="sal">${salutation}</div>
 <p>${p1_html}</p>
 <p>${p2_html}</p>
 <p>${p3_html}</p>
 <p>${p4_html}</p>
 <div class="close">${closing}</div>
 <div class="sig">${speaker}</div>
 <div>${speaker}<br>${speaker_role}<br>${speaker_firm}</div>
 <div class="cc">cc: ${cc}</div>
</div>
<div class="ft"><span>${foot_left}</span><span>Page 1 of 1</span></div>
"""

FIRMS = [
    "Moisture Mapping Consultants, LLC",
    "Dry Logic Training",
    "Indoor Air Forensics Group",
    "Benchmark Restoration Consulting",
    "Fieldline Drying Technologies",
    "Carlisle Textile Care Advisors",
]
COMPANIES = [
    "ServiceFirst Restoration",
    "Clearwater Carpet & Upholstery",
    "Apex Water Damage Specialists",
    "Mountain View Mitigation",
    "Sunrise Cleaning Services",
    "Keller Bros. Restoration",
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    before, after = d.pick([(1, 1), (0, 2), (2, 0), (1, 2), (2, 1)])
    show_end = d.completed + timedelta(days=after)
    show = fmt_range(d.completed - timedelta(days=before), show_end, r)
    words = [w for w in d.org_alt.split() if w[0].isupper()]
    street, town = d.address()
    h_street, h_town = d.address()
    speaker = d.person()
    moderator = d.person()
    coordinator = d.person()
    event = d.provider(d.pick([None, None, "upper"]))
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title("plain")
    day = d.date(d.pick(["weekday", "weekday", "long", "ordinal", "words"]))
    if d.credit == 1:
        hours = f"{d.hours_number()} {d.pick(['CEC hour', 'continuing education credit'])}"
    else:
        hours = d.hours(d.pick(["cec_hours", "cecs", "words_cec", "cec_hours"]))
    approval = d.approval()
    approved_on = d.other_date("registered", "long")
    expires = d.other_date("expiry", "long")
    issued = fmt_date(show_end + timedelta(days=r.randint(3, 21)), "long")
    duplicate = d.chance(0.4)
    dup_html = ""
    if duplicate:
        reissued = d.other_date("print", d.pick(["us_numeric", "short_month"]))
        dup_html = f'<div class="dup">DUPLICATE<small>Reissued {reissued}</small></div>'
    first = d.first

    def nw(text):
        return f'<span class="nw">{html.escape(text, quote=False)}</span>'

    title, day, show, hours = nw(title), nw(day), nw(show), nw(hours)
    approval, venue, phone = nw(approval), html.escape(d.venue(), quote=False), nw(d.phone())
    mod_h, coord_h = html.escape(moderator, quote=False), html.escape(coordinator, quote=False)
    return {
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "face": d.fonts[d.pick(["serif", "serif", "sans"])],
        "size": d.pick([14, 14.5, 15]),
        "lh": d.pick([21, 22]),
        "align": d.pick(["left", "justify"]),
        "ev_size": 21 if len(event) > 30 else 23,
        "ad_align": d.pick(["left", "center"]),
        "ev_weight": d.pick(["bold", "normal"]),
        "ev_ls": d.pick([0, 0.5, 1]),
        "initials": "".join(w[0] for w in words)[:3],
        "event": event,
        "tagline": d.pick(
            [
                "Show Management Office",
                "Education Program Office",
                "Conference & Exhibition \u00b7 Education Office",
            ]
        ),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "dup_html": dup_html,
        "letter_date": issued,
        "name": name,
        "company": d.pick(COMPANIES),
        "h_street": h_street,
        "h_town": h_town,
        "subject": d.pick(
            [
                "Re: Letter of attendance, education session",
                "Re: Verification of session attendance",
                "Subject: Attendance at my education session",
            ]
        ),
        "salutation": d.pick([f"Dear {first},", f"Dear {first} {d.last}:"]),
        "p1_html": d.pick(
            [
                f"As the presenter of \u201c{title}\u201d, I am writing to confirm that you "
                f"attended the session in full on {day}.",
                f"This letter confirms that you were present for the whole of my education "
                f"session, \u201c{title}\u201d, which I presented on {day}.",
            ]
        ),
        "p2_html": d.pick(
            [
                f"The session was part of this year's show, held {show} at {venue}. It was "
                f"approved by the IICRC for {hours} under approval number {approval}; that "
                f"approval runs from {approved_on} until {expires}.",
                f"The show ran {show} at {venue}. My session carried {hours}, approved by "
                f"the IICRC as course {approval} (approved {approved_on}, valid through "
                f"{expires}).",
            ]
        ),
        "p3_html": d.pick(
            [
                f"Attendance was taken at the door by the session moderator, {mod_h}, and "
                "checked against badge scans when the session closed. Only attendees present "
                "from start to finish receive this letter.",
                f"{mod_h}, who moderated the session, recorded your arrival and departure "
                "on the sign-in sheet, which I countersigned at the end of the session.",
            ]
        ),
        "p4_html": d.pick(
            [
                "Please keep this letter with your renewal records; no separate certificate "
                f"is issued for the session. If you have any questions, {coord_h}, our "
                f"continuing education coordinator, can be reached at {phone}.",
                "This letter is your record of attendance and should be kept for at least "
                f"three years. Questions about your credit may be sent to {coord_h} at "
                "the education office.",
            ]
        ),
        "closing": d.pick(["Sincerely,", "With thanks for attending,", "Kind regards,"]),
        "speaker": speaker,
        "speaker_role": d.pick(["Session Presenter", "Speaker", "Presenter and Instructor"]),
        "speaker_firm": d.pick(FIRMS),
        "cc": d.pick(
            [
                f"{moderator}, Session Moderator",
                f"Education Committee; {coordinator}",
                "Attendee file",
            ]
        ),
        "foot_left": d.pick(
            [
                f"Ref. {d.number('LOA-')}",
                "This letter is not a certificate of completion.",
                f"Letter no. {d.number()} \u00b7 Education Office",
            ]
        ),
    }
