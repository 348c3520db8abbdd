"""A provider's blank sample certificate, not anyone's record: the specimen a
training school attaches to a course-approval application or shows on its
website, landscape, on a cream page inside a patterned border with corner
rosettes and a double rule. It looks like the real thing (the school's
round mark and name at the top, a display heading, "This certifies that", a
name line in script, the completion sentence, the course, the approval
sentence, labelled cells for the approval number, completion date and
provider number, and a signature) but the name, and some of the other
values, are placeholders, a very large diagonal SAMPLE runs across it, a
red rotated stamp says it is a specimen, and small print explains what
it is. It records no completion."""

SOURCE = (
    "https://nmlseducation.wordpress.com/2010/05/21/requirement-to-issue-course-completion-certificate/ "
    "(a copy of the provider's course completion certificate is required with the application) and "
    "supriyo15998/Tesseract-2020:api/resources/views/pdf/volunteer.blade.php (name set over a "
    "watermarked certificate artwork)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "ornate",
    "pattern",
    "watermark",
    "script-name",
    "sentence",
    "labelled",
    "provider-in-logo",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper} }
.pat { position:absolute; inset:16px; border:16px solid transparent;
  border-image: repeating-linear-gradient(45deg, ${ink} 0 4px, ${paper} 4px 8px, ${gold} 8px 11px, ${paper} 11px 15px) 16;
  }
.r1 { position:absolute; inset:40px; border:2px solid ${ink} }
.r2 { position:absolute; inset:46px; border:1px solid ${gold} }
.ros { position:absolute; width:30px; height:30px; border-radius:50%; background:${paper}; border:3px double ${gold} }
.w { position:absolute; left:84px; right:84px; top:64px; bottom:84px; text-align:center; font-family:${face}; color:#222;
  display:flex; flex-direction:column; justify-content:center }
.mk { width:58px; height:58px; margin:0 auto; border-radius:50%; border:2px solid ${ink}; color:${ink};
  font: bold 19px ${head}; display:flex; align-items:center; justify-content:center }
.org { font: bold 16px ${face}; letter-spacing:2.5px; text-transform:uppercase; color:${ink}; margin-top:6px }
h1 { font: ${h1w} 44px ${head}; margin:12px 0 2px; color:#1a1a1a }
.cert { font-size:16px; font-style:italic; margin-top:16px }
.nm { font: 46px ${script}; margin:4px auto 0; width:62%; border-bottom:1px solid #888; line-height:1.3; color:#444 }
.txt { font-size:15.5px; margin-top:16px }
.crs { font: bold 22px ${face}; margin-top:6px }
.apv { font-size:14.5px; margin-top:8px }
.row { display:flex; justify-content:space-between; margin-top:40px; text-align:left; font-size:13px; gap:24px }
.row .c { flex:1 } .row .c .v { border-bottom:1px solid #777; font-size:15px; padding:0 4px 2px; min-height:22px }
.row .c .k { font-size:10.5px; letter-spacing:1px; text-transform:uppercase; color:#555; margin-top:3px }
.row .s .h { font: 26px ${hand}; color:#27306b; height:30px; white-space:nowrap; text-align:center }
.big { position:absolute; left:50%; top:50%; transform:translate(-50%,-50%) rotate(-21deg); font: bold ${big_size}px ${sans};
  letter-spacing:24px; color:${wm_color}; opacity:0.16; white-space:nowrap; pointer-events:none }
.stamp { position:absolute; right:84px; top:78px; transform:rotate(4deg); border:3px solid #b3261e; color:#b3261e;
  padding:5px 12px; font: bold 15px ${sans}; letter-spacing:2px; text-align:center; line-height:23px; background:rgba(255,255,255,.6) }
.ex { position:absolute; left:84px; top:78px; border:1.5px solid #333; padding:3px 10px; font: bold 13px ${sans}; letter-spacing:1px }
.fine { position:absolute; left:90px; right:90px; bottom:52px; font: 10.5px ${sans}; color:#555; text-align:center; line-height:14px }
</style>
<div class="pg"></div><div class="pat"></div><div class="r1"></div><div class="r2"></div>
<div class="ros" style="left:26px; top:26px"></div><div class="ros" style="right:26px; top:26px"></div>
<div class="ros" style="left:26px; bottom:26px"></div><div class="ros" style="right:26px; bottom:26px"></div>
<div class="w">
 <div class="mk">${initials}</div>
 <div class="org">${org}</div>
 <h1>${heading}</h1>
 <div class="cert">${certify}</div>
 <div class="nm">${name_ph}</div>
 <div class="txt">${completed_text}</div>
 <div class="crs">${course}</div>
 <div class="apv">${approved_text}</div>
 <div class="row">
  <div class="c"><div class="v">${approval_ph}</div><div class="k">Course approval no.</div></div>
  <div class="c"><div class="v">${date_ph}</div><div class="k">Date completed</div></div>
  <div class="c"><div class="v">${provider_no}</div><div class="k">Provider no.</div></div>
  <div class="c s"><div class="h">${signer}</div><div class="v" style="min-height:0; font-size:13px">${signer}, ${signer_role}</div>
   <div class="k">Authorized signature</div></div>
 </div>
</div>
<div class="big">${big}</div>
<div class="stamp">${stamp_html}</div>
${exhibit_html}
<div class="fine">${fine}</div>
"""
NAME_PLACEHOLDERS = [
    "[Participant Name]",
    "Jane Q. Sample",
    "Student Name",
    "First M. Last",
    "John Sample",
]
BOARDS = [
    "the State Board of Home Inspectors",
    "the Mold Remediation Licensing Program",
    "the IICRC",
    "the HVAC and Refrigeration Contractors Board",
]


def fill(d):
    r = d.rng
    org = d.org
    words = [w for w in org.replace(",", "").replace("&", "").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words[:3])
    exhibit = d.chance(0.5)
    real_course = d.chance(0.6)
    real_hours = real_course and d.chance(0.6)
    board = d.pick(BOARDS)
    hours = f"{d.credit:g}" if real_hours else d.pick(["X.X", "__", "[hours]"])
    big = d.pick(["SAMPLE", "SAMPLE", "SPECIMEN"])
    return {
        "paper": d.pick(["#fbf7ee", "#f6f1e1", "#fffdf7"]),
        "ink": d.pick(["#1f3a5f", "#0b3d2e", "#5b2333", "#3d2b1f"]),
        "gold": d.pick(["#b8860b", "#a67c00", "#9c6644"]),
        "face": d.fonts["serif"],
        "head": d.fonts[d.pick(["display", "serif"])],
        "h1w": d.pick(["normal", "bold"]),
        "script": d.fonts["script"].replace(", cursive", ", 'Z003', 'Dancing Script', cursive"),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Z003', 'Dancing Script', cursive"),
        "initials": initials,
        "org": org,
        "heading": d.pick(["Certificate of Completion", "Continuing Education Certificate"]),
        "certify": d.pick(["This certifies that", "This is to certify that"]),
        "name_ph": d.pick(NAME_PLACEHOLDERS),
        "completed_text": d.pick(
            [
                "has successfully completed the continuing education course",
                "attended and completed the course of instruction",
            ]
        ),
        "course": (f"{d.course} ({d.code})" if d.code and d.chance(0.4) else d.course)
        if real_course
        else d.pick(["[Course Title]", "Course Title", "Name of Approved Course"]),
        "approved_text": f"approved by {board} for {hours} continuing education hours",
        "approval_ph": d.pick(["0000-000", "XXXXX", "[approval no.]", "Pending"]),
        "date_ph": d.pick(["MM/DD/YYYY", "Month DD, YYYY", "__/__/____"]),
        "provider_no": d.pick([f"{r.randrange(1000, 9999)}", f"P-{r.randrange(100, 999)}"]),
        "signer": d.person(),
        "signer_role": d.pick(["Director of Education", "President", "Training Director"]),
        "big": big,
        "big_size": 190 if big == "SAMPLE" else 140,
        "wm_color": d.pick(["#b3261e", "#3c3c3c", "#1f3a5f"]),
        "sans": d.fonts["sans"],
        "stamp_html": d.pick(
            [
                "SPECIMEN<br>NOT VALID FOR CREDIT",
                "SAMPLE ONLY<br>NOT A CERTIFICATE",
                "VOID<br>SAMPLE COPY",
            ]
        ),
        "exhibit_html": f'<div class="ex">{d.pick(["EXHIBIT C", "ATTACHMENT 4", "EXHIBIT B"])}</div>'
        if exhibit
        else "",
        "fine": d.pick(
            [
                "Sample certificate submitted with the Application for Continuing Education Course Approval. "
                "Certificates issued to participants will show the participant's name, the completion date, "
                "the course approval number and the approved hours.",
                "Specimen for course approval review. Not to be issued, copied or presented for credit.",
            ]
        )
        if exhibit
        else d.pick(
            [
                "This is a sample. Your certificate is e-mailed when you finish the course and will show "
                "your name and the date you completed it.",
                "What your certificate will look like. The real certificate carries your name, the "
                "completion date and the course approval number.",
            ]
        ),
    }
