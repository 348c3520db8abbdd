"""A portrait record of booth credit, printed from a show organiser's CE
system and mailed or e-mailed after the show. A full-width dark band at
the top carries, in white, a square monogram holding the show's initials,
the show's name and, right-aligned, the record's title in letter-spaced
capitals. Under it a light strip with the record number, the issue day and
the page. The body is a two-column table of labels and values in ruled
rows (the attendee, certification number, company, the activity, where it
took place, the show's days as a span, the day of the booth visit, the
credit, the approval number, the booth representative who registered the
visit). A boxed note explains how booth credit is reported, then a panel
with the issuing coordinator's script signature, printed name and title,
and a small grey footer with the organiser's address and a line that the
record is valid without a signature."""

SOURCE = (
    "untaravc/perki-be:resources/views/print/event_user/nametag.blade.php (print view of an "
    "event user record) and the label/value rows of indico/indico:indico/MaKaC/webinterface/"
    "tpls/ConferenceParticipantsStatistics.tpl; wording of trade show organisers' CE "
    "credit records for booth visits"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "labelled",
    "table",
    "record",
    "date-range",
    "distractor-person",
    "distractor-date",
    "address",
    "approval",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:108px; background:${dark}; color:#fff; display:flex; align-items:center; padding:0 52px; gap:16px; font-family:${sans} }
.mono { width:58px; height:58px; border:2px solid #fff; display:flex; align-items:center; justify-content:center; font: bold 21px ${display}; letter-spacing:1px; flex:none }
.band .ev { font: bold 18px ${sans}; line-height:22px; flex:1 }
.band .ev small { display:block; font: 11px ${sans}; opacity:.8; letter-spacing:1px; margin-top:2px }
.band .rt { font: bold 12px ${sans}; letter-spacing:3.5px; text-transform:uppercase; text-align:right; line-height:18px }
.meta { position:absolute; left:0; right:0; top:108px; background:${light}; border-bottom:1px solid #ccc; padding:7px 52px; display:flex; justify-content:space-between; font: 11px ${sans}; color:#333 }
.body { position:absolute; left:52px; right:52px; top:160px; font-family:${sans}; color:#111 }
.intro { font: 13px ${serif}; line-height:19px; color:#222; margin-bottom:14px }
table { width:100%; border-collapse:collapse; font-size:13px }
td { padding:8px 10px; border-bottom:1px solid #cfcfcf; vertical-align:top }
td.k { width:34%; color:#555; font-size:11px; letter-spacing:1.2px; text-transform:uppercase; background:#f6f6f6 }
td.v { font-weight:600 }
tr:first-child td { border-top:2px solid ${dark} }
.note { margin-top:16px; border:1px solid #bbb; padding:9px 12px; font-size:11px; color:#333; line-height:15px }
.sig { margin-top:26px; display:flex; gap:30px; align-items:flex-end }
.sig .s { font: 30px ${hand}; color:#1d2c6b; border-bottom:1px solid #444; width:260px; height:42px; white-space:nowrap; overflow:hidden }
.sig .p { font-size:12.5px; margin-top:4px } .sig .r { font-size:11px; color:#555 }
.ft { position:absolute; left:52px; right:52px; bottom:24px; border-top:1px solid #ccc; padding-top:6px; font: 9px ${sans}; color:#777; display:flex; justify-content:space-between }
</style>
<div class="band">
 <div class="mono">${initials}</div>
 <div class="ev">${event}<small>${tagline}</small></div>
 <div class="rt">${record_title_html}</div>
</div>
<div class="meta"><span>${rec_label} ${rec_no}</span><span>${issued_label} ${issued}</span><span>Page 1 of 1</span></div>
<div class="body">
 <div class="intro">${intro}</div>
 <table>
  <tr><td class="k">${name_label}</td><td class="v">${name}</td></tr>
  <tr><td class="k">${cert_label}</td><td class="v">${cert}</td></tr>
  <tr><td class="k">Company</td><td class="v">${company}</td></tr>
  <tr><td class="k">${act_label}</td><td class="v">${title}</td></tr>
  <tr><td class="k">${where_label}</td><td class="v">${where}</td></tr>
  <tr><td class="k">${span_label}</td><td class="v">${span}</td></tr>
  <tr><td class="k">${date_label}</td><td class="v">${date}</td></tr>
  <tr><td class="k">${cred_label}</td><td class="v">${hours}</td></tr>
  <tr><td class="k">${appr_label}</td><td class="v">${approval}</td></tr>
  <tr><td class="k">${rep_label}</td><td class="v">${rep}</td></tr>
 </table>
 <div class="note">${note}</div>
 <div class="sig"><div><div class="s">${coord}</div><div class="p">${coord}</div><div class="r">${coord_role}</div></div></div>
</div>
<div class="ft"><span>${address}</span><span>${valid}</span></div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1), (1, 0)])
    span = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    event_short = d.org_alt or d.org
    words = [w for w in event_short.replace("&", " ").split() if w[:1].isupper()]
    street, city = d.address()
    company = d.pick(
        [
            "Northside Water Damage Pros",
            "Elite Carpet & Upholstery",
            "First Response Restoration",
            "Crystal Clean Services",
            "Tri-County Fire & Water",
        ]
    )
    return {
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "initials": "".join(w[0] for w in words)[:3],
        "event": d.provider(),
        "tagline": d.pick(
            ["Exhibits · Education · Networking", "Trade Show & Conference", "Annual Expo"]
        ),
        "record_title_html": d.pick(
            ["Booth Credit<br>Record", "CE Record<br>Exhibit Hall", "Attendance<br>Record"]
        ),
        "rec_label": d.pick(["Record no.", "Ref."]),
        "rec_no": d.number(),
        "issued_label": d.pick(["Issued", "Printed", "Date of issue"]),
        "issued": d.other_date("issue", d.pick(["long", "us_numeric", "short_month"])),
        "intro": d.pick(
            [
                "The following continuing education activity was recorded for the attendee named "
                "below during the show.",
                "This record confirms a visit to the certification body's booth in the exhibit "
                "hall, as registered by booth staff.",
            ]
        ),
        "name_label": d.pick(["Attendee", "Name", "Technician"]),
        "name": d.name(d.pick(["plain", "plain", "upper", "last_first"])),
        "cert_label": d.pick(["IICRC number", "Certification #", "Registrant ID"]),
        "cert": f"{r.randrange(10000, 999999)}",
        "company": company,
        "act_label": d.pick(["Activity", "Credit type", "Activity type"]),
        "title": d.title("plain"),
        "where_label": d.pick(["Location", "Venue", "Held at"]),
        "where": f"{d.venue()}, {d.pick(['Exhibit Hall', 'Hall A', 'Show Floor'])}",
        "span_label": d.pick(["Show dates", "Event dates"]),
        "span": span,
        "date_label": d.pick(["Date of visit", "Registered on", "Booth visit"]),
        "date": d.date(d.pick(["long", "us_numeric", "short_month", "dmy_long", "weekday"])),
        "cred_label": d.pick(["Credit awarded", "CECs", "Credit hours"]),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "credit_hours", "words", "cecs"])),
        "appr_label": d.pick(["Approval no.", "CE approval", "Course approval #"]),
        "approval": d.approval(),
        "rep_label": d.pick(["Registered by", "Booth representative", "Recorded by"]),
        "rep": d.person(),
        "note": d.pick(
            [
                "Booth credit is reported to the certification body within 30 days of the show. "
                "Please allow up to six weeks for it to appear on your transcript.",
                "One booth registration per technician per show is accepted. Keep this record "
                "with your certificates in case of audit.",
            ]
        ),
        "coord": d.person(),
        "coord_role": d.pick(["CE Coordinator", "Show Manager", "Director of Education"]),
        "address": f"{street} · {city} · {d.phone()}",
        "valid": d.pick(
            ["Computer-generated record; valid without signature.", "Questions: education office."]
        ),
    }
