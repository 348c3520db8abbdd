"""A gradebook certificate from an LMS printed on A4 landscape: the whole
sheet in a coloured ground, a header band across the top with the school's
name in large white letters and a white strip of the platform's name, a
white inner panel with the learner's name as a coloured heading and a block
of labelled fields below it (course, completion date, result, credit,
enrolment date, expiry), an evaluator signature and a small white footer
on the coloured ground."""

SOURCE = "chamilo/chamilo-lms:main/template/rainbow/gradebook/custom_certificate.tpl"
KIND = "course"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "labelled",
    "provider-in-logo",
    "distractor-date",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.g { position:absolute; inset:0; background:${dark} }
.hd { position:absolute; left:44px; right:44px; top:30px; height:92px; display:flex; align-items:center; gap:20px; color:#fff }
.hd i { flex:none; width:64px; height:64px; background:${accent}; border-radius:10px; transform:rotate(45deg); margin-left:8px }
.hd b { font: bold 34px ${display}; line-height:38px }
.hd small { display:block; font: 14px ${sans}; letter-spacing:3px; text-transform:uppercase; opacity:.85; margin-top:2px }
.pn { position:absolute; left:44px; right:44px; top:136px; bottom:62px; background:#fff; border-radius:4px; padding:34px 54px }
.kk { font: 13px ${sans}; letter-spacing:3px; text-transform:uppercase; color:#777 }
h3 { font: bold 36px ${serif}; color:${dark}; margin:8px 0 6px }
.tx { font: 16px ${sans}; color:#444; margin-bottom:22px }
.fs { display:grid; grid-template-columns: 200px 1fr; gap:9px 16px; font: 15px ${sans}; color:#222; width:640px }
.fs .k { color:${accent}; font-weight:bold; text-align:right }
.sig { position:absolute; right:54px; bottom:34px; width:240px; text-align:center; font: 13px ${sans}; color:#444; border-top:1px solid #444; padding-top:5px; line-height:17px }
.sig em { position:absolute; top:-38px; left:-60px; right:-60px; white-space:nowrap; font: normal 27px ${hand}; color:#2a3a6a }
.st { position:absolute; right:80px; top:40px; width:150px; height:150px; border-radius:50%; border:3px dashed ${accent}; color:${accent}; font: bold 14px ${sans}; display:flex; align-items:center; justify-content:center; text-align:center; line-height:18px; transform:rotate(-10deg) }
.ft { position:absolute; left:44px; right:44px; bottom:22px; display:flex; justify-content:space-between; font: 11px ${sans}; color:#fff; opacity:.9 }
</style>
<div class="g"></div>
<div class="hd"><i></i><div><b>${org}</b><small>${platform}</small></div></div>
<div class="pn">
 <div class="kk">${kicker}</div>
 <h3>${name}</h3>
 <div class="tx">${text}</div>
 <div class="fs">
  <div class="k">${l_course}</div><div>${title}</div>
  <div class="k">${l_done}</div><div>${date}</div>
  <div class="k">${l_result}</div><div>${result}</div>
  <div class="k">${l_credit}</div><div>${hours}</div>
  <div class="k">${l_enrol}</div><div>${enrolled}</div>
  <div class="k">${l_exp}</div><div>${expires}</div>
 </div>
 <div class="st">${stamp}</div>
 <div class="sig"><em>${signer}</em>${signer}<br>${role}</div>
</div>
<div class="ft"><span>${code_label} ${code}</span><span>${foot}</span></div>
"""


def fill(d):
    r = d.rng
    style = d.pick(["long", "dmy_long", "us_numeric", "short_month"])
    return {
        "org": d.provider(),
        "platform": d.pick(["Online Training Platform", "Virtual Campus", "Learning Center"]),
        "kicker": d.pick(["Certificate of completion", "Course certificate", "Achievement"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "text": d.pick(
            [
                "has met the evaluation requirements of the following online course.",
                "has taken part in and passed the course described below.",
                "has reached the minimum score required by the gradebook of this course.",
            ]
        ),
        "l_course": d.pick(["Course", "Course name", "Training"]),
        "title": d.title(),
        "l_done": d.pick(["Completed", "Date of completion", "Finished on"]),
        "date": d.date(style),
        "l_result": d.pick(["Final score", "Result", "Gradebook score"]),
        "result": d.pick([f"{r.randrange(80, 100)} / 100", f"{r.randrange(80, 100)}%", "Pass"]),
        "l_credit": d.pick(["Credit", "CEC credit", "Hours credited"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hrs", "iicrc_cec"])),
        "l_enrol": d.pick(["Enrolled", "Registration date", "Started"]),
        "enrolled": d.other_date("registered", style),
        "l_exp": d.pick(["Valid until", "Expires", "Renew by"]),
        "expires": d.other_date("expiry", style),
        "stamp": d.pick(["VERIFIED<br>ONLINE", "PASSED", "COMPLETED"]).replace("<br>", " "),
        "signer": d.person(),
        "role": d.pick(["Evaluator", "Course Tutor", "Training Director"]),
        "code_label": d.pick(["Certificate code", "Code:", "Ref."]),
        "code": f"{r.randrange(16**9, 16**10):x}".upper(),
        "foot": d.pick(
            [
                "Generated automatically by the gradebook when the course was passed.",
                "This certificate can be verified with the code shown at left.",
            ]
        ),
    }
