"""A laminated renovator course-completion card of the kind EPA lets lead-safe
training providers issue instead of a sheet: a coloured strip with the
training provider, a photo box on the left, and beside it the holder, the
five-part certificate number (discipline, initial or refresher, the
provider's accreditation number, a two-digit year, a sequence), the course,
the date of course completion and test passage, the expiration date five (or
three) years on, the language taught and the training hours; the provider's
street, zip and telephone along the bottom edge."""

SOURCE = (
    "https://19january2021snapshot.epa.gov/lead/instructions-accredited-training-providers "
    "(certificate requirements and numbering protocol: 'could be a laminated card the size of "
    "a driver's license')"
)
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "labelled",
    "landscape",
    "provider-in-logo",
    "distractor-date",
    "address",
    "distractor-person",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border-radius:9px; border:1px solid #888; overflow:hidden; font-family:${sans}; background:#fff }
.top { background:${accent}; color:#fff; padding:4px 8px 3px; display:flex; justify-content:space-between; align-items:center }
.top b { font-size:9px; letter-spacing:0.2px } .top span { font-size:6.2px; text-align:right; line-height:7.5px }
.kind { font: bold 7.6px ${sans}; color:${dark}; padding:3px 8px 0; text-transform:uppercase; letter-spacing:0.4px }
.ph { position:absolute; left:8px; top:43px; width:62px; height:78px; background:linear-gradient(#d9dde3,#b9c0c9); border:1px solid #777 }
.ph:after { content:''; position:absolute; left:18px; top:12px; width:26px; height:30px; border-radius:50%; background:#8a939e }
.ph:before { content:''; position:absolute; left:8px; bottom:0; width:46px; height:26px; border-radius:22px 22px 0 0; background:#8a939e }
.b { position:absolute; left:78px; right:7px; top:40px; font-size:6.6px; color:#222; line-height:9.2px }
.nm { font-size:11px; font-weight:bold; color:#000; line-height:13px }
.cn { font: bold 7.4px ${mono}; color:${dark} }
.t { font-size:7.6px; font-weight:bold; color:#000; line-height:9px; margin:2px 0 1px }
.r { display:flex; gap:6px } .r > div { flex:1 }
small { display:block; font-size:5.2px; color:#666; text-transform:uppercase; line-height:6px; margin-top:2px }
.v { font-size:7px; font-weight:bold; color:#000 }
.sg { margin-top:17px; border-top:1px solid #999; width:62%; font-size:5.4px; color:#555; line-height:6px; padding-top:1px; position:relative }
.sg .hand { position:absolute; top:-12px; left:2px; font: 11px ${hand}; color:#1a2a6c; white-space:nowrap }
.ft { position:absolute; left:0; right:0; bottom:0; padding:2px 8px 3px; font-size:5.6px; color:#333; border-top:1px solid #bbb; background:${light}; display:flex; justify-content:space-between }
</style>
<div class="c">
 <div class="top"><b>${org}</b><span>${accred_label}<br>${accred}</span></div>
 <div class="kind">${discipline}</div>
 <div class="ph"></div>
 <div class="b">
  <div class="nm">${name}</div>
  <div>${addr}</div>
  <div class="cn">${cert_label} ${cert}</div>
  <div class="t">${title}</div>
  <div class="r"><div><small>${date_label}</small><div class="v">${date}</div></div>
   <div><small>${exp_label}</small><div class="v">${expires}</div></div></div>
  <div class="r"><div><small>Language</small><div class="v">${lang}</div></div>
   <div><small>${hours_label}</small><div class="v">${hours}</div></div>
   <div><small>Card issued</small><div class="v">${issued}</div></div></div>
  <div class="sg"><span class="hand">${instructor}</span>${instructor_label}</div>
 </div>
 <div class="ft"><span>${street}, ${town}</span><span>${phone}</span></div>
</div>
"""


def fill(d):
    from datetime import date

    from corpus.formats import fmt_date

    r = d.rng
    street, town = d.address()
    done = d.completed
    years = d.pick([5, 5, 3])
    day = min(done.day, 28) if done.month == 2 else done.day
    expires = date(done.year + years, done.month, day)
    style = d.pick(["us_numeric", "us_numeric", "short_month", "us_dash"])
    accred = f"{r.randrange(10000, 99999)}"
    kind = d.pick(["I", "R"])
    cert = f"R-{kind}-{accred}-{done.year % 100:02d}-{r.randrange(1, 99999):05d}"
    home_street, home_town = d.address()
    return {
        "org": d.provider(),
        "accred_label": d.pick(["Accreditation No.", "Training Provider No."]),
        "accred": accred,
        "discipline": d.pick(
            [
                "Initial course completion" if kind == "I" else "Refresher course completion",
                "Course completion certificate",
            ]
        ),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "addr": f"{home_street.split(',')[0]}, {home_town}",
        "cert_label": d.pick(["Cert. No.", "ID#", "Certificate #"]),
        "cert": cert,
        "title": d.title(d.pick(["plain", "with_code"])),
        "date_label": d.pick(["Course / test date", "Completed", "Date of completion"]),
        "date": d.date(style),
        "exp_label": d.pick(["Expires", "Expiration date", "Valid through"]),
        "expires": fmt_date(expires, style),
        "lang": d.pick(["English", "English", "Spanish"]),
        "hours_label": d.pick(["Training hours", "Hours", "Course hours"]),
        "hours": d.hours_number(),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "issued": d.other_date("issue", style),
        "instructor": d.person(),
        "instructor_label": d.pick(["Principal instructor", "Training manager"]),
    }
