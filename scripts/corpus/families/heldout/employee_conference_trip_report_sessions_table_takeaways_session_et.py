"""A restoration company's internal conference trip report, filled in by
the technician after a show and kept in the training file (portrait). A
band with the company's name and the form's name and number; two columns
of labelled fields (employee, position, event, venue, travel dates,
manager); a table of what the employee attended by day and time, where
one row is the education session with its speaker and CEC credit and the
rest are keynotes, the exhibit hall, product demonstrations or a session
left early, none credited; a bulleted "key takeaways" list in the
employee's words; a small expense table with a total; whether the CE
certificate is attached; and the manager's approval signature."""

from datetime import timedelta
from html import escape

from corpus import formats as F
from corpus import values as V

SOURCE = (
    "konradsopala/devrel-notebook:Sample-Reports/EventConferenceReport.md (name of event, date, "
    "location, why you attended, popular sessions, people to follow up) and "
    "mataluni-bravetto/bravetto-love:ops/templates/CONFERENCE_TRIP.md (event overview table, "
    "budget with estimated and actual, day-by-day schedule of time, activity, location); "
    "restoration contractors' post-conference reports kept with employees' CE certificates"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "table",
    "labelled",
    "portrait",
    "dark-band",
    "bullets",
    "distractor-person",
    "distractor-date",
    "distractor-course",
    "distractor-org",
    "distractor-number",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:58px; background:${band_bg}; color:${band_fg}; display:flex; align-items:center;
  justify-content:space-between; padding:0 46px }
.band b { font: bold 18px ${head} } .band span { font: 12px ${sans}; text-align:right; line-height:16px }
.w { position:absolute; left:46px; right:46px; top:76px; bottom:30px; font: 12.5px ${sans}; color:#1a1a1a }
.f { display:grid; grid-template-columns: 1fr 1fr; gap:6px 26px }
.f div { display:flex; gap:8px; border-bottom:1px solid #bbb; padding-bottom:3px; align-items:baseline }
.f em { font-style:normal; color:#555; white-space:nowrap; font-size:11.5px } .f b { font-weight:${val_w}; font-family:${val_face} }
h3 { font: bold 12.5px ${sans}; margin:18px 0 6px; color:${dark}; text-transform:uppercase; letter-spacing:.8px; border-bottom:2px solid ${dark}; padding-bottom:2px }
table { width:100%; border-collapse:collapse; font-size:12px }
th { text-align:left; background:#eee; padding:4px 6px; font-size:11px; border-bottom:1px solid #999 }
td { padding:5px 6px; border-bottom:1px solid #ddd; vertical-align:top; line-height:16px }
td.n, th.n { text-align:right; white-space:nowrap } td.d { white-space:nowrap }
ul { margin:0; padding-left:20px; line-height:19px } li { font-family:${note_face}; font-size:${note_px}px }
.two { display:flex; gap:24px } .two > div { flex:1 }
.ex td { border-bottom:1px dotted #ccc } .ex tr.t td { font-weight:bold; border-top:1px solid #444 }
.ck { margin-top:6px; font-size:12px; line-height:20px }
.ck i { display:inline-block; width:12px; height:12px; border:1px solid #333; margin-right:5px; font: bold 11px ${sans}; line-height:11px; text-align:center; font-style:normal; vertical-align:-1px }
.ap { display:flex; gap:30px; margin-top:22px }
.ap div { flex:1; font-size:11px; color:#444 }
.ap .h { font: 22px ${hand}; color:#1c2b70; height:30px; line-height:30px; border-bottom:1px solid #333; white-space:nowrap; margin-bottom:3px }
.rec { margin-top:12px; font-size:12px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#777; display:flex; justify-content:space-between }
</style>
<div class="band"><b>${company}</b><span>${form_name}<br>${form_no}</span></div>
<div class="w">
 <div class="f">
  <div><em>Employee</em><b>${name}</b></div>
  <div><em>Position</em><b>${position}</b></div>
  <div><em>Event</em><b>${event}</b></div>
  <div><em>Location</em><b>${venue}</b></div>
  <div><em>Travel dates</em><b>${travel}</b></div>
  <div><em>Manager</em><b>${manager}</b></div>
 </div>
 <h3>${sessions_head}</h3>
 <table><tr><th style="width:17%">Day / time</th><th>${h_session}</th><th style="width:22%">Speaker / host</th><th class="n" style="width:14%">${h_cec}</th></tr>
 ${rows_html}</table>
 <h3>${take_head}</h3>
 <ul>${takeaways_html}</ul>
 <div class="two">
  <div><h3>Expenses</h3><table class="ex">${expenses_html}</table></div>
  <div><h3>${cert_head}</h3><div class="ck">${checks_html}</div></div>
 </div>
 <h3>${contacts_head}</h3>
 <table><tr><th style="width:30%">Name</th><th style="width:34%">Company</th><th>Why follow up</th></tr>${contacts_html}</table>
 <div class="rec">${recommend}</div>
 <div class="ap">
  <div><div class="h">${sig_name}</div>Employee signature &middot; ${emp_date}</div>
  <div><div class="h">${manager}</div>Manager approval &middot; ${mgr_date}</div>
 </div>
 <div class="ft"><span>${ft_l}</span><span>${ft_r}</span></div>
</div>
"""

COMPANIES = [
    "Northstar Restoration Services",
    "DryPro Water & Fire Cleanup",
    "Evergreen Property Restoration, Inc.",
    "All-County Cleaning & Restoration",
    "Blue Ridge Disaster Services",
]
NON_CREDIT = [
    ("Opening keynote", "{p}"),
    ("Exhibit hall — equipment and vendors", "Show floor"),
    ("Product demonstration: truck-mount maintenance", "{m}"),
    ("Industry awards luncheon", "—"),
    ("Networking reception", "—"),
    ("Live drying demo on the show floor", "{m}"),
]
TAKEAWAYS = [
    "Take more readings on the first day; the speaker showed most drying plans fail there.",
    "Ask adjusters early which documentation they need; photos with meters in view help.",
    "Look at low-grain dehumidifiers for the next purchase; two vendors had show pricing.",
    "Share the new containment checklist with the mold crew at the next safety meeting.",
    "Several companies log moisture maps in an app; worth a trial on a few jobs.",
    "Heat drying hardwood works but needs close monitoring; not for every floor.",
]


def _minutes(t: str) -> int:
    clock, half = t.split()
    h, m = (int(v) for v in clock.split(":"))
    return (h % 12 + (12 if half == "pm" else 0)) * 60 + m


def fill(d):
    r = d.rng
    company = d.pick(COMPANIES)
    manager = d.person()
    name = d.name(d.pick(["plain", "plain", "last_first"]))
    event = d.provider()
    title = d.title("plain")
    day_style = d.pick(["short_month", "us_numeric", "us_short"])
    day = d.date(day_style)
    hours = d.hours(d.pick(["cecs", "cec_hours", "hrs", "hours_title"]))
    speaker = d.person()

    out = d.completed - timedelta(days=d.pick([1, 2]))
    back = d.completed + timedelta(days=d.pick([1, 1, 2]))
    show_days = [out + timedelta(days=k) for k in range(1, (back - out).days)] or [d.completed]
    makers = [m[1] or m[0] for m in V.MANUFACTURERS]
    rows = []
    for item, host in r.sample(NON_CREDIT, d.pick([2, 3, 4])):
        when = d.pick(show_days)
        t = d.pick(["8:00 am", "9:30 am", "11:00 am", "12:15 pm", "2:00 pm", "4:30 pm", "6:00 pm"])
        host = host.format(p=d.person(), m=d.pick(makers))
        rows.append((when, t, escape(item), escape(host), d.pick(["—", "No CEC", "n/a", "0"])))
    if d.chance(0.4):
        other = d.pick([s for s in V.SESSIONS if s != d.course])
        rows.append(
            (
                d.pick(show_days),
                d.pick(["10:30 am", "3:15 pm"]),
                escape(other) + "<br><small>(left early — no credit)</small>",
                escape(d.person()),
                "—",
            )
        )
    t_cred = d.pick(["9:00 am", "10:30 am", "1:30 pm", "3:00 pm"])
    rows.append((d.completed, t_cred, f"<b>{escape(title)}</b>", escape(speaker), None))
    rows.sort(key=lambda x: (x[0], _minutes(x[1])))
    row_html = []
    for when, t, item, host, cec in rows:
        shown = day if cec is None else F.fmt_date(when, day_style)
        cell = escape(hours) if cec is None else cec
        row_html.append(
            f"<tr><td class='d'>{escape(shown)}<br><small>{t}</small></td><td>{item}</td>"
            f"<td>{host}</td><td class='n'>{cell}</td></tr>"
        )
    reg = d.pick([295, 349, 395, 449, 525])
    hotel = r.randint(2, 3) * d.pick([149, 169, 189, 212])
    meals = r.randint(60, 180)
    miles = r.randint(0, 420)
    exp = [("Registration", reg), ("Hotel", hotel), ("Meals", meals)]
    if miles:
        exp.append((f"Mileage ({miles} mi)", round(miles * 0.655)))
    exp_html = "".join(f"<tr><td>{k}</td><td class='n'>${v:,}</td></tr>" for k, v in exp)
    exp_html += f"<tr class='t'><td>Total</td><td class='n'>${sum(v for _, v in exp):,}</td></tr>"
    checks = [
        ("CE certificate attached", True),
        ("Credit claimed with certifying body", d.chance(0.5)),
        ("Handouts saved to shared drive", d.chance(0.6)),
    ]
    checks_html = "<br>".join(
        f"<i>{'X' if on else '&nbsp;'}</i>{escape(label)}" for label, on in checks
    )
    why = [
        "Quote on two low-grain dehumidifiers",
        "Offered a ride-along on a large loss",
        "Adjuster; wants our drying logs format",
        "Runs the local chapter's CE nights",
        "Sells moisture-mapping software",
    ]
    firms = [m[0] for m in V.MANUFACTURERS] + [
        "Midwest Adjusting Group",
        "Cedar Claims Services",
        "Metro Property Management",
    ]
    contacts_html = "".join(
        f"<tr><td>{escape(d.person())}</td><td>{escape(d.pick(firms))}</td><td>{w}</td></tr>"
        for w in r.sample(why, d.pick([2, 3]))
    )
    band_dark = d.chance(0.6)
    return {
        "band_bg": d.colors["dark"] if band_dark else d.colors["light"],
        "band_fg": "#fff" if band_dark else d.colors["dark"],
        "head": d.fonts[d.pick(["sans", "display", "cond"])],
        "val_w": d.pick(["bold", "normal"]),
        "val_face": d.fonts[d.pick(["sans", "sans", "mono"])],
        "note_face": d.fonts[d.pick(["sans", "sans", "hand"])],
        "note_px": 12.5,
        "company": company,
        "form_name": d.pick(
            ["Conference Trip Report", "Training Event Report", "Event Attendance Report"]
        ),
        "form_no": d.pick(["Form TR-2", "HR-114 rev. 2", "Training Dept. Form 6"]),
        "name": name,
        "position": d.pick(
            ["Water Mitigation Tech", "Crew Lead", "Project Manager", "Restoration Technician"]
        ),
        "event": event,
        "venue": d.venue(),
        "travel": f"{F.fmt_date(out, 'short_month')} – {F.fmt_date(back, 'short_month')}",
        "manager": manager,
        "sessions_head": d.pick(["Sessions and activities attended", "What I attended"]),
        "h_session": d.pick(["Session / activity", "Session"]),
        "h_cec": d.pick(["CEC", "CE credit", "Credit"]),
        "rows_html": "".join(row_html),
        "take_head": d.pick(["Key takeaways", "What I learned / recommend"]),
        "takeaways_html": "".join(f"<li>{t}</li>" for t in r.sample(TAKEAWAYS, d.pick([2, 3]))),
        "expenses_html": exp_html,
        "cert_head": d.pick(["CE credit", "Follow-up"]),
        "checks_html": checks_html,
        "contacts_head": d.pick(["People to follow up with", "Contacts made"]),
        "contacts_html": contacts_html,
        "recommend": d.pick(
            [
                "Recommend for others on the team next year? Yes — especially the education track.",
                "Recommend for others? Yes, for crew leads. The exhibit hall alone is not worth the trip.",
                "Recommend for others? Maybe; pick sessions ahead of time.",
            ]
        ),
        "sig_name": f"{d.first} {d.last}",
        "emp_date": F.fmt_date(back + timedelta(days=r.randint(2, 9)), "us_numeric"),
        "mgr_date": F.fmt_date(back + timedelta(days=r.randint(10, 20)), "us_numeric"),
        "ft_l": f"{company} · Training file copy",
        "ft_r": d.pick(["Keep with CE certificate", "Page 1 of 1"]),
    }
