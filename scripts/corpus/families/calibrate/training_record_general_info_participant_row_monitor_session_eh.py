"""A signed attendance verification form for one education session at a
restoration trade show, laid out as a quality-system training record: the
show's name with its full run of dates and venue in a header line, the form
title and a form number; section 1, general information, as a two-column
table (session title, date, room, time, speaker, method, a line of
content); section 2, participants, as a numbered table with one row filled
in by hand (name, certification number, signature, full attendance yes or
no); section 3, time attended, with door-in and door-out times, minutes
present and the continuing-education hours credited for them; and the room
monitor's signature and printed name with a stamped box."""

SOURCE = (
    "openregulatory/templates:templates/qms/human-resources/training-record.md (general "
    "information table: name of training, date, method, trainer, content; participants table: "
    "No. / Name / Signature / Successful) and wording of trade-show session CE verification forms"
)
KIND = "session"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "labelled",
    "table",
    "portrait",
    "distractor-person",
    "distractor-date",
    "time-attended",
    "handwriting",
    "stamp",
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 58px 40px; font: 13px ${sans}; color:#141414 }
.ev { display:flex; justify-content:space-between; font: 11px ${sans}; color:#333; border-bottom:1px solid #999; padding-bottom:5px }
.ev b { font-size:12.5px; color:${dark} }
h1 { font: bold 22px ${serif}; margin:16px 0 2px } .fn { font-size:10.5px; color:#555 }
h2 { font: bold 14px ${serif}; margin:26px 0 8px; color:${dark} }
table { width:100%; border-collapse:collapse }
td, th { border:1px solid #888; padding:7px 8px; vertical-align:top; text-align:left }
th { background:#eef0f2; font-size:11.5px }
td.k { width:30%; font-weight:bold; background:#fafafa; font-size:12px }
td.hw, span.hw { font: 24px ${hand}; color:#1b2b6b; line-height:26px }
td.e { height:30px }
.ta td { text-align:center } .ta th { text-align:center }
.cr { margin-top:8px; font-size:13.5px }
.sg { display:flex; gap:24px; margin-top:40px; align-items:flex-end }
.sg .l { flex:1 } .sg .h { font: 25px ${hand}; color:#1b2b6b; height:32px; border-bottom:1px solid #111; white-space:nowrap }
.sg small { font-size:10px; color:#444 }
.stp { width:150px; height:78px; border:2px dashed #999; display:flex; align-items:center; justify-content:center; text-align:center; font: bold 11px ${sans};
  color:${stamp}; transform:rotate(-6deg) }
.stp span { border:2px solid ${stamp}; padding:4px 6px; line-height:14px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#666; display:flex; justify-content:space-between }
</style>
<div class="w">
 <div class="ev"><b>${event}</b><span>${show_span} · ${venue}</span></div>
 <h1>${heading}</h1>
 <div class="fn">${form_no} · ${fill_note}</div>
 <h2>1. General information</h2>
 <table>
  <tr><td class="k">Name of session</td><td>${title}</td></tr>
  <tr><td class="k">Date of session</td><td>${date}</td></tr>
  <tr><td class="k">Room / time</td><td>${room} · ${slot}</td></tr>
  <tr><td class="k">Speaker</td><td>${speaker}</td></tr>
  <tr><td class="k">Method</td><td>${method}</td></tr>
  <tr><td class="k">Content</td><td>${content}</td></tr>
 </table>
 <h2>2. Participant</h2>
 <table>
  <tr><th style="width:36px">No.</th><th style="width:36%">Name</th><th>Certification no.</th><th>Signature</th><th>Attended in full</th></tr>
  <tr><td>1</td><td class="hw" style="font-size:22px">${name}</td><td class="hw">${cert}</td><td class="hw">${sig}</td><td class="hw">${full}</td></tr>
  <tr><td>2</td><td class="e"></td><td></td><td></td><td></td></tr>
  <tr><td>3</td><td class="e"></td><td></td><td></td><td></td></tr>
 </table>
 <h2>3. Time attended</h2>
 <table class="ta">
  <tr><th>Time in</th><th>Time out</th><th>Minutes present</th><th>${credit_head}</th></tr>
  <tr><td class="hw">${t_in}</td><td class="hw">${t_out}</td><td class="hw">${minutes}</td><td class="hw">${hours}</td></tr>
 </table>
 <div class="cr">${credit_note}</div>
 <div class="sg">
  <div class="l"><div class="h">${monitor}</div><small>Room monitor signature</small></div>
  <div class="l"><div class="h" style="font: 15px ${sans}; color:#111; padding-top:12px">${monitor}</div><small>Printed name</small></div>
  <div class="stp"><span>${stamp_text}</span></div>
 </div>
 <div class="ft"><span>${foot}</span><span>${page}</span></div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    event = d.provider()
    start = d.completed - timedelta(days=r.randint(0, 2))
    end = start + timedelta(days=2)
    title = d.title("plain")
    date = d.date(d.pick(["long", "weekday", "us_numeric", "short_month"]))
    minutes = int(round(d.credit * 60))
    h0 = d.pick([8, 9, 10, 13, 14, 15])
    m0 = d.pick([0, 0, 30, 15])
    t0 = h0 * 60 + m0 - r.randint(0, 5)
    t1 = t0 + minutes + r.randint(0, 6)
    hm = lambda t: f"{(t // 60 - 1) % 12 + 1}:{t % 60:02d} {'AM' if t // 60 < 12 else 'PM'}"  # noqa: E731
    slot_end = h0 * 60 + m0 + minutes
    name = d.name(d.pick(["plain", "plain", "last_first"]))
    hours = d.hours_number()
    return {
        "event": event,
        "show_span": fmt_range(start, end, r),
        "venue": d.venue(),
        "heading": d.pick(
            [
                "Session Attendance Verification",
                "Education Session Attendance Record",
                "CE Session Verification Form",
            ]
        ),
        "form_no": d.pick(["Form EDU-3", "Form SV-1", "Rev. 2"]),
        "fill_note": d.pick(
            [
                "one form per attendee per session",
                "hand to the room monitor when you leave",
            ]
        ),
        "title": title,
        "date": date,
        "room": d.pick(["Room 201", "Hall B, Room 4", "Ballroom C", "Room 118A"]),
        "slot": f"{hm(h0 * 60 + m0)} – {hm(slot_end)}",
        "speaker": d.person(),
        "method": d.pick(["Lecture", "Lecture and demonstration", "Panel discussion"]),
        "content": d.pick(
            [
                "Field cases, current standards and questions from the floor.",
                "Presentation with handout; no examination.",
            ]
        ),
        "name": name,
        "cert": d.number(),
        "sig": f"{d.first} {d.last}",
        "full": d.pick(["Yes", "Yes", "✓ Yes"]),
        "t_in": hm(t0),
        "t_out": hm(t1),
        "minutes": str(minutes),
        "credit_head": d.pick(["CEC hours credited", "CE hours", "Hours credited"]),
        "hours": hours,
        "credit_note": d.pick(
            [
                "Credit is given for time present in the room; partial attendance is credited in half-hour steps.",
                "Attendees arriving more than ten minutes late or leaving early receive credit for the time present only.",
            ]
        ),
        "monitor": d.person(),
        "stamp": d.pick(["#7a1b1b", "#1b3a7a", "#2f5d2f"]),
        "stamp_text": d.pick(["VERIFIED", "ROOM MONITOR", "EDUCATION DESK"]),
        "foot": d.pick(
            [
                "Keep the attendee copy; the show office keeps the original for three years.",
                "White copy: show office · Yellow copy: attendee",
            ]
        ),
        "page": d.pick(["", "Page 1 of 1"]),
    }
