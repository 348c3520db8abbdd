"""A plain landscape certificate of participation that a trade show's
education committee sends after the show for one education session, typeset
like a generated document: a thin coloured rule across the top, a small mark
at the top left (a square with the show's initials beside the show's name and
its programme), then a very large bold heading centred on the page. Under it
one left-aligned paragraph in a narrower column confirms, with no labels,
that the attendee (in bold) attended the session (its title in italics and
quotes) at the show, held over a span of days at a venue, "comprising" a
short bulleted list: the day of the session with its start and end times and
room, the presenter with a credential and company, how attendance was
checked, and the credit. At the foot on the left a bold "Date of issue" and
"Signed by" with the committee chair's name and role; on the right the
chair's ink signature over a rule; and a line of small print with the
certificate's ID."""

SOURCE = (
    "dadrasarmin/luciferchenka:003_confirm_generator/output/Alice_Johnson.md (landscape "
    "'Certificate of Participation': 'This is to confirm that' the attendee in bold 'attended "
    "the co-located events held' a span of days in a city, 'comprising:' an itemised list, then "
    "'Date of issue:' and 'Signed by:' at the foot beside the signature image); session credit "
    "wording from the BICSI Continuing Education Credit (CEC) Program (region meetings and "
    "conference sessions credited by verified attendance)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "date-range",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.top { position:absolute; left:0; right:0; top:0; height:8px; background:${accent} }
.mk { position:absolute; left:64px; top:44px; display:flex; align-items:center; gap:12px;
  font-family:${sans} }
.mk .sq { width:44px; height:44px; background:${dark}; color:#fff; font: bold 15px ${sans};
  display:flex; align-items:center; justify-content:center; letter-spacing:.5px }
.mk b { display:block; font-size:14px; color:${dark}; letter-spacing:.4px }
.mk span { display:block; font-size:11px; color:#666; margin-top:2px }
.h { position:absolute; left:0; right:0; top:${h_top}px; text-align:center;
  font: bold ${h_px}px ${serif_or_sans}; color:#111 }
.body { position:absolute; left:12%; right:12%; top:${body_top}px; font: ${body_px}px ${serif_or_sans};
  color:#1a1a1a; line-height:1.5 }
.body ul { margin:8px 0 0; padding-left:28px }
.body li { margin:3px 0 }
.ft { position:absolute; left:64px; right:64px; bottom:66px; display:flex; justify-content:space-between;
  align-items:flex-end; font: 16px ${serif_or_sans}; color:#1a1a1a }
.ft .l div { margin-top:12px }
.ft .r { width:300px; text-align:center }
.ft .sig { font: 34px ${hand}; color:#1f2f6e; border-bottom:1px solid #333; height:50px; line-height:56px;
  white-space:nowrap; overflow:hidden }
.ft .cap { font-size:12px; color:#555; margin-top:5px }
.tiny { position:absolute; left:64px; right:64px; bottom:26px; font: 10.5px ${sans}; color:#777;
  border-top:1px solid #ddd; padding-top:6px }
</style>
<div class="top"></div>
<div class="mk"><div class="sq">${initials}</div><div><b>${event_short}</b><span>${programme}</span></div></div>
<div class="h">${heading}</div>
<div class="body">
 ${lead_html}
 <ul>${items_html}</ul>
</div>
<div class="ft">
 <div class="l"><div><b>${issue_label}</b> ${issued}</div><div><b>${signed_label}</b> ${signer}, ${signer_role}</div></div>
 <div class="r"><div class="sig">${signer}</div><div class="cap">${sig_caption}</div></div>
</div>
<div class="tiny">${tiny}</div>
"""

ROOMS = ["Room W204", "Ballroom B", "Room 113", "Hall C, Stage 2", "Salon F", "Room 6A"]
COMPANIES = [
    "Drying Sciences Group",
    "Harbor Indoor Air Consulting",
    "Keller Restoration Services",
    "Allied Moisture Diagnostics",
    "Pinnacle Loss Consultants",
]
CREDENTIALS = ["", ", CR", ", CIEC", ", WLS", ", PE", ", CMH"]


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1), (1, 0)])
    span = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    event = d.org_alt or d.org
    words = [w for w in event.replace("&", " ").split() if w[:1].isupper()]
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    title = d.title()
    provider = d.provider()
    day = d.date(d.pick(["weekday", "long", "short_month", "ordinal", "dmy_long"]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "words_cec", "cec_hours"]))
    start = d.pick([8 * 60, 9 * 60, 10 * 60 + 30, 13 * 60, 13 * 60 + 30, 15 * 60])
    end = start + round(d.credit * 60)
    speaker = d.person() + d.pick(CREDENTIALS)
    e = html.escape
    where = d.pick([f"at the {d.venue()}", f"in {d.city()}"])
    lead = (
        f"This is to confirm that <b>{e(name)}</b> attended the education session "
        f"<i>&ldquo;{e(title)}&rdquo;</i> at the {e(provider)}, held {e(span)} {e(where)}, "
        f"{d.pick(['comprising:', 'which comprised:', 'as follows:'])}"
    )
    items = [
        f"{d.pick(['Session held on', 'Session date:', 'Presented on'])} {e(day)}, "
        f"{_clock(start)} &ndash; {_clock(end)}, {d.pick(ROOMS)}",
        f"{d.pick(['Presented by', 'Speaker:', 'Led by'])} {e(speaker)} ({e(d.pick(COMPANIES))})",
        d.pick(
            [
                "Attendance confirmed by badge scans at the session door on entry and exit",
                "Attendance verified on the room monitor's sign-in and sign-out sheet",
                "Presence recorded by badge scan when the session began and when it closed",
            ]
        ),
        f"{d.pick(['Approved for', 'Credit awarded:', 'Credit:'])} {e(hours)}",
    ]
    if d.chance(0.4):
        items[2], items[3] = items[3], items[2]
    signer = d.person()
    return {
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "serif_or_sans": d.pick([d.fonts["serif"], d.fonts["sans"]]),
        "h_top": d.pick([96, 110]),
        "h_px": d.pick([46, 52]),
        "body_top": d.pick([225, 250]),
        "body_px": d.pick([18, 19]),
        "initials": "".join(w[0] for w in words)[:3],
        "event_short": event,
        "programme": d.pick(["Education Program", "Conference & Education", "Technical Sessions"]),
        "heading": d.pick(
            [
                "Certificate of Participation",
                "Certificate of Attendance",
                "Confirmation of Attendance",
            ]
        ),
        "lead_html": lead,
        "items_html": "".join(f"<li>{i}</li>" for i in items),
        "issue_label": d.pick(["Date of issue:", "Issued:", "Date issued:"]),
        "issued": d.other_date("issue", d.pick(["long", "ordinal_dmy", "dmy_long", "us_numeric"])),
        "signed_label": d.pick(["Signed by:", "Signed:", "For the committee:"]),
        "signer": signer,
        "signer_role": d.pick(
            ["Education Committee Chair", "Director of Education", "Education Manager"]
        ),
        "sig_caption": d.pick(
            ["for the Education Committee", "Education Committee", "Show Education Office"]
        ),
        "tiny": f"{d.pick(['Certificate ID', 'Record ID', 'Reference'])}: {d.number()} \u00b7 "
        + d.pick(
            [
                "Keep this certificate for your renewal; credits are not reported on your behalf.",
                "Sessions left early or joined late are not credited.",
                "Questions about this record go to the show's education office.",
            ]
        ),
    }
