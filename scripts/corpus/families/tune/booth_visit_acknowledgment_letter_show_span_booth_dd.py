"""A portrait acknowledgment letter for a booth visit: a centred letterhead of
the certification body's regional office, a reference line, and paragraphs
that say in running text that the technician registered at the booth
during the show (named with its days and venue), on which day, and what
credit was posted; a summary strip of reference numbers, a signature by a
member-services representative and a small "this letter is not a
certificate of course completion" footer."""

SOURCE = (
    "symbiote-library/silverstripe-eventmanagement:templates/Email/"
    "EventRegistrationConfirmationEmail.ss ('You have registered for ... at ...' wording); "
    "wording: booth-credit acknowledgment letters from a certification body's member services"
)
KIND = "booth"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "date-range",
    "portrait",
    "distractor-person",
    "hours-in-sentence",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:58px 84px; font: 14px ${face}; line-height:22px; color:#1d1d1d }
.lh { text-align:center; padding-bottom:12px; border-bottom:1px solid ${dark} }
.lh .mk { display:inline-block; width:46px; height:46px; border-radius:50%; border:3px solid ${dark}; color:${dark}; font: bold 13px ${sans};
  line-height:40px; letter-spacing:.5px }
.lh .o { font: 600 17px ${head}; letter-spacing:2px; text-transform:uppercase; color:${dark}; margin-top:6px }
.lh .a { font: 11px ${sans}; color:#555 }
.meta { display:flex; justify-content:space-between; margin-top:30px; font-size:13px }
.to { margin-top:20px; line-height:19px }
.w p { margin-top:14px }
.strip { margin-top:18px; display:flex; border:1px solid #999; font: 12px ${sans} }
.strip div { flex:1; padding:5px 8px } .strip div + div { border-left:1px solid #999 }
.strip span { display:block; font-size:9.5px; color:#666; text-transform:uppercase; letter-spacing:.6px }
.sg { margin-top:26px } .sg .ink { font: 32px ${hand}; color:#1c2f6e; height:42px; margin-top:4px }
.ft { position:absolute; left:84px; right:84px; bottom:30px; font: 9px ${sans}; color:#666; text-align:center; line-height:13px }
</style>
<div class="w">
 <div class="lh"><div class="mk">IICRC</div><div class="o">${office}</div><div class="a">${street} \u00b7 ${town} \u00b7 ${phone}</div></div>
 <div class="meta"><span>${letter_date}</span><span>${ref_label} ${ref}</span></div>
 <div class="to">${name}<br>${to_street}<br>${to_town}</div>
 <p>${dear}</p>
 <p>${p1}</p>
 <p>${p2}</p>
 <div class="strip"><div><span>Activity</span>${title}</div><div><span>Registrant #</span>${reg}</div><div><span>Booth</span>${booth}</div></div>
 <p>${p3}</p>
 <div class="sg">${close}<div class="ink">${rep}</div>${rep}<br>${rep_role}</div>
</div>
<div class="ft">${foot}</div>
"""


def fill(d):
    r = d.rng
    street, town = d.address()
    to_street, to_town = d.address()
    event = d.provider()
    name = d.name(d.pick(["plain", "honorific"]))
    title = d.title("plain")
    hours = d.hours(d.pick(["cecs", "cec_hours", "words_cec"]))
    show_span = d.date_range(d.pick([1, 2, 2]))
    venue = d.venue()
    p1 = d.pick(
        [
            f"Thank you for stopping by the IICRC booth at the {event}, held {show_span} at "
            f"{venue}. Our records show that you completed booth registration during the show.",
            f"This letter acknowledges your visit to the IICRC booth during the {event} "
            f"({show_span}, {venue}), where you registered with booth staff.",
        ]
    )
    p2 = d.pick(
        [
            f"In keeping with the continuing education policy, {hours} have been posted to your "
            f"certification record for this visit.",
            f"Booth registration at an approved trade show qualifies for {hours}, which we have "
            f"applied to your record.",
        ]
    )
    p3 = d.pick(
        [
            "Please allow two to three weeks for the credit to appear in your online account.",
            "If the credit does not appear on your next renewal notice, reply with this letter.",
        ]
    )
    rep = d.person()
    return {
        "face": d.fonts[d.pick(["serif", "sans"])],
        "head": d.fonts[d.pick(["sans", "display"])],
        "office": d.pick(["Member Services", "Certification Services", "Registrant Services"]),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": d.other_date("issue", d.pick(["long", "us_numeric"])),
        "ref_label": d.pick(["Ref.", "Our ref:", "Case"]),
        "ref": d.number(),
        "name": name,
        "to_street": to_street,
        "to_town": to_town,
        "dear": d.pick([f"Dear {d.first},", "Dear Registrant,", "Dear Certified Technician,"]),
        "p1": p1,
        "p2": p2,
        "title": title,
        "reg": f"{r.randrange(100000, 9999999)}",
        "booth": f"#{r.randrange(100, 2999)}",
        "p3": p3,
        "close": d.pick(["Sincerely,", "Kind regards,"]),
        "rep": rep,
        "rep_role": d.pick(["Member Services Representative", "Certification Specialist"]),
        "foot": d.pick(
            [
                "This letter acknowledges booth registration only and is not a certificate of course completion.",
                "Booth credit may be claimed once per show. Keep this letter with your renewal records.",
            ]
        ),
    }
