"""A vertical wallet card a school hands out after a course: curved
overlapping shapes across the top and (turned over) the bottom, the
school's wordmark and a tagline under the top curve, a rounded photo frame,
the holder's name with the given name and surname in two colours, the course
as a small designation line, and a short table of colon-separated rows (card
number, credit, completed, valid through)."""

SOURCE = "litansarkar95/ID-Card-Design:application/views/admin/card/011/card-design.php"
KIND = "course"
PAPER = "card-portrait"
CATEGORIES = ("wallet", "labelled", "portrait", "provider-in-logo", "distractor-date")

TEMPLATE = """<style>
.k { position:absolute; inset:0; overflow:hidden; background:#fff; font-family:${sans}; text-align:center }
.hd, .fd { position:absolute; left:0; right:0; height:38px; overflow:hidden }
.hd { top:0 } .fd { bottom:0; transform:rotate(180deg) }
.s1 { position:absolute; width:170px; height:130px; border-radius:50%; background:${dark}; right:-34px; top:-104px }
.s2 { position:absolute; width:240px; height:130px; border-radius:50%; border-bottom:16px solid ${accent}; left:-40px; top:-122px; transform:rotate(14deg) }
.s3 { position:absolute; width:230px; height:130px; border-radius:50%; border-top:26px solid ${dark}; opacity:0.55; left:-60px; top:22px; transform:rotate(5deg) }
.wm { position:absolute; left:8px; right:8px; top:40px; font: bold 9.5px ${sans}; color:${dark}; letter-spacing:0.3px; text-transform:uppercase; line-height:11px }
.tg { position:absolute; left:8px; right:8px; top:${tg_top}px; font-size:6px; letter-spacing:1px; text-transform:uppercase; color:#666 }
.ph { position:absolute; left:72px; top:${ph_top}px; width:60px; height:68px; border-radius:12px; border:3px solid ${accent}; background:#e9ecef; overflow:hidden }
.ph .hd2 { position:absolute; left:18px; top:10px; width:18px; height:20px; border-radius:50%; background:#b8bec6 }
.ph .bd { position:absolute; left:6px; top:34px; width:42px; height:34px; border-radius:20px 20px 0 0; background:#b8bec6 }
.nm { position:absolute; left:6px; right:6px; top:${nm_top}px; font: bold 12.5px ${sans}; text-transform:uppercase; color:${accent}; line-height:14px }
.nm span { color:${dark} }
.ds { position:absolute; left:10px; right:10px; top:${ds_top}px; font-size:7.5px; color:#111; line-height:9px }
table { position:absolute; left:20px; top:${tb_top}px; border-collapse:collapse; font-size:7.5px; font-weight:bold; text-align:left }
td { padding:1px 2px; white-space:nowrap } td.l { color:${dark}; text-transform:uppercase; font-size:6.5px }
</style>
<div class="k">
 <div class="hd"><span class="s1"></span><span class="s2"></span><span class="s3"></span></div>
 <div class="wm">${org}</div>
 <div class="tg">${tagline}</div>
 <div class="ph"><div class="hd2"></div><div class="bd"></div></div>
 <div class="nm">${name_html}</div>
 <div class="ds">${title}</div>
 <table>${rows_html}</table>
 <div class="fd"><span class="s1"></span><span class="s2"></span><span class="s3"></span></div>
</div>
"""


def fill(d):
    import html

    org = d.provider()
    name = d.name("plain")
    first, _, rest = name.partition(" ")
    title = d.title(d.pick(["plain", "code_first", "with_code"]))
    rows = [
        (d.pick(["Card no", "ID", "Cert no"]), d.number()),
        (d.pick(["CECs", "Credit", "Hours"]), d.hours_number()),
        (
            d.pick(["Completed", "Issued", "Course date"]),
            d.date(d.pick(["us_numeric", "us_short", "dd_mon_yyyy"])),
        ),
    ]
    if d.chance(0.7):
        rows.append(
            (d.pick(["Expires", "Valid thru", "Renew by"]), d.other_date("expiry", "us_numeric"))
        )
    # one line for a short wordmark, two for a long one, and the rest moves down with it
    lines = 1 if len(org) <= 30 else 2
    shift = 11 * (lines - 1)
    return {
        "org": org,
        "tagline": d.pick(
            ["Certified technician card", "Training record", "Course completion card"]
        ),
        "tg_top": 53 + shift,
        "ph_top": 66 + shift,
        "name_html": f"{html.escape(first)} <span>{html.escape(rest)}</span>",
        "nm_top": 142 + shift,
        "title": title,
        "ds_top": 172 + shift,
        "tb_top": 198 + shift,
        "rows_html": "".join(
            f"<tr><td class='l'>{html.escape(k)}</td><td>: {html.escape(v)}</td></tr>"
            for k, v in rows
        ),
    }
