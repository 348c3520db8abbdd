"""Not a training record: a certificate of appreciation made by a bulk
certificate generator, portrait, in a heavy dim grey border. Two logos
side by side at the top (the trade association and the event), the heading
"CERTIFICATE OF APPRECIATION" in a wide roman capital face, "This
certificate is awarded to" and the person's name in gold capitals, then a
centred paragraph with bold and red spans thanking them for serving as a
judge, volunteer or sponsor at a technicians' skills competition, naming
their company, the event, the venue, the date and sometimes a count of
hours given. Two gold signer names with their titles under them close the
page. It names people, organisations, a date and numbers and awards no
continuing-education credit."""

SOURCE = "satyasandeep007/Bulk-Certificate-Maker-for-YantroMitra:documents/template2grade.js"
KIND = "other"
PAPER = "letter-portrait"
CATEGORIES = (
    "other",
    "portrait",
    "appreciation",
    "letter-spaced",
    "provider-in-logo",
    "sentence",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.mn { position:absolute; inset:26px; border:15px solid dimgray; font-family:${body} }
.lg { display:flex; justify-content:space-around; margin-top:46px }
.lg div { width:190px; height:120px; display:flex; flex-direction:column; align-items:center; justify-content:center; text-align:center }
.lg .e { width:74px; height:74px; border-radius:50%; display:flex; align-items:center; justify-content:center;
  font: bold 24px ${caps}; color:#fff; margin-bottom:6px }
.lg small { font: bold 11px ${sans}; line-height:13px; color:#333; text-transform:uppercase }
.ti { text-align:center; font: bold 30px ${caps}; color:#2f3542; letter-spacing:2px; margin-top:46px }
.aw { text-align:center; font: bold 19px ${sans}; color:#393a4e; margin-top:34px }
.nm { text-align:center; font: bold ${name_px}px ${caps}; color:#c9a04b; margin-top:22px; text-transform:uppercase; white-space:nowrap }
.bd { text-align:center; margin:30px 80px 0; font: 17px ${sans}; line-height:1.6; color:#222 }
.a1 { color:#192a56; font-weight:900 } .a2 { color:#e71c23; font-weight:900 }
.sg { position:absolute; left:0; right:0; bottom:70px; display:flex; justify-content:space-around; text-align:center; font-family:${sans} }
.sg b { display:block; font-size:19px; color:#c9a04b }
.sg span { font-size:14px; color:#393a4e }
</style>
<div class="mn">
 <div class="lg">
  <div><div class="e" style="background:${c1}">${i1}</div><small>${l1}</small></div>
  <div><div class="e" style="background:${c2}">${i2}</div><small>${l2}</small></div>
 </div>
 <div class="ti">${heading}</div>
 <div class="aw">This certificate is awarded to</div>
 <div class="nm">${person}</div>
 <div class="bd">${body_html}</div>
 <div class="sg"><div><b>${s1}</b><span>${r1}</span></div><div><b>${s2}</b><span>${r2}</span></div></div>
</div>
"""

COMPANIES = [
    "Dry Run Restoration, LLC",
    "Blue Tarp Emergency Services",
    "Cornerstone Cleaning & Restoration",
    "Rapid Response Water Removal",
    "Pioneer Carpet Care",
    "Summit Fire & Water Cleanup",
]
ROLES = [
    ("serving as a judge", "in the"),
    ("volunteering as a floor marshal", "at the"),
    ("sponsoring the equipment station", "at the"),
    ("coaching the apprentice team", "in the"),
]
CONTESTS = [
    "Technician Skills Challenge",
    "Extraction Olympics",
    "Carpet Cleaning Championship",
    "Drying Rodeo",
    "Apprentice Cup",
]


def _initials(text):
    return "".join(w[0] for w in text.replace("&", " ").split() if w[:1].isupper())[:3]


def fill(d):
    import html

    from corpus import formats as F
    from corpus import values as V

    e = html.escape
    person = d.person()
    assoc = d.pick(V.ASSOCIATIONS)
    event = f"{d.pick(V.EVENTS)} {d.completed.year}"
    contest = d.pick(CONTESTS)
    company = d.pick(COMPANIES)
    role, prep = d.pick(ROLES)
    grade = d.pick(
        [
            "",
            "",
            f" assessed as <span class='a1'>{d.pick(['Outstanding', 'Excellent', 'Grade A'])}</span>",
        ]
    )
    when = F.fmt_date(d.completed, d.pick(["long", "dmy_long", "us_numeric", "ordinal"]))
    body = (
        f"Of <span class='a1'>{e(company)}</span>, for {role}{grade} {prep} "
        f"<span class='a2'>{e(contest)}</span>. Conducted at <span class='a1'>{e(d.venue())}</span>, "
        f"on <span class='a1'>{e(when)}</span>."
    )
    if d.chance(0.5):
        body += f" Thank you for {d.pick(['12', '16', '24', '30'])} hours of time given to the next generation of technicians."
    return {
        "body": d.fonts["sans"],
        "caps": d.fonts[d.pick(["display", "serif"])],
        "c1": d.pick(["#192a56", "#1f3a5f", "#0b3d2e"]),
        "c2": d.pick(["#8b0000", "#9c6644", "#6a4c93"]),
        "i1": _initials(assoc),
        "l1": assoc,
        "i2": _initials(event),
        "l2": event,
        "heading": "CERTIFICATE OF APPRECIATION",
        "person": person,
        "name_px": 34 if len(person) <= 22 else 28,
        "body_html": body,
        "s1": d.person(),
        "r1": d.pick(["President", "Board Chair"]) + f", {d.pick(['Association', 'Chapter'])}",
        "s2": d.person(),
        "r2": d.pick(["Competition Chair", "Show Director", "Event Coordinator"]),
    }
