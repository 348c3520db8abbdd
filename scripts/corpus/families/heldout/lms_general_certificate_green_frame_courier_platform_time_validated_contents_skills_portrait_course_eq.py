"""The "general" certificate an open-source LMS theme prints for a learner:
a coloured page with a coloured header band carrying the heading in white
typewriter type, a white panel between two coloured side strips, and the
body in a typewriter face in the frame colour. The learner's name heads the
panel in purple; a sentence says the learner took part in the school's
platform between the enrolment (terms accepted) date and the certificate
date, with a total connected time; a line gives the training's hours, then
"the contents validated" as a one-item list (the course), the name again,
the skills validated as a list, and the place and date signed by the
platform team. A coloured footer band holds the school's address."""

SOURCE = "chamilo/chamilo-lms:main/template/rainbow/gradebook/custom_certificate.tpl"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "dark-band",
    "mono",
    "distractor-date",
    "hours-in-sentence",
    "bullets",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${frame} }
.box { position:absolute; left:${side}px; right:${side}px; top:${top}px; bottom:${top}px; font-family:${mono} }
.hd { height:92px; display:flex; align-items:center; padding-left:64px; color:#fff; font-size:${hd_size}px; letter-spacing:1px }
.pn { position:absolute; left:0; right:0; top:92px; bottom:92px; display:flex }
.sd { width:48px; background:${frame}; flex:none; position:relative }
.sd:after { content:""; position:absolute; left:14px; top:24px; width:20px; height:20px; border-radius:50%; border:3px solid #fff }
.wh { flex:1; background:#fff; padding:28px 36px; color:${ink}; font-size:${fs}px; line-height:${lh}px; overflow:hidden }
h3 { color:${purple}; font-size:23px; margin:0 0 14px; line-height:28px }
h4 { color:${purple}; font-size:${fs}px; margin:14px 0 4px }
.wh p { margin:0 0 12px }
ul { color:${purple}; margin:0 0 12px; padding-left:24px }
.sig b { color:${purple} }
.ft { position:absolute; left:0; right:0; bottom:0; height:92px; color:#fff; font-size:12.5px; line-height:18px; padding:18px 64px }
</style>
<div class="bg"></div>
<div class="box">
 <div class="hd">${heading}</div>
 <div class="pn"><div class="sd"></div><div class="wh">
  <h3>${name}</h3>
  <p>${participated}</p>
  <p>${hours_line}</p>
  ${lp_html}
  <p>${validated_label}:</p>
  <ul><li>${title}</li></ul>
  <h4>${name}</h4>
  <p>${skills_label}:</p>
  <ul>${skills_html}</ul>
  <p class="sig">${place}, ${on} <b>${date}</b><br>${team}</p>
 </div><div class="sd"></div></div>
 <div class="ft">${org}<br>${street}, ${city}<br>${web}</div>
</div>
"""

SKILLS = [
    "Moisture mapping and documentation",
    "Psychrometric calculations",
    "Equipment placement and monitoring",
    "Containment and engineering controls",
    "Personal protective equipment",
    "Customer communication",
    "Safety and hazard awareness",
    "Cleaning chemistry basics",
    "Inspection and pre-testing",
]


def fill(d):
    import html

    r = d.rng
    name = d.name(d.pick(["plain", "plain", "upper"]))
    org = d.provider()
    date_style = d.pick(["long", "short_month", "us_numeric", "dmy_long", "iso"])
    date = d.date(date_style)
    enrolled = d.other_date("registered", date_style)
    connected = f"{int(d.credit) + r.randrange(1, 9)}:{r.randrange(0, 60):02d}"
    participated = d.pick(
        [
            f"has taken part in the {org} online training platform from {enrolled} "
            f"(acceptance of the terms) to {date}, with a total connected time of {connected} h.",
            f"has participated in the {org} learning platform since {enrolled}; "
            f"certificate issued {date}; total time on the platform {connected} h.",
        ]
    )
    hours = d.hours(d.pick(["hours_title", "cec_hours", "hrs", "hours_title", "cecs"]))
    hours_line = d.pick(
        [
            f"This training has {hours}.",
            f"This training is worth {hours}.",
            f"Credit for this training: {hours}.",
        ]
    )
    lp = ""
    if d.chance(0.5):
        lp = (
            f"<p>{d.pick(['Time spent in learning paths', 'Time in lessons'])} : "
            f"{r.randrange(2, 12):02d}:{r.randrange(0, 60):02d}:{r.randrange(0, 60):02d}</p>"
        )
    skills = r.sample(SKILLS, d.pick([2, 3, 3]))
    street, city = d.address()
    return {
        "frame": d.pick(["#92c647", "#80cc28", "#40ad49", "#2a9d8f", d.colors["accent"]]),
        "ink": d.pick(["#4d8a1f", "#2f7a35", "#336633", "#1f5f5b"]),
        "purple": d.pick(["#672290", "#5b2a86", "#4a1c6b"]),
        "side": d.pick([0, 16, 30]),
        "top": d.pick([20, 34, 48]),
        "hd_size": d.pick([30, 34, 36]),
        "fs": d.pick([15, 16, 17]),
        "lh": d.pick([23, 24, 26]),
        "heading": d.pick(["Certificate", "CERTIFICATE", "Training certificate"]),
        "name": name,
        "participated": participated,
        "hours_line": hours_line,
        "lp_html": lp,
        "validated_label": d.pick(
            ["The contents validated are", "The contents are validated", "Validated content"]
        ),
        "title": d.title(d.pick(["plain", "with_code"])),
        "skills_label": d.pick(["Skills validated", "Skills acquired"]),
        "skills_html": "".join(f"<li>{html.escape(s)}</li>" for s in skills),
        "place": d.city(),
        "on": d.pick(["the", "on", "dated"]),
        "date": date,
        "team": d.pick(["The platform team", "The e-learning team", "The training team"]),
        "org": org,
        "street": street,
        "city": city,
        "web": d.web(),
    }
