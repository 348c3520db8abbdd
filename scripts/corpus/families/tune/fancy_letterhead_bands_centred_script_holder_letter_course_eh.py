"""A letter of completion on fancy letterheaded paper: a dark top band with
a ring mark and the school's name in white, a pale gradient over the head
and foot of the sheet, and a dark bottom band with the address, phone and
web address in white. The letter is dated in figures at the right; the
body opens in prose, breaks to set the technician's name on its own
centred line in a large script face, and continues in prose with the
course, the completion date written in words and the credit written as
words and figures. The school's president signs, and a second line names
the lead instructor; a small class code sits under the signatures."""

SOURCE = (
    "GavrilS/web_design_sandbox:tutorials/css_tutorial/challenges/fancy_letterhead/task.md "
    "(MDN fancy letterheaded paper: top and bottom images fixed to the sheet, gradient over "
    "both, thin top and bottom borders) and wording of training schools' completion letters"
)
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "letter",
    "script-name",
    "sentence",
    "portrait",
    "dark-band",
    "provider-in-logo",
    "date-words",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; border-top:4px solid ${accent}; border-bottom:4px solid ${accent};
  background: linear-gradient(180deg, rgba(0,0,0,0.07) 0, rgba(0,0,0,0) 22%, rgba(0,0,0,0) 80%, rgba(0,0,0,0.07) 100%) }
.tb { position:absolute; left:0; right:0; top:0; height:104px; background:${dark}; color:#fff; display:flex; align-items:center; gap:18px; padding:0 64px }
.rg { width:62px; height:62px; border-radius:50%; border:3px solid #fff; display:flex; align-items:center; justify-content:center; font: bold 19px ${display}; flex:none }
.tb b { font: ${nm_weight} ${nm_size}px ${display}; letter-spacing:.5px; line-height:1.15 }
.tb span { display:block; font: 11px ${sans}; letter-spacing:2px; text-transform:uppercase; opacity:.9; margin-top:4px }
.bb { position:absolute; left:0; right:0; bottom:0; height:50px; background:${dark}; color:#fff; font: 11.5px ${sans}; display:flex; align-items:center; justify-content:center; gap:22px }
.w { position:absolute; top:150px; left:84px; right:84px; font: 16px ${serif}; line-height:27px; color:#1a1a1a }
.dt { text-align:right }
.w p { margin:22px 0 0 }
.hn { text-align:center; font: ${hn_size}px ${script}; color:${accent}; margin:18px 0 4px; line-height:1.2 }
.sg { display:flex; gap:40px; margin-top:34px } .sg > div { flex:1; font-size:13.5px; line-height:19px }
.sg .h { font: 28px ${hand}; color:#1b2c6a; height:38px; white-space:nowrap }
.cc { margin-top:26px; font: 10.5px ${sans}; color:#555 }
</style>
<div class="pg"></div>
<div class="tb"><div class="rg">${initials}</div><div><b>${org}</b><span>${tagline}</span></div></div>
<div class="w">
 <div class="dt">${letter_date}</div>
 <p>${greeting}</p>
 <p>${lead}</p>
 <div class="hn">${name}</div>
 <p>${body}</p>
 <p>${body2}</p>
 <div class="sg">
  <div><div class="h">${president}</div>${president}<br>${pres_role}</div>
  <div><div class="h">&nbsp;</div>${instructor}<br>${instr_role}</div>
 </div>
 <div class="cc">${class_line}</div>
</div>
<div class="bb"><span>${street}, ${town}</span><span>${phone}</span><span>${web}</span></div>
"""


def fill(d):
    org = d.provider()
    short = (d.org_alt or org).replace("&", "")
    initials = "".join(w[0] for w in short.split() if w[0].isupper())[:3] or "RS"
    street, town = d.address()
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "with_code"]))
    date = d.date(d.pick(["words", "words", "ordinal"]))
    hours = d.hours(d.pick(["words", "words_cec"]))
    return {
        "initials": initials,
        "nm_size": 26 if len(org) < 32 else 21,
        "nm_weight": d.pick(["bold", "600", "normal"]),
        "org": org,
        "tagline": d.pick(
            [
                "Restoration training since 1998",
                "Education for the cleaning trades",
                "Training · Testing · Certification",
            ]
        ),
        "letter_date": d.other_date("issue", d.pick(["us_numeric", "long"])),
        "greeting": d.pick(["To whom it may concern,", "To the reader,", "Dear colleague,"]),
        "lead": d.pick(
            [
                "It is our pleasure to confirm that",
                "We are writing to confirm that our student",
                "This letter certifies that",
            ]
        ),
        "hn_size": 40 if len(d.printed["holder_name"]) < 24 else 32,
        "name": name,
        "body": f"{d.pick(['has successfully completed', 'successfully completed', 'attended and passed'])} "
        f"{title} {d.pick(['on', 'with us on'])} {date}, "
        f"{d.pick(['and has been awarded', 'earning', 'for a total of'])} {hours}.",
        "body2": d.pick(
            [
                "The course included classroom instruction, a hands-on lab and a written examination. "
                "We congratulate the student on this achievement.",
                "Attendance was verified at each session. Please contact our office if further "
                "information about the course is required.",
            ]
        ),
        "president": d.person(),
        "pres_role": d.pick(["President", "Owner and Director", "Executive Director"]),
        "instructor": d.person(),
        "instr_role": d.pick(["Lead Instructor", "Course Instructor", "IICRC Approved Instructor"]),
        "class_line": f"Class code {d.number(d.pick(['', 'C-']))}",
        "street": street,
        "town": town,
        "phone": d.phone(),
        "web": d.web(),
    }
