"""A letter, not a certificate, from a trade show's education office: a
letterhead with the show's mark and name, its dates and venue, and the
office's address on one line under the rule; the letter's date; the attendee's name and mailing
address; a bold "Re:" line; a salutation by first name; running paragraphs
with no labels naming the session, its speaker, the day it was held and the
credit with its approval number, then the dates the approval was granted
and runs out; a note on keeping the letter; the signer's handwriting,
printed name and role; and a footer with the office's contacts."""

SOURCE = (
    "https://cccep.ca/requirements-for-accreditation/statements-of-attendance/ (what a letter or "
    "statement of attendance must hold: learner and licence number, activity title, number, "
    "credit, date attended, accreditation and expiry dates, provider contact, signature)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "portrait",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "address",
    "approval",
    "approval-in-sentence",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.w { position:absolute; left:84px; right:84px; top:56px; bottom:60px; font: 15px ${serif}; color:#1d1d1d; line-height:23px }
.lh { display:flex; align-items:center; gap:16px; padding-bottom:12px; border-bottom:2px solid ${accent} }
.mk { width:62px; height:62px; border-radius:14px; background:${accent}; color:#fff; font: bold 22px ${display};
  display:flex; align-items:center; justify-content:center; flex:none }
.lt { flex:1 } .ev { font: bold 23px ${display}; color:${dark}; line-height:27px } .evs { font: 12.5px ${sans}; color:#555; line-height:17px }
.ad { font: 11.5px ${sans}; color:#444; text-align:center; padding-top:5px; letter-spacing:0.3px }
.dt { margin:28px 0 20px } .to { margin-bottom:22px }
.re { font-weight:bold; margin-bottom:18px }
p { margin:0 0 14px !important }
.sg { margin-top:22px } .ink { font: 30px ${hand}; color:#1b2f6b; line-height:40px; margin:4px 0 0 }
.ft { position:absolute; left:0; right:0; bottom:0; border-top:1px solid #bbb; padding-top:6px; font: 10.5px ${sans}; color:#555;
  display:flex; justify-content:space-between; line-height:14px }
</style>
<div class="w">
 <div class="lh"><div class="mk">${mark}</div>
  <div class="lt"><div class="ev">${event}</div><div class="evs">${show_dates} · ${venue}</div></div></div>
 <div class="ad">${office} · ${street} · ${town}</div>
 <div class="dt">${letter_date}</div>
 <div class="to">${name}<br>${company}<br>${a_street}<br>${a_town}</div>
 <div class="re">Re: ${re}</div>
 <div>Dear ${salute},</div><br>
 <p>${para1_html}</p>
 <p>${para2_html}</p>
 <p>${para3}</p>
 <div class="sg">${closing},<div class="ink">${ink}</div>${signer}<br>${role}</div>
 <div class="ft"><span>${office} · ${phone}</span><span>${web}</span></div>
</div>
"""

COMPANIES = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Hometown Carpet Care Inc.",
    "Prime Mitigation Group",
    "Cornerstone Disaster Recovery",
    "Blue Line Cleaning Co.",
]


def fill(d):
    from datetime import timedelta
    from html import escape

    from corpus.formats import fmt_range

    event = d.provider()
    short = d.org_alt or event
    mark = "".join(w[0] for w in short.split() if w[0].isupper())[:3]
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    street, town = d.address()
    a_street, a_town = d.address()
    name = d.name(d.pick(["plain", "plain", "honorific"]))
    title = d.title("plain")
    speaker = d.person()
    held = d.date(d.pick(["weekday", "long", "ordinal"]))
    hours = d.hours(
        d.pick(
            ["cec_hours", "words", "hours_title"] if d.credit >= 1 else ["cec_hours", "hours_title"]
        )
    )
    approval = d.approval()

    def nw(text):
        return f'<span style="white-space:nowrap">{escape(text)}</span>'

    para1 = (
        f"This letter confirms that you attended the education session "
        f"<i>{nw(title)}</i>, presented by {nw(speaker)}, on {nw(held)} "
        f"during {nw(event)}."
    )
    para2 = (
        f"The session was approved for {nw(hours)} under approval number {nw(approval)}. "
        f"Approval was granted on {nw(d.other_date('registered', 'long'))} and runs until "
        f"{nw(d.other_date('expiry', 'long'))}."
    )
    signer = d.person()
    return {
        "mark": mark,
        "event": event,
        "show_dates": show,
        "venue": d.venue(),
        "office": d.pick(
            ["Education Office", "Continuing Education Department", "Show Management"]
        ),
        "street": street,
        "town": town,
        "letter_date": d.other_date("issue", d.pick(["long", "dmy_long"])),
        "name": name,
        "company": d.pick(COMPANIES),
        "a_street": a_street,
        "a_town": a_town,
        "re": d.pick(
            [
                "Statement of Attendance",
                "Statement of Attendance – Education Session",
                "Your session credit",
            ]
        ),
        "salute": d.pick([d.first, f"{d.first} {d.last}"]),
        "para1_html": para1,
        "para2_html": para2,
        "para3": d.pick(
            [
                "Please keep this letter with your continuing education records. A duplicate can "
                "be issued for up to 36 months from the date of the session.",
                "We report session credit to the IICRC within 30 days of the show; keep this "
                "letter in case your record needs to be corrected.",
            ]
        ),
        "closing": d.pick(["Sincerely", "Kind regards", "Best regards"]),
        "ink": signer if d.chance(0.6) else signer.split()[0],
        "signer": signer,
        "role": d.pick(["Education Manager", "Director of Education", "Program Coordinator"]),
        "phone": d.phone(),
        "web": d.web(),
    }
