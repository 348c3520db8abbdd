"""Not a certificate: the engraved-style invitation card a trade association
mails to members for its annual awards dinner, printed on a half sheet in
landscape. A cream card inside a fine double gold rule with small corner
flourishes; the association's round monogram and name at the top; the
formal third-person wording set centred, mostly in a script face ("The
Board of Directors of ... requests the pleasure of your company at the
Annual Awards Gala"), the honoree of the evening, the evening's day
written out, the reception and dinner times, the venue and city; a row of
small capitals for the attire and the RSVP date; and at the foot a
"reserved for" line with the guest's name and a table or seat number, or
the guest's name alone. It names a person, an organisation, dates, times
and sometimes hours of open bar or networking, and records no course, no
completion and no credit."""

SOURCE = (
    "danielrosehill/Whisper-Notepad-Simple:new-system-prompt-lib/format/invitation.md "
    "(who invites, the occasion, date, time and place, RSVP and deadline, dress code) and "
    "EESoc/eesoc-website:app/views/emails/dinner/diet_single.blade.php (an awards dinner: "
    "the evening's date, the dress code, 'the event will start at 7:30pm with a drinks "
    "reception')"
)
KIND = "other"
PAPER = "half-letter"
CATEGORIES = (
    "other",
    "slip",
    "landscape",
    "ornate",
    "sentence",
    "provider-in-logo",
    "date-words",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper} }
.r1 { position:absolute; inset:16px; border:1px solid ${gold} }
.r2 { position:absolute; inset:21px; border:2.5px solid ${gold} }
.fl { position:absolute; font: 22px ${serif}; color:${gold}; line-height:22px }
.w { position:absolute; left:60px; right:60px; top:34px; bottom:30px; text-align:center; color:#2a2a2a; font-family:${body};
  display:flex; flex-direction:column; justify-content:space-between; align-items:center }
.mk { display:inline-flex; align-items:center; gap:10px }
.mk .c { width:44px; height:44px; border-radius:50%; border:1.5px solid ${ink}; color:${ink}; font: bold 12px ${head};
  display:flex; align-items:center; justify-content:center }
.mk .o { font: 12.5px ${sans}; letter-spacing:2.4px; text-transform:uppercase; color:${ink}; text-align:left; line-height:15px }
.s1 { font: ${s_px}px ${script}; color:#333; line-height:1.25; max-width:640px; text-wrap:balance }
.ev { font: ${ev_w} ${ev_px}px ${head}; color:${ink}; letter-spacing:${ev_ls}px; line-height:1.2 }
.hn { font: italic 14.5px ${body}; color:#444; margin-top:4px; line-height:19px }
.hn b { font-style:normal }
.dt { font: ${s_px}px ${script}; color:#333; line-height:1.25 }
.pl { font: 14.5px ${body}; color:#333; margin-top:4px; line-height:19px }
.sc { display:flex; justify-content:center; gap:34px; font: 11.5px ${sans}; letter-spacing:1.6px; text-transform:uppercase; color:#555 }
.sc b { color:${ink}; font-weight:bold }
.gs { display:flex; justify-content:center; align-items:flex-end; gap:12px; font: 12px ${sans}; color:#555 }
.gs .ln { min-width:250px; border-bottom:1px solid #888; font: ${g_px}px ${guest_face}; color:#1d2f6a; padding:0 8px; line-height:1.2; white-space:nowrap }
</style>
<div class="pg"></div><div class="r1"></div><div class="r2"></div>
<div class="fl" style="left:28px; top:26px">${orn}</div><div class="fl" style="right:28px; top:26px">${orn}</div>
<div class="fl" style="left:28px; bottom:26px">${orn}</div><div class="fl" style="right:28px; bottom:26px">${orn}</div>
<div class="w">
 <div class="mk"><div class="c">${initials}</div><div class="o">${assoc_html}</div></div>
 <div><div class="s1">${invites}</div>
 <div class="ev">${event}</div>
 <div class="hn">${honor_html}</div></div>
 <div class="dt">${day_text}<div class="pl">${times}<br>${venue}</div></div>
 <div class="sc">${details_html}</div>
 <div class="gs">${guest_label}<span class="ln">${guest}</span>${seat_html}</div>
</div>
"""

AWARDS = [
    "Restorer of the Year",
    "Lifetime Achievement Award",
    "Technician of the Year",
    "Volunteer of the Year",
    "President's Award",
    "Outstanding Young Professional",
]
DRESS = ["Black tie", "Black tie optional", "Cocktail attire", "Business attire", "Festive attire"]
TIMES = [
    ("six o'clock", "seven o'clock", "6:00 PM", "7:00 PM"),
    ("half past six o'clock", "half past seven o'clock", "6:30 PM", "7:30 PM"),
    ("seven o'clock", "eight o'clock", "7:00 PM", "8:00 PM"),
]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    assoc = d.pick(V.ASSOCIATIONS)
    words = [w for w in assoc.replace("&", "").split() if w[0].isupper()]
    initials = "".join(w[0] for w in words)[:4]
    day = d.completed + timedelta(days=r.randint(20, 120))
    rsvp = day - timedelta(days=d.pick([10, 14, 21, 30]))
    year = day.year
    words_time, words_dinner, reception, dinner = d.pick(TIMES)
    if d.chance(0.5):
        day_text = (
            f"{F.WEEKDAYS[day.weekday()]}, the {F.ORDINAL_WORDS[day.day]} of "
            f"{F.MONTHS[day.month - 1]}, {year}"
        )
        times = f"Reception at {words_time} · Dinner and awards at {words_dinner}"
    else:
        day_text = F.fmt_date(day, d.pick(["weekday", "long", "ordinal"]))
        times = f"Cocktails {reception} · Dinner & Program {dinner}"
    honoree = d.person()
    award = d.pick(AWARDS)
    honor_html = d.pick(
        [
            f"honouring <b>{html.escape(honoree)}</b>, {html.escape(award)}",
            f"as we present the {html.escape(award)} to <b>{html.escape(honoree)}</b>",
            f"celebrating the {year} award recipients",
        ]
    )
    details = [
        ("Attire", d.pick(DRESS)),
        ("RSVP by", F.fmt_date(rsvp, d.pick(["long", "short_month", "us_numeric"]))),
    ]
    if d.chance(0.5):
        details.append(
            d.pick(
                [
                    ("Open bar", "2 hours"),
                    ("Networking", "4 hours"),
                    ("Tickets", f"${d.pick([95, 125, 150])} per guest"),
                    ("Valet", "complimentary"),
                ]
            )
        )
    details_html = "".join(
        f"<span>{html.escape(k)} <b>{html.escape(v)}</b></span>" for k, v in details
    )
    guest = d.person()
    if d.chance(0.3):
        guest = f"{d.pick(['Mr.', 'Ms.', 'Mx.'])} {guest}"
    script_guest = d.chance(0.6)
    seat = d.pick(
        ["", f"Table {r.randint(1, 40)}", f"Seats {r.randint(1, 9)} & {r.randint(10, 12)}"]
    )
    assoc_html = html.escape(assoc)
    if len(assoc) > 32:
        half = assoc.rfind(" ", 0, len(assoc) // 2 + 6)
        assoc_html = f"{html.escape(assoc[:half])}<br>{html.escape(assoc[half + 1 :])}"
    return {
        "paper": d.pick(["#fbf7ee", "#fffdf6", "#f6f1e1", "#ffffff"]),
        "gold": d.pick(["#b8860b", "#a67c00", "#9c7a3c", "#8a6d3b"]),
        "ink": d.pick(["#1f3a5f", "#0b3d2e", "#4a1c40", "#2f2f2f", "#5b2333"]),
        "body": d.fonts["serif"],
        "head": d.fonts[d.pick(["display", "serif"])],
        "orn": d.pick(["❦", "✦", "❧", "✧"]),
        "initials": initials,
        "assoc_html": assoc_html,
        "s_px": d.pick([24, 26]),
        "invites": d.pick(
            [
                "The Board of Directors requests the pleasure of your company at the",
                "You are cordially invited to attend the",
                "Please join us for an evening of celebration at the",
            ]
        ),
        "event": d.pick(
            [
                f"{year} Annual Awards Gala",
                f"Annual Awards Dinner {year}",
                f"{year} Industry Excellence Awards",
                f"Awards & Recognition Banquet {year}",
            ]
        ),
        "ev_px": d.pick([27, 30]),
        "ev_w": d.pick(["bold", "normal"]),
        "ev_ls": d.pick([0, 1, 2]),
        "honor_html": honor_html,
        "day_text": day_text,
        "times": times,
        "venue": f"{d.venue()}" if d.chance(0.6) else f"The Grand Ballroom, {d.city()}",
        "details_html": details_html,
        "guest_label": d.pick(["Reserved for", "Guest", "Admit"]),
        "guest": guest,
        "guest_face": d.fonts["script"] if script_guest else d.fonts["serif"],
        "g_px": 24 if script_guest else 16,
        "seat_html": f"<span>{html.escape(seat)}</span>" if seat else "",
    }
