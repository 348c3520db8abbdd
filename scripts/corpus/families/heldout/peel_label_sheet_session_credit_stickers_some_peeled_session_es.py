"""A sheet of peel-off session credit labels printed at a trade show's CE
desk for one attendee, to stick into a logbook or onto an employer's
training form: the label stock's 2 x 4 in (ten up) or 3 1/3 x 4 in (six up)
grid on a letter sheet, every label printed the same (a coloured edge
strip, the show's name in small caps, the session title, the attendee,
the date, the room and the credit, a session code and a short bar code),
a few labels already peeled away leaving the bare, faintly outlined
backing, and the stock's number and a print line in the top margin."""

SOURCE = (
    "klinzmandr/MbrDB:Incls/label_print_css.inc.php (CSS for printing a sheet of Avery labels: "
    "fixed label width and height, gutter, floated cells, page margins); label stock sizes "
    "Avery 5163 (2 x 4 in, 10 per sheet) and 5164 (3 1/3 x 4 in, 6 per sheet); wording: "
    "conference CE desks that print session credit stickers for attendee logbooks"
)
KIND = "session"
PAPER = "letter-portrait"
CATEGORIES = (
    "portrait",
    "sticker",
    "labelled",
    "slip",
    "barcode",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.sh { position:absolute; inset:0; background:#f7f6f2; font-family:${sans} }
.mg { position:absolute; left:16px; right:16px; top:16px; font: 9px ${mono}; color:#777; display:flex; justify-content:space-between }
.lb { position:absolute; width:384px; height:${lh}px; border-radius:10px; background:#fff; border:1px solid #d9d7cf; overflow:hidden }
.lb.gone { background:#efede6; border:1px dashed #c9c6bb }
.lb .st { position:absolute; left:0; top:0; bottom:0; width:12px; background:${band} }
.lb .in { position:absolute; left:24px; right:14px; top:${pad}px }
.lb .ev { font: bold 9px ${sans}; letter-spacing:1.6px; text-transform:uppercase; color:${band}; white-space:nowrap; overflow:hidden }
.lb .kd { font: 8.5px ${sans}; letter-spacing:1px; text-transform:uppercase; color:#777; margin-top:1px }
.lb .tt { font: bold ${t_px}px ${tfont}; color:#111; line-height:${t_lh}px; margin-top:4px; max-height:${t_max}px; overflow:hidden }
.lb .nm { font: ${n_px}px ${sans}; color:#111; margin-top:4px; white-space:nowrap }
.lb .ln { font: 10.5px ${sans}; color:#333; margin-top:3px; white-space:nowrap }
.lb .ln.sm { font-size:${sm_px}px; color:#555; margin-top:${sm_gap}px }
.lb .cd { position:absolute; right:14px; bottom:${pad}px; text-align:right; font: 8.5px ${mono}; color:#444 }
.lb .cd i { display:block; width:110px; height:16px; margin-bottom:2px;
  background: repeating-linear-gradient(90deg, #111 0 2px, transparent 2px 3px, #111 3px 4px, transparent 4px 7px, #111 7px 9px, transparent 9px 10px) }
.lb .cr { position:absolute; left:24px; bottom:${pad}px; font: bold ${c_px}px ${sans}; color:${band} }
</style>
<div class="sh">
 <div class="mg"><span>${stock}</span><span>${print_line}</span></div>
 ${labels_html}
</div>
"""


def fill(d):
    import html

    r = d.rng
    ten_up = d.chance(0.6)
    cols, rows = 2, (5 if ten_up else 3)
    lh = 192 if ten_up else 320
    top0, left0, gap_x = 48, 15, 18
    event = d.provider()
    title = d.title("plain")
    name = d.name(d.pick(["plain", "plain", "upper", "last_first"]))
    date = d.date(d.pick(["short_month", "us_numeric", "long", "dd_mon_yyyy"]))
    hours = d.hours(d.pick(["cecs", "cec_hours", "iicrc_cec", "hrs"]))
    room = d.pick(["Room 204B", "Learning Theater 1", "Ballroom C", "Room 118", "Salon F"])
    code = f"{d.pick(['W', 'F', 'M', 'T', 'B'])}{r.randrange(100, 399)}"
    kind = d.pick(["Session credit", "CE attendance", "Education session"])
    speaker = d.person()
    start = d.pick([8 * 60, 9 * 60 + 30, 10 * 60 + 30, 13 * 60, 14 * 60 + 30])
    stop = start + int(d.credit * 60)

    def clock(m):
        h, mm = divmod(m, 60)
        return f"{(h - 1) % 12 + 1}:{mm:02d}{'am' if h < 12 else 'pm'}"

    extra = [f"{d.pick(['Presenter', 'Speaker', 'Instructor'])}: {speaker}"]
    extra.append(
        f"{clock(start)}–{clock(stop)} · {d.pick(['scanned in and out', 'door scan verified', 'attendance verified'])}"
    )
    if d.chance(0.5):
        extra.append(f"{d.pick(['IICRC approval', 'Approval #', 'Course ID'])} {d.approval()}")
    esc = html.escape
    reg = f"{r.randrange(100000, 999999)}"
    n = cols * rows
    gone = set(r.sample(range(n), r.randrange(1, n // 2)))
    cells = []
    for i in range(n):
        row, col = divmod(i, cols)
        x = left0 + col * (384 + gap_x)
        y = top0 + row * lh
        if i in gone:
            cells.append(f'<div class="lb gone" style="left:{x}px;top:{y}px"></div>')
            continue
        cells.append(
            f'<div class="lb" style="left:{x}px;top:{y}px"><div class="st"></div><div class="in">'
            f'<div class="ev">{esc(event)}</div><div class="kd">{kind}</div>'
            f'<div class="tt">{esc(title)}</div><div class="nm">{esc(name)}</div>'
            f'<div class="ln">{esc(date)} &middot; {room}</div>'
            + "".join(f'<div class="ln sm">{esc(line)}</div>' for line in extra)
            + f'</div><div class="cr">{esc(hours)}</div><div class="cd"><i></i>{code} · {reg}</div></div>'
        )
    return {
        "band": d.pick(["#1f3a5f", "#0b3d2e", "#5b2333", "#123c69", "#6a4c93", "#9c6644"]),
        "lh": lh - 2,
        "pad": 12 if ten_up else 26,
        "tfont": d.fonts[d.pick(["sans", "cond", "serif"])],
        "t_px": 14 if ten_up else 19,
        "t_lh": 17 if ten_up else 23,
        "t_max": 34 if ten_up else 70,
        "n_px": 12.5 if ten_up else 16,
        "c_px": 14 if ten_up else 19,
        "sm_px": 9.5 if ten_up else 12,
        "sm_gap": 1 if ten_up else 4,
        "stock": d.pick(
            [
                'Avery 5163 · 2" x 4"' if ten_up else 'Avery 5164 · 3-1/3" x 4"',
                "Shipping labels · 10 per sheet" if ten_up else "Shipping labels · 6 per sheet",
            ]
        ),
        "print_line": d.pick(
            [
                f"CE desk · printed {d.other_date('issue', 'us_short')} · reg {reg}",
                f"Badge {reg} · 1 of 1",
                f"Labels for {name}",
            ]
        ),
        "labels_html": "".join(cells),
    }
