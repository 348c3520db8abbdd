"""A landscape participation certificate from a school's continuing education
division whose course is accepted by several boards at once: the division
line over the school's name as the letterhead with a round emblem, a large
heading, "verifies that" and the name with a licence / registrant number
line, the delivery format and course, the credit awarded in a sentence, then
two panels side by side (the program's approval window and the
recertification categories with a number against each, most of them zero,
and a total), a run of provider and course numbers for several boards, a
long advisory paragraph in small type, one signature with the program date
and issue date, and an address / web / phone footer."""

SOURCE = (
    "markn86/moodle-mod_customcert issue attachment files/341596/Certificate_of_Participation-38.pdf "
    "(https://github.com/markn86/moodle-mod_customcert/files/341596/Certificate_of_Participation-38.pdf)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "sentence",
    "labelled",
    "landscape",
    "provider-in-logo",
    "address",
    "distractor-date",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:30px 40px 22px; font-family:${sans}; color:#1b1b1b; border:1px solid #bbb; border-top:8px solid ${accent};
  padding:16px 30px 10px; display:flex; flex-direction:column; justify-content:space-between }
.hd { display:flex; align-items:center; gap:14px }
.em { width:58px; height:58px; border-radius:50%; border:2px solid ${dark}; display:flex; align-items:center; justify-content:center;
  font: bold 12px ${serif}; color:${dark}; text-align:center; line-height:13px; flex:none }
.hd .d { font-size:11.5px; letter-spacing:1px; text-transform:uppercase; color:#555 }
.hd .o { font: bold 22px ${serif}; color:${dark} }
.top { display:flex; justify-content:space-between; align-items:flex-start }
.top .ttl { text-align:right; font: 29px ${display}; color:${dark}; line-height:32px }
.body { text-align:center; font-size:14.5px; line-height:21px }
.body .nm { font: bold 29px ${serif}; margin:2px 0 0 }
.body .lic { font-size:12px; color:#333; margin-bottom:6px }
.body .ti { font: bold 19px ${serif}; margin:3px 0 }
.body .aw b { font-size:16px }
.pan { display:flex; gap:16px }
.pan > div { border:1px solid #999; padding:6px 10px; font-size:11.5px; line-height:15.5px }
.pan .a { flex:1 } .pan .c { flex:2.2 }
.pan h4 { margin:0 0 3px; font: bold 10.5px ${sans}; text-transform:uppercase; letter-spacing:.6px; color:${dark} }
.cats { columns:2; column-gap:18px } .cats div { break-inside:avoid } .cats b { display:inline-block; width:30px; text-align:right; margin-right:6px }
.nums { font-size:10.5px; line-height:14px; color:#222 }
.adv { font-size:8.8px; line-height:11.5px; color:#444 }
.bot { display:flex; justify-content:space-between; align-items:flex-end; font-size:11.5px }
.sg .h { font-family:${hand}; font-size:24px; height:28px; white-space:nowrap }
.sg .l { border-top:1px solid #222; padding-top:2px; width:260px; line-height:14px }
.dt { text-align:right; line-height:16px }
.ft { text-align:center; font-size:9px; color:#555; border-top:1px solid #ddd; padding-top:3px }
</style>
<div class="w">
 <div class="top">
  <div class="hd"><div class="em">${emblem}</div><div><div class="d">${division}</div><div class="o">${org}</div></div></div>
  <div class="ttl">${heading_html}</div>
 </div>
 <div class="body">
  ${verifies}
  <div class="nm">${name}</div>
  <div class="lic">${lic_label} ${license}</div>
  ${format}
  <div class="ti">${title}</div>
  <div class="aw">${awarded} <b>${hours}</b></div>
 </div>
 <div class="pan">
  <div class="a"><h4>Program approval dates</h4>${approved_from} – ${approved_to}<br><br><h4>Delivery</h4>${delivery}</div>
  <div class="c"><h4>${cat_heading}</h4><div class="cats">${cats_html}</div></div>
 </div>
 <div class="nums">${numbers}</div>
 <div class="adv">${advisory}</div>
 <div class="bot">
  <div class="sg"><div class="h">${signer}</div><div class="l">${signer}<br>${role}</div></div>
  <div class="dt">${date_label} ${date}<br>Date issued: ${issued}</div>
 </div>
 <div class="ft">${street} | ${town} | ${web} | ${phone}</div>
</div>
"""
CATS = [
    ("HS", "Health and Safety — required"),
    ("ET", "Ethics / Business Practices"),
    ("WR", "Water Restoration"),
    ("MR", "Microbial Remediation"),
    ("FS", "Fire and Smoke"),
    ("CL", "Cleaning — textile and hard surface"),
    ("IN", "Inspection"),
]
BY_CODE = {
    "WRT": "WR",
    "ASD": "WR",
    "CDS": "WR",
    "AMRT": "MR",
    "FSRT": "FS",
    "OCT": "FS",
    "HST": "HS",
    "TCST": "HS",
}


def fill(d):
    r = d.rng
    street, town = d.address()
    org = d.provider()
    emblem = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
    title = d.title(d.pick(["plain", "plain", "code_first"]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "ceu_and_cec", "hours_title", "words_cec"]))
    main = BY_CODE.get(d.code or "", None) or d.pick([c for c, _ in CATS])
    n = f"{d.credit:g}"
    cats = "".join(f"<div><b>{n if c == main else '0'}</b>{c} ({label})</div>" for c, label in CATS)
    cats += f"<div><b>{n}</b>Total</div>"
    approval = d.approval()
    others = [
        f"IICRC School #{r.randrange(1000, 9999)}",
        f"Course #: {approval}",
        f"TX ACP {r.randrange(100, 999):04d}",
        f"FL CE {r.randrange(1000, 9999)}",
        f"RIA Provider {r.randrange(100, 999)}",
        f"State CSLB ref. {r.randrange(10000, 99999)}",
    ]
    keep = [others[1]] + r.sample([o for i, o in enumerate(others) if i != 1], 3)
    r.shuffle(keep)
    return {
        "emblem": emblem,
        "division": d.pick(
            [
                "The continuing education division of",
                "Extension studies · continuing education",
                "Professional development office",
            ]
        ),
        "org": org,
        "heading_html": d.pick(
            ["Certificate of<br>Participation", "Certificate of<br>Continuing Education"]
        ),
        "verifies": d.pick(["This verifies that", "This is to verify that"]),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "lic_label": d.pick(["License #", "Registrant / License #", "Certification no."]),
        "license": d.pick(
            [
                d.number(),
                f"{r.randrange(100000, 999999)}",
                f"{r.choice('ABCDEFGH')}{r.randrange(10000, 99999)}",
            ]
        ),
        "format": d.pick(
            [
                "for participating in the live presentation",
                "for completing the online course",
                "for attending the classroom course",
            ]
        ),
        "title": title,
        "awarded": d.pick(["and is awarded", "and has been awarded", "which carries"]),
        "hours": hours,
        "approved_from": d.other_date("registered", d.pick(["us_numeric", "short_month"])),
        "approved_to": d.other_date("expiry", d.pick(["us_numeric", "short_month"])),
        "delivery": d.pick(["Live classroom", "Live webinar", "Self-paced online", "Hybrid"]),
        "cat_heading": d.pick(
            ["Recertification categories", "Credit by category", "Recertification credit areas"]
        ),
        "cats_html": cats,
        "numbers": "Provider / course numbers: " + ", ".join(keep),
        "advisory": "The certificate holder is advised to confirm, before the course, that its content "
        "falls within the scope of their certification or licence and that their board or "
        "certifying body will accept the credit listed. Acceptance of credit is decided by each "
        f"board. {org} is solely responsible for the content of this program and for keeping the "
        "attendance records that support this certificate; approval of the program does not "
        "imply endorsement of any product or service mentioned in it.",
        "signer": d.person(),
        "role": d.role(),
        "date_label": d.pick(["Date of program:", "Completed:", "Program date:"]),
        "date": d.date(d.pick(["long", "us_numeric", "short_month", "ordinal"])),
        "issued": d.other_date("issue", d.pick(["long", "us_numeric"])),
        "street": street,
        "town": town,
        "web": d.web(),
        "phone": d.phone(),
    }
