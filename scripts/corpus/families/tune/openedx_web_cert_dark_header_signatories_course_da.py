"""A printed MOOC-platform web certificate: a dark header bar with the
issuing school's wordmark only, a "Verified Certificate" kicker, the
learner's name, "successfully completed, received a passing grade and was
awarded this ... in" the course, a row of up to three signatories with
titles, and a right-hand details column with the issue date, the CEC
hours and the certificate link."""

SOURCE = "openedx/edx-platform:lms/templates/certificates/_accomplishment-header.html"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "dark-band",
    "landscape",
    "provider-in-logo",
    "distractor-person",
    "sentence",
    "labelled",
    "distractor-date",
)

TEMPLATE = """<style>
.hd { position:absolute; left:0; right:0; top:0; height:92px; background:${dark}; display:flex; align-items:center; padding:0 54px; justify-content:space-between }
.logo { display:flex; align-items:center; gap:12px; color:#fff; font: bold 21px ${sans}; letter-spacing:0.5px }
.logo i { display:block; width:40px; height:40px; background:${accent}; border-radius:6px; flex:none; border:3px solid #fff }
.hd .k { color:#fff; font: 14px ${sans}; letter-spacing:3px; text-transform:uppercase; opacity:0.9 }
.main { position:absolute; left:54px; top:175px; right:320px; font-family:${sans}; color:#222 }
.kick { font: 600 15px ${sans}; color:${accent}; text-transform:uppercase; letter-spacing:2px }
.nm { font: 44px ${serif}; margin:18px 0 18px; color:#111; border-bottom:2px solid ${accent}; padding-bottom:12px; line-height:1.2 }
.st { font-size:17px; line-height:27px; color:#444 }
.ti { font: bold 30px ${serif}; color:${dark}; margin:10px 0 6px; line-height:1.25 }
.co { font-size:16px; color:#555 }
.sigs { position:absolute; left:54px; right:320px; bottom:80px; display:flex; gap:28px }
.sigs > div { flex:1; font: 13px ${sans}; color:#333 }
.sigs .h { font: ${sig_px}px ${hand}; color:#152a5c; border-bottom:1px solid #777; height:44px; white-space:nowrap; display:flex; align-items:flex-end; padding-bottom:3px }
.sigs b { display:block; margin-top:5px; font-size:14px }
.side { position:absolute; right:0; top:92px; bottom:0; width:280px; background:${light}; padding:48px 30px; font: 14px ${sans}; color:#333 }
.side dt { font-size:11px; text-transform:uppercase; letter-spacing:1.2px; color:#666; margin-top:22px }
.side dd { margin:4px 0 0; font-size:16px; color:#111; word-break:break-word }
.side .u { font: 12px ${mono}; }
</style>
<div class="hd"><div class="logo"><i></i>${org}</div><div class="k">${header_word}</div></div>
<div class="main">
 <div class="kick">${kicker}</div>
 <div class="nm">${name}</div>
 <div class="st">${statement}</div>
 <div class="ti">${title}</div>
 <div class="co">${course_meta}</div>
</div>
<div class="sigs">${sigs_html}</div>
<div class="side"><dl>
 <dt>${issued_label}</dt><dd>${date}</dd>
 <dt>${hours_label}</dt><dd>${hours}</dd>
 <dt>Valid certificate ID</dt><dd class="u">${cert_id}</dd>
 <dt>Verify at</dt><dd class="u">${url}</dd>
</dl></div>
"""


def fill(d):
    import html

    r = d.rng
    org = d.provider()
    signers = []
    count = d.pick([1, 2, 2, 3])
    for _ in range(count):
        who = d.person()
        role = d.pick(["Lead Instructor", "Course Author", "Director of Education", d.role()])
        signers.append(
            f'<div><div class="h">{html.escape(who)}</div><b>{html.escape(who)}</b>'
            f"{html.escape(role)}</div>"
        )
    cid = f"{r.randrange(16**15, 16**16):016x}"
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:14]
    return {
        "org": org,
        "header_word": d.pick(["Certificate", "Verified", "Learner Record"]),
        "kicker": d.pick(
            ["Verified Certificate", "Certificate of Achievement", "Honor Code Certificate"]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "statement": d.pick(
            [
                "successfully completed, received a passing grade, and was awarded this certificate of completion in",
                "has successfully completed and received a passing grade in",
                "successfully completed all graded assignments of the self-paced course",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "course_meta": d.pick(
            [
                f"An online course offered through {d.pick(['our learning portal', 'the Learning Center'])}",
                "Self-paced · graded assessments · proctored final",
                f"Course run {d.completed.year}-T{r.randrange(1, 4)}",
            ]
        ),
        "sigs_html": "".join(signers),
        "sig_px": 19 if count == 3 else 24,
        "issued_label": d.pick(["Issued", "Issued on", "Date awarded"]),
        "date": d.date(d.pick(["long", "long", "dmy_long", "short_month"])),
        "hours_label": d.pick(["IICRC CEC hours", "Continuing education", "Effort credited"]),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "hrs", "cecs"])),
        "cert_id": cid,
        "url": f"learn.{slug}.org/certificates/{cid[:8]}",
    }
