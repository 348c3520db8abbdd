"""A certificate of attendance for a two-day hands-on education session
held at a show, on upright A4 or letter. Two small logo boxes at the top
corners (the show's, and the host chapter's), a very large serif display
word with a letter-spaced line under it, then stacked centred lines: a
short lead-in, the attendee's name in a script face on a hairline, a
running sentence with the session's title in italics, the two show days as
a span and the time attended written out in words with the figure in
brackets. Two speakers sign at the foot with their titles; a dark band
across the very bottom carries the venue and city in white."""

SOURCE = (
    "EcologyR/labeleR:reference/create_attendance_certificate.md (attendance certificate: type, "
    "title, date, hours, signer and signer role, left and right pictures); wording of "
    "pre-conference workshop attendance certificates"
)
KIND = "session"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "script-name",
    "portrait",
    "sentence",
    "date-range",
    "dark-band",
    "distractor-person",
    "letter-spaced",
    "provider-in-logo",
)

TEMPLATE = """<style>
.p { position:absolute; inset:0; background:#fff; color:#1d1d1d }
.fr { position:absolute; inset:26px 26px 96px; border:1px solid ${accent} }
.lg { position:absolute; top:54px; width:178px; height:74px; border:2px solid ${dark}; display:flex; align-items:center; justify-content:center;
  text-align:center; font: bold 13px/16px ${sans}; color:${dark}; padding:6px; text-transform:uppercase; letter-spacing:0.5px }
.lg.l { left:60px } .lg.r { right:60px; border-radius:38px; font: italic 13px/16px ${serif}; text-transform:none }
.big { position:absolute; left:0; right:0; top:220px; text-align:center; font: ${big_size}px ${display}; color:${dark}; line-height:1 }
.sp { position:absolute; left:0; right:0; top:${sp_top}px; text-align:center; font: 15px ${sans}; letter-spacing:8px; text-transform:uppercase; color:#444 }
.st { position:absolute; left:90px; right:90px; top:${st_top}px; text-align:center; font: 18px/32px ${serif} }
.st .nm { font: ${nm_size}px ${script}; color:#111; border-bottom:1px solid #777; margin:20px 40px 30px; padding-bottom:4px; line-height:1.25 }
.st em { font-size:20px; color:${dark} }
.sig { position:absolute; left:80px; right:80px; bottom:170px; display:flex; justify-content:space-between }
.sig div { width:42%; border-top:1px solid #333; padding-top:6px; text-align:center; font: 14px ${serif} }
.sig small { display:block; font: 12px ${sans}; color:#555; margin-top:2px }
.band { position:absolute; left:0; right:0; bottom:0; height:70px; background:${dark}; color:#fff; display:flex; align-items:center;
  justify-content:center; gap:30px; font: 14px ${sans}; letter-spacing:1.5px }
.band b { font-weight:normal; opacity:0.85 }
</style>
<div class="p"><div class="fr"></div>
 <div class="lg l">${event}</div>
 <div class="lg r">${chapter}</div>
 <div class="big">${big}</div>
 <div class="sp">${spaced}</div>
 <div class="st">${lead}
  <div class="nm">${name}</div>
  ${verb} <em>${title}</em>, ${held}<br>${range}, ${for_phrase} <b>${hours}</b>${tail}
 </div>
 <div class="sig"><div>${sp1}<small>${sp1_role}</small></div><div>${sp2}<small>${sp2_role}</small></div></div>
 <div class="band"><span>${venue}</span><b>&#9670;</b><span>${city}</span></div>
</div>
"""

CHAPTERS = [
    "Hosted by the Great Lakes Chapter",
    "Co-hosted by the Restoration Guild",
    "With the Southeastern Chapter",
    "Presented with the Education Council",
]


def fill(d):
    whole = d.credit == int(d.credit) and d.credit >= 2
    big = d.pick(["Attendance", "Certificate"])
    return {
        "big_size": 84 if big == "Attendance" else 80,
        "sp_top": 322,
        "st_top": 400,
        "nm_size": d.pick([44, 48]),
        "event": d.provider(),
        "chapter": d.pick(CHAPTERS),
        "big": big,
        "spaced": d.pick(
            ["of attendance", "education session", "workshop attendance"]
            if big == "Certificate"
            else ["hands-on workshop", "education session", "pre-show workshop"]
        ),
        "lead": d.pick(
            ["We are pleased to certify that", "This certifies that", "Be it known that"]
        ),
        "name": d.name("plain"),
        "verb": d.pick(
            [
                "took part in the workshop",
                "was present throughout the session",
                "attended the session",
            ]
        ),
        "title": d.title("plain"),
        "held": d.pick(
            ["held over two days", "given on the show floor", "presented in the education hall"]
        ),
        "range": d.date_range(1),
        "for_phrase": d.pick(["and is credited with", "for a total of", "earning"]),
        "hours": d.hours("words" if whole else d.pick(["cec_hours", "cecs"])),
        "tail": d.pick([" toward IICRC renewal.", ".", " of continuing education."]),
        "sp1": d.person(),
        "sp1_role": d.pick(["Workshop Leader", "Lead Speaker", "Presenter"]),
        "sp2": d.person(),
        "sp2_role": d.pick(["Co-presenter", "Education Chair", "Session Moderator"]),
        "venue": d.venue(),
        "city": d.pick(
            ["Education Hall B", "Workshop Pavilion", "Level 2 Classrooms", "Hands-on Lab, Hall A"]
        ),
    }
