"""A one-page continuing-education verification form that waits in each
session room: the show's name, dates and venue at the top with a form number,
a typed box with the session's number, title, speaker, day, time, room and
credit value (the organiser prints one batch per session), the attendee's part
filled in by hand in ink, and the moderator's part: a hand-written name and
signature, times in and out and a rubber stamp pressed over the corner, slightly
turned, with the show's short name, the word for verified and a date. Small
print at the foot on keeping the copy and when forms are accepted."""

SOURCE = (
    "https://docest.com/doc/87878/instructions-for-moderators (moderator signs the session sheet and "
    "returns it to the registration desk) and https://www.nasbaregistry.org/what-sponsors-need-to-know/"
    "what-are-some-best-practices-for-the-use-of-sign-in-sheets-for-a-group-live-program (room monitor attestation)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("labelled", "handwriting", "portrait", "distractor-person", "distractor-date")

TEMPLATE = """<style>
.w { position:absolute; inset:46px 58px; font:13px ${sans}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:2px solid #000; padding-bottom:8px }
.hd .ev { font:bold 20px ${serif} } .hd .sub { font-size:12px; color:#333; margin-top:3px }
.hd .fn { font-size:10.5px; text-align:right; line-height:15px; color:#333 }
h1 { font:bold 17px ${sans}; text-transform:uppercase; letter-spacing:1.2px; text-align:center; margin:16px 0 4px }
.ins { text-align:center; font-size:11px; color:#444; margin-bottom:14px }
.sec { border:1.5px solid #000; margin-bottom:20px }
.sec .cap { background:#000; color:#fff; font:bold 11px ${sans}; letter-spacing:1px; padding:4px 8px; text-transform:uppercase }
.grid { display:grid; grid-template-columns:115px 1fr 90px 150px; }
.grid div { border-top:1px solid #999; padding:7px 8px; min-height:31px }
.grid .k { background:#f1f1f1; font-size:11px; color:#333; border-right:1px solid #999 }
.grid .v { font-size:13.5px } .grid .wide { grid-column:span 3 }
.ln { display:flex; align-items:flex-end; margin:15px 10px } .ln span { white-space:nowrap; margin-right:8px; font-size:11.5px }
.ln .f { flex:1; border-bottom:1px solid #000; min-height:26px; padding-left:6px }
.hand { font-family:${hand}; font-size:22px; color:#1b2a80; line-height:26px }
.row { display:flex; gap:18px } .row .ln { flex:1 }
.mod { position:relative }
.stamp { position:absolute; right:26px; bottom:14px; width:178px; padding:6px 8px; border:3px double ${ink};
  color:${ink}; text-align:center; font:bold 11px ${cond}; line-height:15px; transform:rotate(${turn}deg);
  opacity:0.82; mix-blend-mode:multiply; text-transform:uppercase; letter-spacing:0.6px; background:transparent }
.stamp .big { font-size:17px; letter-spacing:2px; line-height:21px; border-top:1.5px solid ${ink}; border-bottom:1.5px solid ${ink}; margin:2px 0 }
.fine { font-size:9.5px; color:#333; line-height:13px; margin-top:4px }
.fine p { margin-bottom:4px }
.cut { margin-top:22px; border-top:1.5px dashed #444; position:relative; padding-top:12px }
.cut .sc { position:absolute; top:-11px; left:-4px; font-size:16px; background:#fff; padding-right:4px }
.stub { display:flex; justify-content:space-between; align-items:flex-end; font-size:11.5px; gap:14px }
.stub b { font-size:12.5px } .stub .t { font:bold 12px ${sans}; text-transform:uppercase; letter-spacing:1px }
.stub .ini { border-bottom:1px solid #000; min-width:90px; display:inline-block }
</style>
<div class="w">
 <div class="hd">
  <div><div class="ev">${event}</div><div class="sub">${show_range} &middot; ${venue}</div></div>
  <div class="fn">${form_no}<br>${rev}</div>
 </div>
 <h1>${heading}</h1>
 <div class="ins">${instruction}</div>
 <div class="sec"><div class="cap">${sec1}</div>
  <div class="grid">
   <div class="k">Session no.</div><div class="v">${code}</div><div class="k">Room</div><div class="v">${room}</div>
   <div class="k">Title</div><div class="v wide"><b>${title}</b></div>
   <div class="k">Speaker(s)</div><div class="v wide">${speaker}${speaker2}</div>
   <div class="k">Date</div><div class="v">${date}</div><div class="k">Time</div><div class="v">${time}</div>
   <div class="k">${credit_label}</div><div class="v wide"><b>${hours}</b></div>
  </div>
 </div>
 <div class="sec"><div class="cap">${sec2}</div>
  <div class="ln"><span>Name (please print)</span><div class="f hand">${name}</div></div>
  <div class="row"><div class="ln"><span>IICRC Cert. #</span><div class="f hand">${cert}</div></div>
   <div class="ln"><span>Badge #</span><div class="f hand">${badge}</div></div></div>
  <div class="row"><div class="ln"><span>Company</span><div class="f hand">${company}</div></div>
   <div class="ln"><span>Signature</span><div class="f hand">${sig}</div></div></div>
 </div>
 <div class="sec mod"><div class="cap">${sec3}</div>
  <div class="row"><div class="ln"><span>Moderator</span><div class="f hand">${moderator}</div></div>
   <div class="ln"><span>Signature</span><div class="f hand">${mod_sig}</div></div></div>
  <div class="row" style="width:58%"><div class="ln"><span>Time in</span><div class="f hand">${t_in}</div></div>
   <div class="ln"><span>Time out</span><div class="f hand">${t_out}</div></div></div>
  <div class="ln" style="width:58%"><span>Attendance</span><div class="f hand">${count}</div></div>
  <div class="stamp">${stamp_top}<div class="big">${stamp_word}</div>${stamp_date}<br>${stamp_room}</div>
 </div>
 <div class="fine">
  <p>${fine1}</p>
  <p>${fine2}</p>
 </div>
 <div class="cut"><span class="sc">&#9986;</span>
  <div class="stub"><div><div class="t">${stub_head}</div>${event_alt} &middot; Session ${code} &middot; Room ${room}</div>
   <div>${date} &middot; <b>${hours}</b></div>
   <div>Moderator initials <span class="ini hand">${mod_ini}</span></div></div>
 </div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    start = d.pick([8, 9, 10, 11, 13, 14, 15]) * 60 + d.pick([0, 0, 15, 30])
    end = start + round(max(d.credit, 0.5) * 60)

    def clock(m, hand=False):
        h = m // 60
        if hand:
            return f"{h % 12 or 12}:{m % 60:02d}"
        return f"{h % 12 or 12}:{m % 60:02d} {'p.m.' if h >= 12 else 'a.m.'}"

    room = f"{r.randrange(101, 299)}{d.pick(['', 'A', 'B', 'C'])}"
    full = d.first + " " + d.last
    words = [w for w in d.org_alt.split() if w[0].isalpha()]
    moderator = d.person()
    mod_parts = moderator.split()
    out = {
        "event": d.provider(),
        "show_range": show,
        "venue": d.venue(),
        "form_no": f"Form {d.pick(['CE', 'EDU', 'CEV'])}-{r.randrange(1, 9)}",
        "rev": f"Rev. {r.randrange(1, 12)}/{(d.completed.year - r.randrange(1, 4)) % 100:02d}",
        "heading": d.pick(
            [
                "Continuing Education Verification",
                "Session Credit Verification",
                "CE Attendance Verification",
            ]
        ),
        "instruction": d.pick(
            [
                "One form per attendee per session. Hand it to the moderator at the door as you leave.",
                "Complete Part B in ink and return this form to the session moderator after the session ends.",
            ]
        ),
        "sec1": "Part A · Session (completed by show staff)",
        "code": f"{d.pick(['S', 'ED', 'T'])}-{r.randrange(10, 99)}",
        "room": room,
        "title": d.title("plain"),
        "speaker": d.person(),
        "speaker2": f"; {d.person()}" if d.chance(0.4) else "",
        "date": d.date(d.pick(["weekday", "long", "us_numeric", "short_month"])),
        "time": f"{clock(start)} – {clock(end)}",
        "credit_label": d.pick(["CEC value", "Credit", "IICRC CECs"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title", "hrs"])),
        "sec2": "Part B · Attendee",
        "name": d.name("plain"),
        "cert": f"{r.randrange(10000, 999999)}",
        "badge": f"{r.randrange(1000, 99999)}",
        "company": d.pick(
            [
                "ServiceMaster",
                "Paul Davis",
                "Rainbow Restoration",
                "self",
                "Blue Ridge Restoration",
                "Dry Pros LLC",
                "Coastal Clean & Dry",
            ]
        ),
        "sig": full,
        "sec3": "Part C · Moderator verification",
        "moderator": moderator,
        "mod_sig": f"{mod_parts[0][0]}. {mod_parts[-1]}",
        "t_in": clock(start - d.pick([0, 5, 10]), hand=True),
        "t_out": clock(end + d.pick([0, 0, 5]), hand=True),
        "count": f"{r.randrange(18, 140)} present",
        "ink": d.pick(["#b3152a", "#6a1b9a", "#1a3fa0", "#9c1d1d"]),
        "turn": f"{r.uniform(-9, 9):.1f}",
        "stamp_top": "".join(w[0] for w in words[:4]).upper() + f" {d.completed.year}",
        "stamp_word": d.pick(["Verified", "CE Verified", "Received"]),
        "stamp_date": fmt_date(d.completed, "dd_mon_yyyy").upper(),
        "stamp_room": f"Room {room}",
        "fine1": d.pick(
            [
                "Forms are accepted only at the end of the session for which they were printed. Partial "
                "attendance earns no credit. Lost forms cannot be reissued after the show closes.",
                "Credit is reported only for attendees present for the whole session. Forms handed in late, "
                "altered or unsigned by the moderator will not be processed.",
            ]
        ),
        "fine2": d.pick(
            [
                "Keep the attendee copy with your records; the organiser forwards verified rosters to the "
                "certifying body within 30 days.",
                "White copy: show office. Yellow copy: attendee. Questions: education desk, main lobby.",
            ]
        )
        + f" {d.pick([m[0] for m in V.MANUFACTURERS])} sponsors the printed forms.",
        "stub_head": d.pick(["Attendee receipt", "Attendee copy – keep for your records"]),
        "event_alt": d.org_alt,
        "mod_ini": "".join(p[0] for p in mod_parts if p[0].isalpha()),
    }
    return out
