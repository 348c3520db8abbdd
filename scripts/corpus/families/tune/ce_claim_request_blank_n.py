"""A blank request form for a continuing-education certificate, printed
from an event's credit-claiming page before anything is filled in: a
header with the event, numbered steps, empty boxes for the attendee's
details and licence, a table listing the conference's sessions with their
credit value and a tick box each, an attestation with blank signature and
date lines, and a fax/mail-to footer. It names sessions, hours and a
program, but no attendee, and records no completion."""

SOURCE = (
    "https://cmas.cpshr.us/CMAS/html/50bcandidatesp2/NetHelp/WordDocuments/"
    "howtoenteraclaimforcontinuingeducationunits.htm and "
    "https://docs-for-customers.slayte.com/hc/en-us/articles/5381554833171 (claim fields and attest step)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "portrait", "table", "labelled", "provider-in-logo")

TEMPLATE = """<style>
.w { position:absolute; inset:40px 54px; font: 12.5px ${sans}; color:#1b1b1b }
.hd { display:flex; justify-content:space-between; align-items:center; border-bottom:2px solid ${accent}; padding-bottom:8px }
.hd .m { font: bold 24px ${display}; color:${dark} } .hd .s { font-size:11px; text-align:right }
h1 { font: bold 18px ${sans}; margin:14px 0 4px } .st { font-size:11.5px; color:#333; margin-bottom:10px }
.bx { display:grid; grid-template-columns:1fr 1fr; gap:8px 18px; margin-bottom:14px }
.bx div { border-bottom:1px solid #555; height:34px; font-size:9.5px; text-transform:uppercase; color:#555; padding-top:2px }
table { width:100%; border-collapse:collapse; font-size:11.5px } th { background:${light}; text-align:left }
th, td { border:1px solid #999; padding:4px 6px } td.ck { width:26px; text-align:center; font-size:14px }
.at { margin-top:14px; font-size:11px; line-height:15px; border:1px solid #999; padding:8px 10px }
.sl { display:flex; gap:30px; margin-top:22px } .sl div { flex:1; border-top:1px solid #333; font-size:10px; padding-top:2px }
.ft { position:absolute; left:0; right:0; bottom:0; font-size:9px; color:#555; border-top:1px solid #ccc; padding-top:4px }
</style>
<div class="w">
 <div class="hd"><div class="m">${event}</div><div class="s">${venue}<br>${range}</div></div>
 <h1>${heading}</h1>
 <div class="st">${steps}</div>
 <div class="bx"><div>Last name</div><div>First name / initial</div><div>${lic_label}</div><div>E-mail</div><div>Mailing address</div><div>Phone</div></div>
 <table><tr><th></th><th>Code</th><th>Session</th><th>${credit_head}</th></tr>${rows_html}
  <tr><td></td><td></td><td style="text-align:right"><b>Total claimed</b></td><td></td></tr></table>
 <div class="at">${attest}</div>
 <div class="sl"><div>Attendee signature</div><div>Date</div></div>
 <div class="ft">${returnto} · Form ${form_no} rev. ${rev} · Certificates are e-mailed within ${weeks} weeks of receipt.</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range
    from corpus.values import SESSIONS

    r = d.rng
    rows = "".join(
        f"<tr><td class='ck'>&#9744;</td><td>{d.pick('ABCDT')}{r.randrange(100, 399)}</td>"
        f"<td>{s}</td><td>{r.choice([1, 1, 1.5, 2, 3]):g}</td></tr>"
        for s in r.sample(SESSIONS, min(7, len(SESSIONS)))
    )
    return {
        "event": d.org,
        "venue": d.venue(),
        "range": fmt_range(d.completed, d.completed + timedelta(days=d.pick([1, 2])), r),
        "heading": d.pick(
            [
                "Continuing Education Credit Request",
                "CE Certificate Request Form",
                "Credit Claim Form",
            ]
        ),
        "steps": d.pick(
            [
                "1. Print clearly. 2. Tick only the sessions you attended in full. 3. Sign and return before leaving the show.",
                "Complete one form per attendee. Tick each session attended, total the credits, sign the attestation.",
            ]
        ),
        "lic_label": d.pick(
            ["Certification / licence no.", "IICRC registrant no.", "Licence no. & state"]
        ),
        "credit_head": d.pick(["CECs", "Credit hrs", "Hours"]),
        "rows_html": rows,
        "attest": d.pick(
            [
                "I attest that I attended the sessions ticked above in their entirety. I understand "
                "that false claims may be reported to my certifying body.",
                "By signing, I confirm my attendance for the full length of each session claimed. "
                "Incomplete forms will not be processed.",
            ]
        ),
        "returnto": d.pick(
            [f"Fax {d.phone()}", f"Return to the registration desk or mail to {d.address()[1]}"]
        ),
        "form_no": d.pick(["CE-1", "CR-07", "EDU-3"]),
        "rev": d.other_date("registered", "us_short"),
        "weeks": d.pick(["2", "4", "6"]),
    }
