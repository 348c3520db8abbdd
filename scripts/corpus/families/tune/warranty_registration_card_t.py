"""Not a certificate: an equipment maker's warranty registration
certificate, printed from the confirmation e-mail on a half sheet. A framed
page with the maker's wordmark, "Certificate of Warranty Registration",
the registered owner and company, a labelled grid (product, model, serial
number, purchase date, dealer, coverage through), a line offering a free
operator orientation with its length in hours, and a registration number
with the maker's customer-care signature. It says "certificate" and prints
a name, dates and hours; it registers a machine, not anyone's training."""

SOURCE = (
    "tangent-tech/citizen-website:sg/web/htmlsafe/template/email_template/1/warranty.tpl "
    "(Warranty Registration heading, grey band, case no., model no., date of purchase, retailer, "
    "owner's name) and avitaind/Warranty-registration-CMS:resources/views/emails/"
    "WarrantyRegistration.blade.php (product registered, serial number, purchase date, warranty expiry)"
)
KIND = "other"
PAPER = ["half-letter", "slip"]
CATEGORIES = (
    "other",
    "labelled",
    "landscape",
    "slip",
    "ornate",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "distractor-org",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:14px; border:3px double ${dark}; padding:14px 24px 60px; display:flex; flex-direction:column; font: 12px ${sans}; color:#1a1a1a }
.top { display:flex; justify-content:space-between; align-items:center; border-bottom:1px solid ${accent}; padding-bottom:6px }
.wm { font: bold 20px ${cond}; color:${dark}; letter-spacing:.5px } .wm i { font-style:normal; color:${accent} }
.top span { font-size:10.5px; color:#555; text-align:right }
.mid { flex:1; display:flex; flex-direction:column; justify-content:space-evenly }
h1 { font: 21px ${display}; text-align:center; margin:8px 0 2px; color:${dark} }
.sub { text-align:center; font-size:11px; color:#444 }
.own { text-align:center; font: bold 17px ${sans}; margin:6px 0 0 }
.co { text-align:center; font-size:11.5px; color:#333 }
.g { display:grid; grid-template-columns:auto 1fr auto 1fr; gap:3px 10px; margin-top:8px; font-size:11.5px }
.g .k { color:#555; font-size:10.5px; text-transform:uppercase; letter-spacing:.4px; padding-top:1px }
.tr { margin-top:7px; background:${light}; border-left:4px solid ${accent}; padding:4px 8px; font-size:10.5px; line-height:14px }
.ft { position:absolute; left:24px; right:24px; bottom:10px; display:flex; justify-content:space-between; align-items:flex-end; font-size:10px; color:#444 }
.ft b { font: 16px ${script}; color:#222; display:block; font-weight:normal }
</style>
<div class="fr">
 <div class="top"><div class="wm">${wm_html}</div><span>${web}<br>${phone}</span></div>
 <div class="mid">
 <h1>${heading}</h1>
 <div class="sub">This confirms that the equipment below is registered to</div>
 <div class="own">${owner}</div>
 <div class="co">${company}</div>
 <div class="g">
  <div class="k">Product</div><div>${product}</div><div class="k">Serial no.</div><div>${serial}</div>
  <div class="k">Model</div><div>${model}</div><div class="k">Purchased</div><div>${purchased}</div>
  <div class="k">Dealer</div><div>${dealer}</div><div class="k">Coverage to</div><div>${coverage}</div>
 </div>
 <div class="tr">${training}</div>
 </div>
 <div class="ft"><div>Registration no. ${reg}<br>Registered ${registered}</div><div style="text-align:right"><b>${signer}</b>${signer_role}</div></div>
</div>
"""

PRODUCTS = [
    ("LGR Dehumidifier", "DH-"),
    ("Air Mover", "AM-"),
    ("Truckmount Extraction Unit", "TM-"),
    ("HEPA Air Scrubber", "AS-"),
    ("Portable Extractor", "PX-"),
    ("Hydroxyl Generator", "HG-"),
]
DEALERS = [
    "Jon-Don, Dallas TX",
    "Interlink Supply",
    "Restoration Depot",
    "CleanPro Distributors",
    "Bridgepoint Supply",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    maker, short = d.pick(V.MANUFACTURERS)
    name = short or maker
    w = name.split()
    product, pre = d.pick(PRODUCTS)
    style = d.pick(["long", "us_numeric", "short_month"])
    bought = d.completed - timedelta(days=r.randint(3, 40))
    years = d.pick([1, 2, 3, 5])
    hrs = d.pick([1, 2, 2, 4])
    return {
        "wm_html": f"{w[0]} <i>{' '.join(w[1:])}</i>" if len(w) > 1 else name,
        "web": f"www.{w[0].lower()}.com/register",
        "phone": d.phone(),
        "heading": d.pick(
            [
                "Certificate of Warranty Registration",
                "Warranty Registration Certificate",
                "Product Registration Confirmation",
            ]
        ),
        "owner": d.person(),
        "company": d.pick(
            [
                "Rapid Dry Restoration LLC",
                "Apex Water & Fire Inc.",
                "Clearwater Cleaning Co.",
                "Summit Peak Restoration",
            ]
        ),
        "product": f"{w[0]} {product}",
        "serial": f"{pre[:2]}{r.randrange(10**7, 10**8)}",
        "model": f"{pre}{r.randint(100, 990)}{d.pick(['', 'X', 'HD', ' Pro'])}",
        "purchased": fmt_date(bought, style),
        "dealer": d.pick(DEALERS),
        "coverage": fmt_date(bought + timedelta(days=365 * years), style)
        + f" ({years}-yr limited)",
        "training": d.pick(
            [
                f"Your registration includes a free {hrs}-hour operator orientation. Book a seat at "
                f"{w[0]} Academy; orientation is product training and is not continuing education.",
                f"Registered owners may attend {w[0]}'s {hrs}-hour equipment care workshop at no charge. "
                "Keep this page with your purchase receipt for warranty service.",
            ]
        ),
        "reg": d.number("WR-"),
        "registered": fmt_date(d.completed, style),
        "signer": d.person(),
        "signer_role": f"Customer Care, {maker}",
    }
