"""An open "CE passport" booklet handed out at a trade show, copied as a
two-page spread on a landscape sheet and modelled on a real passport. The
left page is the data page: the show's name across the top as the issuing
authority, a photo box, small bilingual-style caps labels over typed
values (type, code, passport number, holder, company, date of issue,
valid until, issuing desk) and two lines of machine-readable zone in
monospace along the foot. The right page is a stamp page on a fine
guilloche ground: several exhibitor and hall stamps at angles (no credit),
and the IICRC booth stamp, which names the registration, the date and the
credit, with a booth worker's initials over it."""

SOURCE = (
    "Arg0s1080/mrz:examples/mrz_generator_samples/passport_uto.py (ICAO 9303 TD3 data page: "
    "type, country code, surname, given names, document number, dates, two 44-character MRZ "
    "lines); wording: trade-show exhibit-hall passports stamped at each booth"
)
KIND = "booth"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "labelled",
    "stamp",
    "provider-in-logo",
    "distractor-date",
    "mono",
    "pattern",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#e9e9e6; font-family:${sans} }
.bk { position:absolute; left:50%; top:50%; width:940px; height:640px; margin:-320px 0 0 -470px; display:flex;
  box-shadow:0 6px 18px rgba(0,0,0,.25); border-radius:12px }
.pp { position:relative; width:470px; height:640px; overflow:hidden; background:${paper} }
.l { border-radius:12px 0 0 12px; background: linear-gradient(90deg, ${paper} 88%, #d9d5c8 100%) }
.r { border-radius:0 12px 12px 0;
  background: linear-gradient(90deg, #d9d5c8 0%, transparent 9%),
    repeating-radial-gradient(circle at 30% 40%, transparent 0 7px, ${guil} 7px 8px),
    repeating-linear-gradient(35deg, transparent 0 11px, ${guil} 11px 12px), ${paper} }
.hd { position:absolute; left:26px; right:22px; top:20px; border-bottom:2px solid ${dark}; padding-bottom:6px }
.hd .k { font: bold 10px ${sans}; letter-spacing:2.5px; color:${dark}; text-transform:uppercase }
.hd .e { font: bold 18px ${display}; color:#1a1a1a; line-height:22px; margin-top:2px }
.ph { position:absolute; left:26px; top:100px; width:118px; height:150px; border:1px solid #999; background:#dedbd3; overflow:hidden }
.ph:before { content:""; position:absolute; left:34px; top:24px; width:50px; height:58px; border-radius:50%; background:#b9b5aa }
.ph:after { content:""; position:absolute; left:14px; top:92px; width:90px; height:80px; border-radius:45px 45px 0 0; background:#b9b5aa }
.f { position:absolute; font: 13px ${mono}; color:#111; line-height:16px; white-space:nowrap }
.f i { display:block; font: 8px ${sans}; letter-spacing:.6px; color:#6b6555; font-style:normal; text-transform:uppercase; line-height:11px }
.f.b { font: bold 14.5px ${sans} }
.mrz { position:absolute; left:20px; right:20px; bottom:22px; font: 13px ${mono}; letter-spacing:1px; line-height:22px; color:#111;
  white-space:pre; background:rgba(255,255,255,.55); padding:6px 6px }
.sg { position:absolute; left:26px; top:392px; width:260px; border-bottom:1px solid #777; height:54px }
.sg i, .hh i { display:block; font: 8px ${sans}; letter-spacing:.6px; color:#6b6555; font-style:normal; text-transform:uppercase }
.hh { position:absolute; left:26px; top:466px; right:24px; font: 11px ${sans}; color:#333; line-height:15px }
.pn { position:absolute; bottom:8px; font: 10px ${sans}; color:#777 } .l .pn { left:26px } .r .pn { right:24px }
.rt { position:absolute; left:34px; right:20px; top:18px; font: bold 10px ${sans}; letter-spacing:3px; color:#8a8370; text-transform:uppercase }
.st { position:absolute; text-align:center; font-family:${cond}; opacity:.86 }
.st.sq { border:2.5px solid; padding:6px 10px; border-radius:4px; font-size:12px; line-height:15px; font-weight:bold }
.st.ov { border:2.5px double; border-radius:50%; padding:20px 14px; font-size:11.5px; line-height:14px; font-weight:bold }
.main { position:absolute; left:${mx}px; top:${my}px; width:250px; border:3px solid ${ink}; color:${ink}; border-radius:${m_radius};
  padding:10px 12px; text-align:center; transform:rotate(${m_rot}deg); font-family:${cond}; opacity:.9 }
.main .h { font: bold 12px ${sans}; letter-spacing:2px; border-bottom:1.5px solid ${ink}; padding-bottom:4px }
.main .t { font: bold 17px ${cond}; margin-top:5px; line-height:19px }
.main .d { font: bold 20px ${mono}; margin-top:5px; letter-spacing:1px }
.main .c { font: bold 15px ${cond}; margin-top:4px; border-top:1.5px solid ${ink}; padding-top:4px }
.ini { position:absolute; left:${ix}px; top:${iy}px; font: 28px ${hand}; color:#1b2f6b; transform:rotate(-8deg) }
</style>
<div class="pg"><div class="bk">
 <div class="pp l">
  <div class="hd"><div class="k">${kicker}</div><div class="e">${event}</div></div>
  <div class="ph"></div>
  <div class="f" style="left:164px;top:100px"><i>Type / Type</i>${doc_type}</div>
  <div class="f" style="left:254px;top:100px"><i>Code</i>IICRC</div>
  <div class="f" style="left:330px;top:100px"><i>Passport No.</i>${pass_no}</div>
  <div class="f b" style="left:164px;top:140px"><i>${holder_label}</i>${name}</div>
  <div class="f" style="left:164px;top:180px"><i>Company / Employer</i>${company}</div>
  <div class="f" style="left:164px;top:220px"><i>Date of issue</i>${issued}</div>
  <div class="f" style="left:314px;top:220px"><i>Valid until</i>${valid}</div>
  <div class="f" style="left:26px;top:270px"><i>Issuing desk</i>${desk}</div>
  <div class="f" style="left:214px;top:270px"><i>Badge</i>${badge}</div>
  <div class="f" style="left:26px;top:310px;white-space:normal;width:418px;font:11px ${sans};color:#555;line-height:15px"><i>Holder's note</i>${note}</div>
  <div class="sg"><i>Signature of holder</i>${scrawl_html}</div>
  <div class="hh"><i>${hall_label}</i>${hall_hours}</div>
  <div class="mrz">${mrz1}
${mrz2}</div>
  <div class="pn">2</div>
 </div>
 <div class="pp r">
  <div class="rt">${stamp_page_title}</div>
  ${stamps_html}
  <div class="main"><div class="h">${stamp_head}</div><div class="t">${title}</div><div class="d">${date}</div><div class="c">${hours}</div></div>
  <div class="ini">${initials}</div>
  <div class="pn">${page_no}</div>
 </div>
</div></div>
"""

OTHER_STAMPS = [
    ("ENTRY", "EXHIBIT HALL {hall}"),
    ("VISITED", "BOOTH {booth}"),
    ("DEMO THEATER", "SEATED"),
    ("TRUCKMOUNT ROW", "BOOTH {booth}"),
    ("CHECKED", "REGISTRATION"),
    ("DRYING PAVILION", "VISITED"),
    ("SOFTWARE ALLEY", "BOOTH {booth}"),
]
COLORS = ["#8b1a1a", "#1b3f8b", "#2d6a2d", "#5a2d82", "#9c4a00", "#333"]
COMPANIES = [
    "RAPID DRY RESTORATION",
    "HOMETOWN CARPET CARE",
    "PRIME MITIGATION LLC",
    "BLUE LINE CLEANING",
    "SERVICEFIRST WATER & FIRE",
]


def _mrz_name(text: str) -> str:
    from unicodedata import normalize

    plain = normalize("NFKD", text).encode("ascii", "ignore").decode().upper()
    return "".join(c if c.isalpha() else "<" for c in plain)


def _scrawl(r) -> str:
    x, pts = 4, ["M4 26"]
    for _ in range(r.randrange(6, 10)):
        x += r.randrange(14, 28)
        pts.append(f"Q{x - 9} {r.randrange(2, 16)} {x} {r.randrange(20, 36)}")
    return (
        f'<svg width="{x + 8}" height="40" viewBox="0 0 {x + 8} 40"><path d="{" ".join(pts)}" '
        'fill="none" stroke="#1b2f6b" stroke-width="1.6"/></svg>'
    )


def fill(d):
    r = d.rng
    pass_no = f"{r.choice('CEPX')}{r.randrange(10000000, 99999999)}"
    name_style = d.pick(["last_first", "upper", "plain"])
    name = d.name(name_style)
    holder_labels = ["Holder / Titulaire", "Name of holder"]
    if name_style == "last_first":
        holder_labels.append("Surname, given names")
    line1 = f"PCIICRC{_mrz_name(d.last)}<<{_mrz_name(d.first)}"
    line1 = (line1 + "<" * 44)[:44]
    yy = d.completed.year % 100
    line2 = f"{pass_no}<{r.randrange(0, 9)}IIC{yy:02d}{d.completed.month:02d}{d.completed.day:02d}{r.randrange(0, 9)}"
    line2 = (line2 + "<" * 44)[:42] + f"{r.randrange(10, 99)}"
    stamps = []
    spots = [(40, 70), (250, 60), (40, 460), (270, 470), (150, 540)]
    r.shuffle(spots)
    count = d.pick([2, 3, 4])
    for (x, y), (top, bottom) in zip(spots[:count], r.sample(OTHER_STAMPS, count), strict=True):
        color = r.choice(COLORS)
        shape = r.choice(["sq", "ov"])
        text = bottom.format(hall=r.choice("ABCDE"), booth=r.randrange(100, 2999))
        day = d.other_date("start", d.pick(["dd_mon_yyyy", "us_short"])).upper()
        stamps.append(
            f'<div class="st {shape}" style="left:{x}px;top:{y}px;color:{color};border-color:{color};'
            f'transform:rotate({r.randrange(-18, 18)}deg)">{top}<br>{text}<br>{day}</div>'
        )
    staff = d.person().split()
    mx, my = d.pick([(100, 210), (120, 230), (90, 250)])
    return {
        "paper": d.pick(["#f4efe1", "#eef1ea", "#f2ece6", "#eef0f4"]),
        "guil": d.pick(["rgba(120,140,170,.13)", "rgba(150,120,140,.13)", "rgba(110,150,120,.13)"]),
        "dark": d.pick(["#1f3a5f", "#5b2333", "#0b3d2e", "#3d2b1f"]),
        "ink": d.pick(["#8b1a1a", "#1b3f8b", "#6a1b4d"]),
        "kicker": d.pick(
            ["CE Passport · Passeport FC", "Continuing Education Passport", "Exhibit Hall Passport"]
        ),
        "event": d.provider(),
        "doc_type": "P",
        "pass_no": pass_no,
        "holder_label": d.pick(holder_labels),
        "name": name,
        "company": d.pick(COMPANIES),
        "issued": d.other_date("start", "dd_mon_yyyy").upper(),
        "valid": d.other_date("print", "dd_mon_yyyy").upper(),
        "desk": d.pick(["REGISTRATION · HALL A", "CE DESK · LOBBY B", "MAIN REGISTRATION"]),
        "badge": f"{r.randrange(100000, 999999)}",
        "note": d.pick(
            [
                "Have this passport stamped at participating booths. Education credit is given only "
                "where the stamp shows it.",
                "Stamps from exhibitors enter you in the daily drawing. Keep the IICRC page for your records.",
            ]
        ),
        "scrawl_html": _scrawl(r),
        "hall_label": d.pick(["Exhibit hall hours", "Hall open"]),
        "hall_hours": d.pick(
            [
                "Day 1  10:00–5:00 · Day 2  10:00–4:00 · Day 3  9:00–1:00",
                "Thu 11 AM – 6 PM · Fri 10 AM – 5 PM · Sat 10 AM – 2 PM",
            ]
        ),
        "mrz1": line1,
        "mrz2": line2,
        "stamp_page_title": d.pick(["Visas / Stamps", "Booth stamps", "Entries / Visits"]),
        "stamps_html": "".join(stamps),
        "mx": mx,
        "my": my,
        "m_radius": d.pick(["6px", "18px", "50% / 30%"]),
        "m_rot": d.pick([-9, -6, -3, 4, 7]),
        "stamp_head": d.pick(["REGISTERED", "VERIFIED", "CREDIT ISSUED", "VISITED"]),
        "title": d.set_title(
            d.pick(["IICRC BOOTH REGISTRATION", "IICRC Booth Registration"]),
            ["IICRC Booth Registration"],
        ),
        "date": d.date(d.pick(["dd_mon_yyyy", "us_numeric", "iso", "us_short"])).upper(),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "cecs_colon"])).upper(),
        "ix": mx + 190,
        "iy": my + 120,
        "initials": staff[0][0] + staff[-1][0],
        "page_no": d.pick(["7", "9", "11"]),
    }
