"""A portrait certificate of attendance for one education session at a show,
laid out as a hospital CE office prints it: a grey margin around a heavy
bordered sheet, the show's mark on top, a bold heading, the attendee's name
large in a warm colour with post-nominal credentials under it, an upper-case
line, the session title and date, a left-aligned confirmation paragraph that
repeats the hours, then a small boxed table of the licences the credit counts
for (each with its own sponsor number and the same hours), and a "granted by"
block with a signer, a title, an address and an issue date in tiny type."""

SOURCE = "otp2/cert-automation:cert_template.html"
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "table",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "tiny-footer",
)

TEMPLATE = """<style>
.wrap { position:absolute; inset:0; background:#efefef; padding:26px 22px }
.c { position:relative; height:100%; background:#fff; border:6px solid ${dark}; padding:22px 46px; text-align:center;
  font-family:${sans}; color:#333; display:flex; flex-direction:column }
.logo { display:flex; align-self:center; align-items:center; gap:9px; margin:40px 0 40px }
.logo i { width:44px; height:44px; border-radius:8px; background:${dark}; color:#fff; font:bold 15px ${cond};
  font-style:normal; display:flex; align-items:center; justify-content:center }
.logo span { font:bold 15px ${cond}; color:${dark}; text-align:left; line-height:16px; max-width:240px; text-transform:uppercase }
.hd { font: 900 22px ${sans}; color:${dark}; letter-spacing:1.5px; margin-bottom:26px }
.nm { font: bold 36px ${serif}; color:${warm}; margin-top:30px }
.cr { font-size:15px; color:#444; margin:2px 0 24px }
.up { font-size:12.5px; font-weight:bold; text-transform:uppercase; letter-spacing:0.5px; color:#000 }
.ti { font-size:18px; font-weight:bold; color:${dark}; margin:20px 0 }
.dt { font-size:15px; margin-bottom:40px }
.cf { text-align:left; font-size:12.5px; line-height:18px; margin:24px 0 18px }
.ft { text-align:left; font-size:9px; margin-top:auto; margin-bottom:8px }
table { width:100%; border-collapse:collapse; border:1px solid #999; margin:6px 0 12px; font-size:8.5px }
th, td { border:1px solid #999; padding:3px 5px; text-align:left; vertical-align:top } th { background:#e5e5e5 }
.gb { font-weight:bold; line-height:12px } .gb span { font-weight:normal; display:block }
</style>
<div class="wrap"><div class="c">
 <div class="logo"><i>${initials}</i><span>${org}</span></div>
 <div class="hd">${heading}</div>
 <div class="nm">${name}</div>
 <div class="cr">${creds}</div>
 <div class="up">${completed_line}</div>
 <div class="ti">${title}</div>
 <div class="dt">${date}</div>
 <div class="cf">${confirm_a} ${hours} ${confirm_b} ${title_again}.<br><br>${accredit}</div>
 <div class="ft"><b>${table_head}</b>
  <table><tr><th>${col1}</th><th>${col2}</th><th>${col3}</th></tr>${rows_html}</table>
  <div class="gb">${granted} ${signer_upper}<span>${role}<br>${host}<br>${street}, ${town}<br>${issued_label} ${issued}</span></div>
 </div>
</div></div>
"""

LICENSES = [
    "IICRC Continuing Education Credit",
    "State Mold Remediation Contractor",
    "Home Inspector (state board)",
    "Certified Restorer renewal",
    "Building Performance recertification",
    "Public Adjuster continuing education",
]


def fill(d):
    r = d.rng
    n = f"{d.credit:.1f}"
    rows = []
    for lic in r.sample(LICENSES, r.choice([2, 3, 4])):
        sid = d.pick(
            [f"{r.randrange(100, 299)}-{r.randrange(0, 999999):06d}", f"P{r.randrange(1000, 9999)}"]
        )
        rows.append(f"<tr><td>{lic}</td><td>{sid}</td><td>{n}</td></tr>")
    street, town = d.address()
    event = d.org_alt
    return {
        "warm": d.pick(["#b85c00", "#9c4a00", "#7a3b00", "#8b0000"]),
        "initials": "".join(w[0] for w in event.split() if w[0].isalpha())[:3].upper(),
        "org": d.provider(),
        "heading": d.pick(["CERTIFICATE OF ATTENDANCE", "ATTENDANCE CERTIFICATE"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "creds": d.pick(
            ["WRT, ASD", "CMR", "WRT, AMRT, FSRT", "Restoration Technician", "CR, WLS"]
        ),
        "completed_line": d.pick(
            [
                "successfully completed a continuing education seminar",
                "attended the following continuing education session",
            ]
        ),
        "title": d.title("plain"),
        "date": d.date(d.pick(["long", "weekday", "us_numeric", "ordinal"])),
        "confirm_a": "This letter confirms that the attendee named above completed",
        "hours": d.hours(d.pick(["hrs", "hours_title", "cec_hours"])),
        "confirm_b": "of",
        "title_again": d.course,
        "accredit": d.pick(
            [
                f"{event} is an approved continuing education event. Attendance was verified at the "
                "session door; credit is awarded only for the full session.",
                f"The education committee of {event} reviewed this session for continuing education "
                "credit. Keep this certificate with your renewal records for at least four years.",
            ]
        ),
        "table_head": "CONTINUING EDUCATION INFORMATION:",
        "col1": "Licensure / credential",
        "col2": "Sponsor ID",
        "col3": "Credit Hours",
        "rows_html": "".join(rows),
        "granted": "GRANTED BY:",
        "signer_upper": d.person().upper(),
        "role": d.pick(["Education Committee Chair", "Director of Education", "CE Administrator"]),
        "host": d.pick(["Conference Education Office", "Show Management"]),
        "street": street,
        "town": town,
        "issued_label": "Issued",
        "issued": d.other_date("issue", "us_numeric"),
    }
