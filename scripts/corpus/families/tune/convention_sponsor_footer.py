"""A regional cleaning-and-restoration association's convention certificate
for one education session: a thin double rule round a cream page, the host
association's round emblem and name small at the top left with its chapter
line, the convention's name large in the centre with its dates and venue, a
coloured ribbon band carrying the certificate type, the attendee in a
script, the session title with its code, speaker and room, a boxed credit
line (and sometimes the event's approval number), two officers' signatures,
and a band of sponsor wordmarks by tier along the foot."""

SOURCE = (
    "https://www.scrt.org/about/latest-news?start=132 (a cleaning and restoration technicians' "
    "society and its conventions as approved CEC events) and "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (conventions approved for CECs)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "script-name",
    "sentence",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-org",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper} }
.b1 { position:absolute; inset:18px; border:3px solid ${dark} }
.b2 { position:absolute; inset:25px; border:1px solid ${dark} }
.host { position:absolute; left:48px; top:42px; display:flex; align-items:center; gap:10px; font: 11px ${sans}; color:#333; line-height:14px }
.emb { width:62px; height:62px; border-radius:50%; border:3px double ${dark}; display:flex; align-items:center;
  justify-content:center; font: bold 17px ${serif}; color:${dark}; background:#fff }
.host b { display:block; font-size:12px; color:#111; max-width:230px }
.no { position:absolute; right:48px; top:46px; font: 10.5px ${sans}; color:#555; text-align:right; line-height:14px }
.c { position:absolute; left:70px; right:70px; top:${ev_top}px; text-align:center; color:#1c1c1c }
.ev { font: bold 34px ${display}; color:${dark}; letter-spacing:.5px }
.when { font: 14.5px ${serif}; margin-top:4px; color:#333 }
.rib { margin:18px auto 0; width:520px; background:${accent}; color:#fff; font: bold 17px ${sans}; letter-spacing:3px;
  text-transform:uppercase; padding:9px 0; position:relative }
.lead { font: italic 15px ${serif}; margin-top:18px; color:#444 }
.nm { font: ${name_size}px ${script}; color:#111; margin:2px auto 0; border-bottom:1px solid #999; width:600px; line-height:1.3 }
.ses { font: bold 21px ${serif}; margin-top:6px; color:#1c1c1c }
.det { font: 13px ${sans}; color:#444; margin-top:5px }
.cr { display:inline-block; margin-top:12px; border:1.5px solid ${dark}; padding:5px 18px; font: bold 14px ${sans}; color:${dark} }
.cr span { font-weight:normal; color:#444; font-size:12px }
.fine { font: 10.5px ${sans}; color:#666; margin:10px auto 0; width:640px; line-height:14px }
.sig { position:absolute; left:110px; right:110px; top:${sig_top}px; display:flex; justify-content:space-between; font: 11.5px ${sans}; color:#333 }
.sig div { width:250px; text-align:center }
.sig .h { font: 26px ${hand}; height:32px; white-space:nowrap; color:#1a2a5a }
.sig .l { border-top:1px solid #333; padding-top:3px; line-height:15px }
.sp { position:absolute; left:26px; right:26px; bottom:26px; height:72px; background:#fff; border-top:1px solid ${dark};
  display:flex; flex-wrap:wrap; align-items:center; justify-content:center; gap:6px 20px; padding:0 20px; font-family:${sans} }
.sp i { font-style:normal; font-size:9.5px; letter-spacing:1.5px; text-transform:uppercase; color:#666; text-align:center; line-height:12px }
.sp b { white-space:nowrap; color:#444 }
</style>
<div class="pg"></div><div class="b1"></div><div class="b2"></div>
<div class="host"><div class="emb">${emb}</div><div>${host_pre}<b>${host}</b>${chapter}</div></div>
<div class="no">${cert_no}<br>${sess_code}</div>
<div class="c">
 <div class="ev">${event}</div>
 <div class="when">${when}</div>
 <div class="rib">${ribbon}</div>
 <div class="lead">${lead}</div>
 <div class="nm">${name}</div>
 <div class="lead">${for_line}</div>
 <div class="ses">${title}</div>
 <div class="det">${details}</div>
 <div class="cr">${credit_html}</div>
 <div class="fine">${fine}</div>
</div>
<div class="sig">
 <div><div class="h">${s1}</div><div class="l">${s1}<br>${r1}</div></div>
 <div><div class="h">${s2}</div><div class="l">${s2}<br>${r2}</div></div>
</div>
<div class="sp">${sponsors_html}</div>
"""
HOSTS = [
    ("Gulf States Cleaning & Restoration Guild", "GSG"),
    ("Ohio Valley Restoration Association", "OVRA"),
    ("Northwest Carpet & Restoration Guild", "NWG"),
    ("Society of Carolina Cleaning Technicians", "SCCT"),
    ("Tri-State Restoration Contractors", "TRC"),
]
SPONSORS = [
    ("Hydrotherm Drying Products", "'Roboto Slab', serif", "bold"),
    ("Clearview Odor Solutions", "'Lobster Two', cursive", "normal"),
    ("Vortex Extraction", "'League Spartan', sans-serif", "bold"),
    ("Pureflo Chemical", "'P052', serif", "bold"),
    ("AeroDry", "'URW Gothic', sans-serif", "bold"),
    ("Stormline Brands", "'Nimbus Sans', sans-serif", "900"),
    ("BlueLine Insurance Services", "'Roboto Condensed', sans-serif", "bold"),
    ("TechMeter Instruments", "'Nimbus Sans Narrow', sans-serif", "bold"),
]
ROOMS = ["Ballroom A", "Room 204", "Salon C", "Hall B, Stage 2", "Meeting Room 6", "Cypress Room"]


def fill(d):
    r = d.rng
    host, emb = d.pick(HOSTS)
    event = d.provider()
    dates = d.date_range(d.pick([1, 2, 2]))
    venue = d.venue()
    speaker = d.person()
    title = d.title()
    hours = d.hours(d.pick(["cec_hours", "cecs", "iicrc_cec", "hours_title", "credit_hours"]))
    code = d.pick([f"{r.choice('ABCDEF')}{r.randrange(1, 30)}", f"S-{r.randrange(100, 399)}"])
    credit_html = hours
    if d.chance(0.5):
        credit_html += f" <span>· IICRC approved event no. {d.approval()}</span>"
    tiers = d.pick(
        [
            [("Platinum", 1), ("Gold", 2), ("Silver", 2)],
            [("Education sponsors", 4)],
            [("Presenting sponsor", 1), ("Supporting", 3)],
        ]
    )
    pool = r.sample(SPONSORS, sum(n for _, n in tiers))
    parts = []
    for label, n in tiers:
        parts.append(f"<i>{label}</i>")
        for name, face, weight in pool[:n]:
            parts.append(
                f'<b style="font-family:{face}; font-weight:{weight}; font-size:{r.choice([13, 14, 15])}px">{name}</b>'
            )
        pool = pool[n:]
    return {
        "paper": d.pick(["#fbf8ef", "#fdfcf7", d.colors["light"]]),
        "emb": emb,
        "host_pre": d.pick(["Hosted by", "Presented by the", ""]),
        "host": host,
        "chapter": d.pick(
            ["", "Annual convention & trade show", f"Est. {r.randrange(1962, 1998)}"]
        ),
        "cert_no": f"No. {d.number()}",
        "sess_code": f"Session {code}",
        "ev_top": 118,
        "event": event,
        "when": f"{dates} · {venue}",
        "ribbon": d.pick(
            [
                "Continuing education certificate",
                "Certificate of attendance",
                "CE credit certificate",
            ]
        ),
        "lead": d.pick(["This certifies that", "Presented to", "This is to certify that"]),
        "name_size": d.pick([40, 44, 46]),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "for_line": d.pick(
            [
                "attended the education session",
                "was present for the full session",
                "participated in the convention education program",
            ]
        ),
        "title": title,
        "details": f"Session {code} · Presented by {speaker} · {d.pick(ROOMS)}",
        "credit_html": credit_html,
        "fine": d.pick(
            [
                "Credit is for this session only. Keep this certificate with your records and "
                "submit it with your renewal if the credit does not appear on your transcript.",
                "Attendance was verified by badge scan at the door. Partial attendance does not "
                "qualify for credit.",
                "",
            ]
        ),
        "sig_top": 596,
        "s1": d.person(),
        "r1": d.pick(["President", "Association President", "Board Chair"]),
        "s2": d.person(),
        "r2": d.pick(["Education Chair", "Convention Chair", "Director of Education"]),
        "sponsors_html": "".join(parts),
    }
