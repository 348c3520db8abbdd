"""A record, though not a certificate: a two-page spread of the small CE
passport booklet a trade show hands out, photographed open. The left page
is the holder's page (the show's name, "CE Passport", the holder's name
written in, a badge number and a short how-to). The right page carries a
single stamped session box: the session title, the day, the credit, a
room monitor's initials and an inked round stamp across the corner. The
other boxes on that page are empty. The stamped box is the award."""

SOURCE = (
    "Description of the CE passport / stamp booklets trade shows and association conventions hand "
    "out: attendee fills in name and badge number, room monitors stamp and initial one box per "
    "session attended, the booklet is kept as proof of CECs"
)
KIND = "session"
PAPER = ["slip", "half-letter"]
CATEGORIES = (
    "record",
    "slip",
    "landscape",
    "handwriting",
    "labelled",
    "distractor-person",
    "stamp",
)

TEMPLATE = """<style>
.sp { position:absolute; inset:10px; display:flex; background:${paper}; border:1px solid #999 }
.pg { flex:1; padding:16px 18px; position:relative; font: 10.5px ${face}; color:#1d1d1d }
.pg.l { border-right:2px solid #bbb; box-shadow: inset -10px 0 12px -10px rgba(0,0,0,.3) }
.pg.l .ev { font: bold 14px ${head}; color:${dark} }
.pg.l h1 { margin:6px 0 10px; font: bold ${tpx}px ${head}; letter-spacing:2px; color:${accent} }
.fl { border-bottom:1px solid #555; height:26px; position:relative; margin-top:14px }
.fl small { position:absolute; left:0; bottom:-12px; font-size:7.5px; color:#555; text-transform:uppercase; letter-spacing:.4px }
.hw { position:absolute; left:3px; bottom:1px; font: ${hwpx}px ${hand}; color:${ink}; white-space:nowrap }
.how { position:absolute; left:18px; right:18px; bottom:14px; font-size:8.5px; line-height:11.5px; color:#333 }
.grid { display:grid; grid-template-columns:1fr 1fr; grid-template-rows:repeat(${nrows}, 1fr); gap:8px; height:calc(100% - 22px) }
.bx { border:1.2px solid ${dark}; padding:4px 6px; position:relative; font-size:8.5px; color:#444; overflow:hidden }
.bx small { display:block; font-size:7px; text-transform:uppercase; letter-spacing:.4px; color:#666 }
.bx .t { font: bold 10px ${face}; color:#111; margin:2px 0; line-height:12px }
.bx .h { font: bold 11px ${face}; color:#111 }
.bx .in { position:absolute; right:60px; bottom:3px; font: 15px ${hand}; color:${ink} }
.st { position:absolute; right:4px; bottom:4px; width:50px; height:50px; border:2.5px solid ${stamp}; border-radius:50%;
  color:${stamp}; font: bold 7.5px ${face}; text-align:center; padding-top:13px; transform:rotate(${rot}deg); opacity:.75; line-height:9px }
.pno { position:absolute; bottom:4px; font-size:8px; color:#777 } .l .pno { left:18px } .r .pno { right:18px }
.rh { font-size:8px; text-transform:uppercase; letter-spacing:.6px; color:#666; margin-bottom:6px }
</style>
<div class="sp">
 <div class="pg l">
  <div class="ev">${event}</div>
  <h1>${doc_title}</h1>
  <div class="fl"><span class="hw">${name}</span><small>${name_label}</small></div>
  <div class="fl"><span class="hw">${badge}</span><small>Badge no.</small></div>
  <div class="how">${how}</div>
  <div class="pno">${pno_l}</div>
 </div>
 <div class="pg r">
  <div class="rh">${right_head}</div>
  <div class="grid">${boxes_html}</div>
  <div class="pno">${pno_r}</div>
 </div>
</div>
"""


def fill(d):
    import html

    e = html.escape
    r = d.rng
    event = d.provider()
    title = d.title()
    day = d.date(d.pick(["short_month", "us_short", "us_numeric", "weekday"]))
    hours = d.hours(d.pick(["cecs_colon", "cecs", "hrs", "iicrc_cec", "cec_hours"]))
    monitor = d.person()
    ini = "".join(p[0] for p in monitor.split()[:2])
    nrows = d.pick([2, 3])
    slot = r.randrange(nrows * 2)
    boxes = []
    for i in range(nrows * 2):
        if i == slot:
            boxes.append(
                f"<div class='bx'><small>Session</small><div class='t'>{e(title)}</div>"
                f"<small>Date</small>{e(day)}<br><span class='h'>{e(hours)}</span>"
                f"<span class='in'>{e(ini)}</span></div>"
            )
        else:
            boxes.append(
                "<div class='bx'><small>Session</small><br><br><small>Date</small><br><small>CECs</small></div>"
            )
    stamp_year = d.completed.year
    return {
        "face": d.fonts[d.pick(["sans", "cond"])],
        "head": d.fonts[d.pick(["display", "sans", "serif"])],
        "hand": d.fonts["hand"],
        "paper": d.pick(["#fbf8ef", "#f4f1e8", "#ffffff", "#eef3f6"]),
        "tpx": d.pick(["20", "22", "24"]),
        "hwpx": d.pick(["17", "19"]),
        "ink": d.pick(["#1b2f6b", "#222", "#0b3d91"]),
        "stamp": d.pick(["#8b1a1a", "#1e4a8b", "#5a2d82"]),
        "rot": d.pick(["-18", "-9", "12", "20"]),
        "nrows": nrows,
        "event": event,
        "doc_title": d.pick(["CE PASSPORT", "CEC PASSPORT", "EDUCATION PASSPORT"]),
        "name_label": d.pick(["Name", "Attendee name", "Technician"]),
        "name": d.name("plain"),
        "badge": f"{r.randrange(10000, 99999)}",
        "how": d.pick(
            [
                "Have the room monitor stamp and initial one box at the end of each session. "
                "Keep this passport: it is your record of continuing education credit earned.",
                "One stamp per session attended in full. Lost passports cannot be replaced. "
                "Credit is recorded only for boxes that are stamped and initialed.",
            ]
        ),
        "right_head": d.pick(["Sessions attended", "Session stamps", "Education sessions"]),
        "boxes_html": "".join(boxes).replace(
            "<span class='in'>",
            "<div class='st'>"
            f"{e(d.pick(['ATTENDED', 'VERIFIED', 'ROOM MONITOR']))}<br>{stamp_year}</div><span class='in'>",
            1,
        ),
        "pno_l": "2",
        "pno_r": d.pick(["3", "5", "7"]),
    }
