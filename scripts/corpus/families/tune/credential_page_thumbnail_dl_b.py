"""A course credential's verification web page printed from the browser:
a tinted site header with the school's logo block and menu links, a small
framed certificate on the left (statement box, signatories, release line),
and on the right a "valid credential" heading over a definition list of
student, identifier and course, then the share buttons and the browser's
print header and footer."""

SOURCE = (
    "srPepo/UNED_maple_demo:lms/docs/admin/certificate-templates/certificate-template-honor.html"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "labelled",
    "sentence",
    "date-range",
    "distractor-person",
    "provider-in-logo",
    "web-printout",
    "miniature-certificate",
)

TEMPLATE = """<style>
.pr { position:absolute; left:28px; right:28px; font: 10px ${sans}; color:#444; display:flex; justify-content:space-between }
.hdr { position:absolute; left:0; right:0; top:30px; height:70px; background:${light}; border-bottom:1px solid #777;
  box-shadow:0 1px 5px rgba(0,0,0,.12); display:flex; align-items:center; padding:0 36px; font-family:${sans} }
.lg { display:flex; align-items:center; gap:10px; margin-right:40px }
.mk { width:42px; height:42px; border-radius:6px; background:${accent}; color:#fff; font: bold 17px ${display};
  display:flex; align-items:center; justify-content:center }
.ln { font: bold 15px ${sans}; color:${dark}; line-height:17px; max-width:230px }
.nav a { display:inline-block; margin-right:22px; font-size:12px; font-weight:600; text-transform:uppercase; color:#585858 }
.main { position:absolute; left:36px; right:36px; top:128px; display:grid; grid-template-columns:46% minmax(0,1fr); column-gap:46px; row-gap:22px; font-family:${sans} }
.mini { border:2px solid ${accent}; padding:9px; background:#fff }
.mini .in { border:4px solid ${accent}; padding:10px 12px 12px }
.ty { display:flex; align-items:center; gap:8px; margin-bottom:8px; font-size:10px; font-weight:600; letter-spacing:1px }
.ty .mk { width:34px; height:22px; font-size:10px; border-radius:3px }
.st { background:rgba(0,0,0,.08); padding:12px 16px; font-size:12px; line-height:17px }
.st .rc { display:block; font: 600 20px ${sans}; color:${accent}; margin:3px 0 }
.st .cn { display:block; font: italic 600 16px ${sans}; color:${accent}; margin:2px 0 8px }
.st .dt { font-size:11.5px } .st .cc { font-size:9.5px; color:#555; margin-top:5px }
.sigs { display:flex; gap:26px; margin-top:10px }
.sg { min-width:150px } .sg .h { font: 24px ${hand}; color:#223; height:32px }
.sg .n { border-top:1px solid #ccc; font-size:10.5px; font-weight:700; color:#424141; padding-top:2px } .sg .r { font-size:9.5px; color:#555 }
.ver { margin-top:10px; font-size:9px; line-height:12px; color:#444 }
.side { padding-top:6px }
.side h1 { font: bold 20px ${sans}; line-height:26px; margin:0 0 16px }
dl { margin:0 } dt { font-size:11.5px; text-transform:uppercase; letter-spacing:1px; color:#666; margin-top:12px }
dd { margin:2px 0 0; font-size:16px; color:#000 } dd.note { font-size:13px; color:#555; margin-top:6px; line-height:18px }
.acts { display:flex; align-items:center; gap:12px }
.btn { background:#666; border:1px solid #333; border-radius:3px; color:#fff; padding:6px 10px; font-size:12.5px; white-space:nowrap }
.url { border:1px solid #999; padding:7px 8px; font: 9.5px ${sans}; color:#222; word-break:break-all; min-width:0; flex:1 }
</style>
<div class="pr" style="top:8px"><span>${stamp}</span><span>${tab}</span></div>
<div class="hdr"><div class="lg"><div class="mk">${mark}</div><div class="ln">${org}</div></div>
 <div class="nav"><a>${nav1}</a><a>${nav2}</a><a>${nav3}</a></div></div>
<div class="main">
 <div class="mini"><div class="in">
  <div class="ty"><div class="mk">${mark}</div>${kind_label}</div>
  <div class="st">
   ${lead}<span class="rc">${name}</span>${finished}<span class="cn">${title}</span>
   <div class="dt">${detail}</div>
   <div class="dt">${offered}</div>
   <div class="cc">${code_label} <b><i>${course_no}</i></b></div>
  </div>
  <div class="sigs">${sigs_html}</div>
  <div class="ver">${kind_label_upper} &nbsp;${release_label} ${issued}<br>* ${auth} ${link}</div>
 </div></div>
 <div class="side">
  <h1>${valid} ${name}</h1>
  <dl>
   <dt>${student_label}</dt><dd>${name}</dd>
   <dt>${id_label}</dt><dd>${ident}</dd>
   <dt>${course_label}</dt><dd>${course_no}: ${title}</dd>
   <dd class="note">${note}</dd>
  </dl>
 </div>
 <div class="acts"><span class="btn">${print_label}</span></div>
 <div class="acts"><span class="url">${link}</span><span class="btn">${copy_label}</span></div>
</div>
<div class="pr" style="bottom:10px"><span>${link}</span><span>1/1</span></div>
"""


def _other(d):
    """A person who is not the holder and does not share the holder's surname."""
    while True:
        who = d.person()
        if d.last not in who:
            return who


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_date

    r = d.rng
    org = d.provider()
    words = [
        w for w in (d.org_alt or d.org).replace("&", "").replace(",", "").split() if w[0].isupper()
    ]
    mark = "".join(w[0] for w in words)[:3]
    host = d.web().replace("www.", d.pick(["learn.", "courses.", "campus."]))
    ident = "".join(r.choice("0123456789abcdef") for _ in range(24))
    link = f"https://{host}/certificates/{ident}"
    kind = d.pick(["Credential", "Certificate"])
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title("plain")
    course_no = d.code or d.pick(["CE", "RST", "TEC"]) + str(r.randrange(101, 499))
    course_no = f"{course_no}-{d.completed.year}"
    hours = d.hours_number()
    unit = "hours" if hours not in ("1", "1.0") else "hour"
    style = d.pick(["long", "short_month", "dmy_long", "us_numeric", "ordinal"])
    if d.chance(0.7):
        days = d.pick([1, 2, 2, 4])
        start = fmt_date(d.completed - timedelta(days=days), style)
        end = fmt_date(d.completed, style)
        text = f"{start} to {end}"
        d.put("completion_date", d.completed.isoformat(), text)
        detail = f"given from {start} to {end} with a duration of {hours} {unit}"
    else:
        detail = f"self paced, completed {d.date(style)}, with a duration of {hours} {unit}"
    signers = [_other(d) for _ in range(d.pick([1, 2]))]
    roles = [d.role() for _ in signers]
    sigs = "".join(
        f'<div class="sg"><div class="h">{s.split()[-1]}</div><div class="n">{s}</div>'
        f'<div class="r">{ro}</div></div>'
        for s, ro in zip(signers, roles, strict=True)
    )
    return {
        "stamp": d.other_date("issue", "us_short")
        + f", {r.randrange(1, 12)}:{r.randrange(10, 59)} "
        + d.pick(["AM", "PM"]),
        "tab": f"{kind} | {org}",
        "mark": mark or "CE",
        "org": org,
        "nav1": d.pick(["Search courses", "Explore courses", "Catalog"]),
        "nav2": d.pick(["FAQ", "Help", "Support"]),
        "nav3": d.pick(["Back to course", "Dashboard", "My courses"]),
        "kind_label": kind.upper(),
        "kind_label_upper": kind.upper(),
        "lead": f"This {kind.lower()} certifies that",
        "name": name,
        "finished": d.pick(["has successfully finished the course", "has successfully completed"]),
        "title": title,
        "detail": detail,
        "offered": f"offered by {org} through its online learning platform.",
        "code_label": "Course code:",
        "course_no": course_no,
        "sigs_html": sigs,
        "release_label": "Release date:",
        "issued": d.other_date("issue", d.pick(["long", "dmy_long", "us_numeric"])),
        "auth": f"The authenticity of this {kind.lower()} can be verified at",
        "link": link,
        "ident": ident,
        "valid": f"Valid {kind} of {d.org_alt or org} for",
        "student_label": "Student name",
        "id_label": "Identifier number",
        "course_label": "Course",
        "note": f"A course of {hours} {unit} offered by {org}.",
        "print_label": f"Print {kind.lower()}",
        "copy_label": "Copy URL and share",
    }
