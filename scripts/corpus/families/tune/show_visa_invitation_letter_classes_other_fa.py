"""Not a record: a trade show's letter of invitation written for a
registrant's visa application or employer (portrait letter). Letterhead of
the show, a reference block, "To whom it may concern", sentences naming the
registrant, passport country, the show dates and venue, the classes they
registered for with the credit each offers, and a statement that the show
pays nothing and that the letter is not proof of attendance."""

SOURCE = (
    "wording: trade shows' and conferences' visa invitation letters (registrant's name and "
    "passport details, event dates and venue, no financial obligation, not a guarantee)"
)
KIND = "other"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "other",
    "letter",
    "sentence",
    "portrait",
    "date-range",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
    "provider-in-logo",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; font: 13px ${body}; color:#1b1b1b; line-height:19px }
.top { height:92px; background:${band_bg}; color:${band_fg}; display:flex; align-items:center; justify-content:space-between; padding:0 60px }
.top .ev { font: bold 24px ${head}; letter-spacing:${ls}; line-height:27px }
.top .ev small { display:block; font: 12px ${body}; letter-spacing:0; opacity:.85 }
.top .vn { text-align:right; font-size:11px; line-height:15px }
.in { position:absolute; left:64px; right:64px; top:120px }
.ref { display:grid; grid-template-columns:120px 1fr; font-size:12px; line-height:17px; row-gap:1px }
.ref span { color:#666 }
.in h2 { font: bold 15px ${body}; margin:20px 0 6px; letter-spacing:1px; text-transform:uppercase }
.in p { margin-top:10px }
ol { margin:6px 0 0; padding-left:22px } li { margin-bottom:2px }
.sg { margin-top:24px } .sg .h { font: 28px ${hand}; color:#0f2a5a; line-height:34px }
.ft { position:absolute; left:64px; right:64px; bottom:22px; border-top:1px solid #ccc; padding-top:5px; font-size:9.5px; color:#777; line-height:13px }
</style>
<div class="w">
 <div class="top"><div class="ev">${event}<small>${tagline}</small></div><div class="vn">${venue}<br>${dates}</div></div>
 <div class="in">
  <div class="ref">
   <span>Date</span><div>${letter_date}</div>
   <span>Our reference</span><div>${ref}</div>
   <span>Registrant</span><div>${who}</div>
   <span>${pp_label}</span><div>${passport}</div>
  </div>
  <h2>${heading}</h2>
  <p>${p1}</p>
  <p>${p2}</p>
  <ol>${classes_html}</ol>
  <p>${p3}</p>
  <p>${p4}</p>
  <div class="sg">${close}<div class="h">${signer}</div>${signer}<br>${signer_role}, ${event}</div>
 </div>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    from datetime import timedelta
    from html import escape

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_number, fmt_range

    r = d.rng
    event = d.pick(V.EVENTS)
    start = d.completed + timedelta(days=r.randrange(40, 120))
    end = start + timedelta(days=d.pick([2, 3]))
    who = d.person()
    country = d.pick(
        ["Canada", "Mexico", "Brazil", "India", "Philippines", "South Africa", "Poland"]
    )
    sessions = r.sample(V.SESSIONS, d.pick([2, 3, 4]))
    classes = "".join(
        f"<li>{escape(s)} ({fmt_number(d.pick([1, 1.5, 2, 3]), r, False)} {d.pick(['CEC', 'CEC hours', 'CE credits'])} offered)</li>"
        for s in sessions
    )
    pre = d.pick([None, d.pick(V.IICRC_COURSES)])
    if pre:
        classes += (
            f"<li>Pre-show course {pre[1]} – {escape(pre[0])}, "
            f"{fmt_number(d.pick([14, 21]), r, False)} CECs on successful completion</li>"
        )
    return {
        "head": d.fonts[d.pick(["display", "sans", "cond"])],
        "body": d.fonts[d.pick(["serif", "sans"])],
        **dict(
            zip(
                ("band_bg", "band_fg"),
                d.pick([(d.colors["dark"], "#fff"), ("#fff", d.colors["dark"])]),
                strict=True,
            )
        ),
        "ls": d.pick(["0", "1px", "2px"]),
        "event": f"{event} {end.year}",
        "tagline": d.pick(
            ["Conference & Exhibition", "Education · Exhibits · Networking", "Annual show"]
        ),
        "venue": d.venue(),
        "dates": fmt_range(start, end, r),
        "letter_date": d.other_date("issue", "long"),
        "ref": d.number("INV-"),
        "who": who,
        "pp_label": d.pick(["Passport country", "Nationality"]),
        "passport": country,
        "heading": d.pick(["Letter of invitation", "To whom it may concern", "Invitation letter"]),
        "p1": (
            f"This letter confirms that {who} of {country} has registered to attend {event} "
            f"{end.year}, to be held at {d.venue() if d.chance(0.2) else 'the venue above'} from "
            f"{fmt_date(start, 'long')} to {fmt_date(end, 'long')}."
        ),
        "p2": d.pick(
            [
                "The registrant has selected the following education sessions:",
                "As part of the registration, the following classes were booked:",
            ]
        ),
        "classes_html": classes,
        "p3": d.pick(
            [
                "Credit for any session is awarded only after attendance is scanned at the door and "
                "recorded by the show; this letter does not confirm attendance or credit.",
                "Continuing education credit is granted after the event to attendees whose session "
                "badge scans are on record. This letter is not a certificate.",
            ]
        ),
        "p4": (
            "The show does not provide financial support, travel or accommodation, and this "
            "letter does not guarantee the issue of a visa."
        ),
        "close": d.pick(["Sincerely,", "Yours faithfully,", "Regards,"]),
        "signer": d.person(),
        "signer_role": d.pick(["Registration Manager", "Show Director", "Attendee Services"]),
        "foot": f"{event} · {d.phone()} · Questions about this letter: visas@{''.join(ch for ch in event.lower() if ch.isalnum())[:16]}.org",
    }
