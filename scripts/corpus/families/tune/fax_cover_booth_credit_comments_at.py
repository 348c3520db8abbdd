"""A received fax, one page: the fax machine's transmit line in tiny
monospaced type across the very top (sent time, sending office, its number,
page count), then the show office's own cover sheet: the show's wordmark
with its dates and hall as letterhead and the office address at the right,
a big "FAX" word over a ruled two-column grid of fields (to, company, fax
number, from, phone, date sent, pages, a "Re:" line naming the booth
registration), the old row of tick boxes (urgent, for review, please
comment, please keep) with one ticked, then a "Comments" box holding a
running message: the technician named in it registered at the certifying
body's booth, on which day and at which booth, and the credit reported. The
sender's name and role close the message, and a confidentiality notice runs
along the foot. The show is named only in the letterhead; the whole sheet
is grey and a little crooked, as a fax prints."""

SOURCE = (
    "paddy-sherry/faxzen:resources/views/fax/cover-page.blade.php (fax transmission cover sheet: "
    "title, date / to / from / pages grid, subject, message box, footer notice), with the tick-box "
    "row of the classic office fax cover sheet; booth credit wording from "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (sign in at the "
    "IICRC booth at a show; CEC forms and proof can be faxed or e-mailed)"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "labelled",
    "sentence",
    "portrait",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "hours-in-sentence",
    "checkboxes",
)

TEMPLATE = """<style>
.fx { position:absolute; inset:0; filter: grayscale(1) contrast(1.35); transform: rotate(${tilt}deg); transform-origin: 40% 10% }
.tti { position:absolute; left:26px; right:26px; top:10px; font: 10.5px ${mono}; color:#222; white-space:pre; letter-spacing:0.3px }
.w { position:absolute; inset:46px 64px 40px; font: 13.5px ${sans}; color:#111; line-height:19px }
.lh { display:flex; justify-content:space-between; align-items:flex-start; padding-bottom:10px; border-bottom:3px double #222 }
.lh .wm { font: bold 25px ${display}; line-height:27px; max-width:440px; color:#111 }
.lh .wm small { display:block; font: 11.5px ${sans}; font-weight:normal; margin-top:5px; letter-spacing:0.4px }
.lh .ad { font: 10.5px ${sans}; text-align:right; white-space:nowrap; flex-shrink:0; margin-left:16px; line-height:15px; color:#222; padding-top:3px }
.big { margin-top:22px; font: bold 64px ${display}; letter-spacing:10px; line-height:64px }
.big small { font: 13px ${sans}; letter-spacing:2px; text-transform:uppercase; margin-left:10px; vertical-align:middle }
table.g { width:100%; border-collapse:collapse; margin-top:16px }
table.g td { border-bottom:1px solid #222; padding:7px 4px 5px; vertical-align:bottom; width:50% }
table.g b { display:inline-block; width:86px; font-size:11.5px; text-transform:uppercase; letter-spacing:0.6px }
.tk { margin-top:14px; display:flex; gap:26px; font-size:12.5px }
.tk i { display:inline-block; width:13px; height:13px; border:1.5px solid #111; margin-right:6px; vertical-align:-2px;
  font: bold 13px ${sans}; font-style:normal; line-height:11px; text-align:center }
.cm { margin-top:20px; border:1.5px solid #111; padding:12px 16px 16px; min-height:250px }
.cm .h { font: bold 12px ${sans}; text-transform:uppercase; letter-spacing:1.5px; margin-bottom:8px }
.cm p { margin:0 0 11px; font: 14px ${serif}; line-height:21px }
.sg { margin-top:14px; font: 14px ${serif} }
.ft { position:absolute; left:0; right:0; bottom:0; font: 9px ${sans}; line-height:12px; color:#333; border-top:1px solid #555; padding-top:5px }
.sp { position:absolute; width:2px; height:2px; background:#333; border-radius:1px }
</style>
<div class="fx">
<div class="tti">${tti}</div>
<div class="w">
 <div class="lh">
  <div class="wm">${event}<small>${span} &middot; ${venue}</small></div>
  <div class="ad">${office}<br>${street}<br>${town}<br>Tel ${phone}<br>Fax ${fax_from}</div>
 </div>
 <div class="big">FAX<small>${big_small}</small></div>
 <table class="g">
  <tr><td><b>${to_label}</b>${name}</td><td><b>From:</b>${sender}</td></tr>
  <tr><td><b>Company:</b>${company}</td><td><b>Phone:</b>${phone}</td></tr>
  <tr><td><b>Fax:</b>${fax_to}</td><td><b>Date:</b>${sent}</td></tr>
  <tr><td><b>Re:</b>${title}</td><td><b>Pages:</b>${pages}</td></tr>
 </table>
 <div class="tk">${ticks_html}</div>
 <div class="cm">
  <div class="h">${comments_label}</div>
  <p>${greeting}</p>
  <p>${para1}</p>
  <p>${para2}</p>
  <div class="sg">${closing}<br><br>${sender}<br>${sender_role}</div>
 </div>
 <div class="ft">${notice}</div>
</div>
${specks_html}
</div>
"""

COMPANIES = [
    "Blue Ridge Restoration LLC",
    "DryPro Water Damage Services",
    "Cornerstone Cleaning & Restoration",
    "All-Phase Disaster Recovery",
    "Lakeside Carpet & Upholstery",
    "First Response Mitigation",
]


def fill(d):
    from datetime import timedelta

    from corpus.formats import MONTHS, fmt_date, fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1), (1, 0)])
    span = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    sent_day = d.completed + timedelta(days=r.randint(2, 40))
    hh, mm = r.randint(8, 16), r.randint(0, 59)
    ampm = f"{(hh - 1) % 12 + 1:02d}:{mm:02d}{'AM' if hh < 12 else 'PM'}"
    office = d.pick(["Show Management Office", "Registration & Education", "Attendee Services"])
    street, town = d.address()
    phone, fax_from, fax_to = d.phone(), d.phone(), d.phone()
    pages = d.pick(["1", "1 (including cover)", "1 of 1"])
    tti_date = d.pick(
        [
            f"{MONTHS[sent_day.month - 1][:3].upper()}-{sent_day.day:02d}-{sent_day.year} {ampm}",
            f"{sent_day.month:02d}/{sent_day.day:02d}/{sent_day.year % 100:02d} {hh:02d}:{mm:02d}",
        ]
    )
    tti = (
        f"{tti_date}    {office.upper()[:24]:<24}    {fax_from}    "
        f"{d.pick(['P. 1', 'P.01/01', 'PAGE 1/1'])}"
    )
    sender = d.person()
    event = d.provider()
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    title = d.title("plain")
    booth = f"{r.randrange(1, 30) * 100 + r.randrange(1, 40)}"
    when = d.date(d.pick(["long", "weekday", "ordinal", "us_numeric", "short_month"]))
    credit = d.hours(d.pick(["cecs", "cec_hours", "words_cec", "words"]))
    ticks = ["Urgent", "For Review", "Please Comment", "Please Keep"]
    ticked = d.pick(["Please Keep", "Please Keep", "For Review"])
    ticks_html = "".join(
        f"<span><i>{'X' if t == ticked else '&nbsp;'}</i>{t}</span>" for t in ticks
    )
    specks = "".join(
        f'<div class="sp" style="left:{r.randrange(10, 780)}px;top:{r.randrange(30, 1000)}px"></div>'
        for _ in range(r.randint(8, 22))
    )
    para1 = d.pick(
        [
            f"As requested, this confirms that {name} registered in person at the IICRC booth "
            f"(Booth {booth}) in our exhibit hall on {when}. The booth staff's roster for that "
            f"day shows the visit, and the registration was reported to the IICRC for {credit} "
            "with the show's attendee list.",
            f"Our records show that {name} signed in at the IICRC booth, Booth {booth}, on "
            f"{when}. Registering at the booth during the show is approved for {credit}, and "
            "that credit has been sent to the IICRC on the post-show roster.",
        ]
    )
    para2 = d.pick(
        [
            "If the credit has not appeared on the registrant's record within thirty days, "
            "please send this sheet with the CEC form to the IICRC as proof of attendance.",
            "Education sessions attended at the show are reported separately. Please keep this "
            "fax with your certification records in case of an audit.",
            "We are not able to issue a separate certificate for the booth visit; this "
            "confirmation may be submitted in its place.",
        ]
    )
    return {
        "tilt": f"{r.uniform(-0.6, 0.6):.2f}",
        "tti": tti,
        "event": event,
        "span": span,
        "venue": d.venue(),
        "office": office,
        "street": street,
        "town": town,
        "phone": phone,
        "fax_from": fax_from,
        "big_small": d.pick(["Transmittal", "Cover Sheet", "Message"]),
        "to_label": d.pick(["To:", "Attn:"]),
        "name": name,
        "sender": sender,
        "company": d.pick(COMPANIES),
        "fax_to": fax_to,
        "sent": fmt_date(sent_day, d.pick(["us_numeric", "long", "short_month"])),
        "title": title,
        "pages": pages,
        "ticks_html": ticks_html,
        "specks_html": specks,
        "comments_label": d.pick(["Comments:", "Message:", "Notes:"]),
        "greeting": d.pick(["To whom it may concern,", f"Hello {d.first},", "Good afternoon,"]),
        "para1": para1,
        "para2": para2,
        "closing": d.pick(["Thank you,", "Regards,", "Best regards,"]),
        "sender_role": d.pick(
            ["Registration Manager", "Education Coordinator", "Attendee Services Lead"]
        ),
        "notice": "CONFIDENTIALITY NOTICE: This facsimile is intended only for the person or "
        "company named above. If you received it in error, please call the sender at the "
        f"number above and destroy the pages. {office}, {street}, {town}.",
    }
