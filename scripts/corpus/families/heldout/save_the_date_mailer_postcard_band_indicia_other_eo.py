"""Not a certificate: the address side of a mailed save-the-date postcard
for a manufacturer's two-day demo and lunch-and-learn at a distributor. The
left half carries a dark band with white letter-spaced capitals, a big serif
heading, the two days as a date range, the venue, a featured speaker with
his title, a registration-opens date and a line about seating; the right
half holds the bulk-mail indicia, the recipient's name, company and address
and a barcode strip. It names people, organisations and dates; it records
nothing anyone attended."""

SOURCE = (
    "shawncothran/finalproject:src/js/htmlfront.js (postcard with safe area and centred "
    "display text) and wording of distributors' mailed save-the-date cards"
)
KIND = "other"
PAPER = "slip"
CATEGORIES = (
    "other",
    "slip",
    "landscape",
    "dark-band",
    "letter-spaced",
    "date-range",
    "distractor-person",
    "provider-in-logo",
)

TEMPLATE = """<style>
.l { position:absolute; left:0; top:0; bottom:0; width:372px; border-right:1px solid #bbb; font: 12px ${sans}; color:#1a1a1a }
.band { background:${dark}; color:#fff; padding:12px 18px 10px; font: bold 12px ${sans}; letter-spacing:5px; text-transform:uppercase }
.band small { display:block; letter-spacing:1px; font-weight:normal; font-size:10.5px; text-transform:none; opacity:.9; margin-top:3px }
.bd { padding:10px 18px }
h1 { margin:6px 0 0; font: ${h_style} 34px ${display}; line-height:38px; color:${dark} }
.dr { font: bold 17px ${sans}; margin-top:12px } .vn { margin-top:2px; line-height:16px }
.sp { margin-top:14px; line-height:16px } .sp b { display:block; font-size:9.5px; letter-spacing:2px; text-transform:uppercase; color:${accent} }
.rg { position:absolute; left:18px; right:18px; bottom:10px; font-size:10.5px; line-height:14px; color:#333 }
.r { position:absolute; left:372px; right:0; top:0; bottom:0; font: 12.5px ${sans} }
.ret { position:absolute; left:16px; top:14px; font-size:10px; line-height:13px; color:#333; max-width:170px }
.ind { position:absolute; right:14px; top:14px; border:1.5px solid #222; width:100px; padding:5px; text-align:center; font: bold 9.5px ${sans}; line-height:12px }
.to { position:absolute; left:44px; top:168px; line-height:18px; text-transform:${to_case} }
.ecrw { font-size:10px; color:#444 }
.bar { margin-top:6px; width:220px; height:14px; background: repeating-linear-gradient(90deg, #111 0 1.5px, #fff 1.5px 4px, #111 4px 5px, #fff 5px 9px) }
</style>
<div class="l">
 <div class="band">${kicker}<small>${host_line}</small></div>
 <div class="bd">
  <h1>${heading}</h1>
  <div class="dr">${dates}</div>
  <div class="vn">${venue}<br>${v_town}</div>
  <div class="sp"><b>Featuring</b>${speaker}, ${speaker_role}</div>
 </div>
 <div class="rg">${reg_line}</div>
</div>
<div class="r">
 <div class="ret">${dist}<br>${r_street}<br>${r_town}</div>
 <div class="ind">PRSRT STD<br>U.S. POSTAGE<br>PAID<br>${permit_city}<br>PERMIT NO. ${permit}</div>
 <div class="to"><span class="ecrw">${ecrw}</span><br>${recipient}<br>${company}<br>${t_street}<br>${t_town}<div class="bar"></div></div>
</div>
"""

DISTRIBUTORS = [
    "Cascade Janitorial & Restoration Supply",
    "Tri-County Restoration Supply",
    "Front Range Restoration Supply",
    "Keystone Carpet & Restoration Supply",
]
COMPANIES = [
    "Rapid Dry Restoration, LLC",
    "Apex Water & Fire Services",
    "Hometown Carpet Care Inc.",
    "Allied Property Restoration",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date, fmt_range

    r = d.rng
    full, short = d.pick(V.MANUFACTURERS)
    maker = short or full
    dist = d.pick(DISTRIBUTORS)
    end = d.completed + timedelta(days=r.randrange(40, 120))
    start = end - timedelta(days=1)
    r_street, r_town = d.address()
    t_street, t_town = d.address()
    return {
        "kicker": d.pick(["Save the date", "Mark your calendar", "Coming soon"]),
        "host_line": f"{maker} at {dist.split(' ')[0]}",
        "h_style": d.pick(["bold", "normal", "italic"]),
        "heading": d.pick(
            [
                "Demo Days & Lunch-and-Learn",
                "Two Days of Drying Demos",
                "Factory Road Show",
                "Extraction Field Days",
            ]
        ),
        "dates": fmt_range(start, end, r),
        "venue": d.pick([f"{dist.split(' ')[0]} warehouse, dock 3", d.venue()]),
        "v_town": d.city(),
        "speaker": d.person(),
        "speaker_role": d.pick(
            ["Director of Technical Services", "Field Applications Engineer", "Product Manager"]
        ),
        "reg_line": d.pick(
            [
                f"Registration opens {fmt_date(end - timedelta(days=r.randrange(30, 45)), 'long')}. "
                "Seating limited to 40 per day. Free to customers.",
                f"Watch your inbox for the invitation. Questions: {d.person()}, {d.phone()}.",
            ]
        ),
        "dist": dist,
        "r_street": r_street,
        "r_town": r_town,
        "permit_city": d.pick(["SPOKANE WA", "DALLAS TX", "COLUMBUS OH", "DENVER CO"]),
        "permit": str(r.randrange(100, 9999)),
        "to_case": d.pick(["none", "uppercase"]),
        "ecrw": d.pick(["*****ECRWSS**", "***AUTO**5-DIGIT 98402", "ECRLOT"]),
        "recipient": d.person(),
        "company": d.pick(COMPANIES),
        "t_street": t_street,
        "t_town": t_town,
    }
