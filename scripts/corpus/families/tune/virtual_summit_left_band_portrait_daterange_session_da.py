"""Portrait certificate from a multi-day virtual conference platform: a
full-height dark band down the left edge carries the event's name in
light type and the platform's "virtual" tag; on the white right side come
"Certificate of Attendance", the attendee, the session attended with its
time slot, the event's date range, and a boxed CEC credit line; a small
credit-claim statement and a track chair's signature sit at the bottom."""

SOURCE = (
    "mdjnelson/moodle-mod_customcert:element/daterange/classes/element.php "
    "(date range element); wording: virtual trade-show education platforms' attendance "
    "certificates"
)
KIND = "session"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "dark-band",
    "date-range",
    "portrait",
    "labelled",
    "time-attended",
    "distractor-person",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; top:0; bottom:0; width:210px; background:${dark}; color:#fff; padding:60px 26px; font-family:${sans} }
.band .ev { font: bold 25px ${display}; line-height:1.25 }
.band .tag { display:inline-block; margin-top:18px; border:1px solid #fff; padding:4px 10px; font-size:12px; letter-spacing:2px; text-transform:uppercase }
.band .loc { position:absolute; left:26px; right:20px; bottom:60px; font-size:13px; line-height:19px; opacity:0.9 }
.w { position:absolute; left:260px; right:60px; top:110px; font-family:${sans}; color:#222 }
h1 { font: 300 40px ${sans}; line-height:1.15; color:${dark}; margin:0 0 50px }
h1 b { display:block; font-weight:bold; color:${accent}; font-size:16px; letter-spacing:3px; text-transform:uppercase; margin-bottom:10px }
.k { font-size:12px; text-transform:uppercase; letter-spacing:1.5px; color:#777; margin-top:26px }
.v { font-size:19px; margin-top:5px; line-height:1.35 }
.nm { font: bold 34px ${serif}; margin-top:6px; line-height:1.2 }
.box { margin-top:40px; border-left:6px solid ${accent}; background:${light}; padding:14px 18px; font-size:16px; line-height:26px }
.box b { font-size:22px }
.fine { margin-top:26px; font-size:12px; color:#666; line-height:18px }
.sg { position:absolute; left:260px; bottom:70px; width:280px; border-top:1px solid #444; font: 13px ${sans}; padding-top:4px; color:#333 }
.sg .h { position:absolute; bottom:100%; left:0; font: 30px ${hand}; color:#1a2a68; white-space:nowrap }
</style>
<div class="band"><div class="ev">${org}</div><div class="tag">${tag}</div><div class="loc">${loc_html}</div></div>
<div class="w">
 <h1><b>${kicker}</b>${heading}</h1>
 <div class="k">${name_label}</div><div class="nm">${name}</div>
 <div class="k">${session_label}</div><div class="v">${title}</div>
 <div class="k">${slot_label}</div><div class="v">${slot}</div>
 <div class="k">${dates_label}</div><div class="v">${dates}</div>
 <div class="box">${credit_label} <b>${hours}</b></div>
 <div class="fine">${fine}</div>
</div>
<div class="sg"><div class="h">${chair}</div>${chair}, ${chair_role}</div>
"""


def fill(d):
    import html

    r = d.rng
    start = d.pick([9 * 60, 10 * 60 + 30, 13 * 60, 14 * 60 + 15, 15 * 60 + 30])
    end = start + int(d.credit * 60)

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d}"

    tz = d.pick(["ET", "CT", "PT", "MT"])
    a, b = ("AM" if start < 12 * 60 else "PM"), ("AM" if end < 12 * 60 else "PM")
    if a == b:
        slot = f"{clock(start)}–{clock(end)} {b} {tz}"
    else:
        slot = f"{clock(start)} {a} – {clock(end)} {b} {tz}"
    day_no = d.pick(["Day 1", "Day 2", "Day 3", "Final day"])
    loc = d.pick(
        [
            f"Streamed live from<br>{html.escape(d.venue())}",
            "Online event platform<br>Live &amp; on-demand",
            f"Hybrid event<br>{html.escape(d.city())} &amp; online",
        ]
    )
    return {
        "org": d.provider(),
        "tag": d.pick(["Virtual", "Online", "Livestream"]),
        "loc_html": loc,
        "kicker": d.pick(["Education Program", "Continuing Education", "Session Credit"]),
        "heading": d.pick(["Certificate of Attendance", "Attendance Verification"]),
        "name_label": d.pick(["Attendee", "Awarded to", "Participant"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "session_label": d.pick(["Session attended", "Education session", "Session"]),
        "title": d.title(),
        "slot_label": f"{day_no} · {d.pick(['time slot', 'live time', 'scheduled'])}",
        "slot": slot,
        "dates_label": d.pick(["Event dates", "Conference dates", "Held"]),
        "dates": d.date_range(d.pick([1, 2, 2, 3])),
        "credit_label": d.pick(["IICRC CEC hours:", "Credit earned:", "CECs awarded:"]),
        "hours": d.hours_number(),
        "fine": d.pick(
            [
                f"Credit verified by session check-in and polling responses. Attendee ID {r.randrange(100000, 999999)}.",
                "Only sessions viewed live in full are eligible; on-demand replays are not credited.",
            ]
        ),
        "chair": d.person(),
        "chair_role": d.pick(["Education Track Chair", "Program Director", d.role()]),
    }
