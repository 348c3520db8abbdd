"""A portrait certificate as a training provider's web portal prints it from
the browser: the whole certificate is one narrow, centred table with a
plain black border in the upper two thirds of the page, the rest of the
sheet left white. At the top of the table, the provider's letterhead: a
square monogram block beside its name set as a wordmark, with its street
address and web address in small type under a hairline. Then a heading in
three stacked, spaced lines of capitals ("Certificate / of / Continuing
Education"), and a run of short centred lines with no labels: "The
undersigned certifies that", the holder's name in bold italics followed
by a comma and a trade credential or job title, "has attended and
completed the training program titled", the course title, "held" with the
span of class days, and a line giving the hours the program was
designated for. Under a rule, the signer's scanned-looking signature over
a line with the signer's name, credentials and office; a second line
names the lead instructor. The foot of the table carries the program or
approval number and the day the page was printed, and the browser's own
print header and footer (page title, date, URL, page number) sit in the
page margins."""

SOURCE = (
    "realcme/newmigration:certifications/blades/certificate-cdr-cdr-default.tpl.php and "
    "certifications/certificate-nace-amapracat1.tpl.php (a continuing-education certificate "
    "printed from a web page: one 620-pixel bordered table, a stacked 'CERTIFICATE / OF / "
    "CONTINUING EDUCATION ACTIVITY' heading, a logo with the provider's street address and web "
    "address, 'certifies that', the name followed by a comma and the professional label, 'has "
    "participated in the ... titled', the title, 'on' the date, 'designated for' the credit, "
    "a signature image over the signer's name, credentials and office, print() on load)"
)
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "sentence",
    "provider-in-logo",
    "date-range",
    "distractor-person",
    "distractor-date",
    "browser-print",
)

TEMPLATE = """<style>
.ph { position:absolute; left:28px; right:28px; top:14px; display:flex; justify-content:space-between;
  font: 10px ${sans}; color:#333 }
.pf { position:absolute; left:28px; right:28px; bottom:14px; display:flex; justify-content:space-between;
  font: 10px ${sans}; color:#333 }
.t { position:absolute; left:50%; top:${top}px; width:${tw}px; margin-left:-${half}px; border:2px solid #000;
  font-family:${body}; color:#000; text-align:center; padding:0 0 14px }
.lh { display:flex; align-items:center; justify-content:center; gap:12px; padding:22px 20px 8px }
.mono { width:46px; height:46px; flex:none; background:${mark}; color:#fff; font: bold 17px ${sans};
  display:flex; align-items:center; justify-content:center; letter-spacing:1px }
.wm { font: ${wm_weight} ${wm_px}px ${wmf}; color:${mark}; letter-spacing:${wm_ls}px; line-height:1.1; text-align:left }
.wm small { display:block; font: 9.5px ${sans}; letter-spacing:2px; text-transform:uppercase; color:#555; margin-top:2px }
.ad { font: 11px ${sans}; color:#333; border-top:1px solid #999; margin:0 60px; padding-top:5px; line-height:15px }
.hd { font: ${hd_weight} ${hd_px}px ${hdf}; text-transform:uppercase; letter-spacing:2px; line-height:${hd_lh}px; margin-top:24px }
.r { margin-top:${gap}px; font-size:${fs}px; line-height:1.3 }
.nm { font-weight:bold; font-style:italic; font-size:${nm_px}px }
.ti { font-style:${ti_style}; font-weight:${ti_weight}; font-size:${ti_px}px; padding:0 30px }
.sg { margin:${sig_gap}px auto 0; width:320px }
.sg .h { font: ${sig_px}px ${hand}; color:#1a2a6a; height:44px; line-height:50px; border-bottom:1px solid #666;
  white-space:nowrap; overflow:hidden }
.sg .p { font-size:13px; margin-top:5px; line-height:17px }
.ins { font-size:12.5px; margin-top:12px; color:#222 }
.ft { display:flex; justify-content:space-between; margin:18px 20px 0; font: 10.5px ${sans}; color:#444;
  border-top:1px dotted #888; padding-top:6px }
</style>
<div class="ph"><span>${ph_date}</span><span>${ph_title}</span></div>
<div class="t">
 <div class="lh"><div class="mono">${initials}</div><div class="wm">${org}<small>${tagline}</small></div></div>
 <div class="ad">${street} &bull; ${city}<br>${web} &bull; ${phone}</div>
 <div class="hd">${hd1}<br>${hd2}<br>${hd3}</div>
 <div class="r" style="margin-top:22px">${certifies}</div>
 <div class="r nm">${name}, ${credential}</div>
 <div class="r">${lead}</div>
 <div class="r ti">${title}</div>
 <div class="r">${held} ${dates}</div>
 <div class="r">${designated} ${hours}${after}</div>
 <div class="sg"><div class="h">${scrawl}</div>
  <div class="p">${signer}, ${signer_cred}, ${signer_role}</div></div>
 <div class="ins">${ins_label} ${instructor}</div>
 <div class="ft"><span>${no_label} ${number}</span><span>${printed_label} ${printed}</span></div>
</div>
<div class="pf"><span>${url}</span><span>1/1</span></div>
"""

CREDENTIALS = [
    "WRT",
    "WRT, ASD",
    "CCT, WRT",
    "AMRT",
    "Restoration Technician",
    "Project Manager",
    "Lead Technician",
    "Crew Chief",
    "FSRT, OCT",
]
SIGNER_CREDS = ["CR, WLS", "MBA", "CMR", "IICRC Master Restorer", "CIEC", "PhD", "CR"]
SCRIPTS = [
    "'Dancing Script', cursive",
    "'Kristi', 'Dancing Script', cursive",
    "'Kaushan Script', cursive",
    "'Z003', cursive",
]


def fill(d):
    org = d.provider()
    words = (d.org_alt or d.org).replace("&", " ").replace(",", " ").split()
    initials = "".join(w[0] for w in words if w[0].isupper() and w not in ("Inc.", "LLC"))[:3]
    street, city = d.address()
    signer = d.person()
    instructor = d.person()
    name = d.name(d.pick(["plain", "plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "upper"]))
    dates = d.date_range(d.pick([1, 2, 2, 3]))
    hours = d.hours(d.pick(["cec_hours", "words", "words_cec", "ceu_and_cec", "hours_title"]))
    printed = d.other_date("print", d.pick(["us_numeric", "long", "short_month"]))
    hd = d.pick(
        [
            ("Certificate", "of", "Continuing Education"),
            ("Certificate", "of", "Training"),
            ("Attendance Certificate", "of", "Continuing Education Activity"),
        ]
    )
    slug = d.web().replace("www.", "")
    nm_px = 20 if len(name) <= 24 else 18
    return {
        "top": d.pick([56, 64, 72]),
        "tw": 624,
        "half": 312,
        "body": d.fonts[d.pick(["serif", "serif", "sans"])],
        "mark": d.colors["dark"],
        "initials": initials or "TI",
        "org": org,
        "wm_weight": d.pick(["bold", "normal"]),
        "wm_px": 22 if len(org) <= 30 else 18,
        "wmf": d.fonts[d.pick(["display", "sans", "cond"])],
        "wm_ls": d.pick([0, 0.5, 1]),
        "tagline": d.pick(
            ["Training Division", "Education & Training", "Technical Training", "Learning Center"]
        ),
        "street": street,
        "city": city,
        "web": d.web(),
        "phone": d.phone(),
        "hd1": hd[0],
        "hd2": hd[1],
        "hd3": hd[2],
        "hd_weight": d.pick(["bold", "normal"]),
        "hd_px": d.pick([17, 18, 19]),
        "hd_lh": d.pick([28, 32]),
        "hdf": d.fonts[d.pick(["serif", "display"])],
        "gap": d.pick([12, 14, 16]),
        "fs": d.pick([14, 15]),
        "certifies": d.pick(
            [
                "The undersigned certifies that",
                "This organization certifies that",
                "This is to certify that",
            ]
        ),
        "name": name,
        "credential": d.pick(CREDENTIALS),
        "nm_px": nm_px,
        "lead": d.pick(
            [
                "has attended and completed the training program titled",
                "has participated in and completed the course titled",
                "has attended the classroom program titled",
            ]
        ),
        "title": title,
        "ti_style": d.pick(["italic", "normal"]),
        "ti_weight": d.pick(["bold", "bold", "normal"]),
        "ti_px": 18 if len(title) <= 42 else 16,
        "held": d.pick(["held", "conducted", "presented"]),
        "dates": dates,
        "designated": d.pick(
            [
                "The program was designated for",
                "This activity was designated for",
                "and is awarded",
            ]
        ),
        "hours": hours,
        "after": d.pick([".", ".", " of continuing education credit."]),
        "hand": d.pick(SCRIPTS),
        "sig_px": d.pick([28, 32]),
        "sig_gap": d.pick([18, 24, 30]),
        "scrawl": d.pick([signer, f"{signer.split()[0][0]}. {signer.split()[-1]}"]),
        "signer": signer,
        "signer_cred": d.pick(SIGNER_CREDS),
        "signer_role": d.pick(["Director of Training", "Vice President", "Executive Director"]),
        "ins_label": d.pick(["Lead instructor:", "Instructor of record:", "Presented by"]),
        "instructor": instructor,
        "no_label": d.pick(["Program ID #", "Approval no.", "Course no."]),
        "number": d.approval(),
        "printed_label": d.pick(["Printed", "Print date:"]),
        "printed": printed,
        "ph_date": d.pick([printed.replace(",", ""), printed]),
        "ph_title": d.pick(["Certificate", "My Certificates", "Print Certificate"]),
        "url": f"https://learn.{slug}/certificates/print?id={d.rng.randrange(10000, 99999)}",
    }
