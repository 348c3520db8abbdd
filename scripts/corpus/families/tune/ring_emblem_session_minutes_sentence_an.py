"""A portrait certificate for one education session at a trade show, on a
tinted sheet inside a double frame with corner rosettes: at the top an
emblem (a ring holding the show's initials) over the show's name in spaced
capitals, the only place the show is named; a heading in display type,
"This certifies that", the attendee's name large in a script face on a
rule, then running sentences without labels: the session title on a line of
its own, then who presented it, the day (often in words, "the ... day of"),
the minutes spent in the room and the credit those minutes earn, and the
session's code and room in small capitals. At the foot
a signature (handwritten face, printed name, role) beside a round
seal with one word, and a small line on how minutes turn into credit,
sometimes with the venue and the show's days."""

SOURCE = (
    "azuya/CertificateBuilder:templates/default/default.tpl (centred sentence certificate, "
    "'On the [day] Day of [month] In the Year [year]', 'At: [location]', 'Signed,') and "
    "https://peps.ohio.gov/IndividualLicensing/ContinuingEd/AttendanceDocumentation.aspx "
    "(attendance proof must show date, hours earned, location, topic and instructor)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "ornate",
    "portrait",
    "script-name",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "hours-in-sentence",
    "date-words",
    "seal",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${light} }
.f1 { position:absolute; inset:26px; border:7px double ${accent} }
.f2 { position:absolute; inset:44px; border:1.5px solid ${dark} }
.f3 { position:absolute; inset:50px; border:0.8px solid ${accent} }
.ro { position:absolute; width:34px; height:34px; border-radius:50%; background:${light}; border:2px solid ${accent};
  box-shadow: inset 0 0 0 5px ${light}, inset 0 0 0 7px ${dark} }
.ro.a { left:28px; top:28px } .ro.b { right:28px; top:28px } .ro.c { left:28px; bottom:28px } .ro.d { right:28px; bottom:28px }
.ct { position:absolute; left:84px; right:84px; top:96px; text-align:center; color:#1e1e1e }
.em { width:92px; height:92px; margin:0 auto; border-radius:50%; border:3px solid ${dark}; box-shadow: 0 0 0 4px ${light}, 0 0 0 6px ${accent};
  display:flex; align-items:center; justify-content:center; font: bold 30px ${display}; color:${dark}; letter-spacing:1px }
.ev { margin-top:16px; font: bold 15px ${sans}; letter-spacing:3.5px; color:${dark}; white-space:nowrap }
.tg { font: italic 12px ${serif}; color:#555; margin-top:3px }
.hd { margin-top:40px; font: 36px ${display}; color:${dark}; line-height:42px }
.sb { margin-top:34px; font: italic 16px ${serif}; color:#333 }
.nm { margin:10px auto 0; width:80%; border-bottom:1.5px solid ${accent}; font: 46px ${name_face}; color:#15233b; line-height:64px; padding-bottom:2px }
.tx { margin-top:34px; font: 16px ${serif}; line-height:27px; color:#222 }
.tt { margin:10px 0 10px; font: bold 21px ${serif}; color:${dark}; line-height:28px }
.nw { white-space:nowrap }
.ft { position:absolute; left:96px; right:96px; bottom:128px; display:flex; justify-content:space-between; align-items:flex-end }
.sg { width:260px; text-align:center; font: 13px ${serif}; color:#333 }
.sg .h { font: 30px ${hand}; color:#1b2a4a; line-height:36px; height:38px }
.sg .l { border-top:1px solid #333; padding-top:4px } .sg .r { font-style:italic; font-size:12px; color:#555 }
.se { width:112px; height:112px; border-radius:50%; border:2px dashed ${accent}; display:flex; align-items:center; justify-content:center;
  box-shadow: inset 0 0 0 6px ${light}, inset 0 0 0 8px ${accent}; font: bold 12px ${sans}; letter-spacing:2px; color:${accent}; text-transform:uppercase }
.rm { margin-top:30px; font: 12px ${sans}; letter-spacing:2px; text-transform:uppercase; color:${dark} }
.nt { position:absolute; left:84px; right:84px; bottom:78px; text-align:center; font: 10.5px ${sans}; color:#555; line-height:15px }
</style>
<div class="bg"></div><div class="f1"></div><div class="f2"></div><div class="f3"></div>
<div class="ro a"></div><div class="ro b"></div><div class="ro c"></div><div class="ro d"></div>
<div class="ct">
 <div class="em">${initials}</div>
 <div class="ev">${event}</div>
 <div class="tg">${tagline}</div>
 <div class="hd">${heading}</div>
 <div class="sb">${certifies}</div>
 <div class="nm">${name}</div>
 <div class="tx">${before_html}<div class="tt">${title_q}</div>${after_html}</div>
 <div class="rm">${room}</div>
</div>
<div class="ft">
 <div class="sg"><div class="h">${signer}</div><div class="l">${signer}</div><div class="r">${signer_role}</div></div>
 <div class="se"><div class="si">${seal}</div></div>
</div>
<div class="nt">${note_html}</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_range

    e = html.escape
    event = d.provider("upper")
    alt = d.org_alt or d.org
    initials = "".join(w[0] for w in alt.replace("&", "").split() if w[:1].isupper())[:4]
    speaker = d.person()
    speaker_html = f'<span class="nw">{e(speaker)}</span>'
    minutes = int(d.credit * 60)
    minutes_txt = (
        d.pick([f"{minutes} minutes", f"{minutes} min."]) if minutes < 120 else f"{minutes} minutes"
    )
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title("plain")
    when = d.date(d.pick(["words", "words", "ordinal", "weekday", "long"]))
    when_html = f'<span class="nw">{e(when)}</span>'
    hours = d.hours(d.pick(["cec_hours", "cec_hours", "hours_title", "cecs", "ceu_and_cec"]))
    hours_html = f'<span class="nw">{e(hours)}</span>'
    verb = d.pick(["presented by", "led by", "given by"])
    if d.chance(0.5):
        before = "attended the education session"
        after = (
            f"{verb} {speaker_html} on {when_html}, and was in the room for "
            f'<span class="nw">{minutes_txt}</span> of instruction, for which {hours_html} '
            f"{d.pick(['are awarded', 'have been granted'])}."
        )
    else:
        before = f'was present for <span class="nw">{minutes_txt}</span> of the session'
        after = (
            f"{verb} {speaker_html} on {when_html}. Verified attendance at this session "
            f"is credited as {hours_html}."
        )

    lead = d.rng.randint(0, 2)
    show_start = d.completed - timedelta(days=lead)
    show_end = d.completed + timedelta(days=d.rng.randint(0 if lead else 1, 2))
    note = d.pick(
        [
            "Credit is granted for verified minutes in the session room, sixty minutes to one "
            "continuing education hour. Keep this certificate with your records.",
            "Minutes are counted from the badge scans at the session door; partial attendance "
            "earns partial credit. Retain this certificate for renewal.",
        ]
    )
    if d.chance(0.6):
        note += f"<br>{e(d.venue())} &middot; {e(fmt_range(show_start, show_end, d.rng))}"
    return {
        "initials": initials or "EX",
        "event": event,
        "tagline": d.pick(
            [
                "Education Program",
                "Conference & Trade Show",
                "Continuing Education Sessions",
                "Education · Exhibits · Networking",
            ]
        ),
        "heading": d.pick(
            [
                "Certificate of Session Attendance",
                "Certificate of Attendance",
                "Education Session Certificate",
            ]
        ),
        "certifies": d.pick(["This certifies that", "This is to certify that", "Presented to"]),
        "name": name,
        # TypoScript lacks many lowercase glyphs here; a name set in it falls back letter by letter.
        "name_face": d.pick(
            [
                "'Dancing Script', cursive",
                "'Kaushan Script', cursive",
                "'Z003', cursive",
                "'Lobster Two', cursive",
                "'Kristi', cursive",
            ]
        ),
        "before_html": before,
        "title_q": f"\u201c{title}\u201d",
        "after_html": after,
        "room": f"Session {d.pick(['W', 'T', 'F', 'ED'])}-{d.rng.randrange(101, 340)} · "
        + d.pick(["Room", "Hall", "Ballroom"])
        + f" {d.pick(['A', 'B', 'C', 'D'])}{d.rng.randrange(1, 9)}",
        "signer": d.person(),
        "signer_role": d.pick(
            [
                "Chair, Education Committee",
                "Director of Education",
                "Conference Chair",
                "Education Manager",
            ]
        ),
        "seal": d.pick(["Verified", "Attended", "Official"]),
        "note_html": note,
    }
