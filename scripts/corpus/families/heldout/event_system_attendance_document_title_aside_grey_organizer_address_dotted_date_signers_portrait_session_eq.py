"""A certificate of attendance printed by an event-management system's
document templates for one online session of a conference: a plain A4 or
letter page with wide margins, the document title flush left in blue, a
row with the session title as a heading over its date and venue and the
event's logo to the right, the organizer's address in grey, then one
justified paragraph the organizers typed with the placeholders filled
(person, session, the day in a dotted numeric form, the venue), sometimes
a line on the credit, the place and day of issue, up to three signatures
(a rule or a scribble, the name in bold, the position in italics) and the
system's small "printed by" footer."""

SOURCE = (
    "indico/indico:indico/modules/receipts/default_templates/attendance/template.html "
    "(with theme.css and metadata.yaml)"
)
KIND = "session"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "letter",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; left:${mx}px; right:${mx}px; top:${my}px; bottom:${my}px; font: ${fs}px/1.6 ${face}; color:#14213d }
h1 { margin:0; font-size:${h1}px; color:${title_color}; line-height:1.2; font-weight:bold }
.row { display:flex; align-items:center; margin:26px 0 40px; gap:20px }
.row .t { flex:2 }
.row h2 { margin:0 0 6px; font-size:${h2}px; line-height:1.25 }
.lg { width:150px; height:110px; flex:none; display:flex; flex-direction:column; align-items:center; justify-content:center; gap:6px; text-align:center; font: bold 13px ${lfont}; color:${dark}; line-height:16px }
.lg i { width:54px; height:54px; border-radius:${lg_r}; background:${accent}; display:block }
address { display:block; font-style:normal; color:#a9a9a9; white-space:pre-line; margin-bottom:46px; line-height:1.5 }
p.b { text-align:justify; margin:0 0 28px }
p.b em { font-style:${em_style}; font-weight:${em_weight} }
.sigs { display:flex; justify-content:space-evenly; align-items:flex-end; margin-top:50px }
.sig { flex-basis:100%; text-align:center; min-width:8em }
.sig .h { min-height:1.8em; font: 26px ${hand}; color:#213a7a }
.sig .ln { display:inline-block; width:150px; border-bottom:1.5px solid #14213d }
.sig b { display:block } .sig i { display:block }
.pf { position:absolute; left:0; right:0; bottom:${pf}px; text-align:center; font: 11px ${face}; color:#a9a; }
</style>
<div class="w">
 <h1>${doc_title}</h1>
 <div class="row"><div class="t"><h2>${title}</h2>${when} - ${venue}${url_html}</div><div class="lg"><i></i>${org}</div></div>
 <address>${address}</address>
 <p class="b">${text_html}</p>
 ${credit_html}
 <p class="b">${place_date}</p>
 <div class="sigs">${sigs_html}</div>
</div>
<div class="pf">${printed_by}</div>
"""


def fill(d):
    import html

    from corpus.formats import MONTHS

    c = d.completed
    name = html.escape(d.name(d.pick(["plain", "plain", "plain", "upper"])))
    title = d.title("plain")
    org = d.provider()
    venue = d.pick(
        [
            "Online",
            "Online (Zoom Webinar)",
            "Virtual",
            "Webinar room",
            "Online via the event platform",
        ]
    )
    when = f"{c.day:02d} {MONTHS[c.month - 1][:3]} {c.year}"
    dotted = d.pick([f"{c.day:02d}.{c.month:02d}.{c.year}", when])
    d.put("completion_date", c.isoformat(), dotted)
    person = f"<em>{name}</em>"
    if d.chance(0.4):
        person += f" (<em>{html.escape(d.pick(['Dry-Rite Services', 'Self-employed', 'Apex Restoration LLC', 'Harbor Cleaning Co.']))}</em>)"
    ev = f"<em>{html.escape(title)}</em>"
    ven = f"<em>{html.escape(venue)}</em>"
    text = d.pick(
        [
            f"The Organizing Committee certifies that {person} participated in the event {ev}, "
            f"which took place on {dotted}, at {ven}.",
            f"We hereby confirm that {person} attended the session {ev} of the "
            f"{html.escape(org)}, held on {dotted} ({ven}).",
            f"This is to certify that {person} took part in {ev}, an education session of the "
            f"{html.escape(org)}, on {dotted}.",
        ]
    )
    credit = ""
    if d.chance(0.75):
        credit = (
            '<p class="b">'
            + html.escape(
                d.pick(
                    [
                        "This session is approved for {h}.",
                        "Continuing education: {h}.",
                        "Attendance at this session qualifies for {h}.",
                    ]
                ).format(
                    h=d.hours(
                        d.pick(
                            ["iicrc_cec", "cecs"]
                            if d.credit <= 1
                            else ["cec_hours", "iicrc_cec", "words_cec", "cecs"]
                        )
                    )
                )
            )
            + "</p>"
        )
    street, city = d.address()
    n = d.pick([1, 2, 2, 3])
    roles = ["Chair, Organizing Committee", "Education Chair", "Program Director", d.role()]
    sigs = []
    for i in range(n):
        who = d.person()
        mark = html.escape(who) if d.chance(0.5) else '<span class="ln"></span>'
        sigs.append(
            f'<div class="sig"><div class="h">{mark}</div><b>{html.escape(who)}</b>'
            f"<i>{html.escape(roles[i])}</i></div>"
        )
    issue = d.other_date("issue", d.pick(["long", "weekday"]))
    place = d.city() if d.chance(0.6) else ""
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:16]
    url = ""
    if d.chance(0.4):
        url = f"<br>https://events.{slug}.org/event/{d.rng.randrange(100, 999)}/"
    return {
        "mx": d.pick([96, 110, 113]),
        "my": d.pick([96, 110]),
        "fs": d.pick([14, 15, 16]),
        "face": d.fonts[d.pick(["sans", "sans", "serif"])],
        "h1": d.pick([32, 34, 36]),
        "title_color": d.pick(["#18597d", d.colors["dark"], "#1e6091"]),
        "h2": d.pick([20, 22]),
        "lfont": d.fonts["sans"],
        "lg_r": d.pick(["50%", "10px"]),
        "em_style": d.pick(["italic", "italic", "normal"]),
        "em_weight": d.pick(["normal", "bold"]),
        "pf": d.pick([40, 50]),
        "doc_title": d.pick(
            ["Certificate of Attendance", "Certificate of Participation", "Attendance Certificate"]
        ),
        "title": title,
        "when": when,
        "venue": venue,
        "url_html": url,
        "org": org,
        "address": f"{org}\n{street}\n{city}",
        "text_html": text,
        "credit_html": credit,
        "place_date": f"{place}, {issue}" if place else issue,
        "sigs_html": "".join(sigs),
        "printed_by": d.pick(["Printed by Indico", "Printed by Indico", ""]),
    }
