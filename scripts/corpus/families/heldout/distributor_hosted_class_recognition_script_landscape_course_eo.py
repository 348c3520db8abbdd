"""A landscape certificate for a class a provider taught at a distributor's
branch: the provider's name is the logo lockup at the top centre, the host
distributor's wordmark sits small in a corner; a big serif word, a phrase
of recognition, the holder's name in a script face over a rule, a running
sentence with the class, the host branch and city, the day written out in
words and the credit in words; a footer with two signers and titles, a
certificate number and an issue date. The host, the signers, the number and
the issue date are distractors."""

SOURCE = (
    "shafi0313/blri-learn:resources/views/user/certificate/css.blade.php (bordered landscape "
    "certificate: logo, big title, presented-to line, student name, course, signature rules) "
    "and Advenian/Cenerator:resources/views/certif1.blade.php (title / subtitle / awarded-to "
    "stack)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "script-name",
    "ornate",
    "sentence",
    "provider-in-logo",
    "date-words",
    "hours-in-sentence",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:22px; border:${frame_w}px solid ${accent} }
.fr2 { position:absolute; inset:34px; border:1px solid ${accent} }
.cn { position:absolute; width:46px; height:46px; border:2px solid ${accent}; transform:rotate(45deg) }
.w { position:absolute; inset:52px 80px 46px; text-align:center; color:#1b1b1b; font-family:${serif} }
.lock { display:inline-flex; align-items:center; gap:10px; margin-top:34px }
.lock .m { width:38px; height:38px; border-radius:50%; background:${dark}; color:#fff; font: bold 15px ${display}; display:flex; align-items:center; justify-content:center }
.lock .n { font: 600 15px ${sans}; letter-spacing:2px; color:${dark} }
.host { position:absolute; right:0; top:0; font: 10px ${sans}; color:#555; text-align:right; line-height:13px }
.host b { display:block; font: bold 12px ${cond}; letter-spacing:1px; color:#333; text-transform:uppercase }
h1 { font: normal 72px ${display}; margin:26px 0 0; letter-spacing:3px; line-height:78px; color:${dark} }
.rec { font: italic 20px ${serif}; margin-top:14px }
.nm { font: 54px ${script}; margin:26px auto 0; display:inline-block; min-width:460px; border-bottom:1px solid #777; padding:0 20px 2px; color:#111 }
.tx { font-size:19px; line-height:30px; max-width:800px; margin:30px auto 0 }
.seal { position:absolute; left:50%; bottom:70px; width:86px; height:86px; margin-left:-43px; border-radius:50%; border:3px double ${accent}; background: radial-gradient(circle, ${light} 55%, ${accent} 56%, ${accent} 60%, ${light} 61%) }
.ft { position:absolute; left:0; right:0; bottom:0; display:flex; justify-content:space-between; align-items:flex-end }
.sg { width:230px; font: 11.5px ${sans}; line-height:15px } .sg .h { font: 25px ${hand}; color:#1d2f6b; white-space:nowrap; border-bottom:1px solid #333; height:32px }
.mid { font: 10.5px ${sans}; color:#444; line-height:15px }
</style>
<div class="fr"></div><div class="fr2"></div>
<div class="cn" style="left:12px; top:12px"></div><div class="cn" style="right:12px; top:12px"></div>
<div class="cn" style="left:12px; bottom:12px"></div><div class="cn" style="right:12px; bottom:12px"></div>
<div class="w">
 <div class="host"><b>${host}</b>${host_line}</div>
 <div class="lock"><div class="m">${mark}</div><div class="n">${provider}</div></div>
 <h1>${big_word}</h1>
 <div class="rec">${rec}</div>
 <div class="nm">${name}</div>
 <div class="tx">${sentence}</div>
 <div class="seal"></div>
 <div class="ft">
  <div class="sg"><div class="h">${s1}</div>${s1}<br>${s1_role}</div>
  <div class="mid">${cert_label} ${cert_no}<br>Issued ${issued}</div>
  <div class="sg"><div class="h">${s2}</div>${s2}<br>${s2_role}</div>
 </div>
</div>
"""

HOSTS = [
    ("Cascade Janitorial & Restoration Supply", "Spokane branch"),
    ("Tri-County Restoration Supply", "Training room, Dallas"),
    ("Front Range Restoration Supply", "Denver showroom"),
    ("Gulfport Cleaning Supply Co.", "Orlando branch"),
]


def fill(d):
    host, host_line = d.pick(HOSTS)
    provider = d.provider(d.pick([None, "upper"]))
    short = (d.org_alt or d.org).replace("&", "")
    mark = "".join(w[0] for w in short.split() if w[0].isupper())[:3]
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code"]))
    date = d.date("words")
    hours = d.hours(d.pick(["words", "words_cec", "cec_hours", "cecs"]))
    city = d.city()
    sentence = d.pick(
        [
            f"for completing {title}, hosted at {host.split(' ')[0]} in {city} on {date}, "
            f"and is awarded {hours}.",
            f"who completed the course {title} on {date} at a class held in {city}, "
            f"earning {hours}.",
        ]
    )
    return {
        "frame_w": d.pick([3, 5, 8]),
        "host": host,
        "host_line": f"Host · {host_line}",
        "mark": mark,
        "provider": provider,
        "big_word": d.pick(["Certificate", "Recognition", "Achievement"]),
        "rec": d.pick(
            [
                "is proudly presented to",
                "in recognition of successful completion, is awarded to",
                "this acknowledges that",
            ]
        ),
        "name": name,
        "sentence": sentence,
        "s1": d.person(),
        "s1_role": d.pick(["Course Instructor", "IICRC Approved Instructor", "Lead Instructor"]),
        "s2": d.person(),
        "s2_role": d.pick(["Director of Education", "President", "Training Manager"]),
        "cert_label": d.pick(["Certificate no.", "Cert. #", "No."]),
        "cert_no": d.number(),
        "issued": d.other_date("issue", d.pick(["long", "us_numeric", "short_month"])),
    }
