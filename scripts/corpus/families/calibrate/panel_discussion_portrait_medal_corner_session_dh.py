"""A portrait certificate for a panel or keynote session: an arched double
frame with a medal in the top-right corner and the show's monogram at the
top left, "Certificate of Attendance" in display type, one long sentence
naming the attendee, the session, its moderator and panelists and the show
with its span of days and venue; two boxed blocks at the foot give the
session day and the credit awarded, over an education director's signature."""

SOURCE = "gosh19/worknow5.0:resources/views/pdf/diploma.blade.php"
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "ornate",
    "sentence",
    "labelled",
    "seal",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.fa { position:absolute; left:34px; right:34px; top:34px; bottom:34px; border:3px solid ${ink}; border-radius:220px 220px 6px 6px }
.fb { position:absolute; left:46px; right:46px; top:46px; bottom:46px; border:1px solid ${gold}; border-radius:208px 208px 4px 4px }
.mg { position:absolute; left:104px; top:150px; width:70px; height:70px; border:2px solid ${ink}; transform:rotate(45deg);
  display:flex; align-items:center; justify-content:center }
.mg span { transform:rotate(-45deg); font: bold 20px ${display}; color:${ink} }
.md { position:absolute; right:96px; top:136px; width:104px; height:104px; border-radius:50%;
  background: repeating-conic-gradient(${gold} 0 8deg, #f3dc94 8deg 16deg) }
.md:after { content:"${medal}"; position:absolute; inset:14px; border-radius:50%; background:${ink}; color:#fff;
  display:flex; align-items:center; justify-content:center; text-align:center; font: bold 10px ${sans}; letter-spacing:1px; line-height:13px; padding:6px }
.c { position:absolute; left:96px; right:96px; top:262px; text-align:center; font-family:${serif}; color:#222 }
.c .pre { font: 13px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${gold} }
.c h1 { margin:10px 0 0; font: 44px ${display}; color:${ink}; line-height:52px }
.c .orn { font: 22px ${serif}; color:${gold}; margin:10px 0 }
.c .s { font-size:18px; line-height:33px; text-align:center }
.c .s .n { font: bold 30px ${serif}; color:#111; display:block; margin:12px 0 }
.c .s b { color:${ink} }
.bx { position:absolute; left:110px; right:110px; bottom:${box_bottom}; display:flex; gap:30px }
.bx div { flex:1; border:1px solid ${ink}; padding:10px 14px; text-align:center; font: 17px ${serif}; color:#111 }
.bx small { display:block; font: 10.5px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#666; margin-bottom:4px }
.sg { position:absolute; left:0; right:0; bottom:94px; text-align:center; font: 12px ${sans}; color:#333; line-height:16px }
.sg .h { font: 28px ${hand}; color:#1c2b66; width:280px; margin:0 auto; border-bottom:1px solid #333; line-height:42px; height:38px; white-space:nowrap }
</style>
<div class="fa"></div><div class="fb"></div>
<div class="mg"><span>${mono}</span></div>
<div class="md"></div>
<div class="c">
 <div class="pre">${pre}</div>
 <h1>${heading}</h1>
 <div class="orn">❦</div>
 <div class="s">${lead}<span class="n">${name}</span>${attended} <b>${title}</b>, ${mod_text} ${moderator}
 ${with_text} ${panelists}, ${during} ${event}, ${held} ${span} ${at} ${venue}.</div>
</div>
<div class="bx">
 <div><small>${l_date}</small>${date}</div>
 <div><small>${l_hours}</small>${hours}</div>
</div>
<div class="sg"><div class="h">${director}</div>${director}, ${director_role}</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    event = d.provider()
    words = [w for w in d.org_alt.split() if w[0].isupper() and w not in ("&",)]
    before, after = d.pick([(1, 1), (0, 2), (2, 0), (1, 2)])
    span = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    panel = [d.person() for _ in range(d.pick([2, 3]))]
    panelists = ", ".join(panel[:-1]) + " and " + panel[-1]
    return {
        "ink": d.pick(["#1f3a5f", "#5b2333", "#0b3d2e", "#23395d"]),
        "gold": d.pick(["#b8860b", "#a67c00", "#9c6644"]),
        "mono": "".join(w[0] for w in words[:3]),
        "medal": d.pick(["CE<br>SESSION", "EDUCATION<br>PROGRAM", "ATTENDED"]).replace("<br>", " "),
        "pre": d.pick(["Education Program", "General Session", "Featured Panel"]),
        "heading": d.pick(["Certificate of Attendance", "Certificate of Participation"]),
        "lead": d.pick(["This is to certify that", "This certifies that", "Be it known that"]),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "attended": d.pick(
            ["attended the panel discussion", "was in attendance at the session", "attended"]
        ),
        "title": d.title("plain"),
        "mod_text": d.pick(["moderated by", "led by moderator"]),
        "moderator": d.person(),
        "with_text": d.pick(["with panelists", "featuring"]),
        "panelists": panelists,
        "during": d.pick(["during the", "at the", "as part of the"]),
        "event": event,
        "held": d.pick(["held", "which took place"]),
        "span": span,
        "at": "at",
        "venue": d.venue(),
        "box_bottom": "230px",
        "l_date": d.pick(["Session date", "Date attended", "Date of session"]),
        "date": d.date(d.pick(["weekday", "long", "short_month", "us_numeric"])),
        "l_hours": d.pick(["Credit awarded", "CEC hours", "Continuing education credit"]),
        "hours": d.hours(d.pick(["words", "cec_hours", "cecs", "hours_title"])),
        "director": d.person(),
        "director_role": d.pick(
            ["Director of Education", "Education Committee Chair", "Show Director"]
        ),
    }
