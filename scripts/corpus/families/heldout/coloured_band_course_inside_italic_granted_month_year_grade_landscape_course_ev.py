"""A landscape certificate inside a patterned border where a solid coloured
band runs across the upper part of the sheet from frame to frame and holds,
in light capitals, the heading and under it the course title. The provider
sits above the band as a small wordmark. Under the band the wording is a
stack of centred italic lines: "This certificate of completion is hereby
granted to", the holder's name large in bold italic, "for successful
completion of", "Certification in" and the course again, and "in MONTH
YEAR securing a grade of ..." (only the month and year). The full
completion date, the credit and the certificate number are in a small
labelled column at the lower left; a signature over the director's name
and role is at the lower right and a round seal between them."""

SOURCE = (
    "PriyaDadhaniya/DRUPAL-6:ImgtoHtml/index.php (a 'Certificate of Completion' on an "
    "image border: a green band across the page with 'CERTIFICATE OF COMPLETION' and the "
    "course name in white, then italic h3 lines 'This Certificate of completion hereby is "
    "granted to', the name in bold italic, 'for successful completion of', 'Certification in "
    "(Course Name)', 'in (MONTH) (YEAR) securing (Grade)')"
)
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "ornate",
    "sentence",
    "provider-in-logo",
    "labelled",
    "distractor-person",
    "title-in-band",
    "grade",
    "seal",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper} }
.bo { position:absolute; inset:16px; border:14px solid transparent;
  border-image: repeating-linear-gradient(45deg, ${frame} 0 4px, ${paper} 4px 8px, ${frame2} 8px 12px, ${paper} 12px 16px) 14 }
.bi { position:absolute; inset:36px; border:2px solid ${frame} }
.wm { position:absolute; left:0; right:0; top:${wm_top}px; text-align:center; color:${band} }
.wm .lg { display:inline-flex; align-items:center; gap:12px }
.wm .ic { width:40px; height:40px; border-radius:8px; background:${band}; color:${paper}; font: bold 15px ${sans};
  display:flex; align-items:center; justify-content:center; transform:rotate(45deg) }
.wm .ic span { transform:rotate(-45deg) }
.wm .nm { font: bold 17px ${sans}; letter-spacing:1.4px; text-transform:uppercase; text-align:left; line-height:19px }
.band { position:absolute; left:38px; right:38px; top:${band_top}px; background:${band}; color:#fff; text-align:center;
  padding:14px 60px 16px }
.band h2 { margin:0; font: bold ${h_px}px ${display}; letter-spacing:${h_ls}px; text-transform:uppercase; line-height:1.2 }
.band .ct { margin-top:6px; font: ${ct_w} ${ct_px}px ${head_face}; letter-spacing:.6px; line-height:1.25 }
.in { position:absolute; left:110px; right:110px; top:${in_top}px; text-align:center; font-family:${serif} }
.in h3 { margin:0; font: italic 400 ${i_px}px ${serif}; color:${blue}; line-height:1.35 }
.in h1 { margin:8px 0 10px; font: italic bold ${n_px}px ${serif}; color:${navy}; line-height:1.2 }
.in .sp { height:8px }
.ft { position:absolute; left:78px; right:78px; bottom:62px; display:flex; justify-content:space-between; align-items:flex-end;
  font: 13px ${sans}; color:#333 }
.ft .col { line-height:21px }
.ft .col span { display:inline-block; width:${lab_w}px; color:#666; font-size:11.5px; text-transform:uppercase; letter-spacing:.6px }
.ft .col b { color:#111 }
.seal { width:92px; height:92px; border-radius:50%; background:${gold}; position:relative; box-shadow:0 0 0 4px ${paper}, 0 0 0 6px ${gold} }
.seal:after { content:"${seal_word}"; position:absolute; inset:10px; border-radius:50%; border:1.5px dashed #fff8dc;
  color:#fff8dc; font: bold 10px ${sans}; letter-spacing:1px; display:flex; align-items:center; justify-content:center; text-align:center }
.sg { width:250px; text-align:center; line-height:17px }
.sg .h { font: 30px ${hand}; color:#1d2c6b; border-bottom:1px solid #333; height:40px; line-height:46px; white-space:nowrap }
.sg i { color:#555 }
</style>
<div class="pg"></div><div class="bo"></div><div class="bi"></div>
<div class="wm"><div class="lg"><div class="ic"><span>${mono}</span></div><div class="nm">${org}</div></div></div>
<div class="band">
 <h2>${heading}</h2>
 <div class="ct">${title}</div>
</div>
<div class="in">
 <h3>${granted}</h3>
 <h1>${name}</h1>
 <h3>${for_text}</h3>
 <h3>${cert_in} ${title_again}</h3>
 <h3>${in_text} ${month_year} ${securing} ${grade}</h3>
</div>
<div class="ft">
 <div class="col">
  <div><span>${l_date}</span><b>${date}</b></div>
  <div><span>${l_hours}</span><b>${hours}</b></div>
  <div><span>${l_no}</span>${number}</div>
 </div>
 <div class="seal"></div>
 <div class="sg"><div class="h">${signer}</div>${signer}<br><i>${role}</i></div>
</div>
"""

GRANTED = [
    "This Certificate of Completion is hereby granted to",
    "This certificate of completion is hereby granted to",
    "This Certificate is hereby awarded to",
]
FOR_TEXT = ["for successful completion of", "for the successful completion of", "for completing"]
CERT_IN = ["Certification in", "the course", "Training in"]


def fill(d):
    from corpus import formats as F

    org_key = d.org_alt or d.org
    mono = "".join(w[0] for w in org_key.replace("&", "").split() if w[0].isupper())[:2]
    org = d.provider()
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    month = F.MONTHS[d.completed.month - 1]
    month_year = d.pick([f"{month} {d.completed.year}", f"{month}, {d.completed.year}"])
    securing = d.pick(["securing", "securing a grade of", "with a final score of"])
    if "score" in securing:
        grade = d.pick(["92%", "88%", "85%", "96%", "81%"])
    elif securing == "securing":
        grade = d.pick(["Grade A", "Grade A+", "Grade B", "Distinction"])
    else:
        grade = d.pick(["A", "A+", "B+", "Pass with Merit"])
    date = d.date(d.pick(["us_numeric", "long", "short_month", "dmy_long", "iso"]))
    hours = d.hours(d.pick(["cec_hours", "hours_title", "cecs", "hrs", "ceu_and_cec"]))
    band = d.pick(["#1b6e3a", "#1f3a5f", "#5b2333", "#123c69", "#2f2f2f", "#0b3d2e"])
    long_title = len(title) > 38
    return {
        "paper": d.pick(["#ffffff", "#fdfbf4", "#f8f6ef"]),
        "frame": d.pick(["#b8860b", "#1f3a5f", "#7a5c2e"]),
        "frame2": d.pick(["#d8c27a", "#9fb3c8", "#c8a97e"]),
        "band": band,
        "blue": d.pick(["#00008b", "#1e3f8a", "#2b2b6b", "#333"]),
        "navy": d.pick(["#191970", "#0b2545", "#222"]),
        "gold": d.pick(["#b8860b", "#a67c00", "#b22222"]),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "head_face": d.pick([d.fonts["serif"], d.fonts["sans"]]),
        "wm_top": 56,
        "band_top": d.pick([118, 126]),
        "in_top": d.pick([262, 270]) if long_title else d.pick([248, 256]),
        "h_px": d.pick([28, 32]),
        "h_ls": d.pick([3, 5]),
        "ct_w": d.pick(["bold", "600", "normal"]),
        "ct_px": 21 if long_title else 25,
        "i_px": d.pick([19, 20, 21]),
        "n_px": 36 if len(name) > 26 else 44,
        "lab_w": d.pick([150, 160]),
        "seal_word": d.pick(["SEAL", "OFFICIAL", "VERIFIED"]),
        "mono": mono,
        "org": org,
        "heading": d.pick(["Certificate of Completion", "Certificate of Training", "Certificate"]),
        "title": title,
        "granted": d.pick(GRANTED),
        "name": name,
        "for_text": d.pick(FOR_TEXT),
        "cert_in": d.pick(CERT_IN),
        "title_again": title,
        "in_text": "in",
        "month_year": month_year,
        "securing": securing,
        "grade": grade,
        "l_date": d.pick(["Date completed", "Completion date", "Date"]),
        "date": date,
        "l_hours": d.pick(["Credit", "CE credit", "Hours"]),
        "hours": hours,
        "l_no": d.pick(["Certificate no.", "Cert. ID", "Serial"]),
        "number": d.number(),
        "signer": d.person(),
        "role": d.pick(
            ["Director of Training", "Program Director", "Chief Instructor", "President"]
        ),
    }
