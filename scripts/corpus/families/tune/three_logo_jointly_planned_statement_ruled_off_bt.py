"""A landscape completion certificate from a class two organisations put on
together, as restoration schools print them when a trade association's
chapter or a supply house hosts the class: inside a patterned border and a
double inner rule, a row of three marks across the top (the host's square
badge with its name, the school's wordmark with an emblem, and a round
"approved course" seal of the certifying body with the course number), so
the school is named only by its logo. Under "Certificate of Completion" and
an ornament, "This certifies that", the holder's name in a large script on
a rule, and a running sentence with the course title, where it was held (a
hotel, a convention centre, a branch's training room) and the class day or
the span of days. Two signatures stand either side of a rosette: the
instructor and the host's education chair or branch manager. Ruled off at
the foot, standing alone as accreditors require, the joint-planning
statement names both organisations and says which one is approved and
awards the credit and how much, with a line crediting the manufacturer
who lent the equipment for the hands-on part."""

from html import escape

from corpus import values as V

SOURCE = (
    "shakil-brl/otmsadminlive:resources/views/certificate/document.blade.php (three logos "
    "across the top, title, name, 'has successfully completed the ... course', signatures); "
    "wording after the Joint Accreditation statement for activities planned by two "
    "organisations ('This activity has been planned and implemented by ___ and ___ ... ___ is "
    "accredited by ... to provide continuing education', set apart by a line), and AXIS's "
    "joint providership notes (marcinmotion.com/jointprovider: the provider is the organisation "
    "that awards the credit, the joint provider works with it); trade-association chapter and "
    "supply-house hosted IICRC classes"
)
KIND = "course"
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
.fr { position:absolute; inset:14px; border:2px solid ${dark};
  background: repeating-radial-gradient(circle at 0 0, ${tint} 0 2px, transparent 2px 7px),
              repeating-radial-gradient(circle at 100% 100%, ${tint} 0 2px, transparent 2px 7px), ${paper} }
.in { position:absolute; inset:34px; background:${paper}; border:5px double ${dark} }
.in2 { position:absolute; inset:44px; border:1px solid ${accent} }
.cn { position:absolute; width:30px; height:30px; border:2px solid ${accent}; transform:rotate(45deg); background:${paper} }
.top { position:absolute; left:78px; right:78px; top:62px; display:flex; justify-content:space-between; align-items:flex-start }
.top > div { display:flex; flex-direction:column; align-items:center; text-align:center; white-space:nowrap }
.top .g { height:64px; display:flex; align-items:center; justify-content:center }
.top .r1 { height:28px; line-height:28px }
.top .r2 { height:16px; line-height:16px; font: 10px ${sans}; color:#666 }
.hst { width:280px } .prv { width:380px } .apv { width:200px }
.hst .b { width:54px; height:54px; background:${host_bg}; color:#fff; display:flex; align-items:center;
  justify-content:center; font: bold 17px ${cond}; letter-spacing:1px; border-radius:${host_r} }
.hst .r1 { font: bold 11.5px ${cond}; color:#333 }
.prv .e { width:38px; height:38px; border-radius:50% 50% 50% 0; transform:rotate(-45deg); background:${dark};
  border:3px solid ${accent} }
.prv .r1 { font: bold ${wm_px}px ${display}; color:${dark} }
.prv .r2 { letter-spacing:2.5px; text-transform:uppercase; color:${accent} }
.apv .s { width:62px; height:62px; border-radius:50%; border:2px solid ${seal}; color:${seal};
  box-shadow: inset 0 0 0 3px ${paper}, inset 0 0 0 4px ${seal}; display:flex; align-items:center; justify-content:center;
  font: bold 15px ${display}; letter-spacing:1px }
.apv .r1 { font: bold 10.5px ${sans}; letter-spacing:1.5px; color:${seal} }
.apv .r2 { font-family:${mono}; color:${seal} }
.c { position:absolute; left:96px; right:96px; top:200px; text-align:center; color:#1b1b1b; font-family:${serif} }
h1 { margin:0; font: ${h1_px}px ${display}; color:${dark}; letter-spacing:${h1_ls}px; text-transform:${h1_case}; line-height:1.1 }
.orn { color:${accent}; font: 16px ${serif}; letter-spacing:10px; margin:6px 0 16px }
.ct { font: italic 17px ${serif}; color:#444 }
.nm { font: ${name_px}px ${scriptf}; color:#161616; line-height:1.25; margin-top:10px }
.ln { width:58%; margin:0 auto; border-top:1px solid #777 }
.sn { font-size:17px; line-height:27px; margin:22px auto 0; max-width:820px }
.sn b { font-size:${title_px}px; color:${dark} }
.sg { position:absolute; left:120px; right:120px; bottom:${sg_bottom}px; display:flex; justify-content:space-between; align-items:flex-end }
.sg .p { width:250px; text-align:center; font: 12px ${sans}; color:#333; line-height:15px }
.sg .h { font: 26px ${handf}; color:#1f2f74; border-bottom:1px solid #444; height:44px; line-height:40px; white-space:nowrap;
  overflow:hidden; margin-bottom:6px }
.ro { width:70px; height:70px; border-radius:50%; background: repeating-conic-gradient(${accent} 0 10deg, ${paper} 10deg 20deg);
  display:flex; align-items:center; justify-content:center; margin-bottom:4px }
.ro i { width:46px; height:46px; border-radius:50%; background:${accent}; border:2px solid ${paper} }
.st { position:absolute; left:80px; right:80px; bottom:58px; border-top:1px solid #999; padding-top:7px;
  font: 10.5px ${sans}; color:#3a3a3a; line-height:14px; text-align:${st_align} }
.st p + p { margin-top:3px; color:#666 }
</style>
<div class="pg"></div><div class="fr"></div><div class="in"></div><div class="in2"></div>
<div class="cn" style="left:24px;top:24px"></div><div class="cn" style="right:24px;top:24px"></div>
<div class="cn" style="left:24px;bottom:24px"></div><div class="cn" style="right:24px;bottom:24px"></div>
<div class="top">${left_html}${mid_html}${right_html}</div>
<div class="c">
 <h1>${heading}</h1>
 <div class="orn">${ornament}</div>
 <div class="ct">${certifies}</div>
 <div class="nm">${name}</div>
 <div class="ln"></div>
 <div class="sn">${s_a} <b>${title}</b>${s_b}</div>
</div>
<div class="sg">
 <div class="p"><div class="h">${sig1}</div>${sig1}<br>${role1}</div>
 <div class="ro"><i></i></div>
 <div class="p"><div class="h">${sig2}</div>${sig2}<br>${role2}</div>
</div>
<div class="st"><p>${statement}</p><p>${equipment}</p></div>
"""

SUPPLY_HOUSES = [
    "Tri-County Restoration Supply",
    "Mountain West Cleaning Distributors",
    "Coastal Janitorial & Restoration Supply",
    "Keystone Equipment & Supply Co.",
    "Great Plains Restoration Supply",
]
TRAINING_ROOMS = [
    "the {host} training room",
    "the {host} branch warehouse",
]
TAGLINES = ["Restoration Training", "IICRC Approved School", "Technical Education", "Since 1998"]
ORNAMENTS = ["\u2766 \u2767", "\u2042", "\u273b \u273b \u273b", "\u2014 \u2726 \u2014"]


def _initials(text: str) -> str:
    words = [w for w in text.replace("&", " ").replace("-", " ").split() if w[0].isupper()]
    return "".join(w[0] for w in words)[:4]


def fill(d):
    org_short = d.org_alt or d.org
    city = d.city()
    # The host: an association's local chapter or a supply house's branch.
    if d.chance(0.55):
        assoc = d.pick([a for a in V.ASSOCIATIONS if a != d.org])
        host = f"{assoc}, {city.split(',')[0]} Chapter"
        host_badge = _initials(assoc)
        host_line = assoc
        host_small = f"{city.split(',')[0]} Chapter \u00b7 " + d.pick(
            ["host chapter", "chapter host"]
        )
        host_role = d.pick(
            ["Chapter Education Chair", "Chapter President", "Education Committee Chair"]
        )
        place = d.pick(
            [d.venue(), f"the {d.pick(['Holiday Inn', 'Hampton Inn', 'Courtyard'])} {city}"]
        )
    else:
        host = d.pick(SUPPLY_HOUSES)
        host_badge = _initials(host)
        host_line = host
        host_small = d.pick(["Class host", "Host location", "Training partner"])
        host_role = d.pick(["Branch Manager", "Training Coordinator", "Regional Sales Manager"])
        place = d.pick(TRAINING_ROOMS).format(host=host.replace(" Co.", "")) + f", {city}"
    maker = d.pick([m for m, _ in V.MANUFACTURERS if m != d.org])
    stop = "" if maker.endswith(".") else "."

    provider = d.provider()
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    if d.credit >= 12 or d.chance(0.25):
        when = d.date_range(d.pick([1, 2, 2]) if d.credit >= 14 else 1)
        on = d.pick(["from", "held", "over the days of", "on"])
        when_text = f" {on} {when}" if on != "held" else f", held {when}"
    else:
        when = d.date(d.pick(["long", "words", "ordinal", "weekday", "long_upper"]))
        when_text = f" on {when}"
    hours = d.hours(d.pick(["cec_hours", "words_cec", "ceu_and_cec", "cecs", "hours_title"]))

    s_a = d.pick(
        [
            "has attended and completed the course",
            "has successfully completed all classroom and hands-on requirements of",
            "completed the course",
        ]
    )
    s_b = d.pick([f", presented at {place}{when_text}.", f" at {place}{when_text}."])
    statement = d.pick(
        [
            f"This course was planned and presented by {provider} and {host}. {provider} is an "
            f"IICRC-approved school and awards the credit for this course: {hours}.",
            f"This class was planned and carried out jointly by {provider} and {host}. The credit, "
            f"{hours}, is awarded by {provider}, approved by the IICRC to provide continuing education.",
            f"Presented by {provider} in cooperation with {host}. {provider} is approved by the IICRC "
            f"as a school; the host does not award credit. Credit awarded: {hours}.",
        ]
    )
    equipment = d.pick(
        [
            f"Equipment for the hands-on exercises was provided by {maker}{stop}",
            f"Drying equipment and meters courtesy of {maker}{stop} No product endorsement is implied.",
            f"Hands-on lab equipment on loan from {maker}{stop}",
        ]
    )
    seal_word = d.pick(["IICRC", "CEC"])
    seal_no = f"Course no. {d.approval()}" if d.chance(0.6) else "Continuing education"
    seal_html = (
        f'<div class="apv"><div class="g"><div class="s">{seal_word}</div></div>'
        f'<div class="r1">APPROVED COURSE</div><div class="r2">{seal_no}</div></div>'
    )
    host_html = (
        f'<div class="hst"><div class="g"><div class="b">{escape(host_badge)}</div></div>'
        f'<div class="r1">{escape(host_line)}</div><div class="r2">{escape(host_small)}</div></div>'
    )
    prov_html = (
        f'<div class="prv"><div class="g"><div class="e"></div></div><div class="r1">'
        f'{escape(org_short)}</div><div class="r2">{d.pick(TAGLINES)}</div></div>'
    )
    # The school's wordmark prints the short name; the long one is in the statement.
    left, mid = (host_html, prov_html) if d.chance(0.7) else (prov_html, host_html)
    instructor = d.person()
    chair = d.person()
    return {
        "paper": d.pick(["#fffdf6", "#fbf8ef", "#ffffff"]),
        "tint": d.pick(["rgba(30,60,100,.16)", "rgba(120,90,20,.18)", "rgba(20,80,50,.16)"]),
        "host_bg": d.pick([d.colors["accent"], "#444", d.colors["dark"]]),
        "host_r": d.pick(["4px", "50%", "0"]),
        "seal": d.pick([d.colors["dark"], "#7a1f1f", "#1e4f7a"]),
        "wm_px": 22 if len(org_short) < 26 else 18 if len(org_short) < 36 else 15,
        "h1_px": d.pick([40, 44]),
        "h1_ls": d.pick([1, 3]),
        "h1_case": d.pick(["uppercase", "none"]),
        "name_px": 52 if len(name) < 24 else 42,
        "title_px": 20 if len(title) < 44 else 18,
        "sg_bottom": 118,
        "st_align": d.pick(["left", "center"]),
        "scriptf": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "left_html": left,
        "mid_html": mid,
        "right_html": seal_html,
        "heading": d.pick(["Certificate of Completion", "Certificate of Training"]),
        "ornament": d.pick(ORNAMENTS),
        "certifies": d.pick(["This certifies that", "This is to certify that", "Be it known that"]),
        "name": name,
        "s_a": s_a,
        "title": title,
        "s_b": s_b,
        "sig1": instructor,
        "role1": d.pick(["Instructor", "IICRC Approved Instructor", "Lead Instructor"]),
        "sig2": chair,
        "role2": f"{host_role}, {host.split(',')[0]}" if len(host) < 28 else host_role,
        "statement": statement.replace("Co..", "Co.").replace("Inc..", "Inc."),
        "equipment": equipment,
    }
