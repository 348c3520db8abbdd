"""A portrait course certificate with a two-line letter-spaced headnote at
top left (provider, then programme series) and a mark at top right, a large
bold title set low, the participant in a script face, a justified body
paragraph naming the course, the dates as a range and the credit, a
signature over the teacher's name and role, and small justified footnotes
with a version string and a print date at the very bottom."""

SOURCE = "ariibard/quarto-typst-certificate-mastering-shiny-bookclub:_extensions/nbis-certificate/typst-template.typ"
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "script-name",
    "date-range",
    "distractor-person",
    "provider-in-logo",
    "letter-spaced",
    "tiny-footer",
)

TEMPLATE = """<style>
.bg { position:absolute; right:-120px; top:180px; width:520px; height:520px; border-radius:50%; background:${light} }
.hn { position:absolute; left:94px; top:70px; font-family:${sans}; color:#444 }
.hn .a { font-size:14px; letter-spacing:1.6px; font-weight:500 } .hn .b { font-size:18px; letter-spacing:1.6px; font-weight:600; margin-top:3px }
.lg { position:absolute; right:94px; top:60px; width:64px; height:64px; border-radius:10px; background:${accent}; color:#fff;
  font: bold 18px ${cond}; display:flex; align-items:center; justify-content:center }
.w { position:absolute; left:94px; right:94px; top:210px; font: 16px ${sans}; color:#444; line-height:25px }
h1 { font: bold 46px ${sans}; letter-spacing:1.5px; margin:0 0 80px; color:#333 }
.nm { font: 40px ${script}; color:${dark}; margin-bottom:26px }
.w p { text-align:justify; margin:0 0 14px }
.sg { margin-top:34px } .sg .h { font: 28px ${hand}; color:#223 } .sg .r { font-size:13px; line-height:17px }
.fn { position:absolute; left:94px; right:94px; bottom:46px; font: 10px ${sans}; color:#555; text-align:justify; line-height:13px }
.fn .v { font-size:8px; margin-top:4px }
</style>
<div class="bg"></div>
<div class="hn"><div class="a">${head1}</div><div class="b">${head2}</div></div>
<div class="lg">${mark}</div>
<div class="w">
 <h1>${heading}</h1>
 <div class="nm">${name}</div>
 <p>${body1}</p>
 <p>${body2}</p>
 <div class="sg"><div class="h">${teacher}</div><div class="r">${teacher}<br>${teacher_role}</div></div>
</div>
<div class="fn">${foot}<div class="v">${version} ${printed}</div></div>
"""


def fill(d):
    words = (d.org_alt or d.org).split()
    org = d.provider("upper")
    title = d.title()
    span = d.date_range(d.pick([1, 2, 2, 4]))
    hours = d.hours(d.pick(["cec_hours", "hours_title", "words", "ceu_and_cec"]))
    return {
        "head1": org,
        "head2": d.pick(["TECHNICIAN PROGRAMME", "CLASSROOM SERIES", "FIELD TRAINING"]),
        "mark": "".join(w[0] for w in words if w[0].isalpha())[:3].upper(),
        "heading": d.pick(["Course Certificate", "Certificate", "Certificate of Completion"]),
        "name": d.name("plain"),
        "body1": f"{d.pick(['has attended and completed', 'has taken part in and completed'])} the course "
        f"{title}, held {span}.",
        "body2": f"{d.pick(['The course comprised lectures, demonstrations and practical exercises', 'The course combined classroom instruction with hands-on work'])}"
        f" and carries {hours} of continuing education credit.",
        "teacher": d.person(),
        "teacher_role": d.pick(["Course Leader", "Lead Instructor", d.role()]),
        "foot": d.pick(
            [
                "Attendance was recorded each day; credit is awarded only for the full course. "
                "Contact the training office to verify this certificate.",
                "This certificate is issued to the participant named above and is not transferable. "
                "Keep it for your continuing education records.",
            ]
        ),
        "version": f"v{d.rng.randrange(1, 4)}.{d.rng.randrange(0, 10)}",
        "printed": d.other_date("issue", "iso"),
    }
