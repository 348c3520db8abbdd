"""A landscape certificate in a heavy coloured frame with an inner shadow and
a fine inner rule with diamond corner ornaments: the school's name small and
bold in the accent colour on top, a wide letter-spaced titling word
("CERTIFICATE") over a second, shadowed line ("OF COMPLETION"), a short
rule, "proudly presented to" and the name in a large script over a dotted
underline, the course in capitals, one running sentence with the hours and
the date, and a footer with an instructor's signature, a round seal and a
certificate number."""

import html

SOURCE = (
    "gopakumar-nfonics/amrita_expense_track:resources/views/lead/release_order.blade.php "
    "(certificate version: titling header lines, script recipient name over a dotted border, "
    "upper-case course details, framed container with an inset shadow)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "ornate",
    "script-name",
    "landscape",
    "sentence",
    "distractor-person",
    "hours-in-sentence",
    "seal",
    "letter-spaced",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:16px; border:11px solid ${accent}; box-shadow: inset 0 0 14px rgba(0,0,0,0.45);
  background:${light} }
.in { position:absolute; inset:40px; border:1px solid ${dark} }
.dm { position:absolute; width:14px; height:14px; background:${accent}; transform:rotate(45deg); border:2px solid ${light};
  outline:1px solid ${dark} }
.c { position:absolute; left:70px; right:70px; top:88px; text-align:center; color:#222; font-family:${serif} }
.first { font: bold 15px ${sans}; letter-spacing:1.5px; color:${accent} }
.big { font: 64px ${display}; letter-spacing:14px; color:${dark}; margin-top:10px; line-height:74px }
.second { font: 25px ${display}; letter-spacing:3px; text-transform:uppercase; color:#333; text-shadow:2px 2px 4px rgba(0,0,0,0.3) }
.rule { width:30%; height:2px; background:${accent}; margin:20px auto 26px }
.body { font-size:17px; font-style:italic; color:#444 }
.name { font: 50px ${script}; color:#1a1a1a; margin:12px 0 0; line-height:68px }
.dots { width:62%; margin:0 auto; border-bottom:2px dotted ${accent}; margin-bottom:26px }
.course { font: bold 23px ${sans}; letter-spacing:1px; color:${dark}; margin:12px 0 22px }
.sent { font-size:17px; color:#333; margin:0 90px; line-height:27px }
.ft { position:absolute; left:84px; right:84px; bottom:64px; display:flex; justify-content:space-between; align-items:flex-end;
  font: 12px ${sans}; color:#333 }
.ft .s { width:230px; text-align:center } .ft .h { font: 27px ${hand}; color:#1b2b5a; border-bottom:1px solid #444; padding-bottom:1px; margin-bottom:3px }
.seal { width:92px; height:92px; border-radius:50%; background:${accent}; color:#fff; display:flex; align-items:center;
  justify-content:center; text-align:center; font: bold 10px ${sans}; letter-spacing:1px; line-height:13px;
  box-shadow: 0 0 0 4px ${light}, 0 0 0 6px ${accent}; margin-bottom:72px }
.ft .no { width:230px; text-align:center; font-size:11px }
</style>
<div class="fr"></div><div class="in"></div>
<div class="dm" style="left:33px;top:33px"></div><div class="dm" style="right:33px;top:33px"></div>
<div class="dm" style="left:33px;bottom:33px"></div><div class="dm" style="right:33px;bottom:33px"></div>
<div class="c">
 <div class="first">${org}</div>
 <div class="big">CERTIFICATE</div>
 <div class="second">${second}</div>
 <div class="rule"></div>
 <div class="body">${presented}</div>
 <div class="name">${name}</div>
 <div class="dots"></div>
 <div class="body">${for_line}</div>
 <div class="course">${title}</div>
 <div class="sent">${sentence_html}</div>
</div>
<div class="ft">
 <div class="s"><div class="h">${signer}</div>${signer}<br>${signer_role}</div>
 <div class="seal">${seal_html}</div>
 <div class="no">${no_label}<br><b>${number}</b>${extra_html}</div>
</div>
"""


def _keep(text):
    """A value set on one line, as a typesetter keeps a date or a credit together."""
    return f'<span style="white-space:nowrap">{html.escape(text)}</span>'


def fill(d):
    org = d.provider(d.pick(["upper", "upper", None]))
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    title = d.title("upper")
    hours = _keep(d.hours(d.pick(["cec_hours", "hours_title", "words", "hrs", "cecs"])))
    date = _keep(d.date(d.pick(["ordinal", "long", "words", "dmy_long", "weekday"])))
    place = html.escape(d.pick([d.city(), d.venue(), "our training center"]))
    sentence = d.pick(
        [
            f"comprising {hours} of classroom and hands-on instruction, completed on {date} "
            f"in {place}.",
            f"having attended all {hours} of instruction and passed the course examination "
            f"on {date}.",
            f"a program of {hours}, held in {place} and concluded on {date}.",
        ]
    )
    extra = ""
    if d.chance(0.4):
        extra = f"<br>IICRC course approval {d.approval()}"
    return {
        "org": org,
        "second": d.pick(["of Completion", "of Achievement", "of Training"]),
        "presented": d.pick(
            [
                "This certificate is proudly presented to",
                "This certificate is awarded to",
                "Presented with pride to",
            ]
        ),
        "name": name,
        "for_line": d.pick(
            [
                "for successfully completing the course",
                "in recognition of the successful completion of",
                "who has completed the requirements of",
            ]
        ),
        "title": title,
        "sentence_html": sentence,
        "signer": d.person(),
        "signer_role": d.pick(["Lead Instructor", "Course Instructor", d.role()]),
        "seal_html": d.pick(
            ["IICRC<br>APPROVED<br>SCHOOL", "OFFICIAL<br>SEAL", "CERTIFIED<br>TRAINING"]
        ),
        "no_label": d.pick(["Certificate No.", "Certificate ID", "Record No."]),
        "number": d.number(),
        "extra_html": extra,
    }
