"""A portrait certificate re-created from a Bootstrap page: a wide flat gold
border round a white sheet on a pale green ground, a big upper-case
Garamond-style heading on one or two lines, "This is to certify that", the
name large, bold and underlined, then two paragraphs in a grey serif: one
running sentence holding the course, the school and the credit, and a
sentence of thanks. The footer has "Date:" with the date in year/month/day
order over a rule at the left and a signature over "Authorized Signature" at
the right; a flat gold disc reading "Official" sits against the right edge
part way down."""

SOURCE = "dervisduka/fermaOnline:fermaOnline/resources/views/Certificate.blade.php"
KIND = "course"
PAPER = "letter-portrait"
CATEGORIES = (
    "portrait",
    "ornate",
    "seal",
    "sentence",
    "big-serif-title",
    "hours-in-sentence",
    "distractor-person",
)

TEMPLATE = """<style>
.gr { position:absolute; inset:0; background:#f3fff7 }
.bx { position:absolute; inset:34px; border:15px solid ${gold}; background:#fff; box-shadow:5px 5px 15px rgba(0,0,0,.3);
  padding:70px 40px 0; text-align:center; font-family:${serif} }
h1 { margin:0 0 10px; font: bold ${h1_px}px ${display}; text-transform:uppercase; color:#333; line-height:1.15 }
.p { font-size:21px; color:#555; margin:18px 0; line-height:1.5; padding:0 64px }
h2 { margin:26px 0; font: bold ${name_px}px ${display}; color:#222; text-decoration:underline; line-height:1.25; white-space:nowrap }
.ft { position:absolute; left:90px; right:90px; bottom:96px; display:flex; justify-content:space-between; align-items:flex-end }
.sb { width:40%; font: bold 18px ${serif}; color:#333 }
.sb .ln { height:2px; background:#000; margin:10px 0 0 }
.sb i { display:block; font: normal 30px ${hand}; color:#1d2f6a; white-space:nowrap; overflow:hidden }
.seal { position:absolute; top:40%; right:6px; width:112px; height:112px; border-radius:50%;
  background: radial-gradient(circle, ${gold} 40%, #d4af37 80%); display:flex; align-items:center; justify-content:center;
  font: bold 19px ${sans}; color:#fff; text-shadow:2px 2px 3px rgba(0,0,0,.3) }
</style>
<div class="gr"></div>
<div class="bx">
 <h1>${heading}</h1>
 <div class="p">This is to certify that</div>
 <h2>${name}</h2>
 <div class="p">${sentence}</div>
 <div class="p">${thanks}</div>
 <div class="seal">${seal}</div>
</div>
<div class="ft">
 <div class="sb" style="text-align:left">Date: ${date}<div class="ln"></div></div>
 <div class="sb" style="text-align:right"><i>${signer}</i>Authorized Signature<div class="ln"></div></div>
</div>
"""


def fill(d):
    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    hours = d.hours(d.pick(["cec_hours", "words_cec", "cecs", "credit_hours"]))
    c = d.completed
    date_text = d.pick([f"{c.year}/{c.month:02d}/{c.day:02d}", None, None])
    if date_text:
        d.put("completion_date", c.isoformat(), date_text)
    else:
        date_text = d.date(d.pick(["iso", "us_numeric", "long"]))
    if hours.startswith("Credit Hours"):
        sentence = f"has completed {title}, a course of instruction offered by {org}. {hours}."
    else:
        sentence = d.pick(
            [
                f"has completed {title}, a course of instruction offered by {org}, "
                f"and has earned {hours}.",
                f"has been recognized for completing {title} with {org}, earning {hours}.",
            ]
        )
    heading = d.pick(
        ["Certificate of Completion", "Certificate of Training", "Certificate of Excellence"]
    )
    return {
        "gold": d.pick(["gold", "#d4af37", "#c9a227"]),
        "heading": heading,
        "h1_px": 46,
        "name": name,
        "name_px": min(40, int(600 / (max(len(name), 1) * (0.74 if name.isupper() else 0.62)))),
        "sentence": sentence,
        "thanks": d.pick(
            [
                "We appreciate your commitment to excellence and to the restoration trade.",
                "We appreciate your commitment to safe, professional work on every job.",
            ]
        ),
        "seal": d.pick(["Official", "Official", "Approved"]),
        "date": date_text,
        "signer": d.person(),
    }
