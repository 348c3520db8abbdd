"""A sworn affidavit of attendance that a technician has notarized when a
show's door scan or attendance slip for an education session is lost
(portrait, typed like a legal form). The venue caption at the top left
(state and county beside a column of closing parentheses and "ss."), an
underlined title, the affiant's opening sentence, numbered paragraphs in
running prose (who the affiant is, the session, event, venue and day,
the times present and the credit, why the record is missing, the
perjury declaration), the affiant's signature over a rule with typed
name and address; then the notary's jurat dated in words, the notary's
signature and commission expiry and a rectangular ink stamp set at a
slant; and a small "CE office use" box at the foot."""

from datetime import timedelta
from html import escape

from corpus import formats as F

SOURCE = (
    "kelvston/2024-1:resources/views/template.blade.php (affidavit: 'I, the undersigned, hereby "
    "solemnly affirm and declare', numbered statements on dotted lines, declarant's signature, "
    "witness and 'Notary Signature & Stamp' blocks) and ronriver29/csmaster1:application/views/"
    "documents/union/treasurer_affidavit_union.php (venue caption with ') S.S.', 'after having "
    "been duly sworn ... depose and say', numbered clauses); trade shows' CE desks that accept a "
    "notarized affidavit when a badge scan is missing"
)
KIND = "session"
PAPER = ["letter-portrait"]
CATEGORIES = (
    "sentence",
    "portrait",
    "numbered",
    "legal",
    "stamp",
    "script-name",
    "distractor-person",
    "distractor-date",
    "distractor-place",
    "date-words",
    "address",
)

TEMPLATE = """<style>
.w { position:absolute; left:84px; right:80px; top:62px; bottom:40px; font: 14px ${face}; color:#111; line-height:23px }
.cap { border-collapse:collapse; font-size:14px }
.cap td { padding:0 8px 0 0; line-height:20px }
h1 { text-align:center; font: bold 17px ${face}; text-decoration:underline; letter-spacing:1px; margin:22px 0 0 }
.sub { text-align:center; font-size:12.5px; margin-top:2px }
.w p { margin-top:12px; text-align:justify }
ol { margin:6px 0 0; padding-left:26px } li { margin-top:6px; text-align:justify; padding-left:4px }
.af { margin-top:18px; margin-left:auto; width:300px; line-height:18px; font-size:13px }
.af .h { font: 27px ${hand}; color:#16246b; height:34px; line-height:34px; border-bottom:1px solid #111; white-space:nowrap; overflow:hidden }
.jr { margin-top:16px; border-top:1px solid #999; padding-top:8px; font-size:13px; line-height:19px; position:relative }
.nt { display:flex; justify-content:space-between; align-items:flex-end; margin-top:8px }
.nt .s { width:280px; font-size:12.5px; line-height:17px }
.nt .s .h { font: 24px ${hand}; color:#222; height:30px; line-height:30px; border-bottom:1px solid #111; white-space:nowrap }
.stamp { transform:rotate(${tilt}deg); border:2.5px solid ${ink}; color:${ink}; padding:4px 10px; font: bold 10px ${sans};
  text-align:center; line-height:15px; text-transform:uppercase; opacity:.85; margin-right:${stamp_mr}px }
.stamp b { display:block; font-size:12px; letter-spacing:.5px }
.use { position:absolute; left:0; bottom:0; border:1px solid #555; font: 10px ${sans}; padding:4px 8px; line-height:15px }
</style>
<div class="w">
 <table class="cap"><tr><td>STATE OF ${n_state_caps}</td><td>)</td></tr><tr><td></td><td>)&nbsp; ss.</td></tr>
  <tr><td>COUNTY OF ${n_county_caps}</td><td>)</td></tr></table>
 <h1>${doc_title}</h1>
 <div class="sub">${sub}</div>
 <p>${opening}</p>
 <ol>${paras_html}</ol>
 <div class="af"><div class="h">${sig_name}</div>${name}, Affiant<br>${street}<br>${town}</div>
 <div class="jr">${jurat}
  <div class="nt">
   <div class="s"><div class="h">${notary}</div>Notary Public, State of ${n_state}<br>${comm_label} ${comm_exp}</div>
   <div class="stamp"><b>${notary}</b>Notary Public &middot; State of ${n_state}<br>Commission No. ${comm_no}<br>My Comm. Expires ${comm_exp_short}</div>
  </div>
 </div>
 <div class="use">${use_head}: &#9744; Credit posted &nbsp; &#9744; Referred &nbsp; Initials ______ &nbsp; Date ________</div>
</div>
"""

# Home towns from values.CITIES: the state and county a notary there swears in.
NOTARY_PLACES = {
    "Spokane": ("Washington", "Spokane"),
    "Tacoma": ("Washington", "Pierce"),
    "Dallas": ("Texas", "Dallas"),
    "Orlando": ("Florida", "Orange"),
    "Concord": ("New Hampshire", "Merrimack"),
    "Las Vegas": ("Nevada", "Clark"),
    "Columbus": ("Ohio", "Franklin"),
    "Chicago": ("Illinois", "Cook"),
    "Atlanta": ("Georgia", "Fulton"),
}
TIMES = [
    ("8:30 a.m.", "10:00 a.m."),
    ("10:15 a.m.", "11:45 a.m."),
    ("1:00 p.m.", "2:30 p.m."),
    ("2:45 p.m.", "4:15 p.m."),
    ("3:30 p.m.", "5:00 p.m."),
]


def fill(d):
    r = d.rng
    street, town = d.address()
    while town.split(",")[0] not in NOTARY_PLACES:
        street, town = d.address()
    n_state, n_county = NOTARY_PLACES[town.split(",")[0]]

    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title("plain")
    event = d.provider()
    day = d.date(d.pick(["long", "long", "ordinal", "weekday"]))
    style = d.pick(["cec_hours", "words", "words_cec", "hours_title"])
    hours = d.hours(style)
    if style.startswith("words"):
        hours = hours[0].lower() + hours[1:]
    approval = d.approval() if d.chance(0.5) else None
    speaker = d.person()
    venue = d.venue()
    t_in, t_out = d.pick(TIMES)
    cert_no = r.randint(100000, 999999)
    sworn = d.completed + timedelta(days=r.randint(4, 40))
    comm = d.completed + timedelta(days=r.randint(300, 1400))
    notary = d.person()
    why = d.pick(
        [
            "My badge was not scanned when I left the session room, and the show's education "
            "office has no record of my attendance.",
            "The attendance slip I was given at the door was lost before I could turn it in at "
            "the CE desk.",
            "The session's sign-in sheet was collected before I could sign it.",
        ]
    )
    credit = f"{hours} of continuing education credit" if "redit" not in hours else hours
    paras = [
        f"I am over eighteen years of age, hold certification number {cert_no}, and make this "
        "affidavit of my own personal knowledge.",
        f"On {day}, I attended the education session entitled “{title},” presented by "
        f"{speaker} at the {event}, held at the {venue}.",
        f"I was present for the entire session, from {t_in} until {t_out}, and the session "
        f"was approved for {credit}" + (f" under approval number {approval}." if approval else "."),
        why + " I ask that the credit be posted to my record.",
        "I declare under penalty of perjury under the laws of the State of "
        f"{n_state} that the foregoing is true and correct.",
    ]
    jurat_day = F.fmt_date(sworn, "words")
    jurat_day = jurat_day[0].upper() + jurat_day[1:] if d.chance(0.3) else jurat_day
    return {
        "face": d.fonts[d.pick(["serif", "serif", "mono"])],
        "tilt": d.pick([-4, -3, -2, 2, 3]),
        "ink": d.pick(["#23408e", "#5a2a82", "#1f1f1f", "#8b1a1a"]),
        "stamp_mr": d.pick([0, 20, 40]),
        "n_state_caps": n_state.upper(),
        "n_county_caps": n_county.upper(),
        "n_state": n_state,
        "doc_title": d.pick(
            ["AFFIDAVIT OF ATTENDANCE", "AFFIDAVIT OF SESSION ATTENDANCE", "SWORN STATEMENT"]
        ),
        "sub": d.pick(
            [
                "(Continuing education — missing attendance record)",
                "In support of a request for continuing education credit",
            ]
        ),
        "opening": d.pick(
            [
                f"I, {name}, being first duly sworn, depose and say:",
                f"I, {name}, of {town}, having been duly sworn according to law, state as follows:",
            ]
        ),
        "paras_html": "".join(f"<li>{escape(p)}</li>" for p in paras),
        "sig_name": f"{d.first} {d.last}",
        "name": name,
        "street": street,
        "town": town,
        "jurat": d.pick(
            [
                f"Subscribed and sworn to (or affirmed) before me on {jurat_day}, by {name}, "
                "proved to me on the basis of satisfactory evidence to be the person who appeared "
                "before me.",
                f"Sworn to and subscribed before me this {jurat_day.replace('the ', '', 1)}, by "
                f"{name}, who produced a driver's license as identification.",
            ]
        ),
        "notary": notary,
        "comm_label": d.pick(["My commission expires:", "Commission expires"]),
        "comm_exp": F.fmt_date(comm, "long"),
        "comm_no": f"{r.randint(10, 99)}-{r.randint(100000, 999999)}",
        "comm_exp_short": F.fmt_date(comm, "us_numeric"),
        "use_head": d.pick(["CE office use", "For education office use only"]),
    }
