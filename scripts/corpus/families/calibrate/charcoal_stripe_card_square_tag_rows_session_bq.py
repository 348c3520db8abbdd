"""A wallet card a trade show hands out at the door of one education
session, printed on a charcoal face like a business card: a broad bright
stripe down the left edge and a thin one down the right, the attendee's
name right-aligned at the top in capitals in the stripe colour with a small
white line under it and two bright squares beside it, then a column of
rows each led by a small bright square tag holding a short label (session,
day and room, credit, speaker, card number) with the values in white beside
them. At the foot, the show's square mark with its name and year as the
only place the show is named, and at the right a printed code square with
the day the card was issued under it."""

SOURCE = (
    "nurulkafi/card_generator:index.php (charcoal card face with a wide yellow stripe at the "
    "left and a narrow one at the right, a right-aligned upper-case name in the stripe colour "
    "with a small white line and square boxes beside it, rows of contact details each led by "
    "a small square cell, a QR code at the lower right) and "
    "https://tutorial.mywalletcard.com/articles/issuing-trainee-certificates (a training card "
    "carries the trainee, the course, the training date, an issue date and a card number)"
)
KIND = "session"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "dark-band",
    "labelled",
    "landscape",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "qr",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; background:${ground}; border-radius:9px; overflow:hidden; color:#fff; font-family:${face} }
.s1 { position:absolute; left:16px; top:0; bottom:0; width:20px; background:${stripe} }
.s2 { position:absolute; right:0; top:0; bottom:0; width:8px; background:${stripe} }
.nb { position:absolute; right:18px; top:12px; display:flex; align-items:flex-start; gap:3px }
.nb .tx { text-align:right; margin-right:4px }
.nb .nm { font: bold ${name_px}px ${face}; color:${stripe}; letter-spacing:.4px; white-space:nowrap; line-height:15px }
.nb .ps { font-size:6px; letter-spacing:.8px; color:#e8e8e8; line-height:9px; text-transform:uppercase }
.nb .sq { width:18px; height:18px; background:${stripe} }
.nb .sq.i { position:relative; overflow:hidden }
.nb .sq.i:before { content:''; position:absolute; left:6px; top:3px; width:6px; height:6px; border-radius:50%; background:${ground} }
.nb .sq.i:after { content:''; position:absolute; left:3px; top:10px; width:12px; height:10px; border-radius:6px 6px 0 0; background:${ground} }
table { position:absolute; left:44px; top:48px; width:${rows_w}px; border-collapse:collapse }
td { padding:0; vertical-align:middle; font-size:7.4px; line-height:9px; letter-spacing:.2px }
td.t { width:30px; height:15px; background:${stripe}; color:${ground}; font: bold 5.4px ${face}; text-align:center;
  letter-spacing:.3px; border-top:2px solid ${ground}; border-bottom:2px solid ${ground} }
td.v { padding:2px 0 2px 6px }
td.v b { font-weight:bold }
.lg { position:absolute; left:44px; bottom:10px; display:flex; align-items:center; gap:5px }
.lg .mk { width:20px; height:20px; border:1.5px solid ${stripe}; display:flex; align-items:center; justify-content:center;
  font: bold 6.5px ${face}; color:${stripe}; letter-spacing:.2px }
.lg .wm { font: bold 7px ${face}; line-height:9px; white-space:nowrap; letter-spacing:.3px }
.lg .wm small { display:block; margin-top:2px; font-weight:normal; font-size:5.4px; line-height:7px; color:#cfcfcf; letter-spacing:.6px; text-transform:uppercase }
.qr { position:absolute; right:18px; bottom:22px; width:46px; height:46px; background:#fff; padding:3px;
  display:grid; grid-template-columns:repeat(11, 1fr) }
.qr i { display:block } .qr i.k { background:#111 }
.is { position:absolute; right:18px; bottom:9px; width:70px; text-align:right; font-size:5.6px; color:#d8d8d8; line-height:8px; white-space:nowrap }
</style>
<div class="c"><div class="s1"></div><div class="s2"></div>
 <div class="nb"><div class="tx"><div class="nm">${name}</div><div class="ps">${position}</div></div>
  <div class="sq i"></div><div class="sq"></div></div>
 <table>
  <tr><td class="t">${l_session}</td><td class="v"><b>${title}</b></td></tr>
  <tr><td class="t">${l_date}</td><td class="v">${date}${room}</td></tr>
  <tr><td class="t">${l_credit}</td><td class="v">${hours}</td></tr>
  <tr><td class="t">${l_speaker}</td><td class="v">${speaker}</td></tr>
  <tr><td class="t">${l_card}</td><td class="v">${card}</td></tr>
 </table>
 <div class="lg"><div class="mk">${initials}</div><div class="wm">${org}<small>${program}</small></div></div>
 <div class="qr">${qr_html}</div>
 <div class="is">${issued}</div>
</div>
"""


def fill(d):
    r = d.rng
    org = d.provider(d.pick([None, None, "upper"]))
    initials = "".join(w[0] for w in d.org_alt.split() if w[0].isalpha())[:3].upper()
    cells = []
    for y in range(11):
        for x in range(11):
            finder = (x < 3 and y < 3) or (x > 7 and y < 3) or (x < 3 and y > 7)
            if finder:
                fx, fy = (x if x < 3 else x - 8), (y if y < 3 else y - 8)
                dark = fx in (0, 2) or fy in (0, 2) or (fx, fy) == (1, 1)
            else:
                dark = r.random() < 0.45
            cells.append(f'<i class="{"k" if dark else ""}"></i>')
    issued_style = d.pick(["us_numeric", "us_short", "short_month"])
    return {
        "ground": d.pick(["#474a54", "#2f3238", "#3a3d45", "#26292e"]),
        "stripe": d.pick(["#eeb424", "#e9a81f", "#f0c040", "#7ec51b", "#f28c28", "#4fc3d9"]),
        "face": d.fonts[d.pick(["sans", "sans", "cond"])],
        "name_px": d.pick([12, 12.5, 13]),
        "name": d.name(d.pick(["upper", "upper", "upper", "plain"])),
        "position": d.pick(
            ["Session attendee", "Education attendee · CEC card", "Attended · Education program"]
        ),
        "rows_w": d.pick([176, 184, 190]),
        "l_session": d.pick(["SESSION", "CLASS", "TOPIC"]),
        "title": d.title("plain"),
        "l_date": d.pick(["DATE", "WHEN", "DAY"]),
        "date": d.date(d.pick(["short_month", "us_numeric", "long", "weekday", "dd_mon_yyyy"])),
        "room": d.pick(["", "", f" · {d.pick(['Room 108', 'Hall B', 'Rm 2', 'Ballroom C'])}"]),
        "l_credit": d.pick(["CREDIT", "CECs", "HOURS"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "iicrc_cec", "hrs", "hours_title"])),
        "l_speaker": d.pick(["SPEAKER", "PRESENTER", "BY"]),
        "speaker": d.person() + d.pick(["", "", ", CR", ", WLS", ", MSc"]),
        "l_card": d.pick(["CARD #", "NO.", "ID"]),
        "card": d.number(d.pick(["", "SC-", "E"])),
        "initials": initials,
        "org": org,
        "program": d.pick(["Education program", "Education & training", "Show education"]),
        "qr_html": "".join(cells),
        "issued": f"{d.pick(['Issued', 'Printed', 'Card issued'])} "
        f"{d.other_date('issue', issued_style)}",
    }
