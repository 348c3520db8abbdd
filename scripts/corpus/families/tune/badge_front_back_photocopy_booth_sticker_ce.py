"""A photocopy on one portrait sheet of both faces of a trade-show badge,
kept as proof of the visit to the certification body's booth. The badge sits
in a clear plastic holder whose edges and lanyard slot print as a grey
outline, front above and back below, each a little askew. The front carries
the show's wordmark in light capitals on a dark band (the only place the
show is named), the badge name (the first name) very large, the full name
in bold, the company and the home town in italics, a coloured strip with
the admission type, a barcode with the badge number, and the show's days
and hall in tiny type under the band. The back is the show's own print: a
small table of exhibit-hall hours for each show day, the Wi-Fi network, the
lost-badge rule and a lanyard sponsor's line, and a boxed "continuing
education" panel on which the booth's label printer stuck a white label in
a monospaced face: the booth number, the booth registration, the name last
name first, the day and time the badge was scanned, the credit and the
staff member who scanned it. Under the two faces, often, a note in the
technician's own hand with the registrant number."""

SOURCE = (
    "LSSTDESC/name-tag-guru:latex/main.tex (a 4 x 3 inch insertable badge: logos at the lower "
    "corners, the event's days and venue in small centred type, a large badge name over the full "
    "name, the affiliation and a smaller italic line; a backside printed in the same run); the "
    "badge kept as evidence of attendance as described at "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education ('sign in at the "
    "IICRC booth at a trade show or convention ... evidence of his/her attendance (like a "
    "program, name tag, etc.)'); badge backs printed by show registration contractors with "
    "exhibit-hall hours, Wi-Fi and lost-badge notices, and label-printer stickers from booth "
    "badge scanners"
)
KIND = "booth"
PAPER = "letter-portrait"
CATEGORIES = (
    "portrait",
    "dark-band",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "distractor-org",
    "handwriting",
)

TEMPLATE = """<style>
.sheet { position:absolute; inset:0; background:${paper_bg} }
.hold { position:absolute; left:${left}px; width:${hold_w}px; height:${hold_h}px; border:2px solid #8d8d8d; border-radius:12px;
  background:rgba(0,0,0,.035); box-shadow: inset 0 0 0 5px rgba(0,0,0,.05) }
.hold .slot { position:absolute; left:50%; top:7px; width:64px; height:11px; margin-left:-32px; border:2px solid #7a7a7a; border-radius:6px; background:#e2e2e2 }
.h1 { top:${top1}px; transform:rotate(${rot1}deg) } .h2 { top:${top2}px; transform:rotate(${rot2}deg) }
.face { position:absolute; left:${inset}px; top:${face_top}px; width:384px; height:288px; background:#fff; overflow:hidden;
  transform:scale(${scale}); transform-origin:0 0; font-family:${sans}; color:#111 }
.band { position:absolute; left:0; right:0; top:0; height:46px; background:${dark}; color:#fff; display:flex; align-items:center;
  padding:0 14px; gap:10px }
.band .mk { width:28px; height:28px; flex:none; border:2px solid ${pale}; transform:rotate(45deg) }
.band .wm { font: bold ${wm_px}px ${wfont}; letter-spacing:${wm_ls}px; line-height:1.05; white-space:nowrap }
.when { position:absolute; left:0; right:0; top:52px; text-align:center; font-size:8.5px; color:#444; letter-spacing:.3px }
.first { position:absolute; left:0; right:0; top:68px; text-align:center; font: bold ${first_px}px ${nfont}; line-height:1; white-space:nowrap }
.full { position:absolute; left:0; right:0; top:${full_top}px; text-align:center; font: bold 16px ${nfont} }
.co { position:absolute; left:0; right:0; top:${co_top}px; text-align:center; font-size:13px }
.town { position:absolute; left:0; right:0; top:${town_top}px; text-align:center; font: italic 12px ${sans}; color:#333 }
.bc { position:absolute; left:16px; bottom:36px; height:24px; display:flex }
.bc i { display:block; height:24px }
.bcn { position:absolute; left:16px; bottom:26px; font: 8px ${mono}; letter-spacing:1px }
.type { position:absolute; left:0; right:0; bottom:0; height:22px; background:${type_bg}; color:${type_fg}; text-align:center;
  font: bold 12px ${sans}; letter-spacing:4px; line-height:22px }
.back .hh { position:absolute; left:14px; top:12px; width:166px; font-size:9px }
.back .hh b { display:block; font-size:9.5px; letter-spacing:1.5px; border-bottom:1.5px solid ${dark}; padding-bottom:2px; margin-bottom:3px; color:${dark} }
.back table { border-collapse:collapse; width:100% }
.back td { padding:1.5px 0; border-bottom:1px dotted #bbb; font-size:8.5px } .back td + td { text-align:right }
.back .info { position:absolute; left:14px; right:12px; top:${info_top}px; font-size:8px; line-height:11.5px; color:#333 }
.back .info p { margin-bottom:3px }
.back .ce { position:absolute; left:200px; right:12px; top:12px; height:${ce_h}px; border:1.5px solid ${dark}; padding:4px 6px }
.back .ce .cap { font: bold 8.5px ${sans}; letter-spacing:1.2px; color:${dark} }
.back .ce .hint { font-size:7.5px; color:#555; margin-top:2px; line-height:11px }
.lbl { position:absolute; left:${lbl_left}px; top:${lbl_top}px; width:164px; background:#fff; border:1px solid #cfcfcf;
  box-shadow:1px 1px 0 rgba(0,0,0,.15); transform:rotate(${lbl_rot}deg); padding:5px 7px; font: 8.5px ${mono}; line-height:13px; color:#000 }
.lbl .t { font-weight:bold; font-size:9px }
.lbl .rule { border-top:1px dashed #000; margin:3px 0 }
.spon { position:absolute; left:0; right:0; bottom:0; height:22px; border-top:1px solid #ccc; text-align:center; font-size:8px;
  line-height:22px; color:#555; letter-spacing:.4px }
.note { position:absolute; left:${note_left}px; top:${note_top}px; font: ${note_px}px ${hand}; color:${note_ink}; transform:rotate(-1.5deg); white-space:nowrap }
</style>
<div class="sheet"></div>
<div class="hold h1"><div class="slot"></div>
 <div class="face">
  <div class="band"><div class="mk"></div><div class="wm">${wordmark}</div></div>
  <div class="when">${show_line}</div>
  <div class="first">${first}</div>
  <div class="full">${name}</div>
  <div class="co">${company}</div>
  <div class="town">${town}</div>
  <div class="bc">${bars_html}</div>
  <div class="bcn">${badge_no}</div>
  <div class="type">${admission}</div>
 </div>
</div>
<div class="hold h2"><div class="slot"></div>
 <div class="face back">
  <div class="hh"><b>${hours_head}</b><table>${hall_rows_html}</table></div>
  <div class="info">${info_html}</div>
  <div class="ce"><div class="cap">${ce_cap}</div><div class="hint">${ce_hint}</div>
   <div class="lbl">
    <div class="t">${lbl_head}</div>
    <div>${title}</div>
    <div class="rule"></div>
    <div>${lbl_name}</div>
    <div>${scan_label} ${day} ${clock}</div>
    <div>${credit}</div>
    <div>${staff_label} ${staff}</div>
   </div>
  </div>
  <div class="spon">${sponsor}</div>
 </div>
</div>
${note_html}
"""

COMPANIES = [
    "Summit Water & Fire Recovery",
    "Tri-County Disaster Restoration",
    "Crown Point Carpet & Restoration",
    "BlueLine Property Restoration",
    "Evergreen Mitigation Group",
    "Keystone Cleaning & Restoration",
    "Heritage Fire & Flood Services",
    "Allied Restoration Partners",
    "Prestige Carpet Care",
    "Rapid Dry Water Removal",
]
SPONSORS = [
    "AeroDry Equipment Co.",
    "Pureflo Chemical Company",
    "Vortex Extraction Systems",
    "Hydrotherm Drying Products",
    "Clearview Odor Solutions",
]
ADMISSIONS = [
    ("ATTENDEE", None),
    ("FULL CONFERENCE", None),
    ("EXPO ONLY", None),
    ("EXPO HALL", None),
    ("FIRST-TIMER", None),
]
TYPE_COLOURS = [("#c8102e", "#fff"), ("#1e6091", "#fff"), ("#f2c230", "#111"), ("#2d6a4f", "#fff")]
WEEKDAY_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _bars(d):
    out = []
    for i in range(44):
        w = d.pick([1, 1, 1, 2, 2, 3])
        colour = "#000" if i % 2 == 0 else "#fff"
        out.append(f'<i style="width:{w}px;background:{colour}"></i>')
    return "".join(out)


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    c = d.completed
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1), (1, 0)])
    start = c - timedelta(days=before)
    end = c + timedelta(days=after)
    venue = d.venue()
    show_line = f"{fmt_range(start, end, r)} \u00b7 {venue}"

    hall_rows = []
    day = start
    opens = d.pick(["10:00 AM", "9:30 AM", "11:00 AM"])
    while day <= end:
        closes = (
            "2:00 PM" if day == end and d.chance(0.6) else d.pick(["5:00 PM", "6:00 PM", "4:30 PM"])
        )
        label = f"{WEEKDAY_SHORT[day.weekday()]}, {MONTH_SHORT[day.month - 1]} {day.day}"
        hall_rows.append(f"<tr><td>{label}</td><td>{opens} \u2013 {closes}</td></tr>")
        day += timedelta(days=1)

    wordmark = d.provider(d.pick(["upper", "upper", None]))
    name = d.name(d.pick(["plain", "plain", "upper"]))
    first = d.first.split()[0] if d.chance(0.3) else d.first
    title = d.title(d.pick(["upper", "upper", "plain"]))
    day_text = d.date(d.pick(["us_numeric", "us_short", "dd_mon_yyyy", "iso", "short_month"]))
    hour = r.choice([9, 10, 11, 12, 13, 14, 15, 16])
    clock = f"{hour:02d}:{r.randrange(0, 60):02d}"
    credit_style = d.pick(["cecs_colon", "iicrc_cec", "cec_hours", "hrs"])
    hours = d.hours(credit_style)
    credit = hours if credit_style in ("cecs_colon", "iicrc_cec") else f"CREDIT: {hours}"
    staff = d.person()
    if d.chance(0.7):
        staff = f"{staff.split()[0][0]}. {staff.split()[-1]}"
    booth = d.pick([f"{r.randrange(1, 28)}{r.randrange(0, 99):02d}", f"{r.randrange(100, 999)}"])
    reg_no = f"{r.randrange(100000, 9999999):07d}"

    info = [
        f"<p><b>Wi-Fi:</b> {d.pick(['ShowGuest', 'Expo_Attendee', 'HallWiFi'])} \u00b7 "
        f"password {d.pick(['restore', 'drying', 'clean'])}{r.randrange(10, 99)}</p>",
        "<p>Badges must be worn at all times in the exhibit hall. Lost badges are replaced at "
        "Registration for a fee.</p>",
        "<p>Exhibitors may scan this badge to send you product information.</p>",
    ]
    if d.chance(0.3):
        info.insert(1, "<p>Badge is not transferable. Children under 16 are not admitted.</p>")

    note_html = ""
    if d.chance(0.65):
        text = d.pick(
            [
                f"IICRC # {reg_no} \u2013 badge front & back",
                f"Reg. # {reg_no}  booth CECs",
                f"for CEC file \u2013 IICRC {reg_no}",
            ]
        )
        note_html = f'<div class="note">{text}</div>'

    ce_h = d.pick([146, 152])
    scale = d.pick([1.3, 1.35, 1.4])
    inset = 12
    face_w, face_h = round(384 * scale), round(288 * scale)
    hold_w, hold_h = face_w + 2 * inset, face_h + 2 * inset + 14
    top1 = d.pick([54, 64, 72])
    top2 = top1 + hold_h + d.pick([36, 44, 52])
    admission = d.pick(ADMISSIONS)[0]
    type_bg, type_fg = d.pick(TYPE_COLOURS)
    long_name = len(name) > 24
    return {
        "paper_bg": d.pick(["#fbfbfa", "#f6f6f4", "#f1f1ef"]),
        "left": (816 - hold_w) // 2 + d.pick([-14, 0, 10]),
        "hold_w": hold_w,
        "hold_h": hold_h,
        "top1": top1,
        "top2": top2,
        "rot1": d.pick([-0.5, -0.25, 0.25, 0.45]),
        "rot2": d.pick([-0.45, -0.2, 0.3, 0.5]),
        "inset": inset,
        "face_top": inset + 14,
        "scale": scale,
        "pale": d.pick(["#f2c230", "#9fc6e8", "#e8b4a0", "#b5d6b2"]),
        "wordmark": wordmark,
        "wm_px": 17 if len(wordmark) <= 22 else 14 if len(wordmark) <= 28 else 12.5,
        "wm_ls": d.pick([0, 0.4, 0.8]),
        "wfont": d.fonts[d.pick(["sans", "cond", "display"])],
        "show_line": show_line,
        "first": first.upper() if name.isupper() else first,
        "first_px": 50 if len(first) <= 7 else 40 if len(first) <= 10 else 32,
        "nfont": d.fonts[d.pick(["sans", "cond"])],
        "name": name,
        "full_top": 124,
        "co_top": 148 if not long_name else 150,
        "company": d.pick(COMPANIES),
        "town": d.city(),
        "town_top": 168,
        "bars_html": _bars(d),
        "badge_no": f"{r.randrange(10000000, 99999999)}",
        "admission": admission,
        "type_bg": type_bg,
        "type_fg": type_fg,
        "hours_head": d.pick(["EXHIBIT HALL HOURS", "EXPO HALL HOURS", "SHOW FLOOR HOURS"]),
        "hall_rows_html": "".join(hall_rows),
        "info_top": 12 + ce_h + 8,
        "ce_h": ce_h,
        "info_html": "".join(info),
        "ce_cap": d.pick(["CONTINUING EDUCATION", "CE CREDIT", "CEC VERIFICATION"]),
        "ce_hint": d.pick(
            [
                "Credit label placed by booth staff",
                "For approved booth credit labels",
                "Booth staff place labels here",
            ]
        ),
        "lbl_left": d.pick([-6, -2, 2]),
        "lbl_top": d.pick([32, 36, 40]),
        "lbl_rot": d.pick([-0.6, -0.3, 0.3, 0.6]),
        "lbl_head": f"IICRC BOOTH #{booth}",
        "title": title,
        "lbl_name": f"{d.last.upper()}, {d.first.upper()}",
        "scan_label": d.pick(["SCANNED", "SCAN", "DATE"]),
        "day": day_text,
        "clock": clock,
        "credit": credit,
        "staff_label": d.pick(["BY:", "STAFF:", "REP:"]),
        "staff": staff.upper(),
        "sponsor": f"{d.pick(['Lanyards', 'Badges', 'Badge holders'])} sponsored by "
        f"{d.pick(SPONSORS)}",
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "note_left": d.pick([70, 110, 150]),
        "note_top": top2 + hold_h + d.pick([22, 30]),
        "note_px": d.pick([24, 27]),
        "note_ink": d.pick(["#1d3f8f", "#222", "#2a2a6e"]),
        "note_html": note_html,
    }
