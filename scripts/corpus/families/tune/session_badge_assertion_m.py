"""A digital-badge page printed from the browser after a conference session:
a round badge image carrying the show's name, the badge title (the
session), a short description, "awarded to" the attendee with the date, an
earning-criteria paragraph with the credit hours inside it, an endorser,
an expiry line and the verification link."""

SOURCE = (
    "CenterForOpenScience/osf.io:website/addons/badges/templates/view_assertion.mako (badge "
    "image, name, criteria, awarded-to line) and chamilo/chamilo-lms:main/template/default/skill/"
    "issued.tpl (acquired-at panel, download button)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("labelled", "sentence", "portrait", "provider-in-logo", "distractor-person")

TEMPLATE = """<style>
.w { position:absolute; inset:34px 50px; font: 14px ${sans}; color:#333 }
.url { font-size:9.5px; color:#777; display:flex; justify-content:space-between; margin-bottom:20px }
.nav { background:#f6f9fc; border:1px solid #e1e6ee; padding:8px 14px; font-size:12px; color:#667; margin-bottom:22px }
.row { display:flex; gap:30px }
.bd { width:230px; flex:none; text-align:center; position:relative }
.img { width:170px; height:170px; border-radius:50%; margin:0 auto; background:${dark}; border:8px solid ${accent}; display:flex; align-items:center; justify-content:center; color:#fff; font: bold 44px ${display} }
.in { width:90px; height:90px; border-radius:50%; border:6px double #fff; background:${accent} }
.rib { position:relative; margin:-40px auto 0; width:230px; background:${accent}; color:#fff; font: bold 11px ${cond}; padding:5px 2px; white-space:nowrap; box-shadow:0 2px 0 #0003 }
.btn { display:inline-block; margin-top:14px; background:${accent}; color:#fff; padding:6px 14px; border-radius:4px; font-size:12px }
.bx { flex:1 }
h1 { font: bold 19px ${sans}; margin:0 0 6px; color:#111 } .desc { color:#666; font-size:13px; margin-bottom:16px; line-height:18px }
.aw { background:#f6f9fc; border:1px solid #e1e6ee; padding:12px 14px; margin-bottom:16px }
.aw .lb { font-size:11px; line-height:13px; color:#778; text-transform:uppercase; letter-spacing:1px; margin-bottom:6px } .aw .v { font-size:20px; line-height:24px; color:#111; margin:0 0 6px }
h4 { margin:14px 0 4px; font-size:14px; color:#222 } p.t { line-height:20px; font-size:13.5px }
.meta td { padding:3px 12px 3px 0; font-size:12.5px } .meta td:first-child { color:#778 }
.ft { position:absolute; bottom:0; left:0; right:0; font-size:9.5px; color:#999; text-align:center }
</style>
<div class="w">
 <div class="url"><span>${host}/badges/assertion/${assert_id}</span><span>${printed}</span></div>
 <div class="nav">Badges › Earned › ${assert_id}</div>
 <div class="row">
  <div class="bd"><div class="img"><div class="in"></div></div><div class="rib">${event}</div><div class="btn">Download badge</div></div>
  <div class="bx">
   <h1>${title}</h1>
   <div class="desc">${desc}</div>
   <div class="aw"><div class="lb">Awarded to</div><div class="v">${name}</div><div>on ${date}</div></div>
   <h4>Criteria</h4>
   <p class="t">${criteria_lead} <span style="white-space:nowrap">${hours}</span>. ${criteria_tail}</p>
   <h4>Details</h4>
   <table class="meta"><tr><td>Endorsed by</td><td>${endorser}, ${role}</td></tr>
    <tr><td>Expires</td><td>${expires}</td></tr><tr><td>Evidence</td><td>Session attendance scan</td></tr></table>
  </div>
 </div>
 <div class="ft">${printed_by}</div>
</div>
"""


def fill(d):
    event = d.provider()
    return {
        "host": d.pick(["https://badges.", "https://credentials."])
        + "".join(c for c in event.lower() if c.isalpha())[:14]
        + ".org",
        "assert_id": f"{d.rng.randrange(16**7, 16**8):x}",
        "printed": d.other_date("print", "us_short"),
        "event": event,
        "title": d.title(),
        "desc": d.pick(
            [
                "An education session from the conference program, approved for continuing "
                "education credit.",
                "Earned by attending a live session on the show floor education track.",
            ]
        ),
        "name": d.name("plain"),
        "date": d.date(d.pick(["long", "weekday", "short_month"])),
        "criteria_lead": d.pick(
            [
                "Attend the full session and scan your badge at entry and exit. This session "
                "carries",
                "Be present for the entire presentation. Credit awarded:",
            ]
        ),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "iicrc_cec"])),
        "criteria_tail": d.pick(
            ["toward certification renewal.", "Partial attendance earns no credit."]
        ),
        "endorser": d.person(),
        "role": d.pick(["Session Moderator", "Education Chair", "Program Director"]),
        "expires": d.pick(["Never", d.other_date("expiry", "long")]),
        "printed_by": "This page can be verified by anyone at the address above.",
    }
