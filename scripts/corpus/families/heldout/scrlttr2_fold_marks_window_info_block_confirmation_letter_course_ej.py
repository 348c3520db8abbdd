"""A business letter set with KOMA-Script's scrlttr2 class (DIN layout):
fold and punch marks at the left edge, the sender's name large at the top
right with a rule under it, a small underlined return-address line above
the window, the recipient's address block in the window, a reference-line
row across the page (your letter, our reference, contact, date), a bold
subject line confirming the course, a salutation and two paragraphs of
running text carrying the course, the day it was completed, the credit and
the approval number, the closing with the signer's name and title, and a
three-column footer of small type (address, phone and web, registry
number)."""

SOURCE = "black-snake/LaTeX-letter:README.md"
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "letter",
    "portrait",
    "sentence",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.fm { position:absolute; left:14px; width:14px; height:1px; background:#555 }
.w { position:absolute; left:95px; right:80px; top:0; bottom:0; font-family:${face}; color:#111; font-size:15px }
.snd { position:absolute; right:0; top:50px; text-align:right; font: 26px ${face}; color:${col} }
.snd small { display:block; font-size:12px; color:#555 }
.srl { position:absolute; left:0; right:0; top:118px; height:1px; background:${col} }
.ret { position:absolute; left:0; top:170px; font-size:9.5px; text-decoration:underline; color:#333 }
.adr { position:absolute; left:0; top:192px; font-size:15px; line-height:20px }
.ref { position:absolute; left:0; right:0; top:330px; display:flex; gap:28px; font-size:11px; color:#555 }
.ref div b { display:block; font-size:13px; color:#111; font-weight:normal }
.sub { position:absolute; left:0; right:0; top:400px; font-weight:bold; font-size:16px }
.body { position:absolute; left:0; right:0; top:446px; line-height:23px; text-align:justify }
.body p { margin:0 0 12px }
.ft { position:absolute; left:0; right:0; bottom:36px; display:flex; justify-content:space-between; font-size:9.5px; line-height:12.5px; color:#555; border-top:.5px solid #999; padding-top:6px }
</style>
<div class="fm" style="top:${f1}px"></div><div class="fm" style="top:${f2}px;width:20px"></div><div class="fm" style="top:${f3}px"></div>
<div class="w">
 <div class="snd">${provider}<small>${dept}</small></div>
 <div class="srl"></div>
 <div class="ret">${provider_short} · ${street} · ${town}</div>
 <div class="adr">${name}<br>${employer}<br>${r_street}<br>${r_town}</div>
 <div class="ref">
  <div>Your letter of<b>${their_date}</b></div>
  <div>Our reference<b>${ourref}</b></div>
  <div>Contact<b>${contact}</b></div>
  <div>Date<b>${letter_date}</b></div>
 </div>
 <div class="sub">${subject}</div>
 <div class="body">
  <p>${salute}</p>
  <p>${p1}</p>
  <p>${p2}</p>
  <p>${close}<br><br><br>${signer}<br>${signer_role}</p>
 </div>
 <div class="ft"><div>${provider_short}<br>${street}<br>${town}</div><div>Phone ${phone}<br>${web}</div><div>${reg}<br>${tax}</div></div>
</div>
"""


def fill(d):
    from corpus import values as V

    org = d.provider()
    street, town = d.address()
    r_street, r_town = d.pick([c for c in V.CITIES if c[0] != street])
    name = d.name("plain")
    title = d.title(d.pick(["plain", "with_code"]))
    date = d.date(d.pick(["long", "dmy_long", "ordinal"]))
    hours = d.hours(d.pick(["cec_hours", "words_cec", "words", "contact_and_cec"]))
    approval = d.approval()
    f_scale = d.pick([1.0, 0.97])
    return {
        "face": d.pick([d.fonts["serif"], d.fonts["sans"]]),
        "col": d.pick(["#1f3a5f", "#5b2333", "#2f2f2f", "#0b3d2e"]),
        "f1": int(378 * f_scale),
        "f2": int(528 * f_scale),
        "f3": int(756 * f_scale),
        "provider": org,
        "dept": d.pick(["Training Department", "Registrar's Office", "Continuing Education"]),
        "provider_short": d.org_alt or org,
        "street": street,
        "town": town,
        "name": name,
        "employer": d.pick(
            ["c/o Rapid Dry Restoration", "c/o Summit Carpet Care", "c/o Blue Line Mitigation", ""]
        ),
        "r_street": r_street,
        "r_town": r_town,
        "their_date": d.other_date("start", "dmy_numeric"),
        "ourref": d.number("CE/"),
        "contact": d.person(),
        "letter_date": d.other_date("issue", d.pick(["dmy_long", "long"])),
        "subject": d.pick(
            [
                f"Confirmation of course completion – {title}",
                f"Your attendance: {title}",
                f"Completion of {title}",
            ]
        ),
        "salute": d.pick([f"Dear {name},", "Dear Sir or Madam,", f"Dear {d.first},"]),
        "p1": d.pick(
            [
                f"we are pleased to confirm that you completed our course on {date}.",
                f"as requested, we confirm that you attended the full course and finished it on {date}.",
            ]
        ),
        "p2": d.pick(
            [
                f"The course is approved for {hours} under approval number {approval}. "
                "Please keep this letter with your certification records.",
                f"Your attendance has been recorded as {hours} (approval {approval}). "
                "We have reported the credit to the certifying body on your behalf.",
            ]
        ),
        "close": d.pick(["Kind regards", "Yours sincerely", "With best regards"]),
        "signer": d.person(),
        "signer_role": d.pick(["Registrar", "Head of Training", "Education Manager"]),
        "phone": d.phone(),
        "web": d.web(),
        "reg": f"Reg. no. {d.number()}",
        "tax": f"Tax ID {d.rng.randrange(10, 99)}-{d.rng.randrange(1000000, 9999999)}",
    }
