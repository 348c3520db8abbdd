"""A letter page printed two-up with the same half-page slip twice, one above
the other, divided by a dashed cut line across the middle: the upper copy
for the attendee, the lower one for the room monitor. Each slip has the
show's name at the left and the copy's name at the right over a thick rule,
a labelled attendee line with a badge number, a one-row table (session,
speaker, room, day, time entered, time left, credit), and a signature line
for the education chair with a print date in the footer."""

SOURCE = (
    "myke91/HassLogistics:resources/views/pdf/receipt.blade.php (header with date and number, "
    "bordered total table, received-by line) re-cut as a two-up half-page CE session slip"
)
KIND = "session"
PAPER = "letter-portrait"
CATEGORIES = (
    "portrait",
    "slip",
    "table",
    "labelled",
    "time-attended",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

SLIP = """<div class="sl">
 <div class="hd"><div class="ev">${event}</div><div class="cp">${copy}</div></div>
 <div class="who"><span class="l">${who_label}</span><span class="v">${name}</span><span class="l">${badge_label}</span><span class="v b">${badge}</span></div>
 <table>
  <tr><th style="width:30%">${h_session}</th><th>${h_speaker}</th><th>${h_room}</th><th>${h_day}</th><th>${h_in}</th><th>${h_out}</th><th>${h_credit}</th></tr>
  <tr><td class="s">${title}</td><td>${speaker}</td><td>${room}</td><td>${date}</td><td>${t_in}</td><td>${t_out}</td><td class="c">${credit}</td></tr>
 </table>
 <div class="note">${note}</div>
 <div class="chk"><span><i></i>${chk1}</span><span><i></i>${chk2}</span><span><i></i>${chk3}</span></div>
 <div class="sig"><div>${att_sig}</div><div>${chair}<br><small>${chair_role}</small></div><div>${printed_label} ${printed}</div></div>
</div>"""

TEMPLATE = (
    """<style>
.pg { position:absolute; inset:0; padding:34px 44px; display:flex; flex-direction:column; font-family:${sans}; color:#1a1a1a }
.sl { height:440px; display:flex; flex-direction:column }
.hd { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:4px solid ${dark}; padding-bottom:6px }
.ev { font: bold 24px ${display}; color:${dark}; max-width:470px; line-height:27px }
.cp { font: bold 11px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${accent}; text-align:right }
.who { display:flex; align-items:baseline; gap:10px; margin:22px 0 16px }
.who .l { font-size:11px; color:#555; text-transform:uppercase; letter-spacing:1px }
.who .v { font-size:19px; font-weight:bold; border-bottom:1px solid #999; flex:1; padding:0 4px 2px }
.who .v.b { flex:0 0 110px; font: bold 15px ${mono} }
table { width:100%; border-collapse:collapse; font-size:14px }
th { background:${light}; border:1px solid #888; padding:5px 6px; text-align:left; font-size:10px; text-transform:uppercase; letter-spacing:0.5px }
td { border:1px solid #888; padding:10px 6px; vertical-align:top; line-height:18px }
td.s { font-weight:bold } td.c { font-weight:bold; font-size:17px; text-align:center }
.note { font-size:12px; color:#444; margin-top:14px; line-height:16px }
.chk { display:flex; gap:26px; margin-top:18px; font-size:12px }
.chk i { display:inline-block; width:12px; height:12px; border:1px solid #333; margin-right:6px; vertical-align:-2px }
.sig { margin-top:auto; display:flex; justify-content:space-between; align-items:flex-end; font-size:11px; padding-bottom:14px }
.sig div:nth-child(-n+2) { width:250px; border-top:1px solid #333; padding-top:3px }
.sig div:first-child { color:#555 }
.sig small { color:#555 }
.sig div:last-child { font-size:9.5px; color:#555 }
.cut { border-top:2px dashed #999; position:relative; margin:8px -44px 26px; }
.cut span { position:absolute; left:50%; top:-9px; transform:translateX(-50%); background:#fff; padding:0 8px; font-size:10px; color:#777 }
</style>
<div class="pg">
"""
    + SLIP.replace("${copy}", "${copy1}")
    + """
<div class="cut"><span>&#9986; ${cut}</span></div>
"""
    + SLIP.replace("${copy}", "${copy2}")
    + """
</div>
"""
)


def fill(d):
    r = d.rng
    h, m = r.choice([8, 9, 10, 13, 14, 15]), r.choice([0, 15, 30, 45])
    t_in = h * 60 + m + r.randint(-5, 3)
    t_out = t_in + int(d.credit * 60) + r.randint(-2, 8)

    def clock(t):
        hh, mm = divmod(t, 60)
        return f"{(hh - 1) % 12 + 1}:{mm:02d} {'am' if hh < 12 else 'pm'}"

    return {
        "event": d.provider(),
        "copy1": d.pick(["Attendee copy", "Attendee", "Keep this half"]),
        "copy2": d.pick(["Monitor copy", "Room monitor", "Return at exit"]),
        "who_label": d.pick(["Attendee", "Name", "Participant"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "badge_label": d.pick(["Badge #", "Reg. ID", "Badge"]),
        "badge": f"{r.randrange(100000, 999999)}",
        "h_session": d.pick(["Session", "Education session", "Class"]),
        "h_speaker": d.pick(["Speaker", "Presenter"]),
        "h_room": "Room",
        "h_day": d.pick(["Date", "Day"]),
        "h_in": d.pick(["In", "Entered", "Time in"]),
        "h_out": d.pick(["Out", "Left", "Time out"]),
        "h_credit": d.pick(["CECs", "Credit", "Hrs"]),
        "title": d.title(),
        "speaker": d.person(),
        "room": d.pick(["W204", "Ballroom C", "Room 113", "6A", "Hall B-2"]),
        "date": d.date(d.pick(["us_numeric", "us_short", "short_month", "iso"])),
        "t_in": clock(t_in),
        "t_out": clock(t_out),
        "credit": d.hours_number(),
        "note": d.pick(
            [
                "Credit is given only for the full session. Both copies must show the same times.",
                "Hand the lower half to the room monitor as you leave. Keep the upper half.",
                "Sessions are credited by time attended; arrivals after ten minutes receive no credit.",
            ]
        ),
        "chk1": d.pick(["Stayed the full session", "Full attendance"]),
        "chk2": d.pick(["Evaluation handed in", "Survey completed"]),
        "chk3": d.pick(["Late arrival", "Left early", "Partial credit"]),
        "att_sig": d.pick(["Attendee signature", "Signature of attendee"]),
        "chair": d.person(),
        "chair_role": d.pick(["Education Chair", "Room Monitor", "Education Committee"]),
        "printed_label": d.pick(["Printed", "Issued", "Form date"]),
        "printed": d.other_date("registered", d.pick(["us_numeric", "iso", "short_month"])),
        "cut": d.pick(["cut here", "fold and tear", "detach"]),
    }
