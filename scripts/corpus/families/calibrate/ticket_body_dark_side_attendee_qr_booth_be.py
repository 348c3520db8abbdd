"""A booth registration ticket printed at the show on card stock, landscape,
shaped like an event ticket: a white body on the left with the show's
wordmark (a coloured mark and the show's name, the only place it is named)
and then stacked blocks, each a small muted label over its value: the
activity, the booth's number and hall, the show's dates as a span, the
venue, the credit and a line on how the credit is posted. On the right a
dark side panel in light type, parted from the body by a dashed tear line
with notches, holds a QR code with a line asking to keep the stub, an
"attendee" block (registration code, name, company, city) and the name of
the booth staff member who scanned the badge with the time of the scan."""

SOURCE = (
    "pradesga/fgsby:inc/ticket/template.tpl (an event ticket: body with the brand, muted labels "
    "over the event, speakers, date and time and location; a side with a QR code, 'Scan this QR "
    "code at the event', and an attendee block of code, name, e-mail and city); booth "
    "registration as IICRC staff describe it (registrants sign in at the IICRC booth at a trade "
    "show or convention for CECs)"
)
KIND = "booth"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "landscape",
    "labelled",
    "dark-band",
    "date-range",
    "provider-in-logo",
    "distractor-person",
    "qr",
)

TEMPLATE = """<style>
.bd { position:absolute; left:0; top:0; bottom:0; width:430px; background:#fff; border-left:8px solid ${accent} }
.br { position:absolute; left:28px; top:20px; display:flex; align-items:center; gap:9px }
.br .m { width:30px; height:30px; border-radius:7px; background:${accent}; color:#fff; font: bold 15px ${sans};
  display:flex; align-items:center; justify-content:center }
.br .n { font: bold ${brand_px}px ${display}; color:${dark}; white-space:nowrap; letter-spacing:.3px }
.bl { position:absolute; left:28px; width:384px }
.lb { font: 600 9.5px ${sans}; letter-spacing:1.4px; text-transform:uppercase; color:#8a8f98; margin-bottom:1px }
.vv { font: 14px ${sans}; color:#1a1a1a; line-height:18px }
.ac { font: bold 22px ${sans}; color:${dark}; line-height:26px }
.sd { position:absolute; right:0; top:0; bottom:0; width:242px; background:${dark}; color:#f2f2f2 }
.tear { position:absolute; left:430px; top:0; bottom:0; border-left:2px dashed #bbb }
.no { position:absolute; left:421px; width:18px; height:18px; border-radius:50%; background:#fff }
.qr { position:absolute; left:78px; top:18px; width:84px; height:84px; padding:5px; background:#fff;
  display:grid; grid-template-columns:repeat(12,6.2px); grid-auto-rows:6.2px }
.qr i { display:block }
.qn { position:absolute; left:18px; right:14px; top:110px; font: 10px ${sans}; line-height:13px; color:#d9dde3; text-align:center }
.at { position:absolute; left:24px; right:14px; top:152px }
.at .lb { color:#aab2bd }
.at .vv { color:#fff; font-size:13px; line-height:17px }
.at .nm { font: bold ${name_px}px ${sans}; color:#fff; line-height:20px; margin:2px 0 }
.sc { position:absolute; left:24px; right:14px; bottom:18px; font: 10px ${sans}; color:#c9cfd6; line-height:14px;
  border-top:1px solid rgba(255,255,255,.25); padding-top:6px }
</style>
<div class="bd"></div>
<div class="br"><div class="m">${initials}</div><div class="n">${event}</div></div>
<div class="bl" style="top:68px"><div class="lb">${l_activity}</div><div class="ac">${title}</div></div>
<div class="bl" style="top:122px"><div class="lb">${l_booth}</div><div class="vv">${booth}</div></div>
<div class="bl" style="top:166px"><div class="lb">${l_dates}</div><div class="vv">${dates}</div></div>
<div class="bl" style="top:210px"><div class="lb">${l_location}</div><div class="vv">${venue}</div></div>
<div class="bl" style="top:256px"><div class="lb">${l_credit}</div><div class="vv"><b>${hours}</b></div></div>
<div class="bl" style="top:310px"><div class="vv" style="font-size:10.5px;line-height:14px;color:#555">${note}</div></div>
<div class="sd">
 <div class="qr">${qr_html}</div>
 <div class="qn">${qr_note}</div>
 <div class="at"><div class="lb">${l_attendee}</div>
  <div class="vv">${reg_code}</div><div class="nm">${name}</div>
  <div class="vv">${company}<br>${home}</div></div>
 <div class="sc">${scanned}</div>
</div>
<div class="tear"></div>
<div class="no" style="top:-9px"></div><div class="no" style="bottom:-9px"></div>
"""

COMPANIES = [
    "Rapid Dry Restoration",
    "Apex Water & Fire Inc.",
    "Hometown Carpet Care",
    "Summit Peak Restoration",
    "BlueLine Cleaning Services",
    "True North Mitigation",
    "Oak & Ember Restoration",
]


def _clock(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'PM' if h >= 12 else 'AM'}"


def fill(d):
    r = d.rng
    event = d.provider(d.pick([None, None, None, "upper"]))
    words = [w for w in d.org_alt.split() if w[0].isupper()]
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title("plain")
    dates = d.date_range(d.pick([1, 2, 2]))
    hours = d.hours(d.pick(["cecs", "cec_hours", "iicrc_cec", "hours_title"]))
    staff = d.person()
    home = d.city()
    return {
        "initials": "".join(w[0] for w in words)[:2],
        "event": event,
        "brand_px": 19 if len(event) < 30 else 16,
        "l_activity": d.pick(["Activity", "Event", "Credit activity"]),
        "title": title,
        "l_booth": d.pick(["Booth", "Where", "Booth / Hall"]),
        "booth": f"IICRC {d.pick(['Booth', 'Booth #', 'Stand'])} {r.randrange(100, 2999)}"
        f"{d.pick(['', ', Hall A', ', Hall C', ', Expo Hall'])}",
        "l_dates": d.pick(["Show dates", "Date", "Date and time"]),
        "dates": dates,
        "l_location": "Location",
        "venue": d.venue(),
        "l_credit": d.pick(["Credit", "CEC credit", "Continuing education"]),
        "hours": hours,
        "note": d.pick(
            [
                "Credit is posted to the registrant's IICRC record after the show. "
                "One booth registration per registrant per show.",
                "Booth registration credit is reported by the IICRC; keep this ticket until it "
                "appears on your record.",
            ]
        ),
        "qr_html": "".join(
            f'<i style="background:{"#111" if r.random() < 0.5 else "#fff"}"></i>'
            for _ in range(144)
        ),
        "qr_note": d.pick(
            [
                "Scanned at the IICRC booth. Keep this stub as proof of attendance.",
                "Scan to view your registration. Keep this stub for your records.",
            ]
        ),
        "l_attendee": d.pick(["Attendee", "Registrant"]),
        "reg_code": f"{d.pick(['Reg #', 'Badge', 'IICRC #'])} {r.randrange(10000, 999999)}",
        "name": name,
        "name_px": 16 if len(name) < 22 else 14,
        "company": d.pick(COMPANIES),
        "home": home,
        "scanned": f"{d.pick(['Scanned by', 'Registered by', 'Booth staff:'])} {staff} · "
        f"{_clock(r.randrange(9 * 60, 17 * 60))}",
    }
