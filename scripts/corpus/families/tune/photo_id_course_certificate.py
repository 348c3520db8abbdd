"""A landscape course completion certificate from an accredited training
program that must carry a photograph: a coloured frame, the training
program's round mark and name as a wordmark at the top left, a boxed unique
certificate number at the top right, then a passport-size photo box beside a
centred statement (the holder, the holder's mailing address in small type,
the course, the date of completion and test passage), a row of labelled
cells (language taught, course length, certification expiry, training
provider's address and telephone), a small state-style seal and two
signatures (training manager, principal instructor)."""

SOURCE = (
    "https://19january2021snapshot.epa.gov/lead/instructions-accredited-training-providers "
    "(course completion certificate requirements and numbering)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "sentence",
    "labelled",
    "landscape",
    "address",
    "provider-in-logo",
    "seal",
    "distractor-date",
    "distractor-person",
)

TEMPLATE = """<style>
.f { position:absolute; inset:22px; border:7px solid ${frame}; }
.f2 { position:absolute; inset:6px; border:1px solid ${frame}; padding:26px 38px 18px; font-family:${sans}; color:#161616;
  display:flex; flex-direction:column; justify-content:space-between }
.hd { display:flex; justify-content:space-between; align-items:center }
.lg { display:flex; align-items:center; gap:12px }
.mk { width:56px; height:56px; border-radius:50%; background:${frame}; color:#fff; display:flex; align-items:center;
  justify-content:center; font: bold 19px ${display}; letter-spacing:1px }
.lg .n { font: bold 19px ${display}; line-height:22px; max-width:430px } .lg .n small { display:block; font: 11.5px ${sans}; color:#444; letter-spacing:.5px; text-transform:uppercase }
.cn { border:1.5px solid #222; padding:5px 12px; text-align:center; font-size:10px; text-transform:uppercase; letter-spacing:.6px }
.cn b { display:block; font: bold 16px ${mono}; letter-spacing:.5px; margin-top:2px; text-transform:none }
h1 { text-align:center; font: 34px ${display}; margin:0; color:${frame}; letter-spacing:1px }
.mid { display:flex; gap:30px; align-items:flex-start; padding:0 14px }
.ph { width:124px; height:156px; border:1px solid #555; background:linear-gradient(#d9dde2,#c6ccd3); position:relative; flex:none; overflow:hidden }
.ph::before { content:""; position:absolute; left:33px; top:24px; width:46px; height:54px; border-radius:50%; background:#9aa3ad }
.ph::after { content:""; position:absolute; left:14px; top:84px; width:84px; height:80px; border-radius:42px 42px 0 0; background:#9aa3ad }
.st { flex:1; text-align:center; font-size:16px; line-height:24px; padding-right:60px }
.st .nm { font: bold 30px ${serif}; margin:6px 0 0 }
.st .ad { font-size:11.5px; color:#444; margin-bottom:7px }
.st .ti { font: bold 22px ${serif}; margin:6px 0 }
.row { display:flex; border:1px solid #666 }
.row > div { flex:1; padding:6px 9px; border-right:1px solid #666; font-size:12.5px; line-height:16px }
.row > div:last-child { border-right:none; flex:1.7 }
.row small { display:block; font-size:9.5px; text-transform:uppercase; color:#555; letter-spacing:.4px }
.ft { display:flex; align-items:flex-end; justify-content:space-between }
.sg { width:36%; font-size:11.5px; line-height:15px }
.sg .h { font-family:${hand}; font-size:25px; height:30px; white-space:nowrap }
.sg .l { border-top:1px solid #111; padding-top:3px }
.seal { width:96px; height:96px; border-radius:50%; border:3px double ${frame}; color:${frame}; display:flex; align-items:center;
  justify-content:center; text-align:center; font: bold 9px ${sans}; letter-spacing:.8px; line-height:12px; text-transform:uppercase;
  box-shadow: inset 0 0 0 6px #fff, inset 0 0 0 7px ${frame} }
.fine { margin-top:-6px; font-size:9.5px; color:#444; text-align:center; line-height:13px }
</style>
<div class="f"><div class="f2">
 <div class="hd">
  <div class="lg"><div class="mk">${initials}</div><div class="n">${org}<small>${program_kind}</small></div></div>
  <div class="cn">${cert_label}<b>${cert_no}</b></div>
 </div>
 <h1>${heading}</h1>
 <div class="mid">
  <div class="ph"></div>
  <div class="st">
   ${certify}
   <div class="nm">${name}</div>
   <div class="ad">${home_street}, ${home_town}</div>
   ${completed}
   <div class="ti">${title}</div>
   ${passage} <b>${date}</b>
  </div>
 </div>
 <div class="row">
  <div><small>Language taught</small>${language}</div>
  <div><small>${len_label}</small>${hours}</div>
  <div><small>${exp_label}</small>${expiry}</div>
  <div><small>Training program</small>${street}, ${town} · ${phone}</div>
 </div>
 <div class="ft">
  <div class="sg"><div class="h">${manager}</div><div class="l">${manager}<br>Training Manager</div></div>
  <div class="seal">${seal_html}</div>
  <div class="sg"><div class="h">${instructor}</div><div class="l">${instructor}<br>Principal Instructor</div></div>
 </div>
 <div class="fine">${fine}</div>
</div></div>
"""


def fill(d):
    r = d.rng
    street, town = d.address()
    home_street, home_town = d.address()
    org = d.provider()
    initials = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
    yy = f"{d.completed.year % 100:02d}"
    return {
        "frame": d.pick([d.colors["dark"], "#1f4e79", "#7a1f1f", "#2f4f2f"]),
        "initials": initials,
        "org": org,
        "program_kind": d.pick(
            [
                "Accredited training program",
                "State-accredited training provider",
                "Accredited training provider",
            ]
        ),
        "cert_label": d.pick(["Certificate no.", "Unique certificate no.", "Certificate ID"]),
        "cert_no": f"{d.pick(['R-I', 'R-R', 'T-I', 'T-R'])}-{r.randrange(10000, 99999)}-{yy}-{r.randrange(1, 9999):05d}",
        "heading": d.pick(["Course Completion Certificate", "Certificate of Course Completion"]),
        "certify": d.pick(["This is to certify that", "This certifies that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "home_street": home_street,
        "home_town": home_town,
        "completed": d.pick(
            [
                "has successfully completed the course",
                "has attended and completed the accredited course",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code"])),
        "passage": d.pick(
            [
                "and passed the course test. Date of course completion / test passage:",
                "and passed the required examination on",
            ]
        ),
        "date": d.date(d.pick(["long", "long", "us_numeric", "short_month", "ordinal"])),
        "language": d.pick(["English", "English", "Spanish", "English / Spanish"]),
        "len_label": d.pick(["Course length", "Contact hours", "Training hours"]),
        "hours": d.hours(d.pick(["hours_title", "hrs", "hours_title"])),
        "exp_label": d.pick(["Certification expires", "Expiration date", "Valid through"]),
        "expiry": d.other_date("expiry", d.pick(["long", "us_numeric", "short_month"])),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "manager": d.person(),
        "instructor": d.person(),
        "seal_html": d.pick(
            [
                "Accredited<br>training<br>provider",
                "Official<br>seal",
                "Accredited<br>program<br>★ seal ★",
            ]
        ),
        "fine": d.pick(
            [
                "Not valid without the photograph of the certificate holder. Verify this certificate "
                f"with the training program at {d.phone()} quoting the certificate number above.",
                "The photograph on this certificate must match the one sent with the post-training "
                "notice. Altered certificates are void.",
            ]
        ),
    }
