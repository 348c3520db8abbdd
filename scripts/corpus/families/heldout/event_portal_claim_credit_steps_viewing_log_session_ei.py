"""The confirmation page of a conference's virtual event portal after an
attendee claims credit for one education session, printed from the
browser: the show's header, a three-step tracker (watch, evaluate, claim)
all ticked, a summary card with the session, its air date and speaker, a
viewing log of join and leave times with minutes watched against the
session's length, and the credit claimed, then the attendee's name and
badge number and the day the claim was made."""

SOURCE = (
    "wording of virtual-event and conference education portals' claim-credit pages "
    "(watch the session, complete the evaluation, claim credit, minutes viewed)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "labelled",
    "portrait",
    "web-printout",
    "time-attended",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "table",
)

TEMPLATE = """<style>
.w { position:absolute; left:46px; right:46px; top:24px; font: 13.5px ${sans}; color:#222 }
.url { display:flex; justify-content:space-between; font-size:9.5px; color:#777; margin-bottom:10px }
.hd { background:${dark}; color:#fff; padding:16px 18px; display:flex; justify-content:space-between; align-items:center }
.hd b { font: bold 21px ${display} } .hd span { font-size:12px; opacity:.85 }
.steps { display:flex; margin:20px 0 18px }
.steps div { flex:1; text-align:center; font-size:12.5px; color:#444; position:relative }
.steps i { display:block; width:30px; height:30px; margin:0 auto 6px; border-radius:50%; background:${accent}; color:#fff; font: bold 16px/30px ${sans}; font-style:normal }
h2 { font: bold 21px ${sans}; margin:0 0 12px }
.card { border:1px solid #d9d9d9; border-radius:6px; padding:16px 18px; margin-bottom:16px }
.g { display:grid; grid-template-columns: 150px 1fr; gap:8px 12px }
.g .k { color:#666 } .g .v { font-weight:bold }
.big { font: bold 17px ${sans}; color:${dark} }
table { width:100%; border-collapse:collapse; font-size:12.5px; margin-top:6px }
th { text-align:left; color:#666; font-size:11px; text-transform:uppercase; border-bottom:2px solid #ddd; padding:5px }
td { border-bottom:1px solid #eee; padding:5px; font-family:${mono}; font-size:12px }
.tot { text-align:right; margin-top:8px; font-size:13px }
.ft { position:absolute; left:46px; right:46px; bottom:22px; font-size:10px; color:#888; border-top:1px solid #ddd; padding-top:6px; line-height:14px }
</style>
<div class="w">
 <div class="url"><span>${url}</span><span>${printed}</span></div>
 <div class="hd"><b>${event}</b><span>${portal}</span></div>
 <div class="steps"><div><i>✓</i>1. Watch session</div><div><i>✓</i>2. Evaluation</div><div><i>✓</i>3. Claim credit</div></div>
 <h2>${heading}</h2>
 <div class="card"><div class="g">
  <div class="k">${l_session}</div><div class="v big">${title}</div>
  <div class="k">${l_aired}</div><div class="v">${date}</div>
  <div class="k">${l_speaker}</div><div>${speaker}, ${speaker_org}</div>
  <div class="k">${l_length}</div><div>${length} minutes</div>
  <div class="k">${l_credit}</div><div class="v">${hours}</div>
 </div></div>
 <div class="card"><b>${log_head}</b>
  <table><tr><th>Joined</th><th>Left</th><th>Minutes</th><th>Device</th></tr>${log_html}</table>
  <div class="tot">${watched_label} <b>${watched} of ${length} min</b></div></div>
 <div class="card"><div class="g">
  <div class="k">${l_attendee}</div><div class="v">${name}</div>
  <div class="k">${l_badge}</div><div>${badge}</div>
  <div class="k">${l_claimed}</div><div>${claimed}</div>
 </div></div>
</div>
<div class="ft">${foot}</div>
"""


def fill(d):
    r = d.rng
    length = round(d.credit * 60)
    watched = length - d.pick([0, 1, 2, 4])
    parts = d.pick([1, 2, 2])
    hh, mm = r.randrange(8, 16), d.pick([0, 15, 30])
    rows, left = [], watched
    for i in range(parts):
        chunk = left if i == parts - 1 else round(left * r.uniform(0.3, 0.6))
        left -= chunk
        start = hh * 60 + mm
        end = start + chunk
        rows.append(
            f"<tr><td>{start // 60:02d}:{start % 60:02d}</td><td>{end // 60:02d}:{end % 60:02d}</td>"
            f"<td>{chunk}</td><td>{d.pick(['Browser', 'Mobile app', 'Browser'])}</td></tr>"
        )
        hh, mm = divmod(end + r.randrange(2, 6), 60)
    event = d.provider()
    slug = "".join(ch for ch in d.org_alt.lower() if ch.isalnum())[:16]
    return {
        "url": f"https://{slug}.eventportal.com/education/claim/confirmation",
        "printed": d.other_date("issue", "us_short"),
        "event": event,
        "portal": d.pick(["Virtual Event Portal", "On-Demand Education", "Attendee Hub"]),
        "heading": d.pick(["Credit claimed", "Your credit has been recorded", "Claim complete"]),
        "l_session": d.pick(["Session", "Education session"]),
        "title": d.title(),
        "l_aired": d.pick(["Aired", "Session date", "Presented"]),
        "date": d.date(d.pick(["weekday", "long", "short_month"])),
        "l_speaker": d.pick(["Speaker", "Presenter"]),
        "speaker": d.person(),
        "speaker_org": d.pick(["Restoration Consultant", "Industrial Hygienist", "Contractor"]),
        "l_length": d.pick(["Length", "Scheduled length"]),
        "length": length,
        "l_credit": d.pick(["Credit claimed", "CEC credit", "Credit earned"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "iicrc_cec"])),
        "log_head": d.pick(["Viewing log", "Attendance log", "Your viewing record"]),
        "log_html": "".join(rows),
        "watched_label": d.pick(["Total watched:", "Time in session:"]),
        "watched": watched,
        "l_attendee": d.pick(["Attendee", "Name", "Claimed by"]),
        "name": d.name("plain"),
        "l_badge": d.pick(["Badge ID", "Registration no.", "Attendee ID"]),
        "badge": d.number(),
        "l_claimed": d.pick(["Claimed on", "Claim date", "Submitted"]),
        "claimed": d.other_date("issue", d.pick(["long", "us_numeric"])),
        "foot": d.pick(
            [
                "Credit is granted only for sessions viewed for at least 90% of their length. "
                "Keep this page with your records.",
                "Credits claimed here are reported to the certifying body after the event closes.",
            ]
        ),
    }
