"""A portrait attendance certificate for a live conference session in the
continuing-education style: a narrow bordered table, an all-capitals heading
stacked over three lines ("… CERTIFICATE / OF / CONTINUING EDUCATION
ACTIVITY"), the event "certifies that" the named attendee participated in the
session, the date, then a separate paragraph saying how many hours the
session was designated for and how many the attendee claimed, and a small
accreditation statement with the signer."""

SOURCE = "realcme/newmigration:certifications/blades/certificate-cdr-cdr-default.tpl.php"
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "hours-in-sentence",
    "letter-spaced",
    "distractor-person",
    "time-attended",
)

TEMPLATE = """<style>
.t { position:absolute; left:50%; width:${w}px; margin-left:-${hw}px; top:${top}px; border:2px solid #000; border-collapse:collapse;
  font: 15px ${face}; color:#000 }
.t td { text-align:center; padding:0 40px }
.hd { padding-top:46px !important; font: ${hd_px}px ${head}; text-transform:uppercase; letter-spacing:${ls}px; line-height:1.9 }
.it { padding-top:22px !important; font-style:italic }
.nm { padding-top:18px !important; font-weight:bold; font-style:italic; font-size:20px }
.ti { padding-top:16px !important; font-style:italic; font-size:17px; line-height:24px }
.sm { padding-top:26px !important; font-size:13.5px; line-height:20px }
.sg td { padding-top:46px !important; padding-bottom:30px !important; font-size:12.5px; line-height:17px; width:50% }
.sg .h { font: 26px ${hand}; color:#1b2b66; height:34px; white-space:nowrap }
.sg .ln { border-top:1px solid #333; margin:0 10px; padding-top:3px }
.ac { padding:14px 40px 20px !important; font-size:10.5px; line-height:15px; border-top:1px solid #000; color:#222; text-align:left !important }
</style>
<table class="t">
 <tr><td colspan="2" class="hd">${hd1}<br>of<br>${hd2}</td></tr>
 <tr><td colspan="2" class="it">The ${event} certifies that</td></tr>
 <tr><td colspan="2" class="nm">${name}</td></tr>
 <tr><td colspan="2" class="it" style="padding-top:14px">${participated}</td></tr>
 <tr><td colspan="2" class="ti">${title}</td></tr>
 <tr><td colspan="2" class="it" style="padding-top:12px">on ${date}</td></tr>
 <tr><td colspan="2" class="sm">${designated}<br>${claimed}</td></tr>
 <tr class="sg">
  <td><div class="h">${signer}</div><div class="ln">${signer}<br>${role}</div></td>
  <td><div class="h">&nbsp;</div><div class="ln">${issued}<br>Date issued</div></td>
 </tr>
 <tr><td colspan="2" class="ac">${accred}</td></tr>
</table>
"""


def fill(d):
    from corpus.formats import fmt_number

    w = d.pick([620, 660, 700])
    event = d.provider()
    n = fmt_number(d.credit, d.rng, False)
    designated = d.pick(
        [
            f"This session was designated for a maximum of {n} IICRC continuing education hours.",
            f"The activity was designated for {n} CEC hour{'s' if d.credit != 1 else ''}.",
        ]
    )
    minutes = int(d.credit * 60)
    if d.chance(0.5):
        hours = d.hours(d.pick(["hours_title", "hrs", "cec_hours"]))
        claimed = f"The participant attended {hours} ({minutes} minutes)."
    else:
        claimed = (
            f"Credit claimed by the participant: {d.hours(d.pick(['cec_hours', 'hours_title']))}."
        )
    return {
        "w": w,
        "hw": w // 2,
        "top": d.pick([60, 80, 100]),
        "face": d.fonts["serif"],
        "head": d.fonts[d.pick(["serif", "display"])],
        "hand": d.fonts["hand"],
        "hd_px": d.pick([18, 20]),
        "ls": d.pick([1, 2, 3]),
        "hd1": d.pick(["Attendance Certificate", "Certificate of Attendance"]),
        "hd2": d.pick(["Continuing Education Activity", "Continuing Education Session"]),
        "event": event,
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "participated": d.pick(
            [
                "has participated in the live educational session titled",
                "attended the conference education session",
                "has participated in the session titled",
            ]
        ),
        "title": d.title(),
        "date": d.date(d.pick(["long", "us_numeric", "weekday", "ordinal"])),
        "designated": designated,
        "claimed": claimed,
        "signer": d.person(),
        "role": d.pick(["Education Chair", "Conference Director", "CE Coordinator"]),
        "issued": d.other_date("issue", d.pick(["us_numeric", "long"])),
        "accred": d.pick(
            [
                f"{event} is an IICRC-approved continuing education provider. Attendance was verified by badge scan at entry and exit. Certificate {d.number()}.",
                f"Credit is awarded in proportion to the time attended. Keep this certificate for four years. Record {d.number()}.",
            ]
        ),
    }
