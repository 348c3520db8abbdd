"""A plain landscape confirmation made from a markdown-to-PDF template: a
big bold centred heading, then a left-aligned paragraph confirming that the
attendee was at the event over its days, followed by a bulleted list of what
they attended (the session, its speaker, its date and the credit). Bottom
left a bold "Date of issue" and "Signed by" pair; bottom right a signature
image over the signer's printed name."""

SOURCE = "dadrasarmin/luciferchenka:003_confirm_generator/output/Alice_Johnson.md"
KIND = "session"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "date-range",
    "distractor-date",
    "distractor-person",
    "bullets",
    "values-in-list",
)

TEMPLATE = """<style>
.w { position:absolute; inset:76px; font: 19px ${sans}; color:#111; display:flex; flex-direction:column }
h1 { font-size:40px; font-weight:bold; text-align:center; margin:auto 0 30px }
.mp { width:80%; margin:0 auto auto; line-height:28px }
ul { margin:10px 0 0; padding-left:34px } li { margin:4px 0 }
.bt { display:flex; align-items:flex-end; margin-top:40px }
.bl { width:55%; line-height:28px } .bl p + p { margin-top:18px }
.br { width:45%; text-align:center }
.br .h { font-family:${hand}; font-size:38px; color:#1b2a5e; transform:rotate(-4deg); height:58px }
.br .n { font-size:14px; color:#333; border-top:1px solid #999; display:inline-block; padding:4px 30px 0 }
</style>
<div class="w">
 <h1>${heading}</h1>
 <div class="mp">This is to confirm that <b>${name}</b> attended the <b>${event}</b> held <b>${event_range}</b> in ${city}, ${including}:
  <ul>
   <li>${session_label}${title}</li>
   <li>${speaker_label} ${speaker}</li>
   <li>${date_label} ${date}</li>
   <li>${credit_label} ${hours}</li>
  </ul>
 </div>
 <div class="bt">
  <div class="bl"><p><b>Date of issue:</b> ${issued}</p><p><b>Signed by:</b> ${signed_by}</p></div>
  <div class="br"><div class="h">${signer}</div><div class="n">${signer}, ${signer_role}</div></div>
 </div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 0), (0, 1)])
    event_range = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    event = d.provider()
    return {
        "heading": d.pick(
            [
                "Certificate of Participation",
                "Confirmation of Attendance",
                "Certificate of Attendance",
            ]
        ),
        "name": d.name("plain"),
        "event": event,
        "event_range": event_range,
        "city": d.city(),
        "including": d.pick(
            [
                "including the following education session",
                "and was present for the full session listed below",
                "comprising",
            ]
        ),
        "session_label": d.pick(["Session: ", "", "Education session: "]),
        "title": d.title(),
        "speaker_label": d.pick(["Presented by", "Speaker:", "Instructor:"]),
        "speaker": d.person(),
        "date_label": d.pick(["Session date:", "Held on", "Date attended:"]),
        "date": d.date(d.pick(["long", "weekday", "dmy_long", "short_month", "us_numeric"])),
        "credit_label": d.pick(["Credit:", "Time attended:", "CE credit:"]),
        "hours": d.hours(d.pick(["cec_hours", "hrs", "iicrc_cec", "hours_title"])),
        "issued": d.other_date("issue", d.pick(["ordinal_dmy", "long", "dmy_long"])),
        "signed_by": d.pick(
            [f"{d.org_alt} Education Team", f"{d.org_alt} Org Team", "The Education Committee"]
        ),
        "signer": d.person(),
        "signer_role": d.pick(["Education Chair", "Conference Director", d.role()]),
    }
