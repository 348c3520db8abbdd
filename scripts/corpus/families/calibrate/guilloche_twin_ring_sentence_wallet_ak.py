"""A plastic wallet card a school hands out at the end of a class, laid out
like a bank card: a fine guilloche ground inside a thin double rule, two
overlapping rings in the top left corner as the school's mark with its name
set small beside them, and no labels on the face: a running sentence (certify
that, the holder's name in a script hand, completed so many hours of the
course requirements for the course, on a day written in words or plain),
then along the bottom edge a spaced card number, a valid-thru month and
year, and the instructor's signature in a hand over a small role line."""

SOURCE = (
    "aselim21/pinkbank-project:src/_includes/partials/design-section.11ty.js (card front: "
    "two circles in the corner, spaced number, holder, validity) and "
    "azuya/CertificateBuilder:templates/default/default.tpl (the certify / completed the "
    "course requirements for / on the day of sentence)"
)
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "landscape",
    "sentence",
    "script-name",
    "provider-in-logo",
    "ornate",
    "distractor-person",
    "distractor-date",
    "guilloche",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:11px; overflow:hidden; font-family:${serif}; color:#222;
  background: repeating-radial-gradient(circle at 18% 120%, ${light} 0 3px, #fff 3px 5px),
  linear-gradient(${light}, #fff) }
.g { position:absolute; inset:0; opacity:.35;
  background: repeating-linear-gradient(60deg, transparent 0 6px, ${accent}22 6px 7px),
  repeating-linear-gradient(-60deg, transparent 0 6px, ${accent}22 6px 7px) }
.fr { position:absolute; inset:5px; border:1.5px solid ${dark}; border-radius:8px }
.fr:after { content:''; position:absolute; inset:2px; border:0.6px solid ${accent}; border-radius:6px }
.mk { position:absolute; left:14px; top:11px; width:40px; height:24px }
.mk i { position:absolute; top:0; width:24px; height:24px; border-radius:50% }
.mk .a { left:0; background:${dark} } .mk .b { right:0; background:${accent}; opacity:.85 }
.org { position:absolute; left:60px; right:14px; top:12px; font: bold 7.4px ${sans}; white-space:nowrap;
  letter-spacing:.3px; color:${dark}; line-height:9px }
.org small { display:block; font-weight:normal; letter-spacing:.3px; color:#555; font-size:5.8px; line-height:8px }
.s { position:absolute; left:16px; right:16px; top:44px; text-align:center; font-size:7px; line-height:9px }
.nm { font: 19px ${script}; color:${dark}; line-height:22px; white-space:nowrap; margin:1px 0 0 }
.t { font: bold 8.6px ${serif}; color:#000; line-height:10px; margin:1px 0 }
.num { position:absolute; left:16px; bottom:28px; line-height:10px; font: bold 8.5px ${mono}; letter-spacing:1.4px; color:#333 }
.vt { position:absolute; left:16px; bottom:12px; font: 5.4px ${sans}; color:#555; text-transform:uppercase; line-height:10px }
.vt b { font: bold 8px ${mono}; color:#222; margin-left:3px; vertical-align:-1px }
.sg { position:absolute; right:16px; bottom:11px; width:104px; text-align:center; border-top:0.7px solid #444;
  font: 5.4px ${sans}; color:#444; padding-top:1px; line-height:6.4px }
.sg .h { position:absolute; left:0; right:0; top:-15px; font: 12px ${hand}; line-height:13px; color:#1b2f6b; white-space:nowrap }
</style>
<div class="c"><div class="g"></div><div class="fr"></div>
 <div class="mk"><i class="a"></i><i class="b"></i></div>
 <div class="org">${org}<small>${tagline}</small></div>
 <div class="s">${certify}<div class="nm">${name}</div>${completed}<div class="t">${title}</div>${on} ${date}</div>
 <div class="num">${card}</div>
 <div class="vt">${valid_label}<b>${valid}</b></div>
 <div class="sg"><span class="h">${signer}</span>${signer_role}</div>
</div>
"""


def fill(d):
    r = d.rng
    years = d.pick([2, 3, 4, 4])
    valid = f"{d.completed.month:02d}/{(d.completed.year + years) % 100:02d}"
    card = " ".join(f"{r.randrange(0, 10000):04d}" for _ in range(d.pick([3, 4])))
    style = d.pick(["words", "words", "long", "ordinal", "dmy_long"])
    on = "on" if style != "words" else d.pick(["on", "this"])
    hours = d.hours_number() if d.chance(0.6) else None
    if hours is not None:
        unit = "hour" if float(hours) == 1 else "hours"
        completed = d.pick(
            [
                f"has successfully completed {hours} {unit} of course requirements for",
                f"has completed the {hours}-hour course requirements for",
            ]
        )
    else:
        completed = d.pick(
            [
                "has successfully completed the course requirements for",
                "has satisfactorily completed the course of training in",
            ]
        )
    return {
        "org": d.provider(d.pick(["upper", None])),
        "tagline": d.pick(
            ["Classroom & field training", "Technician education since 1998", "Training division"]
        ),
        "certify": d.pick(
            ["This is to certify that", "This card certifies that", "Be it known that"]
        ),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "completed": completed,
        "title": d.title(d.pick(["plain", "with_code", "plain"])),
        "on": on,
        "date": d.date(style),
        "card": card,
        "valid_label": d.pick(["Valid thru", "Good thru", "Card valid to"]),
        "valid": valid,
        "signer": d.person(),
        "signer_role": d.pick(["Instructor", "Approved Instructor", "Course Director"]),
    }
