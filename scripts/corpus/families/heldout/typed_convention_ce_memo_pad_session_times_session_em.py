"""A convention's CE verification memo typed on a half-sheet memo pad,
landscape: the pad's printed head has the association's name small and a
big "memo" word, with printed captions (to, from, date, re) followed by
typed entries on ruled lines; the typed body, in a typewriter face, says
the education desk has checked the member's badge scans for one education
session at the convention (the event name with its year) and lists it in a
small typed table: session title, code, room, speaker, scanned in and out
times, and the CEC credited. A typed line about where to send questions
ends it, with the typist's initials; the pad's foot has the association's
address printed small."""

SOURCE = (
    "bmccary/utd-math-memo:README.md (memo template for memos and recommendations) and "
    "wording of association convention CE desks verifying session attendance by badge scans"
)
KIND = "session"
PAPER = ["half-letter"]
CATEGORIES = (
    "letter",
    "table",
    "mono",
    "time-attended",
    "landscape",
    "labelled",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.pad { position:absolute; inset:0; background:${paper} }
.top { position:absolute; left:40px; right:40px; top:22px; display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid ${ink}; padding-bottom:2px; color:${ink} }
.top b { font: ${memo_weight} 34px ${memo_face}; letter-spacing:${memo_ls}px; line-height:1 }
.top span { font: 10px ${sans}; letter-spacing:1.5px; text-transform:uppercase; text-align:right; line-height:13px }
.hf { position:absolute; left:40px; right:40px; top:74px; display:grid; grid-template-columns:1fr 1fr; column-gap:26px; row-gap:2px }
.hf div { border-bottom:1px solid ${ink}; display:flex; align-items:baseline; padding:3px 0 1px }
.hf i { font: bold 9.5px ${sans}; font-style:normal; color:${ink}; width:44px; letter-spacing:1px }
.hf span { font: 13px ${typed}; color:#1a1a1a; white-space:nowrap }
.b { position:absolute; left:40px; right:40px; top:148px; font: 12.5px ${typed}; line-height:17px; color:#1a1a1a }
.b p { margin:0 0 9px }
table { border-collapse:collapse; width:100%; font: 12px ${typed}; margin:2px 0 10px }
th { text-align:left; font-weight:normal; text-decoration:underline; padding:2px 8px 2px 0; white-space:nowrap }
td { padding:2px 8px 2px 0; vertical-align:top } td.n { white-space:nowrap }
.ft { position:absolute; left:40px; right:40px; bottom:12px; font: 8.5px ${sans}; color:${ink}; text-align:center; border-top:1px solid ${ink}; padding-top:3px }
</style>
<div class="pad">
 <div class="top"><b>${memo_word}</b><span>${assoc}<br>${desk}</span></div>
 <div class="hf">
  <div><i>TO</i><span>${name}</span></div>
  <div><i>DATE</i><span>${memo_date}</span></div>
  <div><i>FROM</i><span>${sender}</span></div>
  <div><i>RE</i><span>${re}</span></div>
 </div>
 <div class="b">
  <p>${p1}</p>
  <table>
   <tr><th>${h_session}</th><th>Code</th><th>Room</th><th>Speaker</th><th>In</th><th>Out</th><th>${h_cec}</th></tr>
   <tr><td>${title}</td><td class="n">${code}</td><td class="n">${room}</td><td>${speaker}</td><td class="n">${t_in}</td><td class="n">${t_out}</td><td class="n">${hours}</td></tr>
  </table>
  <p>${p2}</p>
  <p>${initials}</p>
 </div>
 <div class="ft">${street} · ${town} · ${phone}</div>
</div>
"""


def clock(minutes):
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d}"


def fill(d):
    from corpus import values as V

    r = d.rng
    street, town = d.address()
    assoc = d.pick(V.ASSOCIATIONS)
    name = d.name(d.pick(["plain", "upper", "last_first"]))
    event = d.provider()
    date = d.date(d.pick(["long", "us_numeric", "short_month", "weekday"]))
    title = d.title("plain")
    hours = d.hours_number()
    start = d.pick([8 * 60 + 30, 10 * 60, 10 * 60 + 45, 13 * 60, 14 * 60 + 15, 15 * 60 + 30])
    length = int(d.credit * 60)
    t_in = start - d.pick([0, 2, 4, 6])
    t_out = start + length + d.pick([0, 1, 3, 5])
    venue = d.venue()
    p1 = d.pick(
        [
            f"The CE desk has checked your badge scans for {event}, {venue}. On {date} you "
            "were scanned into and out of the education session below:",
            f"Per your request, our scan records for {event} show the following session "
            f"attended on {date}:",
        ]
    )
    p2 = d.pick(
        [
            f"Questions about credits should go to {d.person()} at the education office "
            f"before {d.other_date('issue', 'long')}.",
            "Sessions without both an in and an out scan are not credited. Keep this memo "
            "for your records.",
        ]
    )
    sender = d.person()
    return {
        "paper": d.pick(["#fffef6", "#fdfbf2", "#ffffff", "#f8f9f3"]),
        "ink": d.pick(["#345f8c", "#8c3b34", "#3f6b3f", "#555"]),
        "memo_face": d.fonts[d.pick(["display", "sans", "script"])],
        "memo_weight": d.pick(["bold", "normal"]),
        "memo_ls": d.pick([1, 4, 8]),
        "typed": d.fonts["mono"],
        "memo_word": d.pick(["Memo", "MEMO", "Memorandum"]),
        "assoc": assoc,
        "desk": d.pick(["Convention CE Desk", "Education Office", "Continuing Education"]),
        "name": name,
        "memo_date": d.other_date("issue", d.pick(["us_numeric", "us_short"])),
        "sender": f"{sender}, {d.pick(['CE Desk', 'Education', 'Registrar'])}",
        "re": d.pick(["CE verification", "Session credit", "Your CE scans"]),
        "p1": p1,
        "h_session": d.pick(["Session", "Education session"]),
        "h_cec": d.pick(["CEC", "CECs", "Credit"]),
        "title": title,
        "code": d.pick(["ED-", "S", "T"]) + str(r.randrange(100, 450)),
        "room": d.pick(["Hall B", "Rm 204", "Ballroom C", "Rm 117", "W-3"]),
        "speaker": d.person(),
        "t_in": clock(t_in),
        "t_out": clock(t_out),
        "hours": hours,
        "p2": p2,
        "initials": d.pick(["/jr", "JR:lm", "cc: file", "– CE desk"]),
        "street": street,
        "town": town,
        "phone": d.phone(),
    }
