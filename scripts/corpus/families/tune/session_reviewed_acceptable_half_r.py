"""A half-sheet certificate of attendance for one education session at a trade
show, centred like a CE office's printed template: a dark band across the
top with the show's name in light spaced capitals and its dates and venue
at the right, a small bold heading, the host association "certifies that"
the attendee "participated in the education session", the session title
with its presenter, the day it was given, and a sentence that the session
"has been reviewed and is acceptable for up to" a number of credit hours by
a licensing body or certifying council, with an asterisk; the host's
signature, name and office; and an asterisked footnote in small type."""

SOURCE = "realcme/newmigration:certifications/blades/certificate-nace-aafp.tpl.php"
KIND = "session"
PAPER = "half-letter"
CATEGORIES = (
    "slip",
    "landscape",
    "dark-band",
    "sentence",
    "hours-in-sentence",
    "provider-in-logo",
    "distractor-org",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:66px; background:${dark}; color:#fff; display:flex;
  align-items:center; justify-content:space-between; padding:0 34px }
.band b { font: bold ${ev_size}px ${ev_face}; letter-spacing:${ev_ls}px; text-transform:uppercase }
.band span { font: 11.5px ${sans}; text-align:right; line-height:15px; opacity:.9 }
.rule { position:absolute; left:0; right:0; top:66px; height:3px; background:${accent} }
.w { position:absolute; left:50px; right:50px; top:84px; bottom:16px; text-align:center; font: 15px ${face}; color:#1c1c1c }
h1 { font: bold 16px ${face}; letter-spacing:3px; margin:6px 0 12px; text-transform:uppercase }
.nm { font: bold 30px ${name_face}; margin:8px 0 7px }
.crs { font: bold 20px ${face}; margin:8px 0 2px }
.by { font-size:13px; color:#444; font-style:italic }
.dt { margin-top:9px; font-weight:bold }
.acc { margin:14px auto 0; width:86%; line-height:20px }
.sg { margin-top:12px; line-height:16px; font-size:12.5px }
.sg .h { font: 25px ${hand}; color:#1c2b70; height:28px; white-space:nowrap }
.fn { position:absolute; left:0; right:0; bottom:0; font-size:9px; line-height:11.5px; color:#555 }
</style>
<div class="band"><b>${event}</b><span>${show_dates}<br>${venue}</span></div>
<div class="rule"></div>
<div class="w">
 <h1>${heading}</h1>
 <div>${host} ${certifies}</div>
 <div class="nm">${name}</div>
 <div>${participated}</div>
 <div class="crs">${title}</div>
 <div class="by">${presented} ${speaker}</div>
 <div class="dt">${date}</div>
 <div class="acc">${acc_pre} <b>${hours}</b> ${acc_unit}* ${acc_post}</div>
 <div class="sg"><div class="h">${signer}</div>${signer}, ${signer_role}<br>${host}</div>
 <div class="fn">${footnote}</div>
</div>
"""
BODIES = [
    "the Institute of Inspection, Cleaning and Restoration Certification (IICRC)",
    "the State Board of Home Inspectors",
    "the Mold Remediation Licensing Program",
    "the Indoor Air Quality Council",
    "the Department of Licensing and Regulation, HVAC Section",
]


def fill(d):
    from datetime import timedelta

    from corpus import formats as F
    from corpus import values as V

    r = d.rng
    event = d.provider()
    start = d.completed - timedelta(days=d.pick([0, 1, 1, 2]))
    end = d.completed + timedelta(days=d.pick([0, 1, 1, 2]))
    if start == end:
        end = end + timedelta(days=1)
    host = d.pick(V.ASSOCIATIONS)
    body = d.pick(BODIES)
    return {
        "ev_face": d.fonts[d.pick(["sans", "display", "cond"])],
        "ev_size": 19 if len(event) > 28 else 23,
        "ev_ls": d.pick([1, 2]),
        "face": d.fonts[d.pick(["sans", "serif"])],
        "name_face": d.fonts[d.pick(["sans", "serif", "display"])],
        "hand": d.fonts["hand"].replace(", cursive", ", 'Z003', 'Dancing Script', cursive"),
        "event": event,
        "show_dates": F.fmt_range(start, end, r),
        "venue": d.venue(),
        "heading": d.pick(["Certificate of Attendance", "Certificate of Participation"]),
        "host": host,
        "certifies": d.pick(["certifies that", "hereby certifies that"]),
        "name": d.name(d.pick(["plain", "plain", "upper", "honorific"])),
        "participated": d.pick(
            [
                "participated in the education session",
                "attended the live education session",
                "was present for the full education session",
            ]
        ),
        "title": d.title("plain"),
        "presented": d.pick(["presented by", "speaker:", "presenter:"]),
        "speaker": d.person(),
        "date": d.date(d.pick(["weekday", "long", "ordinal", "short_month"])),
        "acc_pre": d.pick(
            [
                "This session has been reviewed and is acceptable for up to",
                "This activity has been reviewed and approved for a maximum of",
            ]
        ),
        "hours": d.hours_number(),
        "acc_unit": d.pick(["continuing education credit hours", "CE hours", "CEC hours"]),
        "acc_post": f"by {body}.",
        "signer": d.person(),
        "signer_role": d.pick(["Education Chair", "Executive Director", "Director of Education"]),
        "footnote": f"* This live session, code {d.pick(['E', 'S', 'ED'])}-{r.randrange(100, 399)}, "
        f"has been reviewed by {body}. Attendees should claim only the credit commensurate with "
        "the extent of their participation. Keep this certificate for your renewal records.",
    }
