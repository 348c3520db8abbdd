"""An upright diploma-style certificate: a gold double frame with corner
rosettes, the school's name only in a dark band across the top (light
letter-spaced capitals, its city beneath), a crest with the school's
initials, "This is to certify that" over the holder's name in a large script
(often surname first, as a registrar files it), a sentence of requirements
fulfilled and the examination passed, the course in bold capitals, the
hours of instruction in a line of their own and the day in words. Below,
two signers flank a round seal, and the foot carries the certificate number
and a later date of issue."""

SOURCE = (
    "Femscode/cdsnysc:resources/views/frontend/certificate.blade.php (portrait diploma: "
    "institution heading, surname-first name, requirements sentence, award line, "
    "'on the ... day of', registrar and chancellor flanking a seal, number at the foot)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "ornate",
    "dark-band",
    "script-name",
    "sentence",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "date-words",
    "seal",
)

TEMPLATE = """<style>
.f1 { position:absolute; inset:22px; border:5px double ${accent} }
.f2 { position:absolute; inset:38px; border:1.5px solid ${accent};
  background: repeating-radial-gradient(circle at 50% 46%, ${light} 0 6px, #fff 6px 12px) }
.ro { position:absolute; width:26px; height:26px; border:2px solid ${accent}; transform:rotate(45deg); background:#fff }
.ro::after { content:""; position:absolute; inset:5px; background:${accent}; border-radius:50% }
.r1 { top:25px; left:25px } .r2 { top:25px; right:25px } .r3 { bottom:25px; left:25px } .r4 { bottom:25px; right:25px }
.in { position:absolute; inset:52px 52px 48px; text-align:center; font-family:${serif}; color:#1a1a1a;
  display:flex; flex-direction:column; align-items:center }
.band { width:100%; background:${dark}; color:#f4ecd8; padding:14px 18px 12px; border-bottom:3px solid ${accent} }
.band .org { font: bold 21px ${display}; letter-spacing:3px; text-transform:uppercase; line-height:1.25 }
.band .city { font: 12px ${sans}; letter-spacing:4px; margin-top:5px; text-transform:uppercase; color:#d9cfb6 }
.crest { width:84px; height:84px; border-radius:50%; margin:22px 0 6px; border:4px solid ${accent};
  box-shadow: 0 0 0 3px #fff, 0 0 0 5px ${dark}; background:#fff; display:flex; align-items:center;
  justify-content:center; font: bold 22px ${display}; color:${dark}; letter-spacing:1px }
.hd { font: 38px ${display}; color:${dark}; margin-top:10px; letter-spacing:1px }
.hd2 { font: italic 15px ${serif}; letter-spacing:5px; text-transform:uppercase; color:${accent}; margin-top:2px }
.cert { font: italic 18px ${serif}; margin-top:40px }
.nm { font: 46px ${script}; color:#14213d; margin:8px 0 4px; padding:0 30px 4px; border-bottom:1px solid ${accent}; max-width:92% }
.bt { font-size:16px; line-height:1.55; margin:20px 70px 0 }
.co { font: bold 24px ${serif}; text-transform:uppercase; letter-spacing:1.5px; color:${dark}; margin:18px 40px 0; line-height:1.25 }
.hr { font: italic 16px ${serif}; margin-top:10px }
.dt { font-size:17px; margin-top:22px }
.orn { width:240px; height:1px; background:${accent}; margin-top:36px; position:relative }
.orn::after { content:""; position:absolute; left:50%; top:-6px; width:12px; height:12px; margin-left:-6px;
  background:${accent}; transform:rotate(45deg); box-shadow: 0 0 0 3px #fff }
.ft { position:absolute; left:22px; right:22px; bottom:56px; display:flex; justify-content:space-between; align-items:flex-end }
.sg { width:250px; text-align:center; font: 13px ${sans} }
.sg .hand { font: 23px ${hand}; color:#1f2f6e; height:36px; line-height:36px; white-space:nowrap; margin-bottom:6px }
.sg .ln { border-top:1px solid #222; padding-top:5px; font-weight:bold; line-height:18px; white-space:nowrap }
.sg .rl { font-size:11.5px; color:#444; margin-top:5px; line-height:16px }
.seal { width:104px; height:104px; flex:none; margin-bottom:8px; border-radius:50%;
  background: radial-gradient(circle, ${accent} 0 55%, #fff 56% 60%, ${accent} 61%);
  display:flex; align-items:center; justify-content:center; color:#fff; font: bold 10px ${sans}; letter-spacing:1px; text-align:center; line-height:17px }
.foot { position:absolute; left:30px; right:30px; bottom:8px; display:flex; justify-content:space-between; font: 11.5px ${sans}; color:#333 }
.foot b { letter-spacing:0.5px }
</style>
<div class="f1"></div><div class="f2"></div>
<div class="ro r1"></div><div class="ro r2"></div><div class="ro r3"></div><div class="ro r4"></div>
<div class="in">
 <div class="band"><div class="org">${org}</div><div class="city">${city}</div></div>
 <div class="crest">${initials}</div>
 <div class="hd">${heading}</div>
 <div class="hd2">${subheading}</div>
 <div class="cert">This is to certify that</div>
 <div class="nm">${name}</div>
 <div class="bt">${body}</div>
 <div class="co">${title}</div>
 <div class="hr">${hours_line}</div>
 <div class="dt">${date_line}</div>
 <div class="orn"></div>
 <div class="ft">
  <div class="sg"><div class="hand">${sig1}</div><div class="ln">${sig1}</div><div class="rl">${role1}</div></div>
  <div class="seal">${seal_html}</div>
  <div class="sg"><div class="hand">${sig2}</div><div class="ln">${sig2}</div><div class="rl">${role2}</div></div>
 </div>
 <div class="foot"><span>${num_label} <b>${number}</b></span><span>${issue_label} ${issued}</span></div>
</div>
"""

SKIP = {"of", "and", "the", "&", "llc", "inc.", "llc.", "inc", "co."}


def fill(d):
    org = d.provider()
    words = [w.strip(",") for w in org.split() if w.lower().strip(",") not in SKIP]
    initials = "".join(w[0] for w in words if w[:1].isalpha())[:4].upper()
    name = d.name(d.pick(["plain", "last_first", "last_first", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    hours = d.hours(d.pick(["words", "hours_title", "cec_hours", "words"]))
    lead = d.pick(
        [
            ("comprising", "of classroom and hands-on instruction"),
            ("a course of", "of supervised instruction"),
            ("having completed", "of approved instruction"),
        ]
    )
    date = d.date(d.pick(["words", "words", "ordinal"]))
    roles = d.pick(
        [
            ("Registrar", "Director of Education"),
            ("Lead Instructor", "President"),
            ("Chief Examiner", "Executive Director"),
        ]
    )
    return {
        "org": org,
        "city": d.city(),
        "initials": initials or "CE",
        "heading": d.pick(["Certificate of Proficiency", "Certificate of Completion", "Diploma"]),
        "subheading": d.pick(["Continuing Education", "Technician Program", "Course of Study"]),
        "name": name,
        "body": d.pick(
            [
                "having fulfilled all the attendance requirements of the program and passed "
                "the prescribed written examination, has been awarded this certificate in",
                "having attended every session and satisfied the examiners in the final "
                "assessment, is hereby declared to have completed the course",
                "having met the requirements set by the examining board and passed the examination "
                "held at its close, is admitted to the standing of graduate in",
            ]
        ),
        "title": title,
        "hours_line": f"{lead[0]} {hours} {lead[1]}",
        "date_line": f"on {date}",
        "sig1": d.person(),
        "role1": roles[0],
        "sig2": d.person(),
        "role2": roles[1],
        "seal_html": d.pick(["OFFICIAL<br>SEAL", "SEAL OF<br>THE BOARD", "CERTIFIED"]),
        "num_label": d.pick(["CERTIFICATE NUMBER:", "Certificate No.", "REG. NO.:"]),
        "number": f"{d.completed.year}/{d.rng.randrange(1000, 9999)}",
        "issue_label": d.pick(["Date of issue:", "Issued", "Printed"]),
        "issued": d.other_date("issue", d.pick(["us_numeric", "dmy_long", "short_month"])),
    }
