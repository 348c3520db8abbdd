"""A punch card handed out for a trade show's education day, printed on a small
card in landscape: the event's name and day across the top beside a
"CE Hours Card" label, lines for the attendee's name and registrant number
filled in by hand, then a ruled table of the day's blocks (registration and
breakfast, keynote, sessions, vendor hall, lunch), each with its start time,
its length and a CE column, and a punch column where the door monitor
punched the blocks the attendee sat through. One punched block is an
approved session with its CEC value; the rest carry none. At the foot a
box reads "CEC earned today" with the figure written in by the desk, the
desk's initials and a line of small print. Lengths are the schedule's."""

SOURCE = (
    "the punch cards and hours cards association chapters and regional shows hand out at "
    "education days (each block punched at the door, CE recorded only for approved sessions, "
    "card turned in or initialled at the exit desk); table layout after "
    "NADOOIT/NADOO-Wiki:docs/01-organisation/02-zeit_und_ausbildungsnachweise/01-beispiele/"
    "README.md (a day's activities in rows with an hours column and sign-off)"
)
KIND = "session"
PAPER = "slip"
CATEGORIES = ("slip", "table", "handwriting", "landscape", "labelled", "distractor-person")

TEMPLATE = """<style>
.card { position:absolute; inset:10px; border:${border}; padding:10px 14px; font: 10.5px ${face}; color:#1b1b1b; background:${paper} }
.hd { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:1.5px solid ${dark}; padding-bottom:4px }
.hd b { display:block; font: bold 14.5px ${head}; color:${dark}; line-height:17px } .hd span { font-size:10px; color:#444 }
.lbl { font: bold 11px ${face}; background:${dark}; color:#fff; padding:3px 8px; letter-spacing:1px; text-transform:uppercase; white-space:nowrap }
.who { display:flex; gap:14px; margin:6px 0 5px }
.who div { border-bottom:1px solid #555; position:relative; height:24px; flex:1 } .who div.s { flex:.6 }
.who small { position:absolute; left:0; bottom:-10px; font-size:7px; color:#555; text-transform:uppercase; letter-spacing:.4px }
.who i { position:absolute; left:3px; bottom:0; font: 17px ${hand}; font-style:normal; color:${ink}; white-space:nowrap }
table { width:100%; border-collapse:collapse; margin-top:20px; font-size:${tpx}px }
th { font-size:8px; text-transform:uppercase; letter-spacing:.4px; text-align:left; border-bottom:1px solid #333; padding:1px 4px; color:#333 }
th.c, td.c { text-align:center } th.n, td.n { text-align:right }
td { padding:2px 4px; border-bottom:1px solid #ccc; height:${row_h}px }
td.p { width:34px; text-align:center }
.hole { display:inline-block; width:11px; height:11px; border-radius:50%; background:#3a3a3a; box-shadow: inset 1px 1px 2px #000 }
.ring { display:inline-block; width:11px; height:11px; border-radius:50%; border:1px dashed #aaa }
.bot { display:flex; gap:12px; margin-top:12px; align-items:stretch }
.earn { border:1.5px solid ${dark}; padding:3px 8px; width:205px; position:relative }
.earn small { display:block; font-size:7.5px; text-transform:uppercase; letter-spacing:.5px; color:#444 }
.earn i { font: 20px ${hand}; font-style:normal; color:${ink} }
.earn em { position:absolute; right:6px; bottom:3px; font: 14px ${hand}; font-style:normal; color:${ink} }
.stub { position:absolute; left:14px; right:14px; bottom:8px; border-top:1.5px dashed #888; padding-top:5px; font-size:8.5px; color:#444; display:flex; justify-content:space-between }
.fine { flex:1; font-size:7.5px; color:#555; line-height:10px }
</style>
<div class="card">
 <div class="hd"><div><b>${event}</b><span>${day} · ${venue}</span></div><div class="lbl">${label}</div></div>
 <div class="who"><div><i>${name}</i><small>Name</small></div><div class="s"><i>${reg}</i><small>${reg_label}</small></div></div>
 <table>
  <tr><th>Block</th><th>Starts</th><th class="n">Length</th><th class="c">CE</th><th class="c">Punch</th></tr>
  ${rows_html}
 </table>
 <div class="stub"><span>${stub_l}</span><span>${stub_r}</span></div>
 <div class="bot">
  <div class="earn"><small>${earn_label}</small><i>${earned}</i><em>${desk}</em></div>
  <div class="fine">${fine}</div>
 </div>
</div>
"""

BLOCKS = [
    "Exhibitor hall",
    "Vendor demonstrations",
    "Networking break",
    "Equipment demo area",
    "Product showcase",
]


def fill(d):
    import html

    from corpus import values as V

    e = html.escape
    r = d.rng
    credit = float(d.credit)
    mine_len = int(round(credit * 60)) + d.pick([0, 15])

    def clock(mins):
        h, m = divmod(mins, 60)
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"

    def dur(mins):
        return f"{mins} min" if mins < 90 or d.chance(0.4) else f"{mins / 60:g} hrs"

    other_session = d.pick([s for s in V.SESSIONS if s != d.course])
    plan = [
        (d.pick(["Registration & breakfast", "Check-in and coffee"]), d.pick([30, 45]), "—", True),
        (
            d.pick(["Welcome / keynote", "Keynote address", "Opening remarks"]),
            d.pick([45, 60]),
            d.pick(["no CE", "—"]),
            d.chance(0.8),
        ),
        (None, mine_len, None, True),
    ]
    extra = r.sample(BLOCKS, 2)
    plan.append((extra[0], d.pick([90, 120, 150]), "—", d.chance(0.6)))
    if d.chance(0.6):
        plan.append(
            (
                other_session,
                d.pick([x for x in (45, 60, 75) if x != mine_len]),
                "no CE",
                d.chance(0.4),
            )
        )
    plan.append((extra[1], d.pick([45, 60]), "—", d.chance(0.5)))
    title = d.title()
    rows, t = [], d.pick([7 * 60 + 30, 8 * 60])
    num = None
    for what, mins, ce, punched in plan:
        if what is None:
            num = f"{credit:g}"
            label = f"<b>{e(title)}</b>"
            ce_cell = f"<b>{num} CEC</b>"
        else:
            label = e(what)
            ce_cell = e(ce)
        hole = "<span class='hole'></span>" if punched else "<span class='ring'></span>"
        rows.append(
            f"<tr><td>{label}</td><td>{clock(t)}</td><td class='n'>{dur(mins)}</td><td class='c'>{ce_cell}</td><td class='p'>{hole}</td></tr>"
        )
        t += mins + d.pick([0, 15])
    desk = d.person()
    return {
        "face": d.fonts[d.pick(["sans", "cond", "sans"])],
        "head": d.fonts[d.pick(["display", "sans", "serif"])],
        "border": d.pick(["1.5px solid #333", "3px double #555", "1px solid #999"]),
        "paper": d.pick(["#fffdf6", "#fff", "#f6f9ff", "#fbf6ea"]),
        "ink": d.pick(["#1b2f6b", "#222", "#0b3d91"]),
        "tpx": d.pick(["11", "11.5"]),
        "row_h": d.pick([23, 25]),
        "event": d.provider(),
        "day": d.date(d.pick(["weekday", "long", "short_month"])),
        "venue": d.pick([d.city(), d.venue(), d.venue()]),
        "label": d.pick(["CE Hours Card", "Punch Card", "Education Card"]),
        "name": d.name("plain"),
        "reg": f"{r.randrange(100000, 999999)}" if d.chance(0.8) else "",
        "reg_label": d.pick(["IICRC reg. no.", "Cert. no.", "Member no."]),
        "rows_html": "".join(rows),
        "earn_label": d.pick(["CEC earned today", "CE hours earned", "Desk use: CEC awarded"]),
        "earned": d.hours_number(),
        "desk": "".join(p[0] for p in desk.split()[:: len(desk.split()) - 1]),
        "stub_l": d.pick(["Card no. ", "No. "])
        + f"{r.randrange(100, 9999):04d}"
        + " · tear off at exit",
        "stub_r": d.pick(["Education desk copy", "Door monitor copy", "Keep for your records"]),
        "fine": d.pick(
            [
                "Blocks are punched at the door. CE is recorded only for approved sessions attended "
                "in full; lengths are scheduled times. Turn this card in at the exit desk.",
                "Keep this card. The exit desk writes in the CEC you earned and reports it with your "
                "registrant number. Meals, meetings and the hall carry no credit.",
            ]
        ),
    }
