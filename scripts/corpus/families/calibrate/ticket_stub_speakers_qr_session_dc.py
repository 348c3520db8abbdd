"""A conference session ticket printed from the event site after check-out:
a main body with the show's brand, the session title under a muted "Session"
label, the speakers, the date and the time span, the room; a perforated side
stub with a QR square, the attendee block and the credit line stamped
"attended"."""

SOURCE = "pradesga/fgsby:inc/ticket/template.tpl"
KIND = "session"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "landscape",
    "labelled",
    "distractor-person",
    "qr",
    "time-attended",
    "provider-in-logo",
)

TEMPLATE = """<style>
.tk { position:absolute; inset:14px; display:flex; border:1.5px solid #bbb; border-radius:8px; font-family:${face}; color:#222; background:#fff }
.bd { flex:1; padding:16px 20px; position:relative; min-width:0 }
.br { display:flex; align-items:center; gap:9px; padding-bottom:9px; border-bottom:2px solid ${accent} }
.br .lg { width:36px; height:36px; border-radius:7px; background:${accent}; color:#fff; font: bold 12px ${sans}; display:flex; align-items:center; justify-content:center }
.br .t { font: bold 15px ${display}; color:${dark}; line-height:17px }
.br .t small { display:block; font: 9.5px ${sans}; color:#666; letter-spacing:1px }
.f { margin-top:9px } .f h3 { margin:0; font: bold 9px ${sans}; color:#888; letter-spacing:1.2px; text-transform:uppercase }
.f .v { font-size:12.5px; line-height:16px }
.f .big { font-size:17px; font-weight:bold; line-height:20px; color:#111 }
.row { display:flex; gap:22px }
.tm { position:absolute; left:20px; right:20px; bottom:44px; display:flex; gap:0; border:1px solid #ccc; border-radius:4px }
.tm div { flex:1; padding:5px 8px; font-size:12px; line-height:15px } .tm div + div { border-left:1px solid #ccc }
.tm span { display:block; font: bold 8.5px ${sans}; color:#888; letter-spacing:1px; text-transform:uppercase }
.fine { position:absolute; left:20px; right:20px; bottom:14px; font-size:9px; color:#777; line-height:12px }
.sd { width:210px; border-left:2px dashed #aaa; padding:16px 16px; position:relative; background:${light} }
.qr { width:86px; height:86px; margin:0 auto; border:4px solid #fff; outline:1px solid #aaa; position:relative;
  background: repeating-linear-gradient(90deg,#111 0 4px,#fff 4px 7px,#111 7px 9px,#fff 9px 13px,#111 13px 16px,#fff 16px 19px),
   repeating-linear-gradient(0deg,#111 0 3px,#fff 3px 8px,#111 8px 10px,#fff 10px 13px,#111 13px 17px,#fff 17px 21px);
  background-blend-mode:difference }
.qr:before, .qr:after { content:""; position:absolute; width:20px; height:20px; border:5px solid #111; background:#fff; top:0; left:0 }
.qr:after { left:auto; right:0 }
.sd p { font: 8.5px ${sans}; color:#666; text-align:center; margin-top:5px }
.at { margin-top:10px; font-size:11.5px; line-height:15px }
.at b { font-size:13.5px; display:block }
.cr { margin-top:9px; border:2px solid ${accent}; color:${accent}; text-align:center; font: bold 11px ${sans}; padding:4px 2px; letter-spacing:.5px; transform:rotate(-3deg) }
.cr span { display:block; font-size:14px; color:#111 }
</style>
<div class="tk">
 <div class="bd">
  <div class="br"><div class="lg">${initials}</div><div class="t">${event}<small>${event_tag}</small></div></div>
  <div class="f"><h3>${sess_label}</h3><div class="v big">${title}</div></div>
  <div class="f"><h3>${spk_label}</h3><div class="v">${speakers_html}</div></div>
  <div class="row">
   <div class="f"><h3>Date and time</h3><div class="v">${date}<br>${span}</div></div>
   <div class="f"><h3>Location</h3><div class="v">${room}<br>${venue}</div></div>
  </div>
  <div class="tm"><div><span>Checked in</span>${t_in}</div><div><span>Checked out</span>${t_out}</div><div><span>Time attended</span>${t_att}</div></div>
  <div class="fine">${fine}</div>
 </div>
 <div class="sd">
  <div class="qr"></div>
  <p>${qr_note}</p>
  <div class="at"><h3 style="margin:0;font:bold 9px sans-serif;color:#888;letter-spacing:1.2px">ATTENDEE</h3><b>${name}</b>${reg}<br>${company}</div>
  <div class="cr">${stamp}<span>${hours}</span></div>
 </div>
</div>
"""

COMPANIES = [
    "Pro-Dry Services",
    "Clearwater Restoration",
    "Allied Cleaning Co.",
    "First Call Mitigation",
    "Northside Carpet Care",
]


def fill(d):
    r = d.rng
    start = r.choice([8 * 60, 9 * 60, 10 * 60 + 30, 13 * 60, 14 * 60 + 30, 15 * 60 + 30])
    end = start + int(d.credit * 60)
    early, late = r.randint(0, 6), r.randint(0, 4)

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d} {'AM' if h < 12 else 'PM'}"

    event = d.provider()
    n_spk = d.pick([1, 1, 2, 3])
    speakers = "<br>".join(
        f"{d.person()} \u2013 {d.pick(['Keynote', 'Presenter', 'Moderator', 'Panelist'])}"
        for _ in range(n_spk)
    )
    return {
        "face": d.fonts["sans"],
        "initials": "".join(w[0] for w in event.split() if w[0].isupper())[:3],
        "event": event,
        "event_tag": d.pick(["EDUCATION PROGRAM", "CONFERENCE & EXPO", "CE SESSION TICKET"]),
        "sess_label": d.pick(["Session", "Event", "Class"]),
        "title": d.title(),
        "spk_label": "Speakers" if n_spk > 1 else "Speaker",
        "speakers_html": speakers,
        "date": d.date(d.pick(["weekday", "long", "short_month", "dmy_long"])),
        "span": f"{clock(start)} \u2013 {clock(end)}",
        "room": d.pick(["Room 204", "Hall B", "Ballroom C", "Room N231", "Breakout 3"]),
        "venue": d.venue(),
        "qr_note": d.pick(["Scan at the door to check in and out.", "Scanned at entry and exit."]),
        "name": d.name(d.pick(["plain", "upper"])),
        "reg": f"Reg. {d.number()}",
        "company": d.pick(COMPANIES),
        "stamp": d.pick(["ATTENDED \u2714 CEC", "ATTENDANCE VERIFIED", "CHECKED OUT \u2714"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "iicrc_cec"])),
        "t_in": clock(start - early),
        "t_out": clock(end + late),
        "t_att": f"{int(d.credit * 60) + early + late} min",
        "fine": d.pick(
            [
                "Credit is based on time between check-in and check-out; partial sessions are not credited.",
                f"Ticket {d.number()} \u00b7 Non-transferable \u00b7 Keep for your CE records.",
            ]
        ),
    }
