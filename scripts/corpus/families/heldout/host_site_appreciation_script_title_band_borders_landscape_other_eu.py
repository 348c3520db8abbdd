"""A certificate of appreciation a school gives the company (and the person)
who hosted one of its classes, landscape: a patterned band across the top
and the same band mirrored across the bottom on a textured ground, the
title set large in a script face, a "presented to" line, the host's name in
bold serif and the company under it, a sentence naming the class hosted
(with its length and CEC hours) and the school that taught it, the day
written out as "On the ... Day of ... In the Year ...", the place, and
"Signed," with a hand-written signature over the signer's name, with a
foil seal at the other side. It thanks a host; the host earned nothing."""

SOURCE = (
    "azuya/CertificateBuilder:templates/default/default.tpl and styles.css (repeat-x border "
    "band top and mirrored bottom, script title, bold-serif name, display-face subject, "
    "'On the <day> Day of <month> In the Year <year>', 'At:', right-aligned 'Signed,' with a "
    "signature image)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "ornate",
    "sentence",
    "distractor-person",
    "appreciation",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${light};
  background-image:radial-gradient(rgba(0,0,0,.035) 1px, transparent 1.2px); background-size:5px 5px; text-align:center;
  font:16px ${serif}; color:#2a2a2a }
.bd { position:absolute; left:0; right:0; height:58px;
  background:repeating-linear-gradient(90deg, ${band} 0 8px, transparent 8px 20px), linear-gradient(${band}, ${band}) top/100% 8px no-repeat,
  linear-gradient(${band}, ${band}) bottom/100% 3px no-repeat;
  -webkit-mask:radial-gradient(circle at 14px 34px, #000 9px, transparent 10px) 0 0/28px 58px, linear-gradient(#000,#000) 0 0/100% 14px no-repeat, linear-gradient(#000,#000) 0 100%/100% 3px no-repeat }
.bd.t { top:34px } .bd.b { bottom:34px; transform:scaleY(-1) }
.in { position:absolute; left:90px; right:90px; top:112px; bottom:104px }
.ti { font:${title_px}px/1.1 ${script}; color:${dark}; margin:22px 0 6px }
.pre { font:italic 18px ${serif}; color:#444; margin-top:14px }
.nm { font:bold ${name_px}px ${serif}; color:#1a1a1a; margin:18px 0 4px; letter-spacing:.5px }
.co { font:15px ${serif}; color:#555; letter-spacing:1.5px; text-transform:uppercase }
.why { margin:26px auto 0; max-width:760px; font:17px/26px ${serif} }
.why b { font:600 19px ${display}; color:${dark} }
.on { margin-top:22px; font:16px/24px ${serif} } .on b { font-weight:bold }
.sg { position:absolute; right:40px; bottom:0; width:270px; text-align:center; font:14px ${serif} }
.sg .s { text-align:left; font-style:italic; color:#555 }
.sg .h { font:30px/34px ${hand}; color:#1b2a6b; border-bottom:1px solid #333; padding-bottom:2px; white-space:nowrap }
.sg2 { position:absolute; left:200px; bottom:0; width:240px; text-align:center; font:14px ${serif} }
.sg2 .h { font:28px/34px ${hand}; color:#1b2a6b; border-bottom:1px solid #333; padding-bottom:2px; white-space:nowrap }
.seal { position:absolute; left:40px; bottom:-6px; width:116px; height:116px; border-radius:50%;
  background:radial-gradient(circle, ${seal} 0 50%, transparent 51%), repeating-conic-gradient(${seal} 0 6deg, ${seal2} 6deg 12deg);
  display:flex; align-items:center; justify-content:center }
.seal span { width:74px; height:74px; border-radius:50%; border:2px dotted rgba(255,255,255,.8); color:#fff; font:bold 10px/12px ${sans};
  letter-spacing:1px; display:flex; align-items:center; justify-content:center; text-transform:uppercase }
</style>
<div class="pg">
 <div class="bd t"></div><div class="bd b"></div>
 <div class="in">
  <div class="ti">${title_word}</div>
  <div class="pre">${pre}</div>
  <div class="nm">${name}</div>
  <div class="co">${company}</div>
  <div class="why">${why_1} <b>${course}</b> ${why_2}</div>
  <div class="on">${on_html}</div>
  <div class="seal"><span>${seal_word}</span></div>
  ${second_html}
  <div class="sg"><div class="s">Signed,</div><div class="h">${signer}</div>${signer_print}<br>${signer_role}</div>
 </div>
</div>
"""

COMPANIES = [
    "Rapid Response Restoration",
    "Lakeside Water & Fire Cleanup",
    "Midstate Disaster Services",
    "Guardian Restoration Co.",
    "Canyon Cleaning & Restoration",
    "Valley Pro Carpet & Tile",
]


def fill(d):
    import html

    from corpus.formats import MONTHS, suffix

    e = html.escape
    name = d.name(d.pick(["plain", "plain", "upper", "honorific"]))
    course = d.title(d.pick(["plain", "with_code"]))
    org = d.provider()
    days = max(1, round(d.credit / 7))
    length = d.pick([f"{days}-day", "", "hands-on"]) if days > 1 else d.pick(["", "one-day"])
    hours = d.hours(d.pick(["hours_title", "cec_hours", "cecs"]))
    day = d.completed
    words = d.chance(0.5)
    if words:
        on_html = (
            f"On the <b>{day.day}{suffix(day.day)}</b> Day of <b>{MONTHS[day.month - 1]}</b> "
            f"In the Year <b>{day.year}</b><br>At: <b>{e(d.city())}</b>"
        )
    else:
        on_html = f"{d.pick(['Given on', 'Presented on'])} {e(d.date('words'))}<br>{e(d.city())}"
    signer = d.person()
    second = d.person() if d.chance(0.5) else ""
    second_html = (
        f"<div class='sg2'><div class='h'>{e(second)}</div>{e(second)}<br>"
        f"{e(d.pick(['Lead Instructor', 'IICRC Approved Instructor', 'Program Coordinator']))}</div>"
        if second
        else ""
    )
    company = d.pick(COMPANIES)
    return {
        "band": d.colors[d.pick(["dark", "accent"])],
        "seal": d.pick(["#b8860b", "#8b0000", "#1f3a5f"]),
        "seal2": d.pick(["#d4a62a", "#a52a2a", "#2e5283"]),
        "title_px": 64 if d.chance(0.5) else 56,
        "title_word": d.pick(
            ["Certificate of Appreciation", "With Sincere Appreciation", "Certificate of Thanks"]
        ),
        "pre": d.pick(
            [
                "is gratefully presented to",
                "This certificate is presented to",
                "Presented with thanks to",
            ]
        ),
        "name": name,
        "name_px": 30 if len(name) < 28 else 25,
        "company": company,
        "why_1": d.pick(
            [
                "in recognition of generously hosting the",
                "for opening your warehouse and drying chambers to the",
                "with thanks for providing the classroom and lab for the",
            ]
        ),
        "course": course,
        "why_2": f"{length + ' ' if length else ''}class ({hours}) presented by {org}".replace(
            "  ", " "
        ),
        "on_html": on_html,
        "seal_word": d.pick(["Thank You", "Host Site", "With Thanks"]),
        "second_html": second_html,
        "signer": signer,
        "signer_print": signer,
        "signer_role": d.pick(["Director of Education", "President", "Executive Director"])
        + f", {d.org_alt or org}",
    }
