"""Not a course record: an association's engraved-style certificate of
appointment for an approved instructor. Inside a wide guilloche frame band
with a fine inner rule, the association's name in spaced capitals over a
ringed emblem, "Certificate of Appointment" in a large serif, "Know ye
that" and the instructor's name in a script, a sentence appointing the
instructor to a grade ("Approved Instructor", "Master Instructor") and
authorising them to teach a short list of courses (set in small capitals
with their codes), a sentence on the term of the appointment (effective
and expiry dates) and the hours of continuing education the instructor
must keep up, an instructor number, two signatures and a red foil seal. It
names courses, dates and hours but credits no one with completing a
course."""

SOURCE = (
    "wording: approved-instructor appointment certificates that certification bodies and "
    "trade associations issue to their instructors ('is hereby appointed ... and authorized "
    "to teach the following courses', effective and expiration dates, instructor number, "
    "the instructor's own continuing-education requirement, president's and education "
    "chair's signatures)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "ornate",
    "script-name",
    "sentence",
    "distractor-person",
    "distractor-date",
    "seal",
    "course-list",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper} }
.gb { position:absolute; inset:18px; background:
  repeating-radial-gradient(circle at 0 50%, transparent 0 5px, ${g1} 5px 6px),
  repeating-radial-gradient(circle at 100% 50%, transparent 0 5px, ${g2} 5px 6px), ${band} }
.gi { position:absolute; inset:46px; background:${paper}; border:2px solid ${ink} }
.gi:after { content:""; position:absolute; inset:6px; border:1px solid ${g2} }
.c { position:absolute; left:96px; right:96px; top:70px; bottom:64px; display:flex; flex-direction:column;
  justify-content:space-between; text-align:center; font-family:${serif}; color:#1d1d1d }
.as { font: 600 14px ${sans}; letter-spacing:3.5px; text-transform:uppercase; color:${ink} }
.em { width:46px; height:46px; margin:8px auto 0; border-radius:50%; border:2px solid ${ink}; box-shadow: inset 0 0 0 4px ${paper}, inset 0 0 0 5px ${ink};
  font: bold 13px ${display}; color:${ink}; display:flex; align-items:center; justify-content:center }
h1 { margin:10px 0 0; font: ${h_px}px ${display}; color:${ink}; line-height:1.05; letter-spacing:.5px }
.ky { font: italic 17px ${serif}; color:#444 }
.nm { font: ${n_px}px ${script}; line-height:1.2; color:#151515; margin-top:2px }
.s { font-size:16.5px; line-height:25px; margin:4px auto 0; width:92% }
.s b { color:${ink}; letter-spacing:.6px; text-transform:uppercase; font-size:15px }
.ls { font: 13px ${sans}; letter-spacing:1.2px; text-transform:uppercase; color:#333; line-height:20px; margin-top:6px }
.tm { font-size:14.5px; line-height:21px; color:#333; margin:8px auto 0; width:88% }
.ft { display:flex; justify-content:space-between; align-items:flex-end; font: 12px ${sans}; color:#333 }
.sg { width:220px; text-align:center; line-height:16px }
.sg .h { font: 25px ${hand}; color:#1d2c6b; border-bottom:1px solid #333; height:36px; line-height:42px; white-space:nowrap }
.mid { text-align:center; font: 11.5px ${mono}; color:${red} }
.seal { width:86px; height:86px; margin:0 auto 6px; border-radius:50%; position:relative;
  background: repeating-conic-gradient(${red} 0 7deg, #c0392b 7deg 14deg) }
.seal:after { content:"${seal_text}"; position:absolute; inset:13px; border-radius:50%; background:${red}; border:1.5px solid #f6d5d5;
  color:#fbeaea; font: bold 8px ${sans}; letter-spacing:.8px; display:flex; align-items:center; justify-content:center; text-align:center; padding:6px }
</style>
<div class="pg"></div><div class="gb"></div><div class="gi"></div>
<div class="c">
 <div>
  <div class="as">${assoc}</div>
  <div class="em">${mark}</div>
  <h1>${heading}</h1>
 </div>
 <div>
  <div class="ky">${know}</div>
  <div class="nm">${person}</div>
  <div class="s">${s1} ${article} <b>${grade}</b> ${s2}</div>
  <div class="ls">${courses}</div>
  <div class="tm">${term}</div>
 </div>
 <div class="ft">
  <div class="sg"><div class="h">${p1}</div>${p1}<br>${r1}</div>
  <div class="mid"><div class="seal"></div>${no_label} ${inst_no}</div>
  <div class="sg"><div class="h">${p2}</div>${p2}<br>${r2}</div>
 </div>
</div>
"""

GRADES = ["Approved Instructor", "Master Instructor", "Associate Instructor", "Lead Instructor"]


def fill(d):
    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    assoc = d.pick(V.ASSOCIATIONS)
    mark = "".join(w[0] for w in assoc.replace("&", "").split() if w[0].isupper())[:4]
    want, picked = r.choice([2, 3, 3, 4]), []
    for course, code in r.sample(V.IICRC_COURSES, 10):
        if code not in [c for _, c in picked]:
            picked.append((course, code))
        if len(picked) == want:
            break
    courses = d.pick([" · ", " • ", " — "]).join(
        f"{code} {course}" if d.chance(0.5) else f"{course} ({code})" for course, code in picked
    )
    start = d.other_date("issue", d.pick(["long", "us_numeric", "dmy_long"]))
    end_day = d.completed.replace(year=d.completed.year + r.choice([2, 3]))
    end = F.fmt_date(end_day, d.pick(["long", "us_numeric", "dmy_long"]))
    keep = r.choice([14, 16, 21, 24])
    grade = d.pick(GRADES)
    term = d.pick(
        [
            f"This appointment is effective {start} and expires {end}, provided the instructor "
            f"completes {keep} hours of continuing education during the term.",
            f"Effective {start} through {end}. Renewal requires {keep} continuing education "
            f"credits and one class taught each year.",
            f"Valid from {start} to {end}, subject to the instructor's maintaining {keep} CEC "
            f"hours and good standing with the association.",
        ]
    )
    return {
        "paper": d.pick(["#fffdf5", "#fbf8ee", "#ffffff"]),
        "band": d.pick(["#eef3f0", "#f3eee4", "#eef0f6"]),
        "g1": d.pick(["rgba(31,58,95,.35)", "rgba(11,61,46,.35)", "rgba(91,35,51,.35)"]),
        "g2": d.pick(["rgba(184,134,11,.55)", "rgba(156,102,68,.5)", "rgba(106,76,147,.45)"]),
        "ink": d.pick(["#1f3a5f", "#0b3d2e", "#5b2333", "#3d2b1f"]),
        "red": d.pick(["#8b0000", "#a4161a"]),
        "script": d.pick(
            [
                "'Dancing Script', cursive",
                "'Z003', 'Dancing Script', cursive",
                "'Lobster Two', cursive",
                "'Kaushan Script', cursive",
            ]
        ),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "h_px": d.pick([44, 48, 52]),
        "n_px": 44 if len(d.plain_name) > 24 else 52,
        "assoc": assoc,
        "mark": mark,
        "heading": d.pick(["Certificate of Appointment", "Instructor Appointment"]),
        "know": d.pick(["Know ye that", "Be it known that", "This is to certify that"]),
        "person": d.plain_name,
        "s1": d.pick(
            [
                "having satisfied the qualifications set by the Education Committee, is hereby "
                "appointed",
                "having met the teaching, field and examination requirements, is appointed",
                "is recognized by the Board of Directors as",
            ]
        ),
        "grade": grade,
        "s2": d.pick(
            [
                "and is authorized to teach the following courses on behalf of the association:",
                "for the following courses:",
                "with authority to present:",
            ]
        ),
        "article": "an" if grade[0] in "AEIOU" else "a",
        "courses": courses,
        "term": term,
        "p1": d.person(),
        "r1": "President",
        "p2": d.person(),
        "r2": d.pick(["Chair, Education Committee", "Director of Certification", "Secretary"]),
        "no_label": d.pick(["Instructor No.", "Appointment No.", "ID"]),
        "inst_no": d.pick(
            [f"I-{r.randrange(1000, 9999)}", f"{r.randrange(10000, 99999)}", d.number()]
        ),
        "seal_text": d.pick(["OFFICIAL SEAL", "APPOINTED", "SEAL"]),
    }
