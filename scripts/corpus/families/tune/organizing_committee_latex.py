"""A plain LaTeX letter-class certificate: a faint logo watermarked across
the middle of the page, the place and issue date top right, "CERTIFICATE"
in large bold capitals, "This is to certify the participation of" over the
name in spaced bold capitals, then one long sentence carrying the course in
typographer's quotes with its code, the program it belongs to, the
instructor who taught it, "organised by" the provider and "held at" a
venue, the date and the hours. Signed bottom right "on behalf of the
Organizing Committee", with a course director bottom left."""

SOURCE = "jjomiste/jjomiste.github.io:Certificados/organizer.awk"
KIND = "course"
PAPER = ["a4-portrait", "letter-portrait"]
CATEGORIES = (
    "plain",
    "portrait",
    "sentence",
    "watermark",
    "letter-spaced",
    "distractor-person",
    "distractor-date",
)

PROGRAMS = [
    "the Restoration Technician Certificate programme",
    "the Indoor Environment Professional series",
    "the Advanced Drying curriculum",
    "the regional Continuing Education programme",
]
CREDS = ["CR", "MWR", "WLS", "CMH", "CIH", "PhD", "PE"]

TEMPLATE = """<style>
.wm { position:absolute; left:19%; width:62%; top:34%; aspect-ratio:1; border-radius:50%; border:22px solid ${wm}; color:${wm};
  display:flex; align-items:center; justify-content:center; text-align:center; font: bold 64px ${serif}; line-height:70px }
.w { position:absolute; inset:110px 96px 90px; font: 17px ${face}; color:#111; line-height:26px }
.pl { text-align:right; font-size:15px }
.c { text-align:center }
.big { font: bold 54px ${face}; letter-spacing:2px; margin-top:90px }
.nm { font: bold 26px ${face}; letter-spacing:${spacing}; margin:34px 0 30px }
.txt { text-align:justify; margin:0 12px; hyphens:auto }
.sigs { position:absolute; left:0; right:0; bottom:40px; display:flex; justify-content:space-between; font-size:15.5px; line-height:21px }
.sigs .r { text-align:right }
</style>
<div class="wm">${wm_text_html}</div>
<div class="w">
 <div class="pl">${place}, ${issued}</div>
 <div class="c big">CERTIFICATE</div>
 <div class="c" style="margin-top:60px">This is to certify the participation of</div>
 <div class="c nm">${name}</div>
 <div class="txt">${body}</div>
 <div class="sigs"><div>${director}<br>Course Director</div>
  <div class="r">${signer}<br>on behalf of the Organizing Committee</div></div>
</div>
"""


def fill(d):
    name = d.name("upper")
    code = d.code
    title = d.title("plain")
    quoted = f"“{title}”" + (f" ({code})" if code and d.chance(0.6) else "")
    org = d.provider()
    where = d.pick(
        [f"held at the {d.venue()}", f"held in {d.city()}", f"held at its {d.city()} campus"]
    )
    program = f", part of {d.pick(PROGRAMS)}," if d.chance(0.7) else ""
    teacher = d.person()
    creds = ", ".join(d.rng.sample(CREDS, d.pick([1, 2])))
    date = d.date(d.pick(["long", "words", "dmy_long", "ordinal"]))
    hours = d.hours(d.pick(["hours_title", "cec_hours", "cecs"]))
    body = (
        f"as a {d.pick(['participant', 'student', 'trainee'])} in the course {quoted}{program} "
        f"taught by {teacher}, {creds}, organised by {org} and {where} on {date}, "
        f"with a total of {hours}."
    )
    words = [w for w in (d.org_alt or d.org).replace("&", "").split() if w[:1].isupper()]
    return {
        "face": d.pick(["'Latin Modern Roman', 'CMU Serif', serif", d.fonts["serif"]]),
        "wm": d.pick(["#eef1f6", "#f1efe8", "#eef4ef"]),
        "wm_text_html": "".join(w[0] for w in words)[:3],
        "place": d.city().split(",")[0],
        "issued": d.other_date("issue", d.pick(["long", "dmy_long"])),
        "name": name,
        "spacing": d.pick(["3px", "4px", "5px"]),
        "body": body,
        "director": d.person(),
        "signer": d.person(),
    }
