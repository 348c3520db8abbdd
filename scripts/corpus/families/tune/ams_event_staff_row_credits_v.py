"""A continuing-education certificate printed from an association
management system's event module: a thin frame, the year alone at the top
right, two logo blocks (the education sponsor on the left with its name and
a line about it, the organising show on the right), then a row with the
event artwork, "CERTIFICATE OF CONTINUING EDUCATION" under a rule and a seal
image; "This certificate awarded to", the name, a rule and "In recognition
of attending", the session title in bold with its date and time and the
delivery method under it; a row of staff names over rules with their roles;
a small line saying how credit is counted, "CEC CREDITS EARNED:" with the
number, the certification number, and the address and phone at the foot."""

SOURCE = "tendenci/tendenci:tendenci/themes/t7-base/templates/events/registrants/certificate.html"
KIND = "session"
PAPER = ["letter-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "labelled",
    "provider-in-logo",
    "distractor-org",
    "distractor-person",
    "seal",
    "address",
    "tiny-footer",
)

TEMPLATE = """<style>
.c { position:absolute; inset:24px; border:1px solid #000; padding:4px 22px; font: 15px ${face}; color:#222 }
.yr { text-align:right; height:18px; font-size:14px }
.lo { display:flex; justify-content:space-between; min-height:150px; align-items:center }
.lo .b { display:flex; align-items:center; gap:12px; width:48% }
.lo .b.r { flex-direction:row-reverse; text-align:right }
.lo .mk { width:86px; height:86px; flex:none; display:flex; align-items:center; justify-content:center; text-align:center; font: bold 17px ${sans}; color:#fff; background:${sp_color}; border-radius:${sp_radius} }
.lo .b.r .mk { background:${org_color}; border-radius:4px }
.lo .tx { font-size:12px; line-height:1.3 } .lo .tx .n { font-size:13.5px; font-weight:bold }
.hd { display:flex; align-items:center; margin-top:14px }
.hd .s { width:30%; display:flex; justify-content:center }
.hd .h { width:40%; text-align:center; font: 27px ${face}; line-height:1.2 }
.hd hr, .aw hr, .st hr { border:0; border-top:1px solid #999; margin:6px 0 }
.art { width:130px; height:86px; background:linear-gradient(135deg, ${org_color}, ${sp_color}); color:#fff; font: bold 13px ${sans}; display:flex; align-items:flex-end; padding:6px; letter-spacing:1px }
.seal { width:92px; height:92px; border-radius:50%; border:5px double ${gold}; color:${gold}; display:flex; align-items:center; justify-content:center; text-align:center; font: bold 11px ${sans}; letter-spacing:1px }
.aw, .ev { width:40%; margin:18px auto 0; text-align:center }
.aw { font-size:15.5px } .aw b { font-size:19px }
.ev { font-size:17px } .ev b { display:block } .ev span { font-size:13px }
.st { display:flex; justify-content:space-evenly; margin:44px 0 0 }
.st div { width:27%; text-align:center; font-weight:bold; font-size:17px }
.st span { font-weight:normal; font-size:13px }
.sm { text-align:center; font-size:12px; margin-top:56px }
.cr { text-align:center; margin-top:8px; font-size:15px }
.ad { text-align:center; font-size:12px; margin-top:18px; font-weight:bold }
</style>
<div class="c">
 <div class="yr">${year}</div>
 <div class="lo">
  <div class="b"><div class="mk">${sp_mark}</div><div class="tx"><div class="n">${sponsor}</div>${sponsor_line}</div></div>
  <div class="b r"><div class="mk">${org_mark}</div><div class="tx"><div class="n">${org}</div>${org_line}</div></div>
 </div>
 <div class="hd"><div class="s"><div class="art">${art}</div></div><div class="h"><hr>CERTIFICATE OF CONTINUING EDUCATION</div><div class="s"><div class="seal">${seal_html}</div></div></div>
 <div class="aw">This certificate awarded to<br><b>${name}</b><hr>In recognition of attending</div>
 <div class="ev"><b>${title}</b><span>${date}${time}</span><br>${delivery}</div>
 <div class="st">${staff_html}</div>
 <div class="sm">${basis}</div>
 <div class="cr">CEC CREDITS EARNED: ${hours}</div>
 <div class="cr">${id_label}: ${cert_no}</div>
 <div class="ad">${street}, ${town} ${phone}</div>
</div>
"""

ROLES = ["Moderator", "Presenter", "Education Chair", "Speaker", "CE Coordinator"]


def _initials(text: str) -> str:
    words = [w for w in text.replace("&", "").replace(",", "").split() if w[0].isupper()]
    return "".join(w[0] for w in words)[:4]


def fill(d):
    from corpus import values as V

    r = d.rng
    org = d.provider()
    sponsor = d.pick([m for m, _ in V.MANUFACTURERS])
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title("plain")
    date = d.date(d.pick(["long", "long", "weekday", "short_month", "us_numeric"]))
    start = d.pick([8 * 60, 9 * 60 + 30, 10 * 60 + 45, 13 * 60 + 15, 15 * 60])
    end = start + round(d.credit * 60) + d.pick([0, 0, 10])

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"

    staff = []
    for role in r.sample(ROLES, d.pick([2, 3, 3])):
        staff.append(f"<div>{d.person()}<hr><span>{role}</span></div>")
    street, town = d.address()
    return {
        "face": d.pick(
            ["Helvetica, 'Nimbus Sans', Arial, sans-serif", d.fonts["sans"], d.fonts["serif"]]
        ),
        "sans": d.fonts["sans"],
        "sp_color": d.pick(["#1e6091", "#2d6a4f", "#9c6644", "#444"]),
        "sp_radius": d.pick(["50%", "10px"]),
        "org_color": d.colors["dark"],
        "gold": d.pick(["#a67c00", "#8b0000", "#1e6091"]),
        "year": str(d.completed.year),
        "sp_mark": _initials(sponsor),
        "sponsor": sponsor,
        "sponsor_line": d.pick(
            ["Education sponsor", "Proud sponsor of the education program", "Session sponsor"]
        ),
        "org_mark": _initials(d.org_alt or org),
        "org": org,
        "org_line": d.pick(
            ["Annual conference and trade show", f"{d.venue()}", "Presented by the show organizer"]
        ),
        "art": (d.org_alt or org).upper(),
        "seal_html": d.pick(["CE<br>APPROVED", "OFFICIAL<br>SEAL", "CEC<br>SESSION"]),
        "name": name,
        "title": title,
        "date": date,
        "time": f" · {clock(start)} – {clock(end)}" if d.chance(0.6) else "",
        "delivery": d.pick(["In person", "Classroom session", "Live session", "Hall B breakout"]),
        "staff_html": "".join(staff),
        "basis": d.pick(
            [
                "In accordance with the standards of the IICRC continuing education program, CECs have "
                "been granted based on a 60-minute hour.",
                "Credit is granted for attendance at the full session; one CEC is one hour of instruction.",
            ]
        ),
        "hours": d.hours_number(),
        "id_label": d.pick(["IICRC CERTIFICATION NUMBER", "REGISTRANT NUMBER", "LICENSE NUMBER"]),
        "cert_no": d.pick([str(r.randrange(100000, 999999)), f"WA {r.randrange(10000, 99999)}"]),
        "street": street,
        "town": town,
        "phone": d.phone(),
    }
