"""A photocopy of a session sign-in sheet from a convention classroom, portrait:
a typed header block (show, session, speaker, room, date, time and credit),
then a ruled grid where each attendee wrote name, company, IICRC number and
times in by hand; one row, the holder's, is run over with a yellow
highlighter. The copy is a little grey with a darker toner edge."""

SOURCE = (
    "induwara-dissanayake/Hospital-Management-System-JSP:hospital_management_system/src/main/"
    "webapp/views/reception/receptionAttendance.jsp (name/date/time attendance table); wording: "
    "classroom sign-in sheets that convention education staff copy for CEC claims"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "table",
    "portrait",
    "script-name",
    "handwriting",
    "distractor-person",
    "labelled",
    "time-attended",
    "photocopy",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${toner} }
.edge { position:absolute; left:0; top:0; bottom:0; width:14px; background:linear-gradient(90deg, #777, rgba(0,0,0,0)) }
.w { position:absolute; inset:44px 40px 40px 46px; font: 12px ${sans}; color:#151515 }
h1 { font: bold 20px ${head}; margin:0 0 2px; text-transform:uppercase; letter-spacing:1px }
.ev { font-size:13px; margin-bottom:10px }
.hb { display:grid; grid-template-columns: 1fr 1fr; gap:0; border:1.5px solid #222; margin-bottom:10px }
.hb div { padding:4px 7px; border-bottom:1px solid #555; font-size:12.5px }
.hb div:nth-child(odd) { border-right:1px solid #555 }
.hb b { font-size:10px; text-transform:uppercase; letter-spacing:.6px; margin-right:5px; color:#333 }
.hb .wide { grid-column: 1 / 3; border-right:none !important }
.inst { font-size:10.5px; margin-bottom:6px; color:#333 }
table { width:100%; border-collapse:collapse; table-layout:fixed }
th { border:1.5px solid #222; background:#d9d9d9; font-size:9.5px; text-transform:uppercase; letter-spacing:.4px; padding:4px 4px; text-align:left }
td { border:1px solid #333; height:${row_h}px; padding:0 5px; white-space:nowrap; font-size:${hw_px}px; font-family:inherit; color:#1d1d2a; vertical-align:middle }
td.n { font: 10px ${sans} !important; text-align:center; color:#333 }
tr.me td { background:${marker} }
td .nm { font: ${me_px}px ${script}; }
.foot { position:absolute; left:46px; right:40px; bottom:22px; display:flex; justify-content:space-between; font-size:9.5px; color:#444 }
</style>
<div class="bg"></div><div class="edge"></div>
<div class="w">
 <h1>${heading}</h1>
 <div class="ev">${event} &middot; ${venue}</div>
 <div class="hb">
  <div class="wide"><b>Session</b>${title}</div>
  <div><b>${spk_label}</b>${speaker}</div><div><b>Room</b>${room}</div>
  <div><b>Date</b>${date}</div><div><b>Time</b>${span}</div>
  <div><b>${credit_label}</b>${hours}</div><div><b>${mon_label}</b>${monitor}</div>
 </div>
 <div class="inst">${instructions}</div>
 <table>
  <colgroup><col style="width:26px"><col style="width:${c_name}%"><col style="width:${c_co}%"><col style="width:15%"><col style="width:10%"><col style="width:10%"></colgroup>
  <tr><th>#</th><th>${name_head}</th><th>Company</th><th>IICRC #</th><th>In</th><th>Out</th></tr>
  ${rows_html}
 </table>
</div>
<div class="foot"><span>${page}</span><span>${office}</span></div>
"""

HANDS = ["Kristi", "Dancing Script", "Kaushan Script", "Z003"]
COMPANIES = [
    "Tri-County Restoration",
    "Summit Water & Fire",
    "Rapid Dry",
    "BlueLine Restoration",
    "ServiceMaster by Kline",
    "Heritage Fire & Flood",
    "Allied Restoration",
    "Crown Point Carpet",
    "Evergreen Mitigation",
    "Keystone Cleaning",
    "self",
    "Prestige Carpet Care",
]


def fill(d):
    from html import escape

    r = d.rng
    minutes = int(d.credit * 60)
    start = d.pick([8 * 60, 9 * 60, 10 * 60 + 30, 13 * 60, 14 * 60 + 30, 15 * 60])

    def t12(m, suffix=True):
        h, mm = divmod(m, 60)
        out = f"{(h - 1) % 12 + 1}:{mm:02d}"
        return out + (" " + ("AM" if h < 12 else "PM") if suffix else "")

    n_rows = d.pick([18, 20, 22])
    me = r.randrange(2, n_rows - 2)
    name = d.name(d.pick(["plain", "plain", "last_first"]))
    rows = []
    for i in range(1, n_rows + 1):
        if i == me:
            who = f'<span class="nm">{escape(name)}</span>'
            co = escape(d.pick(COMPANIES))
        elif i > n_rows - d.pick([2, 3, 4]):
            rows.append(
                f'<tr><td class="n">{i}</td><td></td><td></td><td></td><td></td><td></td></tr>'
            )
            continue
        else:
            who = escape(d.person())
            co = escape(d.pick(COMPANIES))
        tin = start - r.randrange(0, 12)
        tout = start + minutes + r.randrange(0, 6)
        cls = ' class="me"' if i == me else ""
        hand = f"font-family:'{d.pick(HANDS)}', cursive"
        rows.append(
            f'<tr{cls} style="{hand}"><td class="n">{i}</td><td>{who}</td><td>{co}</td>'
            f"<td>{r.randrange(100000, 9999999)}</td><td>{t12(tin, False)}</td>"
            f"<td>{t12(tout, False)}</td></tr>"
        )
    return {
        "rows_html": "".join(rows),
        "toner": d.pick(["#f1f1ef", "#ececea", "#f4f4f2"]),
        "head": d.fonts[d.pick(["sans", "cond"])],
        "row_h": 30,
        "hw_px": d.pick([17, 18]),
        "me_px": d.pick([20, 21]),
        "marker": d.pick(["rgba(255,235,59,.75)", "rgba(255,241,118,.85)", "rgba(250,225,40,.6)"]),
        "c_name": 35,
        "c_co": 26,
        "heading": d.pick(["Session Sign-In Sheet", "Attendance Sign-In", "CE Session Roster"]),
        "event": d.provider(),
        "venue": d.venue(),
        "title": d.title("plain"),
        "spk_label": d.pick(["Speaker", "Presenter", "Instructor"]),
        "speaker": d.person(),
        "room": d.pick(["Room 204B", "Learning Theater 1", "Ballroom C", "Room 118", "Salon F"]),
        "date": d.date(d.pick(["long", "us_numeric", "weekday", "short_month"])),
        "span": f"{t12(start)} \u2013 {t12(start + minutes)}",
        "credit_label": d.pick(["CEC hours", "IICRC CECs", "Credit"]),
        "hours": d.hours_number(),
        "mon_label": d.pick(["Monitor", "Room host"]),
        "monitor": d.person(),
        "instructions": d.pick(
            [
                "Please print clearly. Sign in on arrival and record your time out when you leave. "
                "Credit requires full attendance.",
                "Print your name as it appears on your IICRC record. Incomplete rows will not be credited.",
            ]
        ),
        "name_head": d.pick(["Name (print)", "Attendee name", "Printed name"]),
        "page": f"Page {d.pick([1, 1, 2])} of {d.pick([2, 3])}",
        "office": d.pick(
            [
                "Return to the Education Office after the session",
                "Copy for attendee records",
                "Monitor: return sheet to registration",
            ]
        ),
    }
