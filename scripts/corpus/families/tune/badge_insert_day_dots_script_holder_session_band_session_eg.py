"""A 4 x 3 inch insert from a conference badge holder whose lower part the
session door scanner prints on: the show's name with a small square mark
at the top, the attendee's name large in a script face with the company
under it, a row of day dots (the days the badge is good for, one or more
filled), and a dark band across the bottom in white text carrying the
education session attended, its day, the scan in and out times and the
credit."""

SOURCE = (
    "jawj/conference-name-badges:README.md (4-up badge: name, affiliation, day indicator "
    "circles) and LSSTDESC/name-tag-guru:README.md (large and small name lines, affiliation)"
)
KIND = "session"
PAPER = "badge"
CATEGORIES = (
    "landscape",
    "script-name",
    "dark-band",
    "provider-in-logo",
    "labelled",
    "time-attended",
    "distractor-org",
)

TEMPLATE = """<style>
.bd { position:absolute; inset:0; background:#fff; font-family:${sans}; color:#1b1b1b; display:flex; flex-direction:column }
.top { display:flex; align-items:center; gap:8px; padding:12px 16px 0 }
.sq { width:26px; height:26px; background:${accent}; color:#fff; font: bold 11px ${cond}; display:flex; align-items:center; justify-content:center; flex:none }
.ev { font: bold 12px ${sans}; line-height:14px; text-transform:uppercase; letter-spacing:0.6px; color:${dark} }
.nm { text-align:center; font: 34px ${script}; line-height:40px; margin-top:20px; padding:0 10px; color:#111 }
.co { text-align:center; font-size:12px; color:#444; margin-top:8px }
.days { display:flex; justify-content:center; gap:10px; margin-top:16px }
.days span { width:30px; height:30px; border-radius:50%; border:2px solid ${accent}; font: bold 9px ${sans}; display:flex; align-items:center; justify-content:center; color:${accent} }
.days span.on { background:${accent}; color:#fff }
.band { margin-top:auto; background:${dark}; color:#fff; padding:7px 14px 8px; font-size:10px; line-height:13px }
.band .h { font-size:8px; letter-spacing:2px; opacity:.85; text-transform:uppercase }
.band .t { font-weight:bold; font-size:12px; line-height:14px; margin:1px 0 2px }
.band .g { display:flex; gap:12px; flex-wrap:wrap }
.band .g i { font-style:normal; opacity:.75; margin-right:2px }
</style>
<div class="bd">
 <div class="top"><div class="sq">${mark}</div><div class="ev">${event}</div></div>
 <div class="nm">${name}</div>
 <div class="co">${company}</div>
 <div class="days">${days_html}</div>
 <div class="band">
  <div class="h">${band_head}</div>
  <div class="t">${title}</div>
  <div class="g"><span><i>${day_label}</i>${date}</span><span><i>In</i>${t_in}</span><span><i>Out</i>${t_out}</span><span><i>${credit_label}</i>${hours}</span></div>
 </div>
</div>
"""

COMPANIES = [
    "Dry Pros Restoration",
    "Four Seasons Carpet Care",
    "Rapid Response Water Removal",
    "Blue Line Cleaning & Restoration",
    "Sunrise Property Damage Services",
    "Cornerstone Mitigation, LLC",
    "A-1 Steamway Carpet Cleaning",
]


def fill(d):
    from corpus.formats import WEEKDAYS

    r = d.rng
    words = [w for w in (d.org_alt or d.org).split() if w[0].isalpha()]
    wd = d.completed.weekday()
    n = d.pick([2, 3, 3])
    first = max(0, min(wd - r.randint(0, n - 1), 6 - n + 1))
    on = {wd} | ({first + i for i in range(n)} if d.chance(0.4) else set())
    days = "".join(
        f'<span class="{"on" if first + i in on else ""}">{WEEKDAYS[first + i][:3].upper()}</span>'
        for i in range(n)
    )
    h, m = r.choice([8, 9, 10, 13, 14, 15]), r.choice([0, 15, 30])
    mins = int(d.credit * 60) + r.randint(-4, 6)
    m_in = m + r.randint(-3, 4)
    t_in = h * 60 + m_in
    t_out = t_in + mins

    def clock(t):
        hh, mm = divmod(t, 60)
        return f"{(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"

    return {
        "mark": "".join(w[0] for w in words)[:3].upper(),
        "event": d.provider(),
        "name": d.name("plain"),
        "company": d.pick(COMPANIES),
        "days_html": days,
        "band_head": d.pick(["Education session attended", "CE session scan", "Session verified"]),
        "title": d.title(),
        "day_label": d.pick(["Day", "Date", ""]),
        "date": d.date(d.pick(["weekday", "short_month", "us_numeric", "us_short"])),
        "t_in": clock(t_in),
        "t_out": clock(t_out),
        "credit_label": d.pick(["Credit", "Earned", ""]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])),
    }
