"""A minimal portrait certificate from a hosted course platform (LifterLMS,
Thinkific-style): a solid block of colour in the top right corner, the
school's name beside a small square mark at top left, a very large bold
sans title broken over two lines and set flush left, the learner's name
large under a thin rule, a short "for completing" line with the course,
and a trio of small labelled columns at the foot (date, credit,
certificate number) beside the instructor's signature."""

SOURCE = "gocodebox/lifterlms:templates/content-certificate.php"
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "portrait",
    "labelled",
    "provider-in-logo",
    "letter-spaced",
    "distractor-person",
)

TEMPLATE = """<style>
.blk { position:absolute; right:0; top:0; width:260px; height:330px; background:${accent} }
.blk2 { position:absolute; right:260px; top:0; width:70px; height:130px; background:${dark} }
.mk { position:absolute; left:70px; top:70px; display:flex; align-items:center; gap:12px; font: bold 16px ${sans}; color:#222; max-width:380px; line-height:20px }
.mk i { flex:none; width:30px; height:30px; background:${dark}; display:block }
.t { position:absolute; left:70px; top:250px; font: 800 74px/90px ${sans}; color:#111; letter-spacing:-1px }
.t span { display:block; color:${dark} }
.rl { position:absolute; left:70px; top:470px; width:90px; border-top:5px solid ${accent} }
.lb { position:absolute; left:70px; font: 600 12px ${sans}; letter-spacing:4px; text-transform:uppercase; color:#888 }
.nm { position:absolute; left:70px; right:70px; top:530px; font: bold 42px ${sans}; color:#111; line-height:48px }
.for { position:absolute; left:70px; right:90px; top:650px; font: 18px ${sans}; color:#333; line-height:26px }
.for b { display:block; font: bold 24px ${serif}; color:#111; margin-top:6px; line-height:30px }
.trio { position:absolute; left:70px; bottom:120px; display:flex; gap:42px }
.trio div { font: 16px ${sans}; color:#111 } .trio small { display:block; font: 600 11px ${sans}; letter-spacing:3px; text-transform:uppercase; color:#888; margin-bottom:6px }
.sg { position:absolute; right:70px; bottom:112px; width:210px; border-top:1px solid #333; padding-top:6px; font: 13px ${sans}; color:#333; line-height:17px }
.sg em { position:absolute; top:-40px; right:0; white-space:nowrap; font: normal 26px ${hand}; color:#1f2f5f }
.ft { position:absolute; left:70px; right:70px; bottom:46px; font: 10px ${sans}; color:#999; letter-spacing:1px }
</style>
<div class="blk"></div><div class="blk2"></div>
<div class="mk"><i></i>${org}</div>
<div class="t">${t1}<span>${t2}</span></div>
<div class="rl"></div>
<div class="lb" style="top:500px">${awarded}</div>
<div class="nm">${name}</div>
<div class="for">${for_line}<b>${title}</b></div>
<div class="trio"><div><small>${l_date}</small>${date}</div><div><small>${l_credit}</small>${hours}</div><div><small>${l_no}</small>${number}</div></div>
<div class="sg"><em>${signer}</em>${signer}<br>${role}</div>
<div class="ft">${foot}</div>
"""


def fill(d):
    t1, t2 = d.pick(
        [
            ("Certificate", "of Completion"),
            ("Course", "Certificate"),
            ("Certificate", "of Achievement"),
        ]
    )
    return {
        "org": d.provider(),
        "t1": t1,
        "t2": t2,
        "awarded": d.pick(["Awarded to", "Presented to", "Issued to"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "for_line": d.pick(
            [
                "for completing the online course",
                "for successfully finishing",
                "has completed all lessons and quizzes of",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "code_first"])),
        "l_date": d.pick(["Date", "Completed", "Completion"]),
        "date": d.date(d.pick(["short_month", "long", "us_numeric", "dmy_long"])),
        "l_credit": d.pick(["Credit hours", "CECs", "Hours"]),
        "hours": d.hours_number(),
        "l_no": d.pick(["Certificate no.", "Credential ID", "No."]),
        "number": d.number(),
        "signer": d.person(),
        "role": d.pick(["Instructor", "Course Creator", "Head Instructor"]),
        "foot": d.pick(
            [
                "ISSUED ONLINE · VERIFY AT THE SCHOOL'S WEBSITE",
                "THIS CERTIFICATE WAS ISSUED AUTOMATICALLY ON COURSE COMPLETION",
            ]
        ),
    }
