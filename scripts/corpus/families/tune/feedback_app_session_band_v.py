"""A portrait certificate a session-feedback app generates once an attendee
has filled in the session's feedback form: a coloured band across the top of
the page holding only the show's logo, an underlined "Certificate of
Attendance", "This is to certify that", the name large and bold, then one
centred sentence, attended 'title' facilitated by a presenter (or organised
by the show), sometimes "which included:" with the segments of a panel and
who led each. Right-aligned near the bottom, "Session date:" and
"Certificate generated:" with two different dates, then two grey lines
about the app. No hours."""

SOURCE = "dan-leach/learnloop-api:modules/feedback/routes/fetchCertificate.js"
KIND = "session"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "dark-band",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
    "no-hours",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:80px; background:${band} }
.lg { position:absolute; left:8px; top:13px; height:54px; display:flex; align-items:center; gap:8px; color:#fff }
.lg .m { width:50px; height:50px; border-radius:8px; background:#fff; color:${band}; font: bold 20px ${sans}; display:flex; align-items:center; justify-content:center }
.lg .t { font: bold 17px ${sans}; line-height:19px; max-width:330px } .lg .t small { display:block; font-weight:normal; font-size:11px; opacity:.9 }
.w { position:absolute; left:66px; right:66px; top:${top}px; font-family:${face}; color:#000; text-align:center }
h1 { font: 35px ${face}; text-decoration:underline; margin:0 0 50px; font-weight:normal }
.p { font-size:26px; line-height:1.25 }
.nm { font: bold 39px ${face}; line-height:1.15; margin:22px 0 18px }
.inc { font-size:21px; margin-top:20px; line-height:1.35 }
.rt { text-align:right; font-size:21px; margin-top:56px; line-height:1.4 }
.ft { font-size:13px; color:#808080; margin-top:40px; line-height:1.4 }
</style>
<div class="band"><div class="lg"><div class="m">${mark}</div><div class="t">${event}<small>${tagline}</small></div></div></div>
<div class="w">
 <h1>Certificate of Attendance</h1>
 <div class="p">This is to certify that</div>
 <div class="nm">${name}</div>
 <div class="p">attended &lsquo;${title}&rsquo; ${by}</div>
 ${included_html}
 <div class="rt">Session date: ${date}<br>Certificate generated: ${generated}</div>
 <div class="ft">${foot1}<br>${foot2}</div>
</div>
"""

SEGMENTS = [
    "Setting up the job",
    "Moisture readings that hold up",
    "Questions from the floor",
    "Case study: a two-storey loss",
    "What the adjuster needs to see",
    "Equipment placement walk-through",
]


def fill(d):
    event = d.provider()
    words = [w for w in (d.org_alt or event).split() if w[0].isupper()]
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title("plain")
    presenter = d.person()
    included = ""
    organised = d.chance(0.35)
    if organised:
        by = f"organised by {d.pick([event, presenter])}"
        segs = d.rng.sample(SEGMENTS, d.pick([2, 3]))
        rows = "<br>".join(f"&lsquo;{s}&rsquo; by {d.person()}" for s in segs)
        included = f'<div class="inc">which included:<br>{rows}</div>'
    else:
        by = f"facilitated by {presenter}"
    style = d.pick(["dmy_numeric", "dmy_numeric", "dmy_long", "us_numeric", "long"])
    date = d.date(style)
    return {
        "band": d.pick(["#17a2b8", "#1e6091", "#2d6a4f", "#5b2333", "#23395d"]),
        "sans": d.fonts["sans"],
        "face": d.pick(["Helvetica, 'Nimbus Sans', Arial, sans-serif", d.fonts["sans"]]),
        "top": 150 if organised else 180,
        "mark": "".join(w[0] for w in words)[:3],
        "event": event,
        "tagline": d.pick(["Education Program", "Conference Sessions", "Session feedback"]),
        "name": name,
        "title": title,
        "by": by,
        "included_html": included,
        "date": date,
        "generated": d.other_date("print", style),
        "foot1": d.pick(
            [
                "You can request feedback for your own sessions using the show app.",
                "Feedback for this session was submitted before this certificate was issued.",
            ]
        ),
        "foot2": f"Visit {d.web()} to get started!",
    }
