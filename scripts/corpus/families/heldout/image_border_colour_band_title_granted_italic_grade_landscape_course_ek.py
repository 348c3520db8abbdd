"""A certificate made by laying HTML over a scanned border image on an A4
landscape sheet: a decorative frame all round, and part way down a solid
coloured band running across the page with the certificate heading and the
course title set in white capitals inside it; below the band, centred italic
lines in blue: "hereby granted to", the name in large bold italic, "for
successful completion of", the certification line repeating the course,
the month or day of completion and the grade reached; a signer at the foot
left and the school's name at the foot right."""

SOURCE = "PriyaDadhaniya/DRUPAL-6:ImgtoHtml/index.php"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "sentence",
    "ornate",
    "provider-under-signature",
    "distractor-person",
)

TEMPLATE = """<style>
.b1 { position:absolute; inset:18px; border:10px solid ${frame};
  box-shadow: inset 0 0 0 3px #fff, inset 0 0 0 5px ${frame} }
.b2 { position:absolute; inset:46px; border:1px solid ${frame} }
.cn { position:absolute; width:46px; height:46px; border:4px double ${frame}; background:#fff; transform:rotate(45deg) }
.band { position:absolute; left:28px; right:28px; top:${band_top}%; background:${band}; color:#fff; text-align:center;
  font-family:${head}; padding:10px 40px 12px }
.band h2 { margin:0; font-size:${h_px}px; letter-spacing:3px; line-height:1.25; font-weight:bold }
.band .c { font-size:${c_px}px; letter-spacing:1.5px; line-height:1.25; text-transform:uppercase; margin-top:2px }
.in { position:absolute; left:90px; right:90px; top:${in_top}%; text-align:center; font-family:${body} }
.in h3 { font-style:italic; color:#00008b; font-weight:normal; font-size:21px; margin:6px 0; line-height:28px }
.in h1 { font-style:italic; color:#191970; font-weight:bold; font-size:${n_px}px; margin:4px 0 8px; line-height:1.2 }
.ft { position:absolute; left:110px; right:110px; bottom:70px; display:flex; justify-content:space-between; align-items:flex-end;
  font: 13px ${sans}; color:#222 }
.ft div { width:340px; text-align:center; border-top:1px solid #333; padding-top:5px; line-height:18px }
.ft b { display:block; font-size:14px }
</style>
<div class="b1"></div><div class="b2"></div>
<div class="cn" style="left:19px;top:19px"></div><div class="cn" style="right:19px;top:19px"></div>
<div class="cn" style="left:19px;bottom:19px"></div><div class="cn" style="right:19px;bottom:19px"></div>
<div class="band"><h2>${heading}</h2><div class="c">${title_band}</div></div>
<div class="in">
 <h3>${granted}</h3>
 <h1>${name}</h1>
 <h3>${for_text}</h3>
 <h3>${cert_line}</h3>
 <h3>${when_line}</h3>
</div>
<div class="ft"><div><b>${signer}</b>${signer_role}</div><div><b>${org}</b>${org_role}</div></div>
"""


def fill(d):
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    name = d.name(d.pick(["plain", "plain", "upper"]))
    date = d.date(d.pick(["long", "ordinal", "dmy_long", "long_upper", "short_month"]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "hours_title", "words_cec"]))
    grade = d.pick(
        ["Pass", "Passed with Distinction", "88%", "92%", "A", "Satisfactory", "85 / 100"]
    )
    long_title = len(title) > 34
    return {
        "frame": d.pick(["#8a6d3b", "#1f3a5f", "#2d6a4f", "#6b5a2e", "#5b2333"]),
        "band": d.pick(["#008000", "#1b5e20", "#0b3d2e", "#123c69", "#5b2333", "#2f2f2f"]),
        "band_top": d.pick([17, 19, 21]),
        "in_top": d.pick([43, 44]),
        "head": d.fonts[d.pick(["serif", "display", "sans"])],
        "body": d.fonts["serif"],
        "h_px": d.pick([28, 30]),
        "c_px": 19 if long_title else 22,
        "heading": d.pick(
            [
                "CERTIFICATE OF COMPLETION",
                "CERTIFICATE OF COURSE COMPLETION",
                "COMPLETION CERTIFICATE",
            ]
        ),
        "title_band": title,
        "granted": d.pick(
            [
                "This Certificate of Completion is hereby granted to",
                "This certificate is hereby granted to",
                "The present certificate of completion is granted to",
            ]
        ),
        "name": name,
        "n_px": 40 if len(name) < 26 else 33,
        "for_text": d.pick(["for successful completion of", "for the successful completion of"]),
        "cert_line": d.pick(
            [
                f"the course in {title}, {hours},",
                f"{title} ({hours})",
                f"certification training in {title} — {hours}",
            ]
        ),
        "when_line": d.pick(
            [
                f"on {date}, securing a grade of {grade}.",
                f"completed {date} with a final result of {grade}.",
                f"on {date}. Grade secured: {grade}.",
            ]
        ),
        "signer": d.person(),
        "signer_role": d.pick(["Lead Instructor", "Course Director", "Program Coordinator"]),
        "org": d.provider(),
        "org_role": d.pick(["Issuing School", "Training Provider", "Authorized Training Center"]),
    }
