"""Not a certificate: a postcard mailed by a show's education office after
the show, on half-letter card with the address side printed. The left half
is the message: a bold heading that the attendance could not be verified,
a short paragraph naming the session the card holder asked credit for,
its day and the reason (no exit scan, or left before the end), a line that
no credit has been reported, and how and by when to appeal. The right half
carries a permit indicia box, the return address, the addressee's name and
street address in capitals with a barcode line, and a thin dividing rule.
It names a person, a session and dates and records no continuing
education credit for anyone."""

SOURCE = (
    "kangminsukdotcom/blog:content/postcard.md (postcard front and back, message area beside the "
    "address side); wording of conference education offices' credit-denial notices"
)
KIND = "other"
PAPER = "half-letter"
CATEGORIES = (
    "other",
    "landscape",
    "letter",
    "postcard",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; background:${stock}; font-family:${sans}; color:#1c1c1c }
.msg { position:absolute; left:30px; top:28px; width:410px; font: 13px/19px ${serif} }
.msg .from { font: bold 12px ${sans}; color:${dark}; letter-spacing:1px; text-transform:uppercase; margin-bottom:14px }
.msg h2 { font: bold 20px/24px ${sans}; margin:0 0 10px; color:${accent} }
.msg p { margin:0 0 9px }
.msg .box { border-left:3px solid ${accent}; padding:4px 10px; background:rgba(0,0,0,0.03); font: 12.5px/18px ${sans}; margin-bottom:10px }
.msg .box span { color:#666; display:inline-block; width:76px }
.div { position:absolute; left:462px; top:30px; bottom:30px; border-left:1px solid #999 }
.ret { position:absolute; left:482px; top:28px; font-size:10.5px; line-height:14px; color:#333; width:190px }
.ind { position:absolute; right:26px; top:26px; width:104px; border:1.5px solid #222; text-align:center; font: bold 9.5px/12px ${sans}; padding:6px 4px }
.to { position:absolute; left:500px; top:250px; font: 14px/20px ${mono}; text-transform:uppercase }
.bars { margin-top:10px; height:14px; width:250px; background:repeating-linear-gradient(90deg,#111 0 2px,transparent 2px 4px,#111 4px 5px,transparent 5px 8px) }
.ser { position:absolute; left:500px; top:226px; font: 10px ${mono}; color:#444 }
</style>
<div class="c">
 <div class="msg">
  <div class="from">${office}</div>
  <h2>${heading}</h2>
  <p>${dear}</p>
  <p>${para}</p>
  <div class="box"><span>Session</span>${session}<br><span>Date</span>${sess_date}<br><span>Reason</span>${reason}</div>
  <p>${appeal}</p>
 </div>
 <div class="div"></div>
 <div class="ret">${event}<br>${office_short}<br>${ret1}<br>${ret2}</div>
 <div class="ind">${indicia_html}</div>
 <div class="ser">${serial}</div>
 <div class="to">${addressee}<br>${street}<br>${city}<div class="bars"></div></div>
</div>
"""


def fill(d):
    import unicodedata
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    who = d.person()

    def ascii_up(text):
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().upper()

    street, city = d.address()
    ret1, ret2 = d.address()
    deadline = d.completed + timedelta(days=d.pick([30, 45, 60]))
    event = f"{d.pick(V.EVENTS)} {d.completed.year}"
    return {
        "stock": d.pick(["#ffffff", "#fbf8f0", "#f2f6f9"]),
        "office": d.pick(["Education Office", "CE Services", "Attendee Education"]),
        "heading": d.pick(
            [
                "We could not verify your attendance",
                "Session credit not verified",
                "Attendance not confirmed",
            ]
        ),
        "dear": f"Dear {who.split()[0]},",
        "para": d.pick(
            [
                f"You asked for credit for a session at {event}. Our scan records do not show a "
                "complete attendance, so no credit has been reported for it.",
                f"Thank you for attending {event}. The session below could not be confirmed from "
                "the door scans, and it has not been reported to any certifying body.",
            ]
        ),
        "session": d.pick(V.SESSIONS),
        "sess_date": fmt_date(d.completed, d.pick(["long", "weekday", "us_numeric"])),
        "reason": d.pick(["No exit scan recorded", "Exit scan 38 min before end", "No entry scan"]),
        "appeal": d.pick(
            [
                f"If you believe this is wrong, send the room monitor's card or a photo of your badge "
                f"log by {fmt_date(deadline, 'long')}.",
                f"Appeals close {fmt_date(deadline, 'short_month')}. Reply online with your badge "
                "number and any proof of attendance.",
            ]
        ),
        "event": event,
        "office_short": d.pick(["Education Dept.", "CE Office"]),
        "ret1": ret1,
        "ret2": ret2,
        "indicia_html": d.pick(
            [
                "PRSRT STD<br>U.S. POSTAGE<br>PAID<br>PERMIT NO. 1187",
                "FIRST-CLASS MAIL<br>US POSTAGE PAID<br>PERMIT 402",
            ]
        ),
        "serial": f"*****AUTO**{d.pick(['5-DIGIT', 'MIXED AADC'])} {r.randrange(10000, 99999)}",
        "addressee": ascii_up(who),
        "street": ascii_up(street),
        "city": ascii_up(city),
    }
