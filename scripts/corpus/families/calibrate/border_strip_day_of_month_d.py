"""A centred landscape certificate on a faint paper texture with a repeated
ornament strip across the top and the same strip flipped across the bottom:
a script title, "This is to certify that", the name, the course requirements
completed, the date written as "On the ... Day of ... In the Year ...", the
place after "At:", and a right-hand "Signed," with the signature, the signer
and the school under it. Some print the hours in words in the sentence."""

SOURCE = "azuya/CertificateBuilder:templates/default/default.tpl (and styles.css)"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "sentence",
    "date-words",
    "landscape",
    "ornate",
    "distractor-person",
    "hours-words",
    "pattern",
)

TEMPLATE = """<style>
.tex { position:absolute; inset:0; background:
  repeating-linear-gradient(37deg, rgba(120,100,60,0.05) 0 2px, transparent 2px 7px),
  repeating-linear-gradient(-53deg, rgba(120,100,60,0.04) 0 1px, transparent 1px 5px), ${light} }
.strip { position:absolute; left:0; right:0; height:61px; background:
  radial-gradient(circle at 30px 30px, ${accent} 0 7px, transparent 7.5px) 0 0 / 60px 61px,
  radial-gradient(circle at 30px 30px, transparent 0 14px, ${dark} 14.5px 16px, transparent 16.5px) 0 0 / 60px 61px,
  radial-gradient(circle at 0 30px, transparent 0 14px, ${accent} 14.5px 15.5px, transparent 16px) 0 0 / 60px 61px,
  linear-gradient(${dark}, ${dark}) 0 54px / 100% 3px no-repeat,
  linear-gradient(${dark}, ${dark}) 0 58px / 100% 1px no-repeat }
.top { top:18px } .bot { bottom:18px; transform:scaleY(-1) }
.w { position:absolute; left:60px; right:60px; top:96px; bottom:96px; text-align:center; font: 19px ${serif}; color:#222;
  display:flex; flex-direction:column; justify-content:center }
.w p { margin:0 0 10px }
#title { font: 62px ${script}; color:${dark}; margin-bottom:6px }
#name { font: bold 34px ${serif}; margin:2px 0 12px }
#cert { font: bold 29px ${display}; color:${dark}; margin:2px 0 12px; letter-spacing:0.5px }
.b { font-weight:bold }
.signed { text-align:right; padding-right:22%; margin:18px 0 0 !important; font-style:italic }
.sigline { margin-left:auto; margin-right:16%; width:310px; text-align:center; font-size:13.5px; line-height:17px }
.sigline .s { font: 32px ${hand}; color:#1c2f6b; border-bottom:1px solid #444; margin-bottom:3px }
</style>
<div class="tex"></div>
<div class="strip top"></div><div class="strip bot"></div>
<div class="w">
 <p id="title">${heading}</p>
 <p>This is to certify that</p>
 <p id="name">${name}</p>
 <p>${completed}</p>
 <p id="cert">${title}</p>
 ${hours_html}
 <p>On the <span class="b">${day}</span> Day of <span class="b">${month}</span> In the Year <span class="b">${year}</span></p>
 <p>At: <span class="b">${place}</span>.</p>
 <p class="signed">Signed,</p>
 <div class="sigline"><div class="s">${signer}</div>${signer}, ${role}<br>${org}</div>
</div>
"""


def fill(d):
    import html

    from corpus.formats import MONTHS, ORDINAL_WORDS, number_words, suffix

    c = d.completed
    words = d.chance(0.35)
    day = ORDINAL_WORDS[c.day].capitalize() if words else f"{c.day}{suffix(c.day)}"
    year = str(c.year)
    d.put(
        "completion_date",
        c.isoformat(),
        f"On the {day} Day of {MONTHS[c.month - 1]} In the Year {year}",
    )
    hours_html = ""
    if d.chance(0.6):
        n = f"{d.credit:g}"
        text = f"{number_words(d.credit)} ({n}) {d.pick(['hours', 'clock hours', 'CEC hours'])}"
        d.put("hours", float(d.credit), text)
        lead = d.pick(["comprising a total of", "consisting of", "totalling"])
        hours_html = f"<p>{lead} <span class='b'>{html.escape(text)}</span> of instruction</p>"
    return {
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Training", "Certificate of Achievement"]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "completed": d.pick(
            [
                "has successfully completed the course requirements for",
                "has successfully completed the requirements of the course",
                "has satisfactorily completed the course requirements for",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "hours_html": hours_html,
        "day": day,
        "month": MONTHS[c.month - 1],
        "year": year,
        "place": d.pick([d.city(), d.venue(), d.address()[1]]),
        "signer": d.person(),
        "role": d.pick(["Instructor", "Lead Instructor", d.role()]),
        "org": d.provider(),
    }
