"""A coupon cut from the back of a trade show's printed show guide and handed
in at the certification body's booth: a perforated left edge, the show's
round mark and name as the only letterhead, a boxed booth number, a short
heading naming the booth registration, lines the visitor fills in by hand
(name, registrant number, company, e-mail), the credit the visit is worth in
a tinted box, and on the right an inked rubber stamp (square to the page) with the visit date
that the booth attendant presses on it, with the attendant's name and
initials under it."""

SOURCE = (
    "https://winenfood.com/earning-your-iicrc-continuing-education (credit earned by visiting "
    "the certification booth at a trade show) and https://www.randrmagonline.com/articles/"
    "85420-iicrc-continuing-education (booth sign-in); coupon form after printed show-guide "
    "tear-outs"
)
KIND = "booth"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "labelled",
    "provider-in-logo",
    "landscape",
    "distractor-person",
    "handwriting",
    "distractor-date",
)

TEMPLATE = """<style>
.perf { position:absolute; left:22px; top:0; bottom:0; border-left:2px dashed #999 }
.sc { position:absolute; left:3px; top:4px; font-size:10px; color:#888 }
.w { position:absolute; left:40px; right:22px; top:18px; bottom:16px; font: 12px ${sans}; color:#222 }
.logo { display:flex; align-items:flex-start; gap:9px; white-space:nowrap }
.mark { width:36px; height:36px; margin-top:-8px; border-radius:50%; background:${dark}; color:#fff; font: bold 12px ${display}; display:flex; align-items:center; justify-content:center; letter-spacing:1px }
.lt { font: bold 17px ${display}; color:${dark}; line-height:20px }
.sl { font: 10px ${sans}; color:#555; letter-spacing:0.5px; margin:6px 0 0 45px; white-space:nowrap }
.booth { position:absolute; right:0; top:2px; border:2px solid ${dark}; text-align:center; padding:3px 9px; font-size:9px; text-transform:uppercase; color:${dark}; white-space:nowrap }
.booth b { display:block; font-size:20px }
h2 { font: bold 15px ${sans}; margin:12px 0 6px; text-transform:uppercase; letter-spacing:0.8px }
.f { display:flex; align-items:flex-end; margin:15px 0 0; width:60%; height:22px }
.f span { font-size:10px; color:#444; white-space:nowrap; margin-right:6px }
.f div { flex:1; border-bottom:1px solid #555; font: 17px ${hand}; color:#1d2c6b; line-height:18px; padding-left:4px; white-space:nowrap; overflow:visible }
.worth { display:inline-block; margin-top:24px; background:${light}; border:1px solid #bbb; padding:5px 10px; font-size:11px }
.worth b { font-size:13px }
.stamp { position:absolute; right:14px; top:92px; width:186px; height:84px; white-space:nowrap; border:3px double #9b1c1c; border-radius:10px; color:#9b1c1c; text-align:center; font: bold 11px ${cond}; padding-top:8px; opacity:0.85 }
.stamp .d { font-size:14px; margin:4px 0; letter-spacing:0.5px }
.staff { position:absolute; right:14px; top:186px; font-size:10px; text-align:right; color:#333; line-height:14px }
.fine { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#555; line-height:11px; border-top:1px solid #ccc; padding-top:4px }
.staff i { font: 17px ${hand}; color:#1d2c6b; font-style:normal }
</style>
<div class="perf"></div><div class="sc">&#9986;</div>
<div class="w">
 <div class="logo"><div class="mark">${initials}</div><div class="lt">${event}</div></div>
 <div class="sl">${show_line}</div>
 <div class="booth">${booth_label}<b>${booth_no}</b></div>
 <h2>${heading}</h2>
 <div class="f"><span>${name_label}</span><div>${name}</div></div>
 <div class="f"><span>${reg_label}</span><div>${reg_no}</div></div>
 <div class="f"><span>Company</span><div>${company}</div></div>
 <div class="f"><span>E-mail</span><div>${email}</div></div>
 <div class="worth">${worth_label} <b>${hours}</b></div>
 <div class="stamp">${stamp_top}<div class="d">${date}</div>${stamp_bottom}</div>
 <div class="fine">${fine}</div>
 <div class="staff">${staff_label} <i>${staff_initials}</i><br>${staff}</div>
</div>
"""


def fill(d):
    import unicodedata
    from datetime import timedelta

    from corpus.formats import fmt_range

    event = d.provider()
    words = [w for w in (d.org_alt or event).split() if w[0].isalpha()]
    initials = "".join(w[0] for w in words if w[0].isupper())[:3]
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    span = fmt_range(
        d.completed - timedelta(days=before), d.completed + timedelta(days=after), d.rng
    )
    staff = d.person()
    staff_initials = "".join(p[0] for p in staff.split() if p[0].isupper())
    company = d.pick(
        [
            "Dry Right Restoration",
            "A-1 Carpet & Flood",
            "Precision Water Removal",
            "Hometown Cleaning Co.",
            "Blue Line Restoration LLC",
            "Servpro of Eastside",
        ]
    )
    first = unicodedata.normalize("NFKD", d.first.split()[0].lower())
    first = "".join(c for c in first if c.isascii() and c.isalpha())
    email = f"{first}@{company.split()[0].lower().strip('-')}mail.com"
    return {
        "initials": initials,
        "event": event,
        "show_line": f"{span} · {d.venue()}",
        "booth_label": d.pick(["Booth", "Booth No.", "Visit Booth"]),
        "booth_no": d.pick(["1217", "611", "2043", "B-14", "305", "918"]),
        "heading": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC Booth Registration Coupon"]),
            ["IICRC Booth Registration"],
        ),
        "name_label": d.pick(["Name", "Print name", "Technician"]),
        "name": d.name("plain"),
        "reg_label": d.pick(["IICRC Reg. #", "Registrant No.", "IICRC ID"]),
        "reg_no": d.number(),
        "company": company,
        "email": email,
        "worth_label": d.pick(["This coupon is worth", "Credit for visit:", "Redeem for"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title"])),
        "stamp_top": d.pick(["VISITED", "RECEIVED", "IICRC BOOTH"]),
        "date": d.date(d.pick(["short_month", "us_numeric", "dd_mon_yyyy", "long_upper"])),
        "stamp_bottom": d.pick(["BOOTH STAFF", "CEC VERIFIED", "POSTED"]),
        "staff_label": d.pick(["Initials:", "Staff initials:", "Verified by:"]),
        "staff_initials": staff_initials,
        "staff": staff,
        "fine": "One coupon per registrant per show. Booth staff forward stamped coupons to the "
        "certification body after the show; allow up to 30 days for the credit to appear on your "
        "record. Coupons without a stamp, or with an illegible registrant number, cannot be "
        "credited. Photocopies are not accepted.",
    }
