"""Ornamental bands top and bottom, centred lines, and the date spelled out
as "On the Nth Day of Month In the Year YYYY", then "At:" and the place."""

SOURCE = "azuya/CertificateBuilder:templates/default/default.tpl"
KIND = "course"
PAPER = ["letter-landscape", "letter-landscape", "letter-portrait"]
CATEGORIES = ("sentence", "ornate", "date-words", "provider-in-logo", "landscape", "script-name")

TEMPLATE = """<style>
.band { position:absolute; left:40px; right:40px; height:46px;
  background: repeating-linear-gradient(45deg, ${accent} 0 10px, #fff 10px 14px, ${dark} 14px 22px, #fff 22px 26px); }
.top { top:34px } .bottom { bottom:34px }
.body { position:absolute; top:110px; left:80px; right:80px; bottom:110px; text-align:center;
  font-family:${serif}; color:#222; display:flex; flex-direction:column; justify-content:space-between }
.org { font: 600 15px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${dark} }
#title { font-size:46px; color:${dark}; margin:4px 0 }
#name { font-family:${script}; font-size:64px; color:#111; margin:2px 0 }
#cert { font-size:28px; font-weight:bold; margin:2px 0 }
.small { font-size:16px } .signed { text-align:right; font-size:15px; margin-right:40px }
</style>
<div class="band top"></div>
<div class="body">
 <div class="org">${org}</div>
 <p id="title">${heading}</p>
 <p class="small">${certify}</p>
 <p id="name">${name}</p>
 <p class="small">${statement}</p>
 <p id="cert">${title}</p>
 <p class="small">On the <b>${day}</b> Day of <b>${month}</b> In the Year <b>${year}</b></p>
 <p class="small">At: ${place}.</p>
 <p class="small">${hours}</p>
 <p class="signed">Signed, <span style="font-family:${hand};font-size:26px">${signer}</span><br>${signer} &middot; ${role}</p>
</div>
<div class="band bottom"></div>
"""

HEADINGS = ["Certificate of Completion", "Certificate of Training", "Certificate"]
CERTIFY = ["This is to certify that", "This certifies that", "Be it known that"]
STATEMENTS = [
    "has successfully completed the course requirements for",
    "has satisfactorily completed the requirements of",
    "has completed all classroom and practical requirements for",
]


def fill(d):
    from corpus.formats import MONTHS, ORDINAL_WORDS

    d.date("long")  # records the truth; the page prints it in words below
    c = d.completed
    day = d.pick([ORDINAL_WORDS[c.day].capitalize(), f"{c.day}{_sfx(c.day)}"])
    d.printed["completion_date"] = f"{day} Day of {MONTHS[c.month - 1]} In the Year {c.year}"
    return {
        "org": d.provider(),
        "heading": d.pick(HEADINGS),
        "certify": d.pick(CERTIFY),
        "name": d.name("plain"),
        "statement": d.pick(STATEMENTS),
        "title": d.title(),
        "day": day,
        "month": MONTHS[c.month - 1],
        "year": c.year,
        "place": d.city(),
        "hours": f"Approved for {d.hours(d.pick(['cec_hours', 'cecs', 'words']))} of continuing education",
        "signer": d.person(),
        "role": d.role(),
    }


def _sfx(day):
    from corpus.formats import suffix

    return suffix(day)
