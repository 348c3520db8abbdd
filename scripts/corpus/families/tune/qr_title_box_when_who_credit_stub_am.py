"""A session ticket printed at home from a show's registration site: the
print time in the top corner, a scan code centred over a heavy-ruled box
holding the session's title and, in italics, the show that runs it, then
two columns of small headed fields (when and where on the left; ticket
number, who with surname first, presenter and credit on the right). A
scissors rule crosses the sheet, and below it a credit stub repeats the
ticket, the attendee and the credit, with a room monitor's signature and a
time out written in by hand."""

SOURCE = (
    "castlamp/zenbership:pp-templates/html/zoid/en/event_ticket_entry.php (printed event "
    "ticket: scan code, boxed event name with tagline, When/Where and Ticket/Who columns) "
    "and https://cacc2025.eventscribe.net/aaStatic.asp?SFP=WVJVS1lVWlNAMjE3MzI (session "
    "codes handed out at the end of each CE block)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "labelled",
    "slip",
    "qr",
    "distractor-person",
    "distractor-date",
    "handwriting",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; padding:30px 64px; font-family:${sans}; color:#111 }
.pr { display:flex; justify-content:space-between; font-size:10.5px; color:#555 }
.qr { width:136px; height:136px; margin:26px auto 0; display:grid; grid-template-columns:repeat(21, 1fr);
  border:8px solid #fff; outline:1px solid #ddd }
.qr i { display:block } .qr i.k { background:#111 }
.tb { border:3px solid #222; text-align:center; margin:26px 0 22px; padding:16px 20px 14px }
.tb h1 { font: bold 27px ${display}; margin:0 0 10px; line-height:1.25 }
.tb p { font: italic 15px ${serif}; color:#333 }
.cols { display:flex; gap:40px; font-size:14.5px; line-height:1.45 }
.cols > div { flex:1 }
.cols h3 { font: bold 17px ${sans}; margin:16px 0 3px; color:${dark} }
.cols h3:first-child { margin-top:0 }
.cut { margin:34px -40px 0; border-top:2px dashed #666; position:relative; height:22px }
.cut span { position:absolute; left:28px; top:-13px; background:#fff; padding:0 6px; font-size:17px; color:#444 }
.cut em { position:absolute; right:30px; top:5px; font: italic 11px ${serif}; color:#444 }
.stub { border:1.5px solid #333; margin-top:6px; display:flex }
.stub .lh { width:150px; background:${dark}; color:#fff; padding:14px 12px; font: bold 13px ${cond}; letter-spacing:1.5px; line-height:1.5 }
.stub .lh b { display:block; font: bold 22px ${mono}; letter-spacing:1px; margin-top:10px }
.stub table { flex:1; border-collapse:collapse; font-size:13.5px; margin:8px 14px }
.stub td { padding:5px 4px; border-bottom:1px solid #bbb; vertical-align:bottom }
.stub td.l { width:130px; font-size:11px; color:#555; text-transform:uppercase; letter-spacing:0.5px }
.stub .hand { font: 22px ${hand}; color:#1d2f7a; line-height:24px }
.fine { margin-top:14px; font-size:10px; color:#555; line-height:1.4 }
.pn { position:absolute; left:64px; right:64px; bottom:22px; display:flex; justify-content:space-between; font-size:10px; color:#666 }
</style>
<div class="pg">
 <div class="pr"><span>${printed_label} ${printed}</span><span>${site}</span></div>
 <div class="qr">${qr_html}</div>
 <div class="tb"><h1>${title}</h1><p>${tagline}</p></div>
 <div class="cols">
  <div>
   <h3>When</h3><p>${date}<br>${times}</p>
   <h3>Where</h3><p>${venue}<br>${room}<br>${city}</p>
  </div>
  <div>
   <h3>Ticket</h3><p>${ticket}</p>
   <h3>Who</h3><p>${name}</p>
   <h3>${speaker_label}</h3><p>${speaker}<br>${speaker_firm}</p>
   <h3>${credit_label}</h3><p>${hours}</p>
  </div>
 </div>
 <div class="cut"><span>&#9986;</span><em>${cut_note}</em></div>
 <div class="stub">
  <div class="lh">${stub_head}<b>${code}</b></div>
  <table>
   <tr><td class="l">Ticket</td><td>${ticket}</td></tr>
   <tr><td class="l">Attendee</td><td>${name}</td></tr>
   <tr><td class="l">Credit</td><td>${hours}</td></tr>
   <tr><td class="l">Time out</td><td class="hand">${time_out}</td></tr>
   <tr><td class="l">Room monitor</td><td class="hand">${monitor}</td></tr>
  </table>
 </div>
 <div class="fine">${fine}</div>
</div>
<div class="pn"><span>${footer}</span><span>Page 1 of 1</span></div>
"""


def _qr(rng) -> str:
    cells = []
    for y in range(21):
        for x in range(21):
            finder = any(
                ox <= x < ox + 7 and oy <= y < oy + 7 for ox, oy in ((0, 0), (14, 0), (0, 14))
            )
            if finder:
                dx, dy = x % 14 if x >= 14 else x, y % 14 if y >= 14 else y
                ring = dx in (0, 6) or dy in (0, 6)
                core = 2 <= dx <= 4 and 2 <= dy <= 4
                dark = ring or core
            else:
                dark = rng.random() < 0.48
            cells.append('<i class="k"></i>' if dark else "<i></i>")
    return "".join(cells)


def fill(d):
    r = d.rng
    start_h = r.choice([8, 9, 10, 13, 14, 15])
    start_m = r.choice([0, 15, 30])
    minutes = int(round(d.credit * 60))
    end = start_h * 60 + start_m + minutes

    def clock(total):
        h, m = divmod(total, 60)
        return f"{(h - 1) % 12 + 1}:{m:02d} {'PM' if h >= 12 else 'AM'}"

    return {
        "printed_label": d.pick(["Printed", "Ticket printed", "Generated"]),
        "printed": d.other_date("registered", d.pick(["us_numeric", "short_month", "us_short"]))
        + f" {r.randrange(1, 12)}:{r.randrange(0, 59):02d} {d.pick(['AM', 'PM'])}",
        "site": d.web() + "/tickets",
        "qr_html": _qr(r),
        "title": d.title("plain"),
        "tagline": d.pick(["Education session · ", "CE session at ", "Presented at "])
        + d.provider(),
        "date": d.date(d.pick(["weekday", "weekday", "long", "short_month"])),
        "times": f"{clock(start_h * 60 + start_m)} – {clock(end)}",
        "venue": d.venue(),
        "room": d.pick(
            ["Room 217", "Hall C, Room 14", "Ballroom A", "Meeting Room 4B", "Room W311"]
        ),
        "city": d.city(),
        "ticket": f"#{r.randrange(100000, 999999)}",
        "name": d.name(d.pick(["last_first", "last_first", "plain"])),
        "speaker_label": d.pick(["Presenter", "Speaker", "Instructor"]),
        "speaker": d.person(),
        "speaker_firm": d.pick(
            ["Restoration Sciences Group", "Dry Logic Consulting", "IAQ Field Services", "MWR, CR"]
        ),
        "credit_label": d.pick(["CE credit", "Credit", "CECs"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title", "hrs"])),
        "cut_note": d.pick(
            [
                "Cut here. Hand the stub to the room monitor as you leave.",
                "Detach. The monitor keeps the stub; keep the ticket.",
            ]
        ),
        "stub_head": d.pick(["CREDIT STUB", "SESSION STUB", "CE STUB"]),
        "code": f"{d.pick(['S', 'ED', 'T'])}-{r.randrange(100, 999)}",
        "time_out": clock(end + r.choice([0, 2, 5, 8])),
        "monitor": d.person(),
        "footer": d.pick(["My Tickets", "Print ticket", "Session pass"]),
        "fine": d.pick(
            [
                "Credit is given only for the full session. The ticket is not a certificate; "
                "your transcript lists every stub the monitors returned. Lost stubs cannot be replaced.",
                "One ticket per attendee and session. Keep the upper part for your own records "
                "until your transcript has been posted.",
            ]
        ),
    }
