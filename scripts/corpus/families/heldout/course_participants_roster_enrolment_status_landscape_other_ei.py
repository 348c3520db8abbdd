"""Not a certificate: the "Participants" page of an online course printed in
landscape by the school's coordinator. The site header with the school's
name, the course name, a row of filter chips, the count of participants,
then a table of people with e-mail, role, group, last access to the course
and enrolment status (active, not current, suspended), and the enrolment
methods along the foot. It names many people, a school, a course and
dates, and records no completion and no credit for anyone."""

SOURCE = "moodle/moodle:user/index.php"
KIND = "other"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "other",
    "table",
    "landscape",
    "web-printout",
    "distractor-person",
    "distractor-date",
    "provider-in-logo",
)

TEMPLATE = """<style>
.w { position:absolute; left:34px; right:34px; top:20px; font: 12.5px ${sans}; color:#1d2125 }
.url { display:flex; justify-content:space-between; font-size:9.5px; color:#777; margin-bottom:6px }
.nav { display:flex; justify-content:space-between; align-items:center; background:${dark}; color:#fff; padding:8px 14px }
.nav b { font: bold 16px ${display} } .nav span { font-size:11.5px }
h2 { font: 21px ${sans}; margin:10px 0 2px }
.tabs { display:flex; gap:18px; border-bottom:1px solid #dee2e6; font-size:12px; color:#555; margin:6px 0 8px }
.tabs span { padding:4px 0 } .tabs .on { border-bottom:2px solid ${accent}; color:#111 }
.chips span { display:inline-block; background:#e9ecef; border-radius:3px; padding:3px 8px; margin-right:6px; font-size:11.5px }
.cnt { margin:8px 0 4px; font-size:12px; color:#444 }
table { width:100%; border-collapse:collapse; font-size:12px }
th { text-align:left; border-bottom:2px solid #dee2e6; padding:5px 6px; font-size:11.5px }
td { border-bottom:1px solid #eee; padding:4px 6px }
td.e { color:#555 } .b { display:inline-block; font-size:10.5px; padding:1px 6px; border-radius:3px; color:#fff }
.act { background:#357a32 } .nc { background:#6c757d } .sus { background:#a3161a }
.ft { position:absolute; left:34px; right:34px; bottom:16px; font-size:10px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="url"><span>${url}</span><span>${printed}</span></div>
 <div class="nav"><b>${school}</b><span>${viewer}</span></div>
 <h2>${course}</h2>
 <div class="tabs"><span>Course</span><span class="on">Participants</span><span>Grades</span><span>Reports</span></div>
 <div class="chips"><span>Match Any</span><span>Roles: All</span><span>${group_chip}</span></div>
 <div class="cnt">${count} participants found</div>
 <table><tr><th>First name / Last name</th><th>Email address</th><th>Roles</th><th>Groups</th><th>Last access to course</th><th>Status</th></tr>
 ${rows_html}</table>
</div>
<div class="ft"><span>${methods}</span><span>${enrol_note}</span></div>
"""


def fill(d):
    import html
    import unicodedata

    from corpus import values as V

    r = d.rng
    school = d.pick(V.SCHOOLS)[0]
    course = d.pick(V.IICRC_COURSES + [(c, None) for c in V.CE_COURSES])[0]
    cohort = d.pick(["Cohort", "Group", "Section"])
    n = d.pick([12, 13, 14, 15])
    rows = []
    for i in range(n):
        who = d.person()
        plain = unicodedata.normalize("NFKD", who).encode("ascii", "ignore").decode().lower()
        parts = [p for p in plain.replace("'", "").replace(".", "").split() if p]
        email = f"{parts[0]}.{parts[-1]}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}"
        role = "Teacher" if i == 0 else ("Non-editing teacher" if i == 1 else "Student")
        group = f"{cohort} {d.pick(['A', 'B', 'C'])}" if i > 1 else "—"
        access = d.pick(
            [
                "Never",
                "1 day 3 hours",
                "4 days 2 hours",
                "2 weeks",
                "38 secs",
                "6 hours 10 mins",
                "3 weeks 1 day",
            ]
        )
        status = d.pick(["act"] * 6 + ["nc", "sus"])
        label = {"act": "Active", "nc": "Not current", "sus": "Suspended"}[status]
        rows.append(
            f'<tr><td>{html.escape(who)}</td><td class="e">{html.escape(email)}</td><td>{role}</td>'
            f'<td>{group}</td><td>{access}</td><td><span class="b {status}">{label}</span></td></tr>'
        )
    slug = "".join(ch for ch in school.lower() if ch.isalnum())[:14]
    return {
        "url": f"https://{slug}.com/user/index.php?id={r.randrange(20, 900)}",
        "printed": d.other_date("print", d.pick(["us_short", "long"])),
        "school": school,
        "viewer": d.person(),
        "course": course,
        "group_chip": f"Groups: {cohort} {d.pick(['A', 'B'])}",
        "count": n,
        "rows_html": "".join(rows),
        "methods": d.pick(
            [
                "Enrolment methods: Manual enrolments, Self enrolment (Student)",
                "Enrolment methods: Self enrolment, Cohort sync",
            ]
        ),
        "enrol_note": f"Enrolment period starts {d.other_date('registered', 'long')}",
    }
