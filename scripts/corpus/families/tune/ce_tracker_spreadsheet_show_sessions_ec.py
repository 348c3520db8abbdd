"""A technician's own CE tracking spreadsheet printed with gridlines and
row and column headings, landscape: the print header with the workbook's
file name and sheet tab, column letters across the top and row numbers
down the side, a bold title cell naming the holder, a cell naming the show,
a header row on a coloured fill (date, session, speaker, room, eligible,
CECs, certificate received, notes; the order of some columns varies), one
row per session attended at the show of which only one is eligible and
carries CECs, the others marked N with 0 or left empty, a SUM total row, and
empty gridded rows to the foot of the page with a page footer."""

SOURCE = (
    "barbouchyoussef/excel-training-dashboard:README.md (Excel training tracker: topic, "
    "provider, duration in hours, completion date, rating, status planned / completed)"
)
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "table",
    "record",
    "labelled",
    "landscape",
    "distractor-date",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.ph { position:absolute; left:40px; right:40px; top:16px; display:flex; justify-content:space-between; font: 10px ${cellf}; color:#444 }
.pf { position:absolute; left:40px; right:40px; bottom:16px; display:flex; justify-content:center; font: 10px ${cellf}; color:#444 }
.g { position:absolute; left:40px; right:40px; top:40px; font: ${cell_px}px ${cellf}; color:#000 }
table { border-collapse:collapse; width:100%; table-layout:fixed }
td { border:1px solid #c8c8c8; height:${row_h}px; padding:0 4px; white-space:nowrap; overflow:hidden; vertical-align:bottom }
td.rn, td.cl { background:#e9e9e9; color:#555; text-align:center; font-size:10px; border-color:#b5b5b5 }
td.cl { height:17px; vertical-align:middle }
tr.ttl td.t { font-weight:bold; font-size:${title_px}px; overflow:visible }
tr.hd td.h { background:${fill}; color:${fill_fg}; font-weight:bold }
tr.ok td.x { background:${hi} }
td.n { text-align:right } td.c { text-align:center }
tr.tot td.x { font-weight:bold; border-top:2px solid #333 }
</style>
<div class="ph"><span>${file}</span><span>${sheet}</span></div>
<div class="g"><table>
 <colgroup><col style="width:26px">${cols_html}</colgroup>
 ${rows_html}
</table></div>
<div class="pf">Page 1 of 1</div>
"""

NOTES_OK = ["cert emailed", "cert in folder", "uploaded to IICRC", "scan-in + scan-out ok"]
NOTES_NO = ["not approved for CE", "left early", "no credit offered", "vendor demo", ""]


def fill(d):
    import html
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    e = html.escape
    r = d.rng
    style = d.pick(["us_numeric", "us_short", "iso", "dd_mon_yyyy"])
    rooms = ["201A", "Hall C", "114", "Ballroom B", "308", "Stage 2", "12"]
    keys = ["date", "session", "speaker", "room", "elig", "cec", "cert", "notes"]
    if d.chance(0.5):
        keys = ["date", "session", "speaker", "cec", "elig", "room", "cert", "notes"]
    widths = {
        "date": 9,
        "session": 30,
        "speaker": 14,
        "room": 8,
        "elig": 7,
        "cec": 6,
        "cert": 8,
        "notes": 18,
    }
    heads = {
        "date": "Date",
        "session": d.pick(["Session", "Session title", "Class"]),
        "speaker": d.pick(["Speaker", "Presenter"]),
        "room": "Room",
        "elig": d.pick(["CE elig.", "Eligible?", "IICRC?"]),
        "cec": d.pick(["CECs", "CEC hrs", "Hours"]),
        "cert": d.pick(["Cert rec'd", "Cert?", "Proof"]),
        "notes": "Notes",
    }
    others = r.sample([s for s in V.SESSIONS if s != d.course], d.pick([2, 3, 4]))
    zero = d.pick(["0", "", "0"])
    hours = d.hours_number()
    entries = [
        (
            0,
            1,
            {
                "date": d.date(style),
                "session": d.title("plain"),
                "speaker": d.person(),
                "room": d.pick(rooms),
                "elig": "Y",
                "cec": hours,
                "cert": "Y",
                "notes": d.pick(NOTES_OK),
            },
        )
    ]
    for t in others:
        shift = d.pick([-1, 0, 0, 1])
        entries.append(
            (
                shift,
                r.random(),
                {
                    "date": fmt_date(d.completed + timedelta(days=shift), style),
                    "session": t,
                    "speaker": d.person(),
                    "room": d.pick(rooms),
                    "elig": "N",
                    "cec": zero,
                    "cert": d.pick(["N", "n/a", ""]),
                    "notes": d.pick(NOTES_NO),
                },
            )
        )
    entries.sort(key=lambda x: (x[0], x[1]))
    ncols = len(keys)
    letters = "ABCDEFGHIJ"
    cols_html = "".join(f'<col style="width:{widths[k]}%">' for k in keys)
    rows = [
        '<tr><td class="cl"></td>'
        + "".join(f'<td class="cl">{letters[i]}</td>' for i in range(ncols))
        + "</tr>"
    ]
    n = 1

    def plain(cells, cls=""):
        nonlocal n
        tds = "".join(cells)
        rows.append(f'<tr class="{cls}"><td class="rn">{n}</td>{tds}</tr>')
        n += 1

    name = d.name(d.pick(["plain", "plain", "upper"]))
    title_cell = f"{d.pick(['CE log', 'CEC tracker', 'Continuing ed'])} – {name}"
    plain([f'<td class="t" colspan="{ncols}">{e(title_cell)}</td>'], "ttl")
    plain([f'<td colspan="{ncols}">{e(d.pick(["Event:", "Show:"]))} {e(d.provider())}</td>'])
    plain([f'<td colspan="{ncols}"></td>'])
    plain([f'<td class="h">{e(heads[k])}</td>' for k in keys], "hd")
    for _, _, vals in entries:
        ok = vals["elig"] == "Y"
        cells = []
        for k in keys:
            cls = "x" + (" n" if k == "cec" else "") + (" c" if k in ("elig", "cert") else "")
            cells.append(f'<td class="{cls}">{e(vals[k])}</td>')
        plain(cells, "ok" if ok else "")
    tot = []
    for k in keys:
        if k == "session":
            tot.append(
                f'<td class="x">{d.pick(["Total CECs", "TOTAL", "Total (eligible only)"])}</td>'
            )
        elif k == "cec":
            tot.append(f'<td class="x n">{e(hours)}</td>')
        else:
            tot.append('<td class="x"></td>')
    plain(tot, "tot")
    last_row = d.pick([20, 22, 24])
    while n < last_row:
        plain(["<td></td>"] * ncols)
    band = d.pick(
        [
            ("#1f4e79", "#fff"),
            ("#375623", "#fff"),
            ("#833c0b", "#fff"),
            ("#d9e1f2", "#000"),
            ("#fce4d6", "#000"),
        ]
    )
    base = "".join(ch for ch in d.last if ch.isalpha())
    return {
        "cellf": d.fonts[d.pick(["sans", "cond", "sans"])],
        "cell_px": d.pick(["11", "11.5", "12"]),
        "row_h": d.pick(["19", "20", "21"]),
        "title_px": d.pick(["14", "15", "16"]),
        "fill": band[0],
        "fill_fg": band[1],
        "hi": d.pick(["#fff2cc", "#e2efda", "#ddebf7"]),
        "file": f"{base}_CE_{d.completed.year}.xlsx",
        "sheet": d.pick(["Sheet1", "Show sessions", str(d.completed.year)]),
        "cols_html": cols_html,
        "rows_html": "".join(rows),
    }
