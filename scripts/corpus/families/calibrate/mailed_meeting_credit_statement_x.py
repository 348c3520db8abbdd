"""The statement a dental-style annual meeting mails to each attendee about a
month after the meeting: the meeting office's return address top left and a
window-envelope address block with the attendee's name and mailing address,
a heading, a sentence naming the meeting and its dates, then a ruled table of
the sessions credited (date, session, speaker, credit) with a total line, a
paragraph on keeping the statement, and the education director's printed
signature."""

SOURCE = (
    "uthsc/wsdm:continuing-education.php (a document stating the credit earned for each "
    "course attended, mailed about one month after the meeting)"
)
KIND = "session"
PAPER = ["letter-portrait"]
CATEGORIES = (
    "record",
    "table",
    "address",
    "portrait",
    "date-range",
    "distractor-person",
    "sentence",
)

TEMPLATE = """<style>
.w { position:absolute; inset:0; font:13.5px ${face}; color:#111 }
.ret { position:absolute; left:64px; top:52px; font-size:11.5px; line-height:15px }
.ret b { font-size:13px }
.win { position:absolute; left:96px; top:162px; width:330px; font-size:14px; line-height:19px }
.no { position:absolute; right:64px; top:52px; text-align:right; font-size:11px; color:#444; line-height:15px }
.bd { position:absolute; left:64px; right:64px; top:300px }
h1 { font:bold 19px ${face}; margin:0 0 10px; text-transform:uppercase; letter-spacing:0.5px }
p { margin:0 0 12px; line-height:19px }
table { width:100%; border-collapse:collapse; margin:6px 0 14px } th { border-bottom:2px solid #000; text-align:left; padding:5px 6px; font-size:12px }
td { border-bottom:1px solid #999; padding:6px; vertical-align:top } td.n { text-align:right; white-space:nowrap }
tr.tot td { border-bottom:none; font-weight:bold }
.fine { position:absolute; left:64px; right:64px; bottom:54px; border-top:1px solid #999; padding-top:8px; font-size:10.5px; line-height:14px; color:#333 }
.sg { margin-top:18px; line-height:18px } .sg .s { font:25px ${pen} }
</style>
<div class="w">
 <div class="ret"><b>${meeting}</b><br>${office}<br>${street}<br>${town}</div>
 <div class="no">Attendee ID ${attendee_id}<br>Mailed ${mailed}</div>
 <div class="win">${name}<br>${h_street}<br>${h_town}</div>
 <div class="bd">
  <h1>${heading}</h1>
  <p>${lead}</p>
  <table><tr><th style="width:19%">Date</th><th>Session</th><th style="width:24%">Speaker</th><th style="width:13%">${credit_head}</th></tr>
   <tr><td>${s_date}</td><td>${title}</td><td>${speaker}</td><td class="n">${hours}</td></tr>
   <tr class="tot"><td></td><td>Total credit earned</td><td></td><td class="n">${total}</td></tr>
  </table>
  <p>${keep}</p>
  <div class="sg">${closing}<br><span class="s">${signer}</span><br>${signer}<br>${role}</div>
 </div>
 <div class="fine">${fine}</div>
</div>
"""


def fill(d):
    from corpus.formats import fmt_date

    street, town = d.address()
    h_street, h_town = d.address()
    meeting = d.provider()
    dates = d.date_range(d.pick([1, 2, 2]))
    hours = d.hours_number()
    return {
        "pen": d.pick(["'Z003', cursive", "'Dancing Script', cursive"]),
        "face": d.fonts[d.pick(["serif", "sans"])],
        "meeting": meeting,
        "office": d.pick(
            ["Continuing Education Office", "Meeting Registrar", "Education Department"]
        ),
        "street": street,
        "town": town,
        "attendee_id": d.number(),
        "mailed": d.other_date("issue", d.pick(["long", "us_numeric"])),
        "name": d.name(d.pick(["plain", "upper", "honorific"])),
        "h_street": h_street,
        "h_town": h_town,
        "heading": d.pick(
            ["Statement of Credit Earned", "Continuing Education Statement", "Record of Attendance"]
        ),
        "lead": d.pick(
            [
                f"This statement lists the credit earned for each course you attended at "
                f"{meeting}, held {dates}.",
                f"Our records show the following attendance at {meeting} ({dates}).",
            ]
        ),
        "s_date": fmt_date(d.completed, d.pick(["us_numeric", "short_month", "dd_mon_yyyy"])),
        "title": d.title("plain"),
        "speaker": d.person(),
        "credit_head": d.pick(["Credit Hrs", "CE Hours", "CECs"]),
        "hours": hours,
        "total": hours,
        "keep": d.pick(
            [
                "Credit is listed only for courses whose attendance was verified. Keep this "
                "statement for your licence renewal; duplicates are not mailed.",
                "Please check the listing. Corrections must be requested within 60 days of the "
                "mailing date.",
            ]
        ),
        "fine": d.pick(
            [
                f"The formal continuing education programs of this meeting are accepted for "
                f"certification renewal credit. Approval does not imply acceptance by a licensing "
                f"board. Provider ID {d.number()}.",
                "One hour of credit is given for each hour of instruction attended. Mini-sessions "
                "and exhibit hall time are not credited. Questions: " + d.phone() + ".",
            ]
        ),
        "closing": d.pick(["Sincerely,", "With thanks,"]),
        "signer": d.person(),
        "role": d.pick(["Director, Continuing Education", "Meeting Education Chair"]),
    }
