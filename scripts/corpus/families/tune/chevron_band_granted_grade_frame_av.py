"""An ornate landscape course certificate from a restoration school whose name
appears only in its emblem: a patterned frame (an outer rule, a woven band
and a thin inner line) with small rosettes in its corners, the school's round
emblem with its name under it in small capitals at the top right, and a dark
band running in from the left edge and ending in a chevron, carrying the
heading and the course title in light type. Under the band, centred italic
lines with no labels: "this certificate of completion is hereby granted to",
the holder in a large script face, then one running sentence telling how
many days the course ran, the days it was held (a span) or the day it was
completed (in words), where, the grade secured on the final review and the
hours of instruction in words. Along the foot two signers (the lead
instructor with an instructor number, and the school's director) with a gold
seal between them, and a small certificate number in the frame's corner."""

SOURCE = (
    "PriyaDadhaniya/DRUPAL-6:ImgtoHtml/index.php (A4 landscape certificate on a bordered "
    "background: a coloured band carrying 'CERTIFICATE OF COMPLETION' and the course name in "
    "white, then italic lines 'This Certificate of completion hereby is granted to' the name, "
    "'for successful completion of' the certification 'in' month and year 'securing' a grade); "
    "three-day IICRC classes (WRT, ASD, AMRT) as schools schedule them"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "dark-band",
    "script-name",
    "sentence",
    "provider-in-logo",
    "date-range",
    "date-words",
    "distractor-person",
)

TEMPLATE = """<style>
.f1 { position:absolute; inset:18px; border:2px solid ${dark} }
.f2 { position:absolute; inset:24px; border:9px solid transparent;
  border-image: repeating-linear-gradient(45deg, ${accent} 0 3px, #fff 3px 6px, ${dark} 6px 8px, #fff 8px 11px) 9 }
.f3 { position:absolute; inset:40px; border:1px solid ${accent} }
.ro { position:absolute; width:30px; height:30px; border-radius:50%; background:
  radial-gradient(circle, #fff 0 4px, ${accent} 4px 7px, #fff 7px 9px, ${dark} 9px 12px, ${accent} 12px 15px) }
.ro.a { left:14px; top:14px } .ro.b { right:14px; top:14px } .ro.c { left:14px; bottom:14px } .ro.d { right:14px; bottom:14px }
.band { position:absolute; left:41px; top:${band_top}px; width:${band_w}%; min-height:${band_h}px; background:${dark}; color:#fff;
  clip-path: polygon(0 0, calc(100% - 46px) 0, 100% 50%, calc(100% - 46px) 100%, 0 100%);
  padding:16px 80px 14px 58px; font-family:${head_face} }
.band .hd { font-size:${hd_size}px; letter-spacing:${hd_ls}px; text-transform:uppercase; line-height:1.1 }
.band .ti { font: ${ti_style} ${ti_size}px ${serif}; margin-top:8px; color:${band_text}; line-height:1.2 }
.emb { position:absolute; right:70px; top:56px; width:${emb_w}px; text-align:center; font-family:${serif}; color:${dark} }
.emb .disc { width:84px; height:84px; margin:0 auto 6px; border-radius:50%; border:3px double ${dark};
  display:flex; align-items:center; justify-content:center; background:${light} }
.emb .disc span { font: bold 24px ${display}; color:${dark}; letter-spacing:1px; border-top:1.5px solid ${accent};
  border-bottom:1.5px solid ${accent}; padding:1px 3px }
.emb .nm { font-size:12.5px; font-variant:small-caps; letter-spacing:1.4px; line-height:15px; font-weight:bold }
.body { position:absolute; left:90px; right:90px; top:${body_top}px; text-align:center; font: italic 19px ${serif}; color:#2a2a2a }
.body .who { font: ${name_size}px ${script}; font-style:normal; color:${name_color}; margin:6px 0 2px; white-space:nowrap }
.body .rule { width:58%; margin:0 auto 20px; border-top:1px solid ${accent} }
.body .txt { line-height:31px; max-width:${txt_w}px; margin:0 auto }
.foot { position:absolute; left:100px; right:100px; bottom:70px; display:flex; justify-content:space-between; align-items:flex-end;
  font: 12.5px ${sans}; color:#333 }
.sg { width:270px; text-align:center; line-height:16px }
.sg .h { font: 27px ${hand}; color:#1d2a66; height:36px; white-space:nowrap; border-bottom:1px solid #333; margin-bottom:4px }
.sg b { font-weight:600; color:#111 }
.seal { width:104px; height:104px; border-radius:50%; margin-bottom:-10px;
  background: repeating-conic-gradient(${accent} 0 6deg, #d9b45a 6deg 12deg);
  display:flex; align-items:center; justify-content:center }
.seal div { width:76px; height:76px; border-radius:50%; background:${accent}; border:2px solid #f3dc9a; color:#fff8e0;
  font: bold 18px ${display}; letter-spacing:1px; display:flex; align-items:center; justify-content:center; text-align:center; line-height:13px }
.no { position:absolute; left:52px; bottom:46px; font: 10px ${mono}; color:#555 }
</style>
<div class="f1"></div><div class="f2"></div><div class="f3"></div>
<div class="ro a"></div><div class="ro b"></div><div class="ro c"></div><div class="ro d"></div>
<div class="band"><div class="hd">${heading}</div><div class="ti">${title}</div></div>
<div class="emb"><div class="disc"><span>${initials}</span></div><div class="nm">${org}</div></div>
<div class="body">
 <div>${granted}</div>
 <div class="who">${name}</div>
 <div class="rule"></div>
 <div class="txt">${sentence_html}</div>
</div>
<div class="foot">
 <div class="sg"><div class="h">${teacher}</div><b>${teacher}</b><br>${teacher_role}</div>
 <div class="seal"><div>${seal}</div></div>
 <div class="sg"><div class="h">${director}</div><b>${director}</b><br>${director_role}</div>
</div>
<div class="no">${no_label} ${cert_no}</div>
"""

DAYS_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}
# (IICRC code, days the class runs, hours it carries)
PLANS = {
    "WRT": [(3, 19), (3, 21)],
    "ASD": [(3, 21), (3, 24)],
    "AMRT": [(4, 28), (3, 24)],
    "FSRT": [(2, 14), (2, 15)],
    "OCT": [(2, 14)],
    "CCT": [(2, 14), (3, 19)],
    "UFT": [(2, 14)],
    "CDS": [(2, 14)],
    "HST": [(2, 14)],
    "RCT": [(2, 14)],
    "TCST": [(2, 14)],
}
GRADES = [
    "securing a grade of Pass",
    "securing a grade of Distinction",
    "securing a grade of Merit",
    "securing {s}% on the final review",
]


def fill(d):
    import html

    from corpus import values as V
    from corpus.formats import number_words

    d.course, d.code = d.pick([c for c in V.IICRC_COURSES if c[1] in PLANS])
    days, credit = d.pick(PLANS[d.code])
    d.credit = float(credit)
    org = d.provider()
    words = [w for w in org.replace(",", "").replace("&", "").split() if w[:1].isupper()]
    words = [w for w in words if w not in ("LLC", "Inc.")]
    initials = "".join(w[0] for w in words[:3])

    title = d.title(d.pick(["plain", "plain", "with_code", "upper"]))
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    place = d.pick([d.city(), f"the school's training centre in {d.city()}", d.venue()])
    if d.chance(0.65):
        date_text = d.date_range(days - 1)
        when = d.pick(["held {}", "held from {}", "conducted {}"])
    else:
        date_text = d.date("words")
        when = "completed on {}"
    spoken = {24: "twenty-four", 28: "twenty-eight"}.get(credit) or number_words(d.credit)
    hours_text = f"{spoken} ({d.credit:g}) hours"
    d.put("hours", d.credit, hours_text)
    hours_line = d.pick(
        [
            "comprising {} of classroom and hands-on instruction",
            "representing {} of instruction",
            "for a total of {} of training",
        ]
    )
    grade = d.pick(GRADES).format(s=d.rng.randrange(80, 99))

    # the date and the hours are each set on one line, as a typesetter keeps them
    def unbroken(text):
        return f'<span style="white-space:nowrap">{html.escape(text, quote=False)}</span>'

    sentence_html = (
        f"for successful completion of the {DAYS_WORDS[days]}-day course named above, "
        f"{when.format(unbroken(date_text))} at {html.escape(place, quote=False)}, {grade}, "
        f"{hours_line.format(unbroken(hours_text))}."
    )
    long_title = len(title) > 38
    return {
        "band_top": d.pick([120, 130]),
        "band_w": 68 if long_title else 62,
        "band_h": 112 if long_title else 104,
        "head_face": d.fonts[d.pick(["display", "sans", "cond"])],
        "hd_size": d.pick([24, 26]),
        "hd_ls": d.pick([3, 5]),
        "ti_style": d.pick(["italic", "bold", "normal"]),
        "ti_size": 22 if long_title else 25,
        "band_text": d.pick(["#f3e2b3", "#ffffff", "#dfe8f0"]),
        "emb_w": 250,
        "body_top": d.pick([300, 316]),
        "name_size": 58 if len(name) <= 22 else 48,
        "name_color": d.pick(["#111", d.colors["dark"]]),
        "txt_w": 800,
        "hand": d.fonts["hand"].replace(", cursive", ", 'Z003', 'Dancing Script', cursive"),
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Course Completion", "Certificate"]
        ),
        "title": title,
        "initials": initials,
        "org": org,
        "granted": d.pick(
            [
                "This certificate of completion is hereby granted to",
                "This certificate is hereby granted to",
                "Be it known that this certificate is granted to",
            ]
        ),
        "name": name,
        "sentence_html": sentence_html,
        "teacher": d.person(),
        "teacher_role": d.pick(
            [
                f"Lead Instructor · IICRC Instructor No. {d.rng.randrange(1000, 9999)}",
                "IICRC Approved Instructor",
                "Course Instructor",
            ]
        ),
        "director": d.person(),
        "director_role": d.pick(["Director of Education", "School Director", "President"]),
        "seal": initials,
        "no_label": d.pick(["Certificate No.", "No.", "Cert. #"]),
        "cert_no": d.number(),
    }
