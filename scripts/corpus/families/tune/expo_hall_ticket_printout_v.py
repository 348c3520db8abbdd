"""Not a certificate: the PDF of trade-show admission tickets an online
ticketing system sends after an order, printed on one sheet. Each ticket is
a bordered box with a thick left edge: the organiser's logo in a boxed
corner, a column of small coloured capital labels (event, organiser, venue,
start and end date and time) with their values, a second column (name,
ticket type, order and attendee references, price with fees), a QR code in
a box flush with the left edge and a barcode number turned on its side.
Two or three tickets from one order, for a technician and co-workers, and a
"powered by" line under them. It admits to the show floor; it records no
class and no credit."""

SOURCE = "dreamdev21/Laravel-Event-management-system:resources/views/Public/ViewEvent/Partials/PDFTicket.blade.php"
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "labelled",
    "portrait",
    "qr",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "distractor-org",
    "date-range",
)

TEMPLATE = """<style>
.w { position:absolute; left:50px; right:50px; top:34px; font: 12px ${sans}; color:${sub} }
.tk { position:relative; height:300px; border:1px solid ${border}; border-left:4px solid ${border}; background:${bg}; margin-bottom:22px; overflow:hidden }
.tk h4 { font: bold 13.5px ${sans}; text-transform:uppercase; color:${head}; margin:7px 0 2px; letter-spacing:.3px }
.lg { position:absolute; right:0; top:0; width:150px; height:62px; border-left:1px solid ${border}; border-bottom:1px solid ${border}; display:flex; align-items:center; justify-content:center; gap:6px; font: bold 13px ${sans}; color:${head}; background:#fff }
.lg i { width:34px; height:34px; border-radius:6px; background:${head}; color:#fff; font-style:normal; display:flex; align-items:center; justify-content:center; font-size:12px }
.ed { position:absolute; left:168px; top:26px; width:215px; white-space:nowrap; overflow:hidden; text-overflow:ellipsis }
.ad { position:absolute; left:395px; top:26px; width:190px; white-space:nowrap; overflow:hidden; text-overflow:ellipsis }
.ed div, .ad div { white-space:nowrap; overflow:hidden; text-overflow:ellipsis }
.qr { position:absolute; left:0; bottom:68px; width:148px; height:148px; border:1px solid ${border}; border-left:none; background:#fdfdfd; padding:8px }
.qr svg { width:100%; height:100% }
.vb { position:absolute; right:10px; top:86px; writing-mode:vertical-rl; font: 11px ${mono}; letter-spacing:2px; color:#333 }
.pb { text-align:center; font-size:11px; color:#444; margin-top:4px }
</style>
<div class="w">
 ${tickets_html}
 <div class="pb">${powered}</div>
</div>
"""

TYPES = ["Expo Hall Pass", "Exhibit Hall Only", "Trade Show – 2 Day", "Expo + Welcome Reception"]


def _qr(rng) -> str:
    n = 25
    cells = []
    for y in range(n):
        for x in range(n):
            corner = (x < 7 and y < 7) or (x >= n - 7 and y < 7) or (x < 7 and y >= n - 7)
            if corner:
                cx = 3 if x < 7 else n - 4
                cy = 3 if y < 7 else n - 4
                on = max(abs(x - cx), abs(y - cy)) != 2
            else:
                on = rng.random() < 0.5
            if on:
                cells.append(f'<rect x="{x}" y="{y}" width="1" height="1"/>')
    return f'<svg viewBox="0 0 {n} {n}" shape-rendering="crispEdges">{"".join(cells)}</svg>'


def _stamp(day, minutes) -> str:
    from corpus.formats import MONTHS, suffix

    h, m = divmod(minutes, 60)
    return (
        f"{MONTHS[day.month - 1][:3]} {day.day:02d}{suffix(day.day)} "
        f"{(h - 1) % 12 + 1}:{m:02d}{'AM' if h < 12 else 'PM'}"
    )


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V

    r = d.rng
    event = f"{d.pick(V.EVENTS)} {d.completed.year}"
    organiser = d.pick(V.ASSOCIATIONS)
    venue = d.venue()
    start = d.completed - timedelta(days=d.pick([0, 1, 2]))
    end = start + timedelta(days=d.pick([1, 2]))
    kind = d.pick(TYPES)
    price = d.pick([25, 35, 45, 60, 75])
    fee = d.pick([1.99, 2.5, 3.25])
    order = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    mark = "".join(w[0] for w in organiser.replace("&", "").split() if w[0].isupper())[:3]
    opens = _stamp(start, d.pick([540, 600]))
    closes = _stamp(end, d.pick([960, 1020]))
    tickets = []
    for k in range(d.pick([2, 2, 3])):
        who = d.person()
        ref = f"{order}-{k + 1}"
        private = str(r.randrange(10**11, 10**12))
        rows_e = [
            ("Event", event),
            ("Organiser", organiser),
            ("Venue", venue),
            ("Start Date / Time", opens),
            ("End Date / Time", closes),
        ]
        rows_a = [
            ("Name", who),
            ("Ticket Type", kind),
            ("Order Ref.", f"#{order}"),
            ("Attendee Ref.", f"#{ref}"),
            ("Price", f"${price + fee:,.2f} (inc. ${fee:,.2f} Fees)"),
        ]
        ed = "".join(f"<h4>{a}</h4><div>{html.escape(b)}</div>" for a, b in rows_e)
        ad = "".join(f"<h4>{a}</h4><div>{html.escape(b)}</div>" for a, b in rows_a)
        tickets.append(
            f'<div class="tk"><div class="lg"><i>{mark}</i>{html.escape(mark)} EVENTS</div>'
            f'<div class="ed">{ed}</div><div class="ad">{ad}</div>'
            f'<div class="qr">{_qr(r)}</div><div class="vb">{private}</div></div>'
        )
    return {
        "sans": d.pick(["'Helvetica Neue', Helvetica, Arial, sans-serif", d.fonts["sans"]]),
        "mono": d.fonts["mono"],
        "border": d.pick(["#000000", "#1e6091", "#5b2333", "#2d6a4f"]),
        "bg": d.pick(["#ffffff", "#f7f7f7", "#fbf7ee"]),
        "sub": "#333333",
        "head": d.pick(["#1f3a5f", "#8b0000", "#0b3d2e", "#444444"]),
        "tickets_html": "".join(tickets),
        "powered": d.pick(
            [
                "Ticketing powered by an online event registration service.",
                "Present this ticket at registration. Tickets are non-transferable.",
            ]
        ),
    }
