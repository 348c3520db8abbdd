"""A session badge a conference's learning platform lets attendees print as
a PDF, on a slip-sized sheet: a dark left column holding a shield-shaped
badge with the show's name in white, the right side giving the badge's
type in spaced capitals, the session title, the attendee in a script face
and one sentence saying they attended it on a given day for a given
credit; an evidence line with the door-scan times and a badge ID along the
foot."""

SOURCE = (
    "1EdTech/openbadges-specification:examples/index.md (badge, recipient, evidence, issuedOn) "
    "and wording of conference education-track attendance badges"
)
KIND = "session"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "dark-band",
    "script-name",
    "sentence",
    "hours-in-sentence",
    "time-attended",
    "provider-in-logo",
    "letter-spaced",
)

SCRIPTS = ["Dancing Script", "Z003", "Kaushan Script", "Lobster Two"]
SCRIPT_STACK = "'{}', 'Z003', 'Kaushan Script', cursive"

TEMPLATE = """<style>
.col { position:absolute; left:0; top:0; bottom:0; width:216px; background:${dark} }
.sh { position:absolute; left:30px; top:40px; width:156px; height:188px; background:${accent}; clip-path:polygon(0 0,100% 0,100% 62%,50% 100%,0 62%) }
.sh2 { position:absolute; left:40px; top:50px; width:136px; height:164px; background:${dark}; clip-path:polygon(0 0,100% 0,100% 62%,50% 100%,0 62%); color:#fff; text-align:center; padding:16px 10px 0 }
.sh2 b { font: bold 14px ${sans}; line-height:17px; display:block }
.sh2 small { display:block; font: 9px ${sans}; letter-spacing:2px; margin-top:6px; text-transform:uppercase; opacity:.85 }
.yr { position:absolute; left:0; width:216px; top:250px; text-align:center; color:#fff; font: bold 30px ${display} }
.ed { position:absolute; left:0; width:216px; top:296px; text-align:center; color:#fff; font: 10px ${sans}; letter-spacing:3px; opacity:.85 }
.r { position:absolute; left:244px; right:28px; top:30px; color:#222 }
.kk { font: 600 11px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${accent} }
.ti { font: bold 21px ${sans}; line-height:25px; margin:8px 0 12px; color:#111 }
.nm { font: 38px ${script}; color:#111; line-height:1.25 }
.st { font: 14px ${serif}; line-height:20px; color:#333; margin-top:6px }
.nw { white-space:nowrap }
.ev { position:absolute; left:244px; right:28px; bottom:40px; font: 11px ${sans}; color:#555 }
.ft { position:absolute; left:244px; right:28px; bottom:16px; font: 9.5px ${mono}; color:#888; display:flex; justify-content:space-between }
</style>
<div class="col"></div>
<div class="sh"></div>
<div class="sh2"><small>${small}</small><b>${event_alt}</b></div>
<div class="yr">${year}</div>
<div class="ed">${track}</div>
<div class="r">
 <div class="kk">${kicker}</div>
 <div class="ti">${title}</div>
 <div class="nm">${name}</div>
 <div class="st">${lead} ${event} ${on} <span class="nw">${date}</span>${and} <span class="nw">${hours}</span>.</div>
</div>
<div class="ev">${ev_label} ${scan_in} – ${scan_out} · ${room}</div>
<div class="ft"><span>${id_label} ${badge_id}</span><span>${printed}</span></div>
"""


def fill(d):
    r = d.rng
    hh = r.randrange(8, 16)
    mins = round(d.credit * 60) + r.randrange(0, 6)
    start = hh * 60 + d.pick([0, 15, 30]) - r.randrange(0, 5)
    end = start + mins
    return {
        "script": SCRIPT_STACK.format(d.pick(SCRIPTS)),
        "small": d.pick(["Education", "Attendee", "Learning"]),
        "event_alt": d.org_alt,
        "year": d.completed.year,
        "track": d.pick(["EDUCATION TRACK", "CLASSROOM", "SESSION BADGE"]),
        "kicker": d.pick(["Session attendance badge", "Attended", "Education badge"]),
        "title": d.title(),
        "name": d.name("plain"),
        "lead": d.pick(
            [
                "attended this education session at",
                "was present for the full session at",
                "participated in this session at",
            ]
        ),
        "event": d.provider(),
        "on": "on",
        "date": d.date(d.pick(["long", "weekday", "ordinal", "short_month"])),
        "and": d.pick([", earning", " for", ", credited with"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "words"])),
        "ev_label": d.pick(["Evidence: door scans", "Scanned in/out", "Room scans"]),
        "scan_in": f"{start // 60:02d}:{start % 60:02d}",
        "scan_out": f"{end // 60:02d}:{end % 60:02d}",
        "room": d.pick(["Room 204", "Hall B", "Room N112", "Ballroom C"]),
        "id_label": d.pick(["Badge ID", "Assertion"]),
        "badge_id": f"{r.randrange(16**9, 16**10):x}",
        "printed": d.other_date("issue", "us_short"),
    }
