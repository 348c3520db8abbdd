"""A certificate of attendance that an industry network's event site
generates as a plain PDF letter, portrait: the event's name as a small
heading, "Certificate of Attendance" as the large one, "To Whom It May
Concern,", a paragraph written by the network's coordinator ("On behalf of
..., I would hereby like to confirm that <name> — <employer> — attended
the <event> in <city>, from <first> to <last day>."), then "<name> attended
the following sessions:" with a short list of the credited education
session (its type, quoted title, speaker and hours), a line with the
event's web address and the coordinator's sign-off with name, employer,
city and e-mail address."""

SOURCE = (
    "hipeac/hipeac:hipeac/site/pdfs/events.py (CertificatePdfMaker: event name as h4, "
    "'Certificate of Attendance' h1, 'To Whom It May Concern,', 'On behalf of the ... I "
    "would hereby like to confirm that **name** — institution — attended the <event> event "
    "in <city>, from <start> to <end>.', '<name> attended the following sessions:' with "
    "'- *type:* \"title\"' lines, 'More information can be found on <url>', coordinator "
    "signature block)"
)
KIND = "session"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "letter",
    "sentence",
    "date-range",
    "distractor-person",
    "employer-distractor",
    "list",
)

TEMPLATE = """<style>
.w { position:absolute; left:${margin}px; right:${margin}px; top:${top}px; font-family:${body}; color:#222; font-size:15px; line-height:1.5 }
h4 { margin:0; font: bold 16px ${head}; color:${ink} }
h1 { margin:26px 0 30px; font: bold ${h1_px}px ${head}; color:${ink} }
.w p { margin:0 0 14px }
.w ul { margin:0 0 14px; padding-left:22px }
.w li { margin:3px 0 }
.sg { margin-top:26px }
.mk { position:absolute; right:${margin}px; top:${logo_top}px; display:flex; align-items:center; gap:8px; font: bold 13px ${sans}; color:${ink} }
.mk i { width:30px; height:30px; border-radius:6px; background:${ink}; box-shadow: inset 0 0 0 5px ${accent} }
.pn { position:absolute; left:0; right:0; bottom:34px; text-align:center; font: 10.5px ${body}; color:#777 }
</style>
<div class="mk"><i></i>${network_short}</div>
<div class="w">
 <h4>${event}</h4>
 <h1>${heading}</h1>
 <p>To Whom It May Concern,</p>
 <p>${main_html}</p>
 <p>${lead}</p>
 <ul>${sessions_html}</ul>
 <p>More information can be found on <u>${url}</u></p>
 <div class="sg">Please do not hesitate to contact me for additional information.<br><br>${closing}<br><b>${coordinator}</b><br>${coord_org}<br>${coord_city}<br><u>${coord_mail}</u></div>
</div>
<div class="pn">${page_note}</div>
"""

NETWORKS = [
    ("Restoration Industry Education Network", "RIEN"),
    ("Cleaning & Restoration Learning Network", "CRLN"),
    ("North American Drying Education Council", "NADEC"),
]
EMPLOYERS = [
    "Dale's Restoration & Cleaning LLC",
    "Quick Dry Water Damage Services",
    "Harbor Fire & Water Recovery",
    "All-Pro Disaster Restoration, Inc.",
    "TriCounty Mitigation Group",
]
TYPES = ["Education Session", "Technical Session", "Workshop", "Keynote", "Panel"]


def fill(d):
    import html
    import unicodedata

    e = html.escape
    network, short = d.pick(NETWORKS)
    event = d.provider()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    employer = d.pick(EMPLOYERS)
    city = d.city()
    span = d.date_range(d.pick([1, 2, 2, 3]))
    main = d.pick(
        [
            f"On behalf of the {e(network)} ({e(short)}), I would hereby like to confirm that "
            f"<b>{e(name)}</b> \u2014 {e(employer)} \u2014 attended the <b>{e(event)}</b> event "
            f"in {e(city)}, from {e(span)}.",
            f"On behalf of the {e(network)}, I hereby confirm that <b>{e(name)}</b> "
            f"({e(employer)}) attended the <b>{e(event)}</b> in {e(city)}, {e(span)}.",
        ]
    )
    title = d.title()
    hours = d.hours_number()
    speaker = d.person()
    typ = d.pick(TYPES)
    line = f"<li><i>{e(typ)}:</i> \u201c{e(title)}\u201d"
    if typ in ("Keynote", "Panel") or d.chance(0.5):
        line += f", by {e(speaker)}"
    line += f" ({e(hours)} h)</li>" if d.chance(0.8) else f" \u2014 {e(hours)} CEC hours</li>"
    coordinator = d.person()
    plain = unicodedata.normalize("NFKD", coordinator).encode("ascii", "ignore").decode()
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:16]
    return {
        "body": d.fonts[d.pick(["sans", "serif"])],
        "head": d.fonts[d.pick(["sans", "serif"])],
        "ink": d.pick(["#1f3a5f", "#222222", "#0b3d2e", "#5b2333"]),
        "margin": d.pick([72, 84, 96]),
        "top": d.pick([110, 124]),
        "logo_top": 48,
        "h1_px": d.pick([30, 34]),
        "network_short": short,
        "event": event,
        "heading": "Certificate of Attendance",
        "main_html": main,
        "lead": f"{name} attended the following session{'s' if d.chance(0.4) else ''}:",
        "sessions_html": line,
        "url": f"https://www.{slug}.org/{d.completed.year}/program",
        "closing": d.pick(["The coordinator,", "Kind regards,", "Sincerely,"]),
        "coordinator": coordinator,
        "coord_org": d.pick(["Education Committee", network, "Program Office"]),
        "coord_city": d.city(),
        "coord_mail": f"{''.join(ch for ch in plain.split(' ')[-1].lower() if ch.isalpha())}@{short.lower()}.org",
        "page_note": d.pick(["", f"{short} \u00b7 Certificate generated online", "Page 1 of 1"]),
    }
