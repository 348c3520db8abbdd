"""Landscape certificate for a multi-day class held before a trade show: a thick
gold outer frame around a thin dark inner rule, corner rosettes, a spaced
"Certificate" heading over an italic kind line, the holder on an underlined
line, the class and its days in running sentences ("held in conjunction
with ... at ..."), a round seal, and two signature blocks."""

SOURCE = "celionatti/plugs:src/Pdf/Templates/certificate.plug.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "ornate",
    "landscape",
    "sentence",
    "date-range",
    "distractor-person",
    "seal",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.outer { position:absolute; inset:18px; border:${frame}px solid ${gold}; background:${light} }
.inner { position:absolute; inset:${inner_inset}px; border:3px solid ${dark}; outline:1px solid ${dark}; outline-offset:5px }
.ros { position:absolute; width:42px; height:42px; border-radius:50%; border:3px double ${gold};
  background:radial-gradient(circle, ${gold} 0 5px, transparent 6px, transparent 10px, ${gold} 11px 12px, transparent 13px) }
.c { position:absolute; left:0; right:0; text-align:center; color:${dark} }
.org { top:${org_top}px; font: 600 17px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${accent} }
.h { top:${h_top}px; font: bold 50px ${display}; letter-spacing:9px; text-transform:uppercase }
.k { top:${k_top}px; font: italic 21px ${serif}; letter-spacing:2px }
.lead { top:${lead_top}px; font: 18px ${serif}; color:#333 }
.nm { top:${nm_top}px; font: bold 38px ${nfont}; color:${accent} }
.nm span { border-bottom:2px solid ${dark}; padding:0 40px 2px }
.body { top:${body_top}px; left:110px; right:110px; font: 17px ${serif}; line-height:27px; color:#222 }
.body b { font-size:20px; color:${dark} }
.seal { position:absolute; left:50%; margin-left:-52px; bottom:${seal_bottom}px; width:104px; height:104px; border-radius:50%;
  background:${gold}; border:4px dotted #fff; box-shadow:0 0 0 3px ${gold}; color:#fff; text-align:center;
  font: bold 11px ${serif}; letter-spacing:1px; padding-top:30px; line-height:15px }
.sig { position:absolute; bottom:${sig_bottom}px; width:230px; text-align:center; font: 13px ${serif}; color:#333 }
.sig .line { border-top:1px solid #333; padding-top:4px; margin-top:6px }
.sig .ink { font: 26px ${hand}; color:#1c2f6e; height:34px }
.sig.l { left:${sig_side}px } .sig.r { right:${sig_side}px }
.no { position:absolute; right:${no_right}px; top:${no_top}px; font: 10px ${sans}; color:#555 }
</style>
<div class="outer"></div>
<div class="inner" style="inset:${inner_abs}px"></div>
<div class="ros" style="left:${ros}px;top:${ros}px"></div><div class="ros" style="right:${ros}px;top:${ros}px"></div>
<div class="ros" style="left:${ros}px;bottom:${ros}px"></div><div class="ros" style="right:${ros}px;bottom:${ros}px"></div>
<div class="c org">${org}</div>
<div class="c h">Certificate</div>
<div class="c k">${kind_line}</div>
<div class="c lead">${lead}</div>
<div class="c nm"><span>${name}</span></div>
<div class="c body">${verb} <b>${title}</b>, ${held} ${event} at ${venue}, ${date_words} <b>${date}</b>.
 ${hours_sentence} <span style="white-space:nowrap">${appr}</span></div>
<div class="seal">${seal_html}</div>
<div class="sig l"><div class="ink">${ins_sig}</div><div class="line">${instructor}<br>${ins_role}</div></div>
<div class="sig r"><div class="ink">${dir_sig}</div><div class="line">${director}<br>${dir_role}</div></div>
<div class="no">${no_label} ${cert_no}</div>
"""


def fill(d):
    from corpus import values as V

    instructor = d.person()
    director = d.person()
    org = d.provider()
    events = [e for e in V.EVENTS]
    event = f"{d.pick(events)} {d.completed.year}"
    days = d.pick([1, 2, 2, 3])
    hours_style = d.pick(["cec_hours", "words_cec", "cecs", "ceu_and_cec"])
    hours = d.hours(hours_style)
    approval = d.approval() if d.chance(0.5) else None
    hours_sentence = d.pick(
        [
            f"This class is approved by the IICRC for {hours}.",
            f"Awarded {hours} for full attendance.",
            f"{hours} have been earned toward IICRC certification renewal.",
        ]
    )
    appr = f"IICRC course approval no. {approval}." if approval else ""
    return {
        "frame": d.pick([14, 18, 22]),
        "gold": d.pick(["#c9a227", "#b8923a", "#d4af37", "#a8842c"]),
        "inner_inset": 0,
        "inner_abs": d.pick([48, 54]),
        "ros": d.pick([30, 34]),
        "org_top": 84,
        "h_top": 112,
        "k_top": 176,
        "lead_top": 232,
        "nm_top": 264,
        "body_top": 350,
        "seal_bottom": 58,
        "sig_bottom": 70,
        "sig_side": d.pick([88, 100]),
        "no_right": 84,
        "no_top": 66,
        "nfont": d.fonts[d.pick(["serif", "display", "script"])],
        "kind_line": d.pick(
            ["of Completion", "of Course Completion", "of Achievement", "of Training"]
        ),
        "lead": d.pick(["This is to certify that", "This certifies that", "Be it known that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "verb": d.pick(
            [
                "has successfully completed the pre-conference course",
                "has satisfactorily completed all requirements of",
                "successfully completed the hands-on class",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code", "plain"])),
        "held": d.pick(["held in conjunction with the", "presented before the", "offered at the"]),
        "event": event,
        "venue": d.venue(),
        "date_words": d.pick(["on", "conducted"]),
        "date": d.date_range(days),
        "hours_sentence": hours_sentence,
        "appr": appr,
        "seal_html": d.pick(["OFFICIAL<br>SEAL", "CERTIFIED<br>TRAINING", "APPROVED<br>COURSE"]),
        "ins_sig": instructor,
        "instructor": instructor,
        "ins_role": d.pick(["IICRC Approved Instructor", "Lead Instructor", "Course Instructor"]),
        "dir_sig": director,
        "director": director,
        "dir_role": d.pick(["Director of Education", "President", "Training Manager"]),
        "org": org,
        "no_label": d.pick(["Certificate No.", "Cert #", "No."]),
        "cert_no": d.number(),
    }
