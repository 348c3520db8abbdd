"""A post-show letter on the convention's letterhead, portrait: a left-aligned
letterhead with a rule and the show's mailing address, the date, an inside
address block, "Re:" line, and body paragraphs saying in running text which
session the attendee sat through, on which day and between which times,
and how many CEC hours that carries; signed by the education chair, with a
"cc" line. No labelled fields anywhere."""

SOURCE = (
    "zookeepr/zookeepr:zookeepr/templates/registration/response.myt (a 'Dear <first name>' "
    "letter to a registrant); wording: attendance letters that convention education "
    "committees send when an attendee needs proof of a session for CEC renewal"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "letter",
    "sentence",
    "hours-in-sentence",
    "portrait",
    "distractor-person",
    "time-attended",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; inset:64px 78px; font: 14.5px ${face}; line-height:23px; color:#1b1b1b }
.lh { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:${rule}px solid ${dark}; padding-bottom:10px }
.lh .org { font: bold 22px ${head}; color:${dark}; letter-spacing:.4px }
.lh .tag { font: italic 12px ${face}; color:#555 }
.lh .ad { text-align:right; font: 11px ${sans}; line-height:15px; color:#444 }
.dt { margin-top:36px }
.to { margin-top:22px; line-height:19px }
.re { margin-top:22px; font-weight:bold }
.w p { margin-top:14px }
.sg { margin-top:28px }
.sg .ink { font: 34px ${hand}; color:#1c2f6e; margin:6px 0 2px; height:44px }
.cc { margin-top:26px; font-size:12px; color:#444 }
.ft { position:absolute; left:78px; right:78px; bottom:34px; text-align:center; font: 10px ${sans}; color:#777; border-top:1px solid #ccc; padding-top:6px }
</style>
<div class="w">
 <div class="lh"><div><div class="org">${event}</div><div class="tag">${tagline}</div></div>
  <div class="ad">${street}<br>${town}<br>${phone}</div></div>
 <div class="dt">${letter_date}</div>
 <div class="to">${name}<br>${co}<br>${to_street}<br>${to_town}</div>
 <div class="re">Re: ${re}</div>
 <p>${dear}</p>
 <p>${p1}</p>
 <p>${p2}</p>
 <p>${p3}</p>
 <div class="sg">${close}<div class="ink">${chair}</div>${chair}<br>${chair_role}</div>
 <div class="cc">cc: ${cc}</div>
</div>
<div class="ft">${foot}</div>
"""

COMPANIES = [
    "Summit Water & Fire Recovery",
    "Tri-County Disaster Restoration",
    "Crown Point Carpet & Restoration",
    "Evergreen Mitigation Group",
    "Keystone Cleaning & Restoration",
    "Heritage Fire & Flood Services",
]


def fill(d):
    minutes = int(d.credit * 60)
    start = d.pick([8 * 60, 9 * 60, 10 * 60 + 30, 13 * 60, 14 * 60 + 30, 15 * 60 + 30])

    def t12(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'a.m.' if h < 12 else 'p.m.'}"

    street, town = d.address()
    to_street, to_town = d.address()
    while to_town == town:
        to_street, to_town = d.address()
    event = d.provider()
    name = d.name(d.pick(["plain", "honorific"]))
    title = d.title("plain")
    date = d.date(d.pick(["long", "weekday", "ordinal"]))
    hours = d.hours(
        d.pick(
            ["cec_hours", "words", "cecs", "words_cec"] if d.credit >= 1 else ["cec_hours", "cecs"]
        )
    )
    chair = d.person()
    first = d.first
    venue = d.venue()
    p1 = d.pick(
        [
            f"Our attendance records confirm that you attended the education session "
            f"\u201c{title}\u201d on {date}, from {t12(start)} to {t12(start + minutes)}, "
            f"at {venue}.",
            f"This letter confirms that on {date} you were present for the full session "
            f"\u201c{title},\u201d which ran from {t12(start)} until {t12(start + minutes)} "
            f"in the convention\u2019s education program at {venue}.",
        ]
    )
    p2 = d.pick(
        [
            f"The session was approved for {hours} by the IICRC. Your badge was scanned on "
            f"entry and on exit, which satisfies the attendance requirement.",
            f"Full attendance at this session earns {hours}. The credit has been recorded in "
            f"our attendee database under your badge number.",
        ]
    )
    p3 = d.pick(
        [
            "Please keep this letter with your continuing education records. If you need "
            "anything further, our education office will be glad to help.",
            "We hope to see you at next year\u2019s show. Please retain this letter for your "
            "certification renewal.",
        ]
    )
    return {
        "face": d.fonts[d.pick(["serif", "serif", "sans"])],
        "head": d.fonts[d.pick(["display", "serif", "sans"])],
        "rule": d.pick([2, 3, 4]),
        "event": event,
        "tagline": d.pick(
            [
                "Education Committee",
                "Office of Education Programs",
                "Continuing Education Department",
            ]
        ),
        "street": street,
        "town": town,
        "phone": d.phone(),
        "letter_date": d.other_date("issue", "long"),
        "name": name,
        "co": d.pick(COMPANIES),
        "to_street": to_street,
        "to_town": to_town,
        "re": d.pick(
            [
                "Verification of session attendance",
                "Continuing education attendance",
                "CEC documentation request",
            ]
        ),
        "dear": f"Dear {first}," if d.chance(0.6) else "To whom it may concern:",
        "p1": p1,
        "p2": p2,
        "p3": p3,
        "close": d.pick(["Sincerely,", "Best regards,", "Respectfully,"]),
        "chair": chair,
        "chair_role": d.pick(
            ["Chair, Education Committee", "Director of Education", "Education Program Manager"]
        ),
        "cc": d.pick(["Attendee file", "Registration", f"{d.person()}, Show Manager"]),
        "foot": d.web(),
    }
