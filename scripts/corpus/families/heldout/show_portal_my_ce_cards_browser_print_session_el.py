"""A page of a trade show's attendee portal printed from the browser: the
browser's own header (date and time printed, page title) and footer (the
address and page count) in small type, the portal's top bar with the show's
name set in a logo box and a row of tabs, an attendee panel with labelled
pairs in two columns, then session cards: the credited one with its title,
day, time, room, speaker, a green status pill and a big credit figure; a
second card for a session whose evaluation is still open and that shows no
credit yet. A line on how certificates are issued closes the page."""

SOURCE = (
    "gidzRufino/eskwela:app/modules/templates/views/print_header.php (browser-printed page sizes "
    "and print media rules); wording of trade show attendee portals' My CE pages"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "record",
    "labelled",
    "portrait",
    "provider-in-logo",
    "distractor-date",
    "distractor-person",
    "web-printout",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; font-family:${sans}; color:#222 }
.bh, .bf { position:absolute; left:34px; right:34px; font: 10px ${sans}; color:#444; display:flex; justify-content:space-between }
.bh { top:14px } .bf { bottom:14px }
.bar { position:absolute; left:50px; right:50px; top:48px; height:64px; border-bottom:3px solid ${accent}; display:flex; align-items:center; gap:22px }
.logo { background:${dark}; color:#fff; padding:8px 14px; font: bold 15px/18px ${cond}; letter-spacing:0.6px; max-width:300px; text-transform:uppercase }
.tabs { display:flex; gap:16px; font-size:13px; color:#555 } .tabs .on { color:${dark}; font-weight:bold; border-bottom:2px solid ${dark}; padding-bottom:3px }
.w { position:absolute; left:50px; right:50px; top:134px }
h1 { font: bold 24px ${sans}; margin:0 0 12px; color:#111 }
.who { display:grid; grid-template-columns:120px 1fr 110px 1fr; gap:7px 12px; font-size:13px; background:#f5f6f8; padding:12px 14px; border-radius:6px }
.who span { color:#667 }
h2 { font: bold 15px ${sans}; margin:22px 0 8px; color:#333; text-transform:uppercase; letter-spacing:1px }
.card { border:1px solid #cfd4da; border-radius:8px; padding:12px 16px; margin-bottom:12px; display:flex; justify-content:space-between; gap:16px }
.card .t { font: bold 16px ${sans}; color:#111; margin-bottom:5px }
.card .m { font-size:12.5px; color:#555; line-height:19px }
.pill { display:inline-block; font: bold 11px ${sans}; padding:2px 9px; border-radius:10px; margin-top:5px }
.ok { background:#dff3e4; color:#1e6b35 } .wait { background:#fff1d6; color:#8a5a00 }
.cr { text-align:center; min-width:96px; border-left:1px solid #e2e5e9; padding-left:14px }
.cr b { display:block; font: bold 30px ${sans}; color:${dark} } .cr span { font-size:11px; color:#666 }
.note { font-size:11.5px; color:#555; line-height:17px; margin-top:10px }
</style>
<div class="pg">
 <div class="bh"><span>${printed}</span><span>${tab_title}</span></div>
 <div class="bar"><div class="logo">${event}</div><div class="tabs"><span>My Schedule</span><span class="on">${tab}</span><span>Receipts</span><span>Profile</span></div></div>
 <div class="w">
  <h1>${heading}</h1>
  <div class="who">
   <span>Attendee</span><b>${name}</b><span>Badge ID</span><div>${badge}</div>
   <span>Company</span><div>${company}</div><span>IICRC #</span><div>${cert}</div>
   <span>Registration</span><div>${reg_type}</div><span>Status</span><div>${status}</div>
  </div>
  <h2>${sessions_head}</h2>
  <div class="card"><div><div class="t">${title}</div>
    <div class="m">${date} &middot; ${time} &middot; ${room}<br>${speaker_label} ${speaker}</div>
    <span class="pill ok">${ok_pill}</span></div>
   <div class="cr"><b>${hours}</b><span>${unit}</span></div></div>
  <div class="card"><div><div class="t">${other_title}</div>
    <div class="m">${other_date} &middot; ${other_time} &middot; ${other_room}<br>${speaker_label} ${other_speaker}</div>
    <span class="pill wait">${wait_pill}</span></div>
   <div class="cr"><b>&ndash;</b><span>${unit}</span></div></div>
  <div class="note">${note}</div>
 </div>
 <div class="bf"><span>${url}</span><span>1/1</span></div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    printed = d.completed + timedelta(days=r.randint(2, 60))
    other = d.pick([s for s in V.SESSIONS if s != d.course])
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:26]

    def slot():
        h = d.pick([8, 9, 10, 11, 13, 14, 15, 16])
        m = d.pick([0, 15, 30])
        end = h * 60 + m + d.pick([60, 75, 90])
        return f"{(h - 1) % 12 + 1}:{m:02d} – {(end // 60 - 1) % 12 + 1}:{end % 60:02d} {'PM' if end >= 720 else 'AM'}"

    return {
        "printed": f"{fmt_date(printed, 'us_short')}, {r.randrange(1, 12)}:{r.randrange(0, 60):02d} {d.pick(['AM', 'PM'])}",
        "tab_title": d.pick(["My CE | Attendee Portal", "Education Credits – Attendee Hub"]),
        "event": d.provider(),
        "tab": d.pick(["My CE", "Education Credits", "CE Tracker"]),
        "heading": d.pick(
            ["My CE Summary", "Continuing Education Summary", "Your Education Credits"]
        ),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "badge": f"{r.randrange(100000, 999999)}",
        "company": d.pick(
            ["Blue Line Cleaning", "ProDry Services", "Heritage Restoration Co.", "Self-employed"]
        ),
        "cert": f"{r.randrange(10000, 999999)}",
        "reg_type": d.pick(["Full Conference", "Education + Expo", "One-Day Education"]),
        "status": d.pick(["Checked in", "Badge printed", "Attended"]),
        "sessions_head": d.pick(["Sessions attended", "Credited sessions"]),
        "title": d.title("plain"),
        "date": d.date(d.pick(["weekday", "short_month", "long"])),
        "time": slot(),
        "room": f"Room {r.randrange(101, 299)}",
        "speaker_label": d.pick(["Speaker:", "Presented by"]),
        "speaker": d.person(),
        "ok_pill": d.pick(["Credit earned", "Attendance verified"]),
        "hours": d.hours_number(),
        "unit": d.pick(["CECs", "IICRC CEC", "credit hrs"]),
        "other_title": other,
        "other_date": fmt_date(d.completed + timedelta(days=d.pick([-1, 1])), "weekday"),
        "other_time": slot(),
        "other_room": f"Room {r.randrange(101, 299)}",
        "other_speaker": d.person(),
        "wait_pill": d.pick(["Evaluation not submitted", "Exit scan missing"]),
        "note": d.pick(
            [
                "Credits appear after your badge is scanned in and out and the session evaluation is "
                "submitted. Download a certificate from each card once the show closes.",
                "Only sessions marked as verified are reported to the IICRC. Questions go to the "
                "education desk at the show or through the portal's help page.",
            ]
        ),
        "url": f"https://attend.{slug}.com/my-ce/summary",
    }
