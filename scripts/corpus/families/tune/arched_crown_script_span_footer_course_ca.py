"""A portrait certificate of training from a school's or a manufacturer's
training centre, on cream stock inside a double rule with a fine hatched
strip between the two lines and small diamonds at the corners. At the top,
a dark arched crown (round top, flat foot with a thin accent rule) holds
the only place the provider is named: a ringed monogram, the provider's
name in light spaced capitals, a tagline, and the heading in large light
letters. Below the crown, a short line ("is presented to"), the holder's
name very large in a script face over a ruled flourish with a diamond,
a line on what was completed, the course title in bold accent capitals,
and a sentence with the credit hours and the training centre's city. A
small line names the instructor. Along the foot, as on LMS starter
templates, two captioned cells: the class's span of days (one date for a
short class) over a rule on the left and the director's ink signature, printed name and role on the
right, with a starburst seal between them; under them, a line of small
print with the certificate number and an issue date (and sometimes the
course approval number)."""

SOURCE = (
    "0xWormh0le/ian-bland-lms:resources/views/certificate-templates/starter-template.php "
    "('This is Presented to', script name, course title, and a foot table of the course's "
    "'d/m/y to d/m/y' span over its caption beside a signature over the director's name); "
    "wording from state boards' lists of what a certificate of attendance must show (the "
    "dates, the hours, the location, the topic and the instructor's name, "
    "peps.ohio.gov continuing-education attendance documentation) and manufacturers' "
    "factory training centres' certificates of training"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "ornate",
    "dark-band",
    "script-name",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
    "seal",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${stock}; font-family:${serif}; color:#1c1c1c }
.f1 { position:absolute; inset:22px; border:3px solid ${accent} }
.f2 { position:absolute; inset:31px; border:1px solid ${accent} }
.hatch { position:absolute; inset:25px; border:6px solid transparent;
  border-image:repeating-linear-gradient(45deg, ${accent} 0 1px, transparent 1px 4px) 6 }
.dm { position:absolute; width:14px; height:14px; background:${accent}; transform:rotate(45deg) }
.crown { position:absolute; left:${crown_x}px; right:${crown_x}px; top:48px; height:${crown_h}px;
  background:${dark}; color:#f5efdc; border-radius:50% 50% 0 0 / ${arch}% ${arch}% 0 0;
  text-align:center; padding-top:${crown_pad}px; border-bottom:4px solid ${accent} }
.mono { width:64px; height:64px; margin:0 auto; border-radius:50%; border:2px solid ${accent};
  box-shadow:inset 0 0 0 4px ${dark}, inset 0 0 0 5px #f5efdc; font: bold 20px ${display};
  line-height:60px; letter-spacing:1px }
.wm { margin-top:12px; font: bold ${wm_px}px ${sans}; letter-spacing:${wm_ls}px; text-transform:none;
  padding:0 40px; line-height:1.25 }
.tg { margin-top:4px; font-size:11px; letter-spacing:2.5px; opacity:.78 }
.hd { margin-top:${hd_gap}px; font: ${hd_px}px ${display}; letter-spacing:1px; line-height:1.1 }
.bd { position:absolute; left:80px; right:80px; top:${body_top}px; bottom:${body_b}px; text-align:center;
  display:flex; flex-direction:column; justify-content:center }
.pre { font: italic 19px ${serif}; color:#3a3a3a }
.nm { font: ${name_px}px ${script}; color:${dark}; line-height:1.25; margin-top:8px }
.fl { position:relative; height:14px; margin:4px auto 0; width:62% }
.fl:before { content:""; position:absolute; left:0; right:0; top:6px; border-top:1px solid ${accent} }
.fl i { position:absolute; left:50%; top:1px; width:10px; height:10px; margin-left:-5px; background:${stock};
  border:1px solid ${accent}; transform:rotate(45deg) }
.wh { font-size:18px; color:#333; margin-top:26px; line-height:25px }
.ti { font: bold ${title_px}px ${display}; color:${accent}; letter-spacing:.6px; margin:14px 0 0;
  line-height:1.2; text-transform:none }
.hr { font-size:17px; color:#333; margin-top:22px; line-height:25px; padding:0 20px }
.ins { font: italic 15px ${serif}; color:#444; margin-top:18px }
.ft { position:absolute; left:84px; right:84px; bottom:${foot_b}px; display:flex; justify-content:space-between;
  align-items:flex-end }
.cell { width:230px; text-align:center; font-size:14px }
.cell .v { min-height:34px; display:flex; align-items:flex-end; justify-content:center; padding-bottom:3px }
.cell .h { font: 28px ${handf}; color:${ink}; line-height:30px }
.cell .ln { border-top:1px solid #444; padding-top:4px; font-size:10.5px; letter-spacing:1.6px;
  text-transform:uppercase; color:#555 }
.cell .pn { border-top:1px solid #444; padding-top:4px; font-size:13.5px; color:#222 }
.cell .rl { font-size:10.5px; letter-spacing:1.6px; text-transform:uppercase; color:#555; margin-top:2px }
.seal { width:104px; height:104px; border-radius:50%; position:relative; margin-bottom:2px;
  background:repeating-conic-gradient(${seal} 0 6deg, ${seal2} 6deg 12deg) }
.seal b { position:absolute; inset:12px; border-radius:50%; background:${seal}; border:2px dotted ${stock};
  color:${stock}; font: bold 17px ${display}; display:flex; align-items:center; justify-content:center }
.sp { position:absolute; left:60px; right:60px; bottom:44px; text-align:center; font-size:10px; color:#555;
  letter-spacing:.3px }
</style>
<div class="pg">
 <div class="hatch"></div><div class="f1"></div><div class="f2"></div>
 <div class="dm" style="left:18px;top:18px"></div><div class="dm" style="right:18px;top:18px"></div>
 <div class="dm" style="left:18px;bottom:18px"></div><div class="dm" style="right:18px;bottom:18px"></div>
 <div class="crown">
  <div class="mono">${mono}</div>
  <div class="wm">${provider}</div>
  <div class="tg">${tagline}</div>
  <div class="hd">${heading}</div>
 </div>
 <div class="bd">
  <div class="pre">${pre}</div>
  <div class="nm">${name}</div>
  <div class="fl"><i></i></div>
  <div class="wh">${what}</div>
  <div class="ti">${title}</div>
  <div class="hr">${hours_line}</div>
  <div class="ins">${ins_label} ${instructor}</div>
 </div>
 <div class="ft">
  <div class="cell"><div class="v">${span}</div><div class="ln">${span_label}</div></div>
  <div class="seal"><b>${mono}</b></div>
  <div class="cell"><div class="v"><span class="h">${sig}</span></div><div class="pn">${director}</div>
   <div class="rl">${sig_role}</div></div>
 </div>
 <div class="sp">${small}</div>
</div>
"""

TAGLINES = [
    "FACTORY TRAINING CENTER",
    "TECHNICAL TRAINING PROGRAM",
    "IICRC APPROVED SCHOOL",
    "RESTORATION TRAINING DIVISION",
    "EDUCATION & TRAINING",
]
HEADINGS = ["Certificate of Training", "Certificate of Completion", "Training Certificate"]
PRES = [
    "is presented to",
    "This certificate is presented to",
    "is hereby awarded to",
    "This is to certify that",
]
WHATS = {
    "This is to certify that": [
        "has attended and satisfactorily completed the course of instruction",
        "has fulfilled the attendance and examination requirements of",
    ],
    "other": [
        "in recognition of the satisfactory completion of the course of instruction",
        "for having fulfilled the attendance and examination requirements of",
        "upon completion of classroom and practical instruction in",
    ],
}
SCRIPTS = [
    "'Dancing Script', cursive",
    "'Z003', 'Dancing Script', cursive",
    "'Kaushan Script', cursive",
    "'Lobster Two', cursive",
]
ROLES = ["Director of Training", "Training Manager", "Director of Education", "School Director"]


def fill(d):
    org = d.org_alt or d.org
    mono = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
    provider = d.provider(d.pick([None, None, "upper"]))
    pre = d.pick(PRES)
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    what = d.pick(WHATS["This is to certify that" if pre.startswith("This is") else "other"])
    title = d.title(d.pick(["plain", "plain", "with_code", "upper"]))
    hours = d.hours(d.pick(["cec_hours", "hours_title", "words", "words_cec", "ceu_and_cec"]))
    city = d.city()
    if hours[0].isupper():
        hours_line = d.pick(
            [
                f"{hours} of lecture and hands-on training at our {city} training center.",
                f"{hours} of classroom and practical instruction, given in {city}.",
            ]
        )
    else:
        hours_line = d.pick(
            [
                f"comprising {hours} of lecture and hands-on training at our {city} training center.",
                f"The course, given in {city}, is approved for {hours}.",
                f"A course of {hours} of classroom and practical instruction, {city}.",
            ]
        )
    if d.credit >= 6:
        span = d.date_range(d.pick([1, 2, 2, 3]) if d.credit >= 12 else 1)
        span_label = d.pick(["Dates of course", "Course dates", "Class held"])
    else:
        span = d.date(d.pick(["long", "short_month", "us_numeric", "dmy_long"]))
        span_label = d.pick(["Date of course", "Class held", "Completed"])
    instructor = d.person()
    director = d.person()
    small = [
        f"Certificate No. {d.number()}",
        f"{d.pick(['Issued', 'Date of issue', 'Printed'])} "
        f"{d.other_date(d.pick(['issue', 'print']), d.pick(['us_numeric', 'short_month', 'long']))}",
    ]
    if d.chance(0.35):
        small.append(f"IICRC course approval {d.approval()}")
    long_name = len(name) > 24
    crown_h = d.pick([272, 290])
    return {
        "stock": d.pick(["#fbf7ea", "#f8f3e3", "#fdfaf1", "#f4f1e6", "#ffffff"]),
        "script": d.pick(SCRIPTS),
        "handf": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "seal": d.pick(["#b8860b", "#a67c00", "#8b0000", "#9c6644"]),
        "seal2": d.pick(["#d4af37", "#c9a227", "#c0392b", "#c08552"]),
        "crown_x": d.pick([110, 130, 150]),
        "crown_h": crown_h,
        "crown_pad": d.pick([34, 40]),
        "arch": d.pick([46, 60, 75]),
        "wm_px": 17 if len(provider) < 34 else 14,
        "wm_ls": d.pick([1.5, 2.5]) if len(provider) < 30 else 0.8,
        "hd_gap": d.pick([12, 16]),
        "hd_px": d.pick([34, 38]),
        "body_top": 48 + crown_h + d.pick([20, 34]),
        "body_b": d.pick([230, 250]),
        "name_px": 48 if long_name else d.pick([58, 64]),
        "title_px": 28 if len(title) < 34 else 22,
        "foot_b": d.pick([86, 96]),
        "mono": mono,
        "provider": provider,
        "tagline": d.pick(TAGLINES),
        "heading": d.pick(HEADINGS),
        "pre": pre,
        "name": name,
        "what": what,
        "title": title,
        "hours_line": hours_line,
        "ins_label": d.pick(["Instructor:", "Course instructor:", "Taught by"]),
        "instructor": instructor,
        "span": span,
        "span_label": span_label,
        "sig": director,
        "sig_role": d.pick(ROLES),
        "director": director,
        "small": "  \u00b7  ".join(small),
    }
