"""A printed completion letter set between two dark bands, as an emailed
training notice looks when printed: a dark band with the school's name at the
top, a narrower band under it with the notice's heading in white, then a
plain greeting by name and two or three short paragraphs saying in a running
sentence that the course was completed on a date and what credit it earned,
a closing with a signer and role, and an empty dark band at the foot."""

SOURCE = (
    "kleimaj/cpg-toolbox:templates/confirmation_email.php (banded layout) and "
    "themeum/tutor:templates/email/to_student_course_completed.php (completion wording)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "dark-band",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.wrap { position:absolute; left:64px; right:64px; top:60px; bottom:70px; background:#f5f5f5; display:flex; flex-direction:column }
.b1 { background:${dark}; color:#fff; height:96px; display:flex; align-items:center; padding:0 30px; gap:16px }
.b1 .mk { width:54px; height:54px; border:3px solid #fff; border-radius:8px; font:bold 20px ${sans}; display:flex; align-items:center; justify-content:center }
.b1 .o { font:bold 23px ${sans}; letter-spacing:0.5px }
.b2 { background:${accent}; color:#fff; text-align:center; font:bold 19px ${sans}; padding:8px 0 }
.bd { background:#fff; margin:0; padding:28px 36px; flex:1; font:16px ${sans}; line-height:26px; color:#444 }
.bd p { margin:0 0 16px } .bd b { color:#111 }
.meta { font-size:13px; color:#777; margin-bottom:18px }
.sg { margin-top:22px } .sg .s { font:26px ${pen}; color:#222 }
.b3 { background:${dark}; height:56px; color:#fff; font:10px ${sans}; display:flex; align-items:center; justify-content:center; opacity:0.95 }
</style>
<div class="wrap">
 <div class="b1"><div class="mk">${initials}</div><div class="o">${org}</div></div>
 <div class="b2">${heading}</div>
 <div class="bd">
  <div class="meta">${sent_label} ${sent}</div>
  <p>${greet} ${name},</p>
  <p>${body_html}</p>
  <p>${body2}</p>
  <p>${question}</p>
  <div class="sg">${closing}<br><span class="s">${signer}</span><br>${signer}<br>${role}</div>
 </div>
 <div class="b3">${foot}</div>
</div>
"""


def fill(d):
    from html import escape

    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = escape(d.title(d.pick(["plain", "with_code"])))
    date = escape(d.date(d.pick(["long", "ordinal", "weekday", "us_numeric"])))
    hours = d.hours(d.pick(["cec_hours", "words_cec", "hours_title", "ceu_and_cec"]))
    body = d.pick(
        [
            f"Thank you for completing <b>{title}</b> on <b>{date}</b>. This message is to "
            "confirm that you have successfully completed the course.",
            f"You have successfully completed <b>{title}</b>. Our records show the course "
            f"was completed on <b>{date}</b>.",
        ]
    )
    approval = d.approval() if d.chance(0.4) else None
    body2 = f"The course carries {hours}" + (
        f" under approval number {approval}." if approval else "."
    )
    return {
        "pen": d.pick(["'Z003', cursive", "'Dancing Script', cursive"]),
        "initials": "".join(w[0] for w in org.split()[:2] if w[0].isalpha()),
        "org": org,
        "heading": d.pick(["Training Complete", "Course Completed", "Completion Confirmation"]),
        "sent_label": d.pick(["Sent:", "Date:", "Issued"]),
        "sent": d.other_date("issue", d.pick(["long", "us_numeric"])),
        "greet": d.pick(["Hello", "Dear", "Hi"]),
        "name": name,
        "body_html": body,
        "body2": body2,
        "question": d.pick(
            [
                "Keep this letter with your records. If you have any questions, reply to this "
                "message or call the office.",
                "Please allow two weeks for your credit to be reported. Contact us with any "
                "questions.",
            ]
        ),
        "closing": d.pick(["Regards,", "Sincerely,", "Thank you,"]),
        "signer": d.person(),
        "role": d.pick(["Training Coordinator", "Student Services", d.role()]),
        "foot": d.pick(["", f"{d.phone()} · {d.web()}"]),
    }
