"""A training provider's congratulation letter to a technician, portrait,
where the provider's name exists only inside its logo: a circular or shield
emblem with its initials beside a two-line wordmark at the top centre, a
thin rule with the address and web address under it. The letter is dated at
the right, addressed "Dear" with the first name, and its middle breaks out
of the running text: a line saying the provider is pleased to confirm that,
then the holder's full name alone on a line in a large script face, then a
centred line with the course title in bold and the day it was completed,
then "is awarded" the hours. A paragraph of what comes next (the IICRC exam
or the technician's renewal date, a technician ID) and the training
director's signature follow, with the next scheduled classes in a small
footer."""

SOURCE = (
    "iandennismiller/diamond-patterns:docs/patterns/letter-formal.rst (formal letter: from and "
    "to addresses, phone, email) and wording of equipment makers' and schools' congratulation "
    "letters to course graduates"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "letter",
    "script-name",
    "provider-in-logo",
    "sentence",
    "portrait",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.lg { position:absolute; left:0; right:0; top:48px; display:flex; justify-content:center; align-items:center; gap:${lg_gap}px }
.em { width:62px; height:62px; border-radius:${em_r}; border:3px solid ${accent}; color:${dark}; font: bold 20px ${display}; display:flex; align-items:center; justify-content:center; background:${light} }
.wm { font: ${wm_weight} ${wm_px}px ${wm_face}; color:${dark}; line-height:1.1; max-width:520px; letter-spacing:${wm_ls}px }
.ad { position:absolute; left:80px; right:80px; top:128px; border-top:1px solid ${accent}; padding-top:5px; text-align:center; font: 10.5px ${sans}; color:#555; letter-spacing:.5px }
.w { position:absolute; left:80px; right:80px; top:176px; font: 14.5px ${body}; line-height:22px; color:#1d1d1d }
.w p { margin:0 0 13px }
.dt { text-align:right }
.c { text-align:center; margin:4px 0 }
.nm { text-align:center; font: ${nm_px}px ${script}; color:${dark}; line-height:1.3; margin:6px 0 4px }
.ct { text-align:center; font-size:16px } .ct b { font-size:17px }
.aw { text-align:center; margin:8px 0 18px; font-size:15px }
.sg .h { font: 28px ${hand}; color:#1c2e66; line-height:36px; white-space:nowrap }
.ft { position:absolute; left:80px; right:80px; bottom:32px; font: 9.5px ${sans}; color:#666; text-align:center; border-top:1px solid #ddd; padding-top:5px }
</style>
<div class="lg"><div class="em">${initials}</div><div class="wm">${org}</div></div>
<div class="ad">${street} · ${town} · ${web}</div>
<div class="w">
 <p class="dt">${letter_date}</p>
 <p>Dear ${salutation},</p>
 <p>${p1}</p>
 <div class="nm">${name}</div>
 <p class="ct">${completed_word} <b>${title}</b><br>${on_word} ${date}</p>
 <p class="aw">${awarded_word} ${hours}</p>
 <p>${p2}</p>
 <p>${closing}</p>
 <div class="sg"><div class="h">${signer}</div>${signer}<br>${signer_role}</div>
</div>
<div class="ft">${footer}</div>
"""


def fill(d):
    r = d.rng
    street, town = d.address()
    org = d.provider(d.pick([None, None, "upper"]))
    words = [w for w in org.replace("&", "").replace(",", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words if w not in ("LLC", "Inc.", "Co."))[:3]
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    first = name.split()[0].title() if name.isupper() else d.first
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    date = d.date(d.pick(["long", "ordinal", "weekday", "dmy_long", "words"]))
    hours = d.hours(d.pick(["cecs", "cec_hours", "words_cec", "iicrc_cec", "hours_title"]))
    tech_id = f"{r.randrange(100000, 999999)}"
    p1 = d.pick(
        [
            "Congratulations! It is our pleasure to confirm that",
            "On behalf of our training team, we are pleased to confirm that",
            "Thank you for training with us. Our records confirm that",
        ]
    )
    p2 = d.pick(
        [
            f"If you sat the IICRC examination at the end of class, your results will come "
            f"to you directly from the IICRC. Please quote technician ID {tech_id} when you "
            "contact us.",
            f"Please keep this letter with your certificate. Your current certification "
            f"renews on {d.other_date('expiry', 'long')}; your technician ID is {tech_id}.",
        ]
    )
    nxt = d.other_date("print", "short_month")
    return {
        "em_r": d.pick(["50%", "50% 50% 50% 50% / 40% 40% 60% 60%", "8px"]),
        "wm_face": d.fonts[d.pick(["display", "sans", "serif"])],
        "wm_weight": d.pick(["bold", "normal"]),
        "wm_px": d.pick([20, 23, 26]),
        "wm_ls": d.pick([0, 1, 2]),
        "lg_gap": d.pick([64, 72, 84]),
        "body": d.fonts[d.pick(["serif", "sans"])],
        "script": d.fonts["script"],
        "nm_px": d.pick([34, 38, 42]),
        "hand": d.fonts["hand"],
        "initials": initials,
        "org": org,
        "street": street,
        "town": town,
        "web": d.web(),
        "letter_date": d.other_date("issue", d.pick(["long", "dmy_long"])),
        "salutation": first,
        "p1": p1,
        "name": name,
        "completed_word": d.pick(["has successfully completed", "has completed", "completed"]),
        "title": title,
        "on_word": "on",
        "date": date,
        "awarded_word": d.pick(["and is awarded", "and has been awarded", "and is hereby awarded"]),
        "hours": hours,
        "p2": p2,
        "closing": d.pick(["With best regards,", "Sincerely,", "Congratulations again,"]),
        "signer": d.person(),
        "signer_role": d.pick(["Training Director", "Director of Education", "Lead Instructor"]),
        "footer": d.pick(
            [
                f"Next classes begin {nxt} · Register online at {d.web()}",
                f"Upcoming: advanced drying and odor classes from {nxt}",
            ]
        ),
    }
