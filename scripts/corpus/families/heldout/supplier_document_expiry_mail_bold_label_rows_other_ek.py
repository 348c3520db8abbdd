"""Not a certificate of anyone's training: the automatic e-mail a product
specification register sends when a product certificate it holds for a
company is about to expire, printed from a mail client on an upright sheet.
A plain 600-pixel table: "Dear" and a first name, one message paragraph,
then a column of rows each a bold label and its value (manufacturer,
supplier, product, certificate, document number, expiry, a link to the
document), and a short sign-off. It names people, firms, a product, a
document number and dates, and records no course and no credit."""

SOURCE = "tcaiger/Envirospec:mysite/templates/Email/ExpiryEmail.ss"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "portrait",
    "labelled",
    "letter",
    "web-printout",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.ph { position:absolute; left:36px; right:36px; top:18px; font: 10.5px ${sans}; color:#444; display:flex; justify-content:space-between }
.hd { position:absolute; left:36px; right:36px; top:44px; font-family:${sans}; border-bottom:2px solid #333; padding-bottom:8px }
.hd .s { font-size:19px; font-weight:bold; line-height:24px; margin-bottom:8px }
.hd table { font-size:12.5px; color:#222; border-collapse:collapse } .hd td { padding:1px 10px 1px 0 } .hd td.k { color:#666 }
.bd { position:absolute; left:36px; top:${bd_top}px; width:600px; font-family:${face}; font-size:14.5px; color:#111; line-height:1.5 }
.bd td { padding:10px 40px 10px 15px }
.bd p { margin:0 0 12px }
.bd .rw { margin:0 0 5px }
.bd a { color:#1a0dab; text-decoration:underline }
.lg { margin-top:22px; font-size:12px; color:#666; line-height:17px }
</style>
<div class="ph"><span>${client}</span><span>${printed}</span></div>
<div class="hd"><div class="s">${subject}</div>
 <table><tr><td class="k">From:</td><td>${from}</td></tr><tr><td class="k">To:</td><td>${to}</td></tr>
 <tr><td class="k">Date:</td><td>${sent}</td></tr></table></div>
<table class="bd"><tr><td>
 <p>Dear ${first},</p>
 <p>${message}</p>
 ${rows_html}
 <p style="margin-top:14px">${action}</p>
 <p>${signoff}<br>${register}</p>
 <div class="lg">${legal}</div>
</td></tr></table>
"""

PRODUCTS = [
    ("Botanical Disinfectant Concentrate", "EPA Registration"),
    ("Quaternary Mold Inhibitor 256", "EPA Registration"),
    ("Low-VOC Encapsulant Coating", "GREENGUARD Gold Certification"),
    ("HEPA Air Scrubber 600", "UL Listing"),
    ("LGR Dehumidifier 7000XLi", "ETL Listing"),
    ("Enzyme Odor Digester", "Safer Choice Certification"),
    ("Antimicrobial Wall Primer", "Declare Label"),
    ("Moisture Barrier Film 6 mil", "ICC-ES Evaluation Report"),
]
SUPPLIERS = [
    "Northland Restoration Supply",
    "Jon-Don Distribution Center",
    "Coastline Janitorial & Restoration Supply",
    "Mountain West Equipment Sales",
    "Pro Source Cleaning Supply",
]


def fill(d):
    from corpus import values as V

    maker = d.pick(V.MANUFACTURERS)[0]
    product, cert = d.pick(PRODUCTS)
    first = d.person().split(" ")[0]
    register = d.pick(
        ["Envirospec Product Register", "SpecCheck Compliance Register", "GreenSpec Listings"]
    )
    slug = "".join(c for c in register.lower() if c.isalpha())[:14]
    expiry = d.other_date("expiry", d.pick(["long", "dmy_long", "iso", "us_numeric"]))
    rows = [
        ("Manufacturer", maker),
        ("Supplier", d.pick(SUPPLIERS)),
        ("Product", product),
        ("Certificate", cert),
        (
            "Document Number",
            d.pick(
                [
                    d.number("DOC-"),
                    d.number(),
                    f"{d.rng.randrange(1000, 99999)}-{d.rng.randrange(10, 999)}",
                ]
            ),
        ),
        ("Expiry", expiry),
    ]
    rows_html = "".join(f'<p class="rw"><strong>{k}: </strong>{v}</p>' for k, v in rows)
    rows_html += f'<p class="rw"><strong>Link to document: </strong><a>www.{slug}.com/documents/{d.rng.randrange(1000, 99999)}</a></p>'
    return {
        "face": d.pick(["Arial, 'Liberation Sans', sans-serif", d.fonts["sans"], d.fonts["serif"]]),
        "bd_top": d.pick([150, 160]),
        "client": d.pick(["Outlook", "Gmail", "Thunderbird"]),
        "printed": d.other_date("print", "us_numeric") + d.pick([" 8:12 AM", " 1:55 PM"]),
        "subject": d.pick(
            [
                f"Certificate expiring: {product}",
                "Product certificate expiry notice",
                f"Action needed: {cert} for {product}",
            ]
        ),
        "from": f"{register} <noreply@{slug}.com>",
        "to": f"{first.lower()}@{d.pick(['dryrightrestoration.com', 'allcleanpros.net', 'rapidresponse-restore.com'])}",
        "sent": d.other_date("issue", d.pick(["weekday", "long"]))
        + d.pick([", 6:00 AM", ", 6:01 AM"]),
        "first": first,
        "message": d.pick(
            [
                "A certificate held on your company's product list will expire soon. Please ask the supplier for a current copy.",
                "The following certificate on file for a product you specify has expired or will expire within 30 days.",
                "Our records show the document below is due for renewal. Products with expired documents are hidden from your specification list.",
            ]
        ),
        "rows_html": rows_html,
        "action": d.pick(
            [
                "Upload the renewed document from your account page.",
                "No action is needed if the supplier has already sent a renewal.",
            ]
        ),
        "signoff": d.pick(["Regards,", "Thank you,", "Kind regards,"]),
        "register": register,
        "legal": d.pick(
            [
                "You receive this e-mail because expiry alerts are switched on for your account.",
                f"Account manager: {d.person()} · {d.phone()}",
            ]
        ),
    }
