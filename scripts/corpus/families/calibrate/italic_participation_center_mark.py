"""A landscape participation certificate of the kind a short script stamps out
of a spreadsheet of names: everything centred in italic serif, a large title,
a smaller "awarded to" line, the name in bold italic, and the show's round
mark in the middle of the lower half. The show added what its board wanted
under the mark: one line with the session, the room and the date, a credit
line, and in the bottom corners the session number and a moderator's
signature."""

SOURCE = "modasserbillah/pdf_certificates:certificate.py"
KIND = "session"
PAPER = ["letter-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "provider-in-logo",
    "plain",
    "distractor-person",
    "handwriting",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; text-align:center; font-family:${face}; color:#111 }
.t { position:absolute; left:0; right:0; top:110px; font-style:italic; font-size:60px }
.s { position:absolute; left:0; right:0; top:196px; font-style:italic; font-size:38px }
.n { position:absolute; left:0; right:0; top:262px; font-style:italic; font-weight:bold; font-size:50px }
.mk { position:absolute; left:50%; top:360px; width:124px; height:124px; margin-left:-62px; border-radius:50%;
  border:5px solid ${dark}; display:flex; flex-direction:column; align-items:center; justify-content:center; color:${dark} }
.mk b { font: bold 30px ${sans}; line-height:30px } .mk small { font: bold 8.5px ${sans}; letter-spacing:0.4px; text-transform:uppercase; padding:0 8px; line-height:10px }
.ev { position:absolute; left:0; right:0; top:494px; font: 600 16px ${sans}; color:${dark}; letter-spacing:1px; text-transform:uppercase }
.ln { position:absolute; left:110px; right:110px; top:530px; font-size:17px; font-style:italic; line-height:24px }
.cr { position:absolute; left:0; right:0; top:590px; font-size:15px }
.bl { position:absolute; left:64px; bottom:52px; text-align:left; font: 11px ${sans}; color:#444; line-height:15px }
.br { position:absolute; right:64px; bottom:52px; width:240px; font: 11px ${sans}; color:#444; border-top:1px solid #333; padding-top:3px }
.br .h { position:absolute; left:0; right:0; top:-34px; font: 26px ${hand}; color:#1d2f6f }
</style>
<div class="w">
 <div class="t">${heading}</div>
 <div class="s">${second}</div>
 <div class="n">${name}</div>
 <div class="mk"><b>${initials}</b><small>${mark_word}</small></div>
 <div class="ev">${org}</div>
 <div class="ln">${for_word} &ldquo;${title}&rdquo; &middot; ${room} &middot; ${date}</div>
 <div class="cr">${hours}</div>
 <div class="bl">${sess_label} ${sess}<br>${venue}</div>
 <div class="br"><div class="h">${mod}</div>${mod}, ${mod_role}</div>
</div>
"""


def fill(d):
    r = d.rng
    event = d.org_alt
    return {
        "face": d.pick(["'Nimbus Roman', serif", "'Liberation Serif', serif", "'P052', serif"]),
        "heading": d.pick(["Certificate of Participation", "Certificate of Attendance"]),
        "second": d.pick(["This certificate is awarded to", "This is presented to"]),
        "name": d.name(d.pick(["plain", "plain", "plain", "honorific"])),
        "initials": "".join(w[0] for w in event.split() if w[0].isalpha())[:3].upper(),
        "mark_word": d.pick(["Since 1998", "Education", "Annual Show", "Members' Show"]),
        "org": d.provider(),
        "for_word": d.pick(["for taking part in the education session", "for attending"]),
        "title": d.title("plain"),
        "room": d.pick(
            [f"Room {r.randrange(101, 330)}", f"Ballroom {d.pick('ABCD')}", "Main Stage"]
        ),
        "date": d.date(d.pick(["long", "short_month", "dmy_long", "weekday"])),
        "hours": d.hours(d.pick(["cec_hours", "credit_hours", "iicrc_cec", "cecs"])),
        "sess_label": d.pick(["Session", "Session no.", "Track/Session"]),
        "sess": d.pick(
            [
                f"{d.pick('ABCDT')}{r.randrange(1, 9)}-{r.randrange(10, 60)}",
                f"{r.randrange(100, 499)}",
            ]
        ),
        "venue": d.venue(),
        "mod": d.person(),
        "mod_role": d.pick(["Session Moderator", "Room Monitor", "Track Chair"]),
    }
