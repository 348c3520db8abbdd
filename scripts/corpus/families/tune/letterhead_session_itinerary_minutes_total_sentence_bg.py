"""A portrait letter from a trade show's education office confirming which
education sessions one attendee sat in, of the kind a licensing board or
certifying body accepts in place of certificates: the show is named only in
the letterhead (a square mark with its initials, the name and year, the
office's address and web address under a thin rule); the letter's date, the
attendee's postal address, a bold "Re:" line, then a running sentence with
no labels naming the attendee, the education track and the days the show
ran. An indented itinerary follows, one line per session over the show's
days: the short day, the clock times, the session title in italics with its
presenter, and the minutes recorded at the door. A closing sentence (or a
short ruled pair of lines under the itinerary) gives the minutes together
and the CEC hours credited for them, stated once. A paragraph on how time
was recorded, a signature in ink by the education manager with a printed
name and title, and a "cc" line naming the certifying body."""

SOURCE = (
    "Ohio PE/PS board, 'Attendance Documentation' (peps.ohio.gov: a letter from the provider "
    "stating the dates, hours earned, location, topic and instructor is accepted in place of a "
    "certificate); CSWE APM 'Attendance Tracking' (badge scanned entering and leaving each CE "
    "session, credit tabulated afterwards per 60-minute session); promcon/website:content/"
    "2024-berlin/register.md (certificate of attendance letters sent after the event, attendance "
    "verified through the registration system)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "portrait",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "time-attended",
)

TEMPLATE = """<style>
.lh { position:absolute; top:44px; left:68px; right:68px; display:flex; align-items:center; gap:14px;
  padding-bottom:10px; border-bottom:1.5px solid ${accent}; font-family:${sans} }
.mk { width:48px; height:48px; flex:none; background:${dark}; color:#fff; font: bold 17px ${display};
  display:flex; align-items:center; justify-content:center; letter-spacing:1px }
.lh .o { flex:1; min-width:0 } .lh .o b { display:block; font: bold ${org_px}px ${display}; color:${dark}; white-space:nowrap }
.lh .o span { font-size:11px; color:#666; letter-spacing:${sub_ls}px; text-transform:uppercase }
.ad { position:absolute; top:104px; left:68px; right:68px; font: 10.5px ${sans}; color:#555; text-align:${ad_align}; white-space:nowrap }
.w { position:absolute; top:140px; left:78px; right:78px; font: ${body_px}px ${body}; line-height:${lh}px; color:#1b1b1b }
.w p { margin:0 0 11px }
.to { margin:14px 0 16px } .re { font-weight:bold; margin:0 0 14px }
.it { margin:2px 0 12px 22px; font-size:${it_px}px; line-height:${it_lh}px }
.it div { display:grid; grid-template-columns:${day_w}px ${time_w}px 1fr 62px; column-gap:10px; padding:3px 0;
  border-bottom:1px dotted #bbb }
.it .m { text-align:right; white-space:nowrap } .it .t { white-space:nowrap } .it i { font-style:italic } .it .by { color:#444 }
.sum { margin:0 0 12px 22px; font-size:${it_px}px; width:${sum_w}px }
.sum div { display:flex; justify-content:space-between; padding:3px 0 }
.sum .a { border-top:1px solid #333; font-weight:bold }
.sig { margin-top:18px } .sig .h { font: ${sig_px}px ${handf}; color:#1d2b6b; height:40px; line-height:46px }
.cc { margin-top:14px; font-size:11.5px; color:#444 }
.ft { position:absolute; bottom:30px; left:68px; right:68px; font: 9.5px ${sans}; color:#777; text-align:center;
  border-top:1px solid #ddd; padding-top:5px }
</style>
<div class="lh">
 <div class="mk">${initials}</div>
 <div class="o"><b>${event}</b><span>${office}</span></div>
 </div>
<div class="ad">${street} &middot; ${town} &middot; ${phone} &middot; ${web}</div>
<div class="w">
 <p>${letter_date}</p>
 <div class="to">${addressee}<br>${company}<br>${a_street}<br>${a_town}</div>
 <p class="re">Re: ${re}</p>
 <p>${salutation}</p>
 <p>${opening}</p>
 <div class="it">${items_html}</div>
 ${total_html}
 <p>${method}</p>
 <p>${closing}</p>
 <div class="sig">${valediction}<div class="h">${signer}</div>${signer}<br>${signer_role}</div>
 <div class="cc">cc: ${cc}</div>
</div>
<div class="ft">${footer}</div>
"""

TRACKS = [
    "Technical Education Program",
    "Restoration Education Track",
    "Water Damage & Mold Track",
    "Cleaning Technician Education Series",
    "Restorative Drying Track",
    "Fire & Smoke Technical Track",
]
COMPANIES = [
    "Redline Restoration, Inc.",
    "Prairie Wind Carpet Care",
    "Bayside Water & Fire",
    "Summit Property Restoration",
    "Hometown Dry-Out LLC",
    "Clear Creek Cleaning Co.",
]
CREDENTIALS = ["", "", ", CR", ", WLS", ", CMP", ", MSc"]


def _clock(minutes: int, style: str) -> str:
    h, m = divmod(minutes, 60)
    h12 = (h - 1) % 12 + 1
    if style == "dots":
        return f"{h12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"
    if style == "24h":
        return f"{h:02d}:{m:02d}"
    return f"{h12}:{m:02d} {'AM' if h < 12 else 'PM'}"


def _span(a: int, b: int, style: str) -> str:
    if style == "24h":
        return f"{_clock(a, style)}\u2013{_clock(b, style)}"
    if style == "dots" and (a < 720) == (b < 720):
        return f"{_clock(a, style).split()[0]}\u2013{_clock(b, style)}"
    return f"{_clock(a, style)} \u2013 {_clock(b, style)}"


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import MONTHS, WEEKDAYS

    r = d.rng
    days = d.pick([1, 1, 2, 2])
    start = d.completed - timedelta(days=days)
    n = d.pick([3, 4, 4, 5])
    titles = r.sample(V.SESSIONS, n)
    # Which day each session fell on: every session day in order, the last one
    # on the show's closing day (the completion date).
    day_of = sorted(r.randrange(0, days + 1) for _ in range(n - 1)) + [days]
    clock_style = d.pick(["ampm", "dots", "24h"])
    slots = [8 * 60, 9 * 60 + 30, 10 * 60 + 45, 13 * 60, 14 * 60 + 30, 15 * 60 + 45]
    used: dict[int, list[int]] = {}
    items, minutes_total = [], 0
    for title, di in zip(titles, day_of, strict=True):
        taken = used.setdefault(di, [])
        begin = d.pick([s for s in slots if s not in taken] or slots)
        taken.append(begin)
        length = d.pick([45, 60, 60, 75, 90])
        attended = length if d.chance(0.8) else length - 15
        minutes_total += attended
        day = start + timedelta(days=di)
        items.append((di, begin, day, title, length, attended))
    items.sort(key=lambda x: (x[0], x[1]))
    day_style = d.pick(["wkd_mon", "wkd", "mon"])
    rows = []
    for _, begin, day, title, length, attended in items:
        if day_style == "wkd_mon":
            shown = f"{WEEKDAYS[day.weekday()][:3]}., {MONTHS[day.month - 1][:3]}. {day.day}"
        elif day_style == "wkd":
            shown = WEEKDAYS[day.weekday()]
        else:
            shown = f"{MONTHS[day.month - 1][:3]} {day.day}"
        speaker = d.person() + d.pick(CREDENTIALS)
        rows.append(
            f"<div><span>{html.escape(shown)}</span>"
            f"<span class=t>{html.escape(_span(begin, begin + length, clock_style))}</span>"
            f"<span><i>{html.escape(title)}</i> <span class=by>\u2014 {html.escape(speaker)}"
            f"</span></span><span class=m>{attended} min</span></div>"
        )
    # The credit is the time recorded, in quarter hours: one CEC hour per 60 minutes.
    d.credit = minutes_total / 60

    event = d.provider(d.pick([None, None, "upper"]))
    words = [w for w in d.org_alt.replace("&", "").split() if w[:1].isupper()]
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    track = d.set_title(d.pick(TRACKS))
    span = d.date_range(days)
    venue = d.venue()
    opening = d.pick(
        [
            f"This letter confirms that {name} attended the education sessions listed below "
            f"in the {track} at the show, held {span} at the {venue}.",
            f"Our records show that {name} was present for the following sessions of the "
            f"{track}, presented {span} at the {venue}.",
            f"We are pleased to verify that {name} took part in the {track} during the show "
            f"({span}, {venue}) and attended these sessions:",
        ]
    )
    total = d.hours_number()
    total_form = d.pick(["sentence", "sentence", "ruled"])
    if total_form == "sentence":
        total_html = (
            "<p>"
            + html.escape(
                d.pick(
                    [
                        f"Together these sessions account for {minutes_total} minutes of instruction, "
                        f"for which the attendee is credited with {total} IICRC CEC hours.",
                        f"The time recorded comes to {minutes_total} minutes in all; {total} "
                        "continuing education credit hours have been credited for it.",
                        f"In total {minutes_total} minutes were recorded, equal to {total} CEC hours "
                        "credited to the attendee's record.",
                    ]
                )
            )
            + "</p>"
        )
    else:
        total_html = (
            f'<div class="sum"><div><span>{d.pick(["Minutes recorded", "Time in sessions"])}'
            f"</span><span>{minutes_total} min</span></div>"
            f'<div class="a"><span>{d.pick(["CEC hours credited", "Credited CEC hours"])}'
            f"</span><span>{html.escape(total)}</span></div></div>"
        )
    street, town = d.address()
    a_street, a_town = d.pick([a for a in V.CITIES if a[0] != street])
    signer = d.person()
    return {
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "body": d.fonts[d.pick(["serif", "serif", "sans"])],
        "body_px": d.pick([13.5, 14]),
        "lh": d.pick([20, 21]),
        "it_px": d.pick([12, 12.5]),
        "it_lh": 16,
        "day_w": {"wkd_mon": 86, "wkd": 78, "mon": 50}[day_style],
        "time_w": {"ampm": 150, "dots": 158, "24h": 88}[clock_style],
        "sum_w": d.pick([300, 340]),
        "sig_px": d.pick([28, 31]),
        "org_px": 17 if len(event) > 30 else 20,
        "sub_ls": d.pick([0.5, 1.5]),
        "initials": "".join(w[0] for w in words)[:3],
        "event": event,
        "office": d.pick(
            ["Education Office", "Show Management \u00b7 Education", "Education & CE Desk"]
        ),
        "ad_align": d.pick(["left", "right", "center"]),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
        "letter_date": d.other_date("issue", d.pick(["long", "long", "dmy_long", "ordinal"])),
        "addressee": name,
        "company": d.pick(COMPANIES),
        "a_street": a_street,
        "a_town": a_town,
        "re": d.pick(
            [
                "Verification of education session attendance",
                "Continuing education attendance",
                "Sessions attended and CEC hours credited",
            ]
        ),
        "salutation": d.pick(["To whom it may concern:", "To the certification office:"]),
        "opening": opening,
        "items_html": "".join(rows),
        "total_html": total_html,
        "method": d.pick(
            [
                "Attendance was recorded by scanning the attendee's badge on entering and on "
                "leaving each session room; minutes are counted between the two scans and never "
                "exceed the scheduled length of the session.",
                "Times are taken from the room monitors' sign-in and sign-out sheets. Sessions "
                "not listed were either not attended or not approved for continuing education.",
            ]
        ),
        "closing": d.pick(
            [
                "Please keep this letter with your renewal records. Questions about the record may "
                "be sent to the education office at the address above.",
                "This letter is issued in place of individual session certificates.",
            ]
        ),
        "valediction": d.pick(["Sincerely,", "Regards,", "Respectfully,"]),
        "signer": signer,
        "signer_role": d.pick(
            ["Education Manager", "Director of Education", "CE Program Coordinator"]
        ),
        "cc": d.pick(
            ["IICRC Certification Department", "Attendee file", "IICRC, Continuing Education"]
        ),
        "footer": d.pick(
            [
                f"Ref. {d.number()} \u00b7 Page 1 of 1",
                f"Letter no. {d.number()} \u00b7 printed from the attendance record",
            ]
        ),
    }
