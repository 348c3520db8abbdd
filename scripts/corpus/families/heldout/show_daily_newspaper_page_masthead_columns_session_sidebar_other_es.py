"""Not a certificate: the front page of a trade show's "show daily", the
newsletter handed out at the doors each morning. A masthead with the
show's name set large in a display face and the issue line (day, date,
publisher), a lead headline with a deck and a byline, body text in three
justified columns with a drop cap, a photo box with a caption naming
people, a shaded sidebar listing today's education sessions with times,
rooms and CEC values, a reminder to register at the IICRC booth, and an
exhibitor's advertisement across the foot. It names people, sessions,
dates and CEC figures, but credits nobody."""

SOURCE = (
    "wording: trade-show daily newspapers (masthead, issue line, news columns, today's "
    "education schedule sidebar, exhibitor advertisements); newspaper column layout as in "
    "CSS multi-column newspaper templates; IICRC booth CEC reminder as described at "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "table",
    "big-serif-title",
    "distractor-person",
    "distractor-date",
    "sentence",
)

TEMPLATE = """<style>
.np { position:absolute; inset:0; background:${newsprint}; color:#161616; font-family:${serif} }
.mast { position:absolute; left:40px; right:40px; top:26px; text-align:center; border-bottom:3px double #222; padding-bottom:6px }
.mast .t { font: bold ${mast_px}px ${display}; letter-spacing:1px; line-height:1.05; white-space:nowrap }
.mast .t b { color:${accent} }
.issue { position:absolute; left:40px; right:40px; top:${issue_top}px; display:flex; justify-content:space-between; font: 11px ${sans};
  text-transform:uppercase; letter-spacing:1px; border-bottom:1px solid #222; padding:3px 0 }
.hl { position:absolute; left:40px; right:276px; top:${hl_top}px }
.hl h1 { margin:0; font: bold 30px ${display}; line-height:33px }
.hl .dk { font: italic 15px ${serif}; color:#333; margin-top:6px; line-height:20px }
.hl .by { font: bold 10.5px ${sans}; text-transform:uppercase; letter-spacing:1px; margin-top:8px; color:#444 }
.body { position:absolute; left:40px; right:276px; top:${body_top}px; bottom:200px; columns:2; column-gap:20px; column-rule:1px solid #bbb;
  font-size:13px; line-height:18px; text-align:justify; hyphens:auto; overflow:hidden }
.body p { margin:0 0 8px }
.body p:first-child::first-letter { float:left; font: bold 44px ${display}; line-height:36px; padding:2px 5px 0 0 }
.photo { break-inside:avoid; margin:4px 0 10px; }
.photo div { height:130px; background: linear-gradient(160deg, #9aa3a8, #5b6469 60%, #3f474c); }
.photo i { display:block; font: italic 10.5px ${sans}; color:#444; margin-top:3px; line-height:14px }
.side { position:absolute; right:40px; top:${hl_top}px; width:218px; bottom:200px; background:${tint}; padding:10px 12px; font-family:${sans} }
.side h3 { margin:0 0 6px; font: bold 13px ${sans}; text-transform:uppercase; letter-spacing:1.2px; border-bottom:2px solid #222; padding-bottom:3px }
.side .s { font-size:11px; line-height:14px; padding:5px 0; border-bottom:1px dotted #777 }
.side .s b { display:block; font-size:11.5px }
.side .s span { color:#444 }
.side .hh { margin-top:12px; font-size:11px; line-height:16px } .side .hh b { display:block; font-size:11.5px; text-transform:uppercase; letter-spacing:1px; border-bottom:1px solid #222; margin-bottom:3px }
.side .rem { margin-top:10px; border:2px solid ${accent}; padding:6px 8px; font-size:11px; line-height:15px; background:#fff }
.ad { position:absolute; left:40px; right:40px; bottom:34px; height:150px; border:2px solid #222; display:flex; align-items:center; padding:0 22px; gap:22px;
  font-family:${sans} }
.ad .m { width:96px; height:96px; border-radius:50%; background:${accent}; color:#fff; font: bold 24px ${cond}; display:flex; align-items:center; justify-content:center; flex:none }
.ad .h { font: bold 26px ${cond}; line-height:28px } .ad .x { font-size:13px; margin-top:4px; color:#333 }
.ad .bo { margin-left:auto; text-align:center; font: bold 13px ${sans}; text-transform:uppercase; letter-spacing:1px }
.ad .bo b { display:block; font: bold 40px ${cond}; letter-spacing:0 }
.ft { position:absolute; left:40px; right:40px; bottom:12px; display:flex; justify-content:space-between; font: 9.5px ${sans}; color:#555 }
</style>
<div class="np">
 <div class="mast"><div class="t">${mast_html}</div></div>
 <div class="issue"><span>${issue_left}</span><span>${issue_mid}</span><span>${issue_right}</span></div>
 <div class="hl"><h1>${headline}</h1><div class="dk">${deck}</div><div class="by">${byline}</div></div>
 <div class="body">${body_html}</div>
 <div class="side"><h3>${side_title}</h3>${sessions_html}<div class="rem">${reminder}</div><div class="hh"><b>Hours today</b>${hours_html}</div></div>
 <div class="ad"><div class="m">${ad_mark}</div><div><div class="h">${ad_head}</div><div class="x">${ad_text}</div></div>
  <div class="bo">Booth<b>${ad_booth}</b></div></div>
 <div class="ft"><span>${foot_left}</span><span>${foot_right}</span></div>
</div>
"""

HEADLINES = [
    (
        "Record Crowd Packs Opening Keynote",
        "Attendance tops last year's by a fifth as the hall opens to technicians from 40 states",
    ),
    (
        "Drying Pavilion Draws Lines All Morning",
        "Live demonstrations of dehumidifier set-ups kept the aisle full until the lunch break",
    ),
    (
        "New Standard Revisions Take Center Stage",
        "Committee members walk a standing-room audience through the changes and what they mean on the job",
    ),
    (
        "Insurance Panel Sparks Lively Debate",
        "Adjusters and contractors trade views on documentation, pricing and the long road to payment",
    ),
]
PARAGRAPHS = [
    "Doors opened at nine, and by ten the line at registration reached the escalators. Show "
    "staff said walk-in registrations were running well ahead of last year, and the exhibit "
    "hall added a second entrance to keep the crowd moving.",
    "“We came for the hands-on demonstrations,” said {p1}, who drove in with three members of "
    "a restoration crew. “You can read about a set-up, but you learn it when you watch someone "
    "do it and ask questions.”",
    "Education sessions filled early as well. Several rooms posted standing-room notices, and "
    "monitors reminded attendees that credit requires a scan at the door on the way in and on "
    "the way out.",
    "Exhibitors reported steady traffic through the afternoon. {p2}, who manages a booth for a "
    "drying equipment maker, said the questions this year were more technical than ever, with "
    "many visitors asking about monitoring and documentation.",
    "The evening reception begins at six in the main ballroom. Badges are required, and guests "
    "may purchase tickets at the registration desk until five.",
    "Organizers said the mobile app had been downloaded by most registered attendees before "
    "the show began. The app lists every session with its room and credit value, and it shows "
    "a running total of the sessions an attendee has been scanned into.",
    "Among first-time attendees, many said they came for the education. “My employer pays for "
    "the trip if I bring back the hours,” said {p3}, a technician in her second year with a "
    "water mitigation company. “I have three sessions today and two tomorrow.”",
    "Tomorrow's program opens with a general session on safety on the job site, followed by "
    "workshop tracks on water, fire and mold. The exhibit hall closes at two on the final day.",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    event = d.pick(V.EVENTS)
    day_no = d.pick([1, 2, 2, 3])
    day = d.completed + timedelta(days=r.randint(-1, 1))
    p1, p2, writer, photog = d.person(), d.person(), d.person(), d.person()
    head, deck = d.pick(HEADLINES)
    paras = [t.format(p1=p1, p2=p2, p3=d.person()) for t in PARAGRAPHS]
    photo = (
        f'<div class="photo"><div></div><i>{p1} ({d.pick(["left", "center"])}) and '
        f"{d.person()} at the {d.pick(['drying pavilion', 'opening keynote', 'IICRC booth'])}. "
        f"Photo: {photog}</i></div>"
    )
    body = (
        "".join(f"<p>{t}</p>" for t in paras[:2])
        + photo
        + "".join(f"<p>{t}</p>" for t in paras[2:])
    )
    times = [8 * 60, 9 * 60 + 30, 11 * 60, 13 * 60, 14 * 60 + 30, 16 * 60]
    sessions = []
    for m, title in zip(times[: d.pick([4, 5])], r.sample(V.SESSIONS, 5), strict=False):
        h, mm = divmod(m, 60)
        clock = f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"
        cec = d.pick(["1 CEC", "1.5 CECs", "2 CECs", "0.5 CEC"])
        room = d.pick(["Room 204B", "Theater 1", "Ballroom C", "Room 118", "Salon F"])
        sessions.append(f'<div class="s"><b>{title}</b><span>{clock} · {room} · {cec}</span></div>')
    booth = r.randrange(100, 2999)
    mast_parts = event.split()
    mast = (
        f"{' '.join(mast_parts[:-1])} <b>{mast_parts[-1]}</b> Daily"
        if len(mast_parts) > 1
        else f"{event} Daily"
    )
    # sized so the widest display face still fits an A4 width
    mast_px = min(48, int((700 / (len(event) + 6) - 1) / 0.55))
    return {
        "newsprint": d.pick(["#f7f4ec", "#f4f1e8", "#fbfaf6"]),
        "tint": d.pick(["#e9e4d6", "#e3e8ec", "#ece6e0"]),
        "accent": d.pick(["#9c1c1c", "#1e4f8a", "#2d6a4f", "#b35c00"]),
        "mast_px": mast_px,
        "mast_html": mast,
        "issue_top": 100,
        "hl_top": 142,
        "body_top": 298,
        "issue_left": f"Day {day_no}",
        "issue_mid": fmt_date(day, d.pick(["weekday", "long"])),
        "issue_right": d.pick(
            ["Official show daily", "Free · Take one", f"Vol. {day.year - 2000} · No. {day_no}"]
        ),
        "headline": head,
        "deck": deck,
        "byline": f"By {writer}",
        "body_html": body,
        "side_title": d.pick(["Today's education", "On the schedule today", "Sessions today"]),
        "sessions_html": "".join(sessions),
        "reminder": d.pick(
            [
                f"Certified technicians: register at the IICRC booth (#{booth}) to have your visit "
                "added to your record. Bring your wallet card.",
                f"Stop by booth {booth} to update your certification record and pick up the new "
                "standards order form.",
            ]
        ),
        "hours_html": d.pick(
            [
                "Registration 7:30 AM – 5 PM<br>Exhibit hall 10 AM – 4 PM<br>Reception 6 – 8 PM",
                "Registration opens 7 AM<br>Expo floor 11 AM – 5 PM<br>Lost &amp; found at the show office",
            ]
        ),
        "ad_mark": d.pick(["AERO", "DRY", "VX", "HT"]),
        "ad_head": d.pick(
            [
                "See the new low-grain dehumidifier",
                "Show-only pricing on air movers",
                "Free moisture meter with every truckmount demo",
            ]
        ),
        "ad_text": d.pick(
            [
                "Live demos every hour on the hour · Ask about financing",
                "Enter the daily drawing at our booth · Winners posted at 3 PM",
            ]
        ),
        "ad_booth": booth + d.pick([4, 12, 120]),
        "foot_left": f"Published for {event} attendees",
        "foot_right": d.pick(["Page 1", "Continued on page 3", "Page 1 of 8"]),
    }
