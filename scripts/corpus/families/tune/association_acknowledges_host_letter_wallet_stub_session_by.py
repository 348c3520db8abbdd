"""A portrait letter a regional cleaning and restoration association mails
to a member after one of its chapter meetings, with a wallet-size stub to
cut off along the foot. A dark band across the top is the letterhead: a
square monogram and the association's name in light capitals, a tagline,
and its mailing address, telephone and web address on the right in small
light type. Below it the letter's date, the member's name, company and
town as an address block, a "Re:" line naming the meeting (not the
session), and a salutation. The first paragraph is one running sentence
whose subject is the association ("The ... hereby acknowledges that",
"... verifies that", "... is pleased to confirm that"): the member's name,
the education session's title in quotation marks, the meeting it was
given at, the host that gave the room (a supply house or maker, or a show
the meeting was held alongside) and the venue, and the day, written out
or in figures. A second paragraph names the presenter and the credit the
session was approved for, and a third says how attendance is reported.
Then "Sincerely," an ink signature, the printed name and office of the
association's education chair or president, and a "cc:" line naming the
host's representative. Under a dashed cut line with scissors, a
wallet-size card in the association's colour repeats the member's name,
the session, the day and the credit in labelled rows, with a card number
and the date it was printed."""

SOURCE = (
    "realcme/newmigration:certifications/certificate-nace-amapracat1.tpl.php (the accrediting "
    "organisation named under its logo and address as the subject of 'certifies that', then "
    "the participant, the activity and the credit); LEARN-LK/Indico:certificate.md (Indico "
    "'Certificate of Attendance' document: organiser address, venue, free certifying text and "
    "signatories); CCCEP Guideline F, statements of attendance (cccep.ca: a letter naming the "
    "participant, title, credit, dates and location, which may name the sponsor); IICRC "
    "approved CEC events at association and chapter meetings (randrmagonline.com, 'IICRC "
    "Continuing Education')"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "letter",
    "dark-band",
    "sentence",
    "wallet",
    "labelled",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.lh { position:absolute; left:0; right:0; top:0; height:${band_h}px; background:${dark}; color:#fff;
  display:flex; align-items:center; padding:0 54px }
.lh .l { display:flex; align-items:center; gap:14px; min-width:0 }
.mono { width:50px; height:50px; flex:none; border:2px solid ${light}; color:${light};
  font: bold ${mono_px}px ${display}; display:flex; align-items:center; justify-content:center; letter-spacing:1px }
.lh b { display:block; font: bold ${org_px}px ${hfont}; letter-spacing:1.2px; text-transform:uppercase; line-height:1.2;
  white-space:nowrap }
.lh .tg { display:block; font: italic 11.5px ${serif}; opacity:.8; margin-top:3px }
.acc { position:absolute; left:0; right:0; top:${band_h}px; height:4px; background:${accent} }
.ads { position:absolute; left:54px; right:54px; top:${ads_top}px; font: 10.5px ${sans}; color:#555; text-align:${ads_align};
  letter-spacing:.3px }
.bd { position:absolute; left:72px; right:72px; top:${body_top}px; font: 13.5px ${tfont}; color:#1d1d1d; line-height:20px }
.dt { margin-bottom:18px }
.ad { margin-bottom:16px; line-height:19px }
.re { font-weight:bold; margin-bottom:14px }
.bd p { margin:0 0 12px; text-align:justify }
.q { font-weight:bold }
.so { margin-top:18px }
.sig { font: 30px ${handf}; color:#1c2f73; height:40px; line-height:46px; white-space:nowrap }
.cc { margin-top:14px; font-size:12px; color:#444 }
.cut { position:absolute; left:28px; right:28px; bottom:262px; border-top:1.5px dashed #888 }
.cut i { position:absolute; left:14px; top:-12px; font: normal 16px ${sans}; color:#666; background:#fff; padding:0 4px }
.cut span { position:absolute; right:16px; top:-9px; font: 9.5px ${sans}; color:#666; background:#fff; padding:0 6px;
  letter-spacing:1px; text-transform:uppercase }
.card { position:absolute; left:50%; margin-left:-162px; bottom:34px; width:324px; height:204px;
  border:1px solid #999; border-radius:8px; overflow:hidden; font: 10.5px ${sans}; color:#1b1b1b; background:#fff }
.card .hd { background:${dark}; color:#fff; padding:7px 12px 6px; display:flex; justify-content:space-between;
  align-items:center }
.card .hd b { font: bold 10px ${sans}; letter-spacing:1px; text-transform:uppercase; line-height:12px }
.card .hd span { font-size:8.5px; opacity:.85; white-space:nowrap }
.card table { border-collapse:collapse; margin:7px 12px 0; width:300px }
.card td { padding:2.5px 0; vertical-align:top; line-height:13px }
.card td.k { width:78px; color:#666; font-size:8.5px; text-transform:uppercase; letter-spacing:.5px; padding-top:4px }
.card td.v { font-weight:bold; font-size:10.5px }
.card .ft { position:absolute; left:12px; right:12px; bottom:7px; display:flex; justify-content:space-between;
  font-size:8px; color:#555; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="lh">
 <div class="l"><div class="mono">${mono}</div><div><b>${org}</b><span class="tg">${tagline}</span></div></div>
 </div>
<div class="acc"></div>
<div class="ads">${street} &middot; ${town} &middot; ${phone} &middot; ${web}</div>
<div class="bd">
 <div class="dt">${letter_date}</div>
 <div class="ad">${name}<br>${company}<br>${member_town}</div>
 <div class="re">Re: ${re_line}</div>
 <p>${salutation}</p>
 <p>${para1_html}</p>
 <p>${para2_html}</p>
 <p>${para3}</p>
 <div class="so">${closing}</div>
 <div class="sig">${signer}</div>
 <div>${signer}<br>${signer_role}</div>
 <div class="cc">cc: ${cc_person}, ${host_short}</div>
</div>
<div class="cut"><i>&#9986;</i><span>${cut_note}</span></div>
<div class="card">
 <div class="hd"><b>${card_head}</b><span>${mono} &middot; ${card_kind}</span></div>
 <table>
  <tr><td class="k">${k_name}</td><td class="v">${card_name}</td></tr>
  <tr><td class="k">Session</td><td class="v">${title}</td></tr>
  <tr><td class="k">${k_date}</td><td class="v">${card_date}</td></tr>
  <tr><td class="k">${k_credit}</td><td class="v">${card_hours}</td></tr>
  <tr><td class="k">Meeting</td><td class="v">${meeting}</td></tr>
 </table>
 <div class="ft"><span>${card_no_label} ${card_no}</span><span>Printed ${printed}</span></div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration, Inc.",
    "Clearwater Carpet & Upholstery",
    "First Response Water & Fire",
    "Heritage Cleaning Services",
    "Blue Ridge Restoration Co.",
    "Duraclean of the Valley",
    "Summit Disaster Services",
    "Prairie Fire & Flood",
]
HOSTS = [
    ("Cascade Janitorial & Restoration Supply", "Cascade Supply"),
    ("Tri-State Restoration Supply", "Tri-State Restoration Supply"),
    ("Magnolia Cleaning Distributors", "Magnolia Cleaning Distributors"),
    ("Northstar Restoration Supply Co.", "Northstar Restoration Supply"),
    ("AeroDry Equipment Co.", "AeroDry Equipment"),
    ("Pureflo Chemical Company", "Pureflo Chemical"),
    ("Hydrotherm Drying Products", "Hydrotherm"),
]
MEETINGS = [
    "Spring Regional Meeting",
    "Fall Technical Meeting",
    "Quarterly Chapter Meeting",
    "Annual Members' Meeting",
    "Winter Education Day",
    "Chapter Breakfast Meeting",
]
HOTELS = [
    "Kansas City Marriott",
    "Hyatt Regency Denver",
    "Hilton Garden Inn Airport",
    "Holiday Inn Conference Center",
]
TAGLINES = [
    "Serving cleaning and restoration professionals since 1987",
    "Education \u00b7 Standards \u00b7 Fellowship",
    "An IICRC-recognized trade association",
    "Advancing the cleaning and restoration trades",
]


def _initials(org: str) -> str:
    return "".join(w[0] for w in org.replace("&", " ").split() if w[:1].isupper())[:4]


def fill(d):
    from corpus import values as V

    band_h = d.pick([88, 96])
    d.org, d.org_alt = d.pick(V.ASSOCIATIONS), None
    org = d.provider(d.pick([None, None, "upper"]))
    host, host_short = d.pick(HOSTS)
    show = f"{d.pick(V.EVENTS)} {d.completed.year}"
    venue = d.venue()
    meeting = d.pick(MEETINGS)
    street, town = d.address()

    name = d.name(d.pick(["plain", "plain", "honorific", "upper"]))
    title = d.title("plain")
    date = d.date(d.pick(["long", "words", "ordinal", "weekday", "long", "dmy_long"]))
    verb = d.pick(
        [
            "hereby acknowledges that",
            "verifies that",
            "is pleased to confirm that",
            "hereby certifies that",
        ]
    )
    if d.chance(0.5):
        place = d.pick(
            [f"its {d.city()} showroom", f"its {d.city()} branch", f"the {d.pick(HOTELS)}"]
        )
        where = f"at its {meeting}, hosted by {host} at {place}"
    else:
        where = f"at its {meeting}, held alongside the {show} at the {venue}"
        host, host_short = show, show
    para1 = (
        f"The {d.org} {verb} {_b(name)} attended the education session "
        f"<span class=q>\u201c{_e(title)}\u201d</span> {_e(where)} on {_e(date)}."
    )
    speaker = d.person()
    speaker_co = d.pick(COMPANIES + [h for h, _ in HOSTS[:4]])
    hours = d.hours(
        d.pick(["cec_hours", "cecs", "hours_title", "words_cec" if d.credit >= 1 else "cecs"])
    )
    para2 = d.pick(
        [
            f"The session was presented by {_e(speaker)} of {_e(speaker_co)} and is approved by the "
            f"IICRC for {_e(hours)} of continuing education.",
            f"Presented by {_e(speaker)} ({_e(speaker_co)}), the session carries {_e(hours)} toward "
            f"IICRC certification renewal.",
            f"{_e(speaker)}, {_e(speaker_co)}, led the session. Members who attended it in full are "
            f"credited with {_e(hours)}.",
        ]
    )
    para3 = d.pick(
        [
            "The Association reports the names of attending members to the IICRC after each meeting. "
            "Please keep this letter with your certification records in case of an audit.",
            "No separate certificate will be mailed. Keep this letter and the card below until your "
            "certification has been renewed.",
            "If your IICRC record does not show this credit within 45 days, send a copy of this "
            "letter with your registrant number to the IICRC renewals office.",
        ]
    )
    card_hours = d.hours_number() if d.chance(0.5) else hours
    if card_hours != hours:
        card_hours = f"{card_hours} CEC"
    signer = d.person()
    return {
        "band_h": band_h,
        "body_top": band_h + d.pick([48, 56]),
        "hfont": d.pick([d.fonts["serif"], d.fonts["display"], d.fonts["sans"]]),
        "tfont": d.pick([d.fonts["serif"], d.fonts["serif"], d.fonts["sans"]]),
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "org_px": 19 if len(org) <= 34 else (17 if len(org) <= 40 else 15),
        "ads_top": band_h + 14,
        "ads_align": d.pick(["left", "center", "right"]),
        "mono": _initials(d.org),
        "mono_px": 18 if len(_initials(d.org)) <= 3 else 14,
        "org": org,
        "tagline": d.pick(TAGLINES),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": f"www.{_initials(d.org).lower()}.org",
        "letter_date": d.other_date("issue", d.pick(["long", "long", "short_month"])),
        "name": name,
        "company": d.pick(COMPANIES),
        "member_town": d.city(),
        "re_line": d.pick(
            [
                f"Continuing education credit, {meeting}",
                f"Attendance at the {meeting}",
                f"{meeting} \u2014 education session credit",
            ]
        ),
        "salutation": d.pick(["Dear Member:", "Dear Colleague,", "To the member named above:"]),
        "para1_html": para1,
        "para2_html": para2,
        "para3": para3,
        "closing": d.pick(["Sincerely,", "With best regards,", "Respectfully,"]),
        "signer": signer,
        "signer_role": d.pick(
            ["Education Chair", "President", "Executive Director", "Chapter Secretary"]
        ),
        "cc_person": d.person(),
        "host_short": host_short,
        "cut_note": d.pick(
            ["Cut out and keep in your wallet", "Member's wallet record", "Detach here"]
        ),
        "card_head": d.pick(
            ["CEC attendance card", "Education credit card", "Meeting credit record"]
        ),
        "card_kind": d.pick(["Member record", "Keep with your ID", "Not a certification card"]),
        "k_name": d.pick(["Member", "Attendee", "Name"]),
        "card_name": name,
        "title": title,
        "k_date": d.pick(["Date", "Attended", "Held"]),
        "card_date": date if len(date) < 26 else d.date(d.pick(["us_numeric", "short_month"])),
        "k_credit": d.pick(["CEC", "Credit", "CEC credit"]),
        "card_hours": card_hours,
        "meeting": meeting,
        "card_no_label": d.pick(["Card", "No.", "Ref."]),
        "card_no": d.number(),
        "printed": d.other_date("print", d.pick(["us_numeric", "short_month"])),
    }


def _e(text: str) -> str:
    import html

    return html.escape(str(text), quote=False)


def _b(text: str) -> str:
    return f"<b>{_e(text)}</b>"
