"""An achievement award with a dark ribbon hanging from the top edge at the
right and a foil seal at its tail; the provider appears only as a logo
lockup (monogram tile and wordmark) at the top left. A spaced "CERTIFICATE"
over "of Achievement", "Proudly presented to" and the name in a script, the
course on its own line, the credit in a short sentence, and a row of two
signature lines with the date written on the first line as a field."""

SOURCE = "Suraj-0228/QuizMaster:certificate.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "script-name",
    "provider-in-logo",
    "seal",
    "ornate",
    "distractor-person",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:#fff }
.bg:before { content:""; position:absolute; left:0; top:0; width:46%; height:100%;
  background: linear-gradient(160deg, ${tint} 0 30%, transparent 30%) }
.fr { position:absolute; inset:24px; border:2px solid ${gold} }
.fr:after { content:""; position:absolute; inset:6px; border:1px solid ${gold} }
.rb { position:absolute; top:0; right:120px; width:96px; height:390px; background:${navy};
  clip-path: polygon(0 0, 100% 0, 100% 100%, 50% 88%, 0 100%) }
.rb:before { content:""; position:absolute; left:8px; right:8px; top:0; bottom:30px;
  border-left:2px solid ${gold}; border-right:2px solid ${gold} }
.seal { position:absolute; right:106px; top:300px; width:124px; height:124px; border-radius:50%;
  background: repeating-conic-gradient(${gold} 0 6deg, #e9cf7d 6deg 12deg);
  box-shadow: 0 4px 10px rgba(0,0,0,.35) }
.seal:after { content:""; position:absolute; inset:16px; border-radius:50%; background:radial-gradient(circle, #f3dd8f, ${gold});
  border:2px dashed #fff6d4 }
.lg { position:absolute; left:70px; top:64px; display:flex; align-items:center; gap:12px }
.lg .m { width:58px; height:58px; background:${navy}; color:${gold}; font: bold 22px ${display};
  display:flex; align-items:center; justify-content:center; transform:rotate(45deg) }
.lg .m span { transform:rotate(-45deg) }
.lg .w { font: bold 15px ${sans}; color:${navy}; line-height:18px; max-width:270px; text-transform:uppercase; letter-spacing:1px; margin-left:10px }
.lg .w small { display:block; font: 10px ${sans}; letter-spacing:3px; color:${gold} }
.ct { position:absolute; left:70px; right:300px; top:178px; font-family:${serif}; color:#1b1b1b }
h1 { margin:0; font: bold 64px ${display}; letter-spacing:12px; color:${navy}; line-height:64px }
.sub { font: 22px ${display}; letter-spacing:6px; color:${gold}; text-transform:uppercase; margin-top:8px }
.pp { font: 13px ${sans}; letter-spacing:3px; text-transform:uppercase; margin-top:34px; color:#555 }
.nm { font: 56px ${script}; color:${navy}; line-height:78px; white-space:nowrap; border-bottom:2px solid ${gold}; display:inline-block; padding-right:40px }
.fo { font-size:17px; margin-top:30px; line-height:26px }
.ti { font: bold 25px ${serif}; color:#222; margin-top:4px; line-height:32px }
.hr { font-size:16px; margin-top:22px; color:#333 }
.sg { position:absolute; left:70px; bottom:62px; display:flex; gap:70px; font: 12px ${sans}; color:#444 }
.sg div { width:230px; text-align:center; line-height:16px }
.sg .v { font: 18px ${serif}; color:#111; border-bottom:1px solid #333; height:34px; line-height:40px; white-space:nowrap }
.sg .h { font: 27px ${hand}; color:#1c2a64; border-bottom:1px solid #333; height:34px; line-height:38px; white-space:nowrap }
.id { position:absolute; right:62px; bottom:40px; font: 10px ${sans}; color:#777; text-align:right; line-height:14px }
</style>
<div class="bg"></div><div class="fr"></div><div class="rb"></div><div class="seal"></div>
<div class="lg"><div class="m"><span>${mono}</span></div><div class="w">${org}<small>${tagline}</small></div></div>
<div class="ct">
 <h1>${big}</h1>
 <div class="sub">${sub}</div>
 <div class="pp">${presented}</div>
 <div class="nm">${name}</div>
 <div class="fo">${for_text}</div>
 <div class="ti">${title}</div>
 <div class="hr">${hours_lead} ${hours}${stop}</div>
</div>
<div class="sg">
 <div><div class="v">${date}</div>${date_label}</div>
 <div><div class="h">${signer}</div>${signer}, ${role}</div>
</div>
<div class="id">${id_label} ${number}</div>
"""


def fill(d):
    navy = d.pick(["#0e1e3b", "#14213d", "#1c2b4a", "#2a1a3a", "#0f3024"])
    gold = d.pick(["#c9a13b", "#ce9c3a", "#b8923a"])
    org = d.provider("upper")
    words = [
        w for w in org.replace(",", "").split() if w[0].isalpha() and w not in ("OF", "AND", "THE")
    ]
    mono = "".join(w[0] for w in words[:3])
    lead, hstyle = d.pick(
        [
            ("This course carries", "cec_hours"),
            ("Approved for", "cecs"),
            ("Continuing education credit:", "cec_hours"),
            ("Awarded", "hours_title"),
            ("Hours of instruction:", "hours_title"),
        ]
    )
    return {
        "script": d.fonts["script"].replace("'TypoScript'", "'Dancing Script'"),
        "navy": navy,
        "gold": gold,
        "tint": d.pick(["#f6f3ea", "#f2f4f8", "#f5f1ea"]),
        "mono": mono,
        "org": org,
        "tagline": d.pick(
            ["Training · Certification", "Est. 1998", "Education Division", "Since 2004"]
        ),
        "big": "CERTIFICATE",
        "sub": d.pick(["of Achievement", "of Excellence", "of Completion"]),
        "presented": d.pick(["Proudly presented to", "This award is presented to", "Presented to"]),
        "name": d.name("plain"),
        "for_text": d.pick(
            [
                "for successfully completing all coursework and passing the final examination of",
                "in recognition of the successful completion of",
                "for outstanding performance in the course",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "hours_lead": lead,
        "hours": d.hours(hstyle),
        "stop": "" if hstyle == "hours_title" else ".",
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "ordinal"])),
        "date_label": d.pick(["Date", "Date of Completion", "Awarded"]),
        "signer": d.person(),
        "role": d.pick(["Instructor", "Director of Training", "IICRC Approved Instructor"]),
        "id_label": d.pick(["Credential ID", "Certificate No.", "Cert #"]),
        "number": d.number(),
    }
