"""A landscape completion certificate whose heading and the course name are
set in light type on a wide dark band running across the upper part of the
page, with a medal hanging over the band's right end; below, italic
sentences grant the certificate to the student for the course held over a
span of days at a place, the credit in the same sentence, then the school's
name over two signature lines and a small certificate number."""

SOURCE = "PriyaDadhaniya/DRUPAL-6:ImgtoHtml/index.php"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "date-range",
    "sentence",
    "hours-in-sentence",
    "distractor-person",
    "ornate",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:18px; border:1px solid ${gold}; outline:6px solid ${light}; outline-offset:-8px }
.fr2 { position:absolute; inset:30px; border:2px solid ${gold} }
.band { position:absolute; left:30px; right:30px; top:120px; height:160px; background:${dark}; color:#fff; text-align:center;
  padding:26px 150px 0 }
.band:before { content:""; position:absolute; left:0; right:0; top:8px; border-top:1px solid ${gold} }
.band:after { content:""; position:absolute; left:0; right:0; bottom:8px; border-top:1px solid ${gold} }
.band h2 { margin:0; font: bold 30px ${display}; letter-spacing:5px; text-transform:uppercase }
.band .cn { font: 24px ${serif}; margin-top:12px; color:${band_text}; line-height:30px }
.md { position:absolute; right:90px; top:94px; width:110px; height:110px; border-radius:50%;
  background: repeating-conic-gradient(${gold} 0 5deg, #f5df9a 5deg 10deg); box-shadow:0 3px 8px rgba(0,0,0,.4) }
.md:after { content:"${medal_text}"; position:absolute; inset:16px; border-radius:50%; background:${gold}; color:${dark};
  font: bold 11px ${sans}; display:flex; align-items:center; justify-content:center; text-align:center; letter-spacing:1px; border:2px solid #fff3c4 }
.rb { position:absolute; right:118px; top:194px; width:54px; height:110px; background:${accent};
  clip-path: polygon(0 0, 45% 0, 45% 100%, 22% 84%, 0 100%, 0 0, 55% 0, 100% 0, 100% 100%, 78% 84%, 55% 100%) }
.tx { position:absolute; left:150px; right:150px; top:330px; text-align:center; font-family:${serif}; color:#1f1f1f }
.tx h3 { margin:0; font: italic 20px ${serif}; color:${dark} }
.tx .nm { font: italic bold 46px ${display}; color:${dark}; margin:22px 0 18px; line-height:50px }
.tx .s { font: italic 19px ${serif}; line-height:32px; color:#333 }
.tx .ap { font: 13px ${sans}; color:#555; margin-top:26px; letter-spacing:.3px }
.ft { position:absolute; left:110px; right:110px; bottom:72px; display:flex; justify-content:space-between; align-items:flex-end; font: 12px ${sans}; color:#333 }
.ft .sg { width:240px; text-align:center; border-top:1px solid #333; padding-top:5px; line-height:16px }
.ft .or { text-align:center; font: 15px ${serif}; color:${dark}; line-height:20px }
.ft .or small { display:block; font: 10px ${sans}; color:#777 }
</style>
<div class="fr"></div><div class="fr2"></div>
<div class="band"><h2>${heading}</h2><div class="cn">${title}</div></div>
<div class="rb"></div><div class="md"></div>
<div class="tx">
 <h3>${granted}</h3>
 <div class="nm">${name}</div>
 <div class="s">${for_text} ${span}${place}, ${credit_lead} ${hours}.</div>
 <div class="ap">${approval_note}</div>
</div>
<div class="ft">
 <div class="sg">${s1}<br>${r1}</div>
 <div class="or">${org}<small>${no_label} ${number}</small></div>
 <div class="sg">${s2}<br>${r2}</div>
</div>
"""


def fill(d):
    days = d.pick([1, 2, 2, 3]) if d.credit >= 7 else d.pick([1, 1])
    return {
        "band_text": d.pick(["#f3e3a6", "#ffffff", "#e9eef5"]),
        "gold": d.pick(["#c9a227", "#b8963e"]),
        "medal_text": d.pick(["COMPLETED", "CERTIFIED", "AWARD"]),
        "heading": d.pick(
            ["Certificate of Completion", "Certificate of Training", "Course Certificate"]
        ),
        "title": d.title(d.pick(["plain", "with_code", "plain"])),
        "granted": d.pick(
            [
                "This certificate of completion is hereby granted to",
                "This certificate is awarded to",
                "Presented with pride to",
            ]
        ),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "for_text": d.pick(
            [
                "for successful completion of the above course of instruction, held",
                "for attending all sessions and passing the examination of the course held",
                "for completing the course requirements in full over",
            ]
        ),
        "span": d.date_range(days),
        "place": d.pick(["", " at " + d.venue(), " in " + d.city()]),
        "credit_lead": d.pick(["earning", "and is awarded", "for a total of"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "words_cec", "contact_and_cec"])),
        "approval_note": d.pick(
            [
                "This course is approved by the IICRC for continuing education credit.",
                "Credit hours are reported to the certifying body within 30 days.",
                "Please retain this certificate as proof of attendance.",
            ]
        ),
        "s1": d.person(),
        "r1": d.pick(["Instructor", "IICRC Approved Instructor", "Course Director"]),
        "org": d.provider(),
        "no_label": d.pick(["Certificate No.", "Cert. ID", "No."]),
        "number": d.number(),
        "s2": d.person(),
        "r2": d.pick(["School Director", "President", "Registrar"]),
    }
