"""The certificate a show's CE portal prints once an attendee has claimed
credit for a session with its attendance code: the show's logo (a coloured
tile beside its name and a strapline) and venue at the top, an underlined
heading, then a box holding the attendee's name, a sentence saying the
session below was attended and claimed, a table with the session's code,
title and credit over a line with its date, time and room, and a total line,
the ticked attestation the attendee accepted with the date it was claimed,
and the education chair's signature. The show is named only in its logo at
the top."""

SOURCE = (
    "realcme/newmigration:certifications/certificate-naccme-aanp.tpl.php (underlined heading "
    "over a bordered box with the attendee and the activity) and "
    "https://highmarks.zendesk.com/hc/en-us/articles/23352030637325-Learner-Credit-Data-"
    "Summary-Page-Navigation (claiming a session with its attendance code and attesting)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "sentence",
    "portrait",
    "provider-in-logo",
    "distractor-person",
    "time-attended",
    "distractor-date",
)

TEMPLATE = """<style>
.w { position:absolute; left:64px; right:64px; top:54px; font: 14px ${sans}; color:#111 }
.logo { display:flex; align-items:center; gap:14px }
.tile { width:64px; height:64px; border-radius:12px; background:${accent}; position:relative }
.tile:after { content:""; position:absolute; left:14px; top:14px; width:36px; height:36px; border-radius:50%; border:5px solid #fff }
.ln { font: bold 23px ${display}; color:${dark}; line-height:26px } .ls { font-size:11px; letter-spacing:2px; text-transform:uppercase; color:#555; margin-top:3px }
.top { display:flex; justify-content:space-between; align-items:center; gap:20px }
.vn { text-align:right; font-size:11px; color:#555; line-height:15px }
h1 { text-align:center; font: bold 19px ${sans}; text-decoration:underline; margin:46px 0 16px; letter-spacing:0.5px }
.box { border:1px solid #bbb; padding:6px } .in { border:1px solid #bbb; padding:22px 24px 18px; text-align:center }
.nm { font: bold 22px ${serif} } .tx { margin:14px auto 0; max-width:560px; line-height:21px }
table.s { width:100%; border-collapse:collapse; margin-top:20px; font-size:13px; text-align:left }
.s th { font: bold 11px ${sans}; text-transform:uppercase; color:#444; border-bottom:2px solid ${dark}; padding:6px 5px }
.s td { padding:8px 5px; border-bottom:1px solid #ccc; vertical-align:top }
.s td.nw { white-space:nowrap; width:110px } .s td.cd { width:78px }
.s tr.m td { border-bottom:none; padding-bottom:2px } .s td.wh { font-size:12px; color:#333; padding-top:0 }
.s tr.t td { border-bottom:none; font-weight:bold; text-align:right }
.at { margin-top:18px; text-align:left; font-size:12px; line-height:18px; color:#222; display:flex; gap:8px }
.cb { flex:none; width:14px; height:14px; border:1.5px solid #222; font: bold 12px ${sans}; line-height:12px; text-align:center; margin-top:2px }
.cl { margin-top:6px; text-align:left; font-size:12px; color:#444 }
.sg { margin-top:48px; display:flex; justify-content:flex-end }
.sg div { width:260px; text-align:center; font-size:12px; line-height:17px }
.sg .h { font: 26px ${hand}; border-bottom:1px solid #333; line-height:34px; margin-bottom:3px }
.ft { margin-top:34px; font-size:10.5px; color:#666; line-height:15px; text-align:center }
</style>
<div class="w">
 <div class="top"><div class="logo"><div class="tile"></div><div><div class="ln">${event}</div><div class="ls">${strap}</div></div></div>
  <div class="vn">${venue}<br>${city}</div></div>
 <h1>${heading}</h1>
 <div class="box"><div class="in">
  <div class="nm">${name}</div>
  <div class="tx">${sentence}</div>
  <table class="s"><tr><th>Code</th><th>Session</th><th>Credit</th></tr>
   <tr class="m"><td class="cd">${code}</td><td><b>${title}</b></td><td class="nw">${hours}</td></tr>
   <tr><td></td><td class="wh">${date} · ${times} · ${room}</td><td></td></tr>
   <tr class="t"><td colspan="2">${total_label}</td><td>${total}</td></tr></table>
  <div class="at"><div class="cb">✓</div><div>${attest}</div></div>
  <div class="cl">${claimed_label} ${claimed} · ${confirmation}</div>
 </div></div>
 <div class="sg"><div><div class="h">${chair}</div>${chair}<br>${chair_role}</div></div>
 <div class="ft">${footer}</div>
</div>
"""


def fill(d):
    from corpus.formats import fmt_number

    r = d.rng
    minutes = int(round(d.credit * 60))
    start = d.pick([8 * 60, 9 * 60 + 15, 10 * 60 + 45, 13 * 60 + 30, 15 * 60])

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d}{'am' if h < 12 else 'pm'}"

    event = d.provider()
    return {
        "event": event,
        "strap": d.pick(["Convention & Trade Show", "Education · Exhibits · Networking"]),
        "venue": d.venue(),
        "city": d.city(),
        "heading": d.pick(
            [
                "Certificate of Continuing Education Attendance",
                "CE Certificate of Attendance",
            ]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "sentence": d.pick(
            [
                "has attended the education session listed below and claimed its credit "
                "with the attendance code announced in the room.",
                "attended the following session and completed its evaluation. Credit was "
                "claimed online with the session's attendance code.",
            ]
        ),
        "code": f"{d.pick(['ED', 'CE', 'W'])}{r.randrange(100, 999)}",
        "title": d.title("plain"),
        "date": d.date(d.pick(["us_numeric", "short_month", "long", "iso"])),
        "times": f"{clock(start)}–{clock(start + minutes)}",
        "room": d.pick(["Room 101", "Ballroom C", "Hall B Theater", "Room 3A"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])),
        "total_label": d.pick(["Total credit claimed", "Total CEC hours"]),
        "total": fmt_number(d.credit, r, decimals_ok=False),
        "attest": d.pick(
            [
                "I hereby attest that I attended the session above in its entirety and that "
                "the credit claimed reflects my own participation.",
                "I attest that I was present for the full session and entered the attendance "
                "code given during it.",
            ]
        ),
        "claimed_label": d.pick(["Claimed", "Credit claimed on", "Submitted"]),
        "claimed": d.other_date("issue", "us_numeric"),
        "confirmation": d.number("Confirmation "),
        "chair": d.person(),
        "chair_role": d.pick(["Education Committee Chair", "Director of Education", d.role()]),
        "footer": d.pick(
            [
                "Retain this certificate for your records. Credit is reported only for sessions "
                "claimed within 30 days of the show.",
                "This certificate lists sessions claimed with a valid attendance code. Sessions "
                "without a code are not eligible for credit.",
            ]
        ),
    }
