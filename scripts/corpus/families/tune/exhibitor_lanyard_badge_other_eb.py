"""Not a certificate: the lanyard badge of a booth worker at a trade show,
printed on 4 x 3 in badge stock. A dark band with the show's name, year,
dates and venue in light text, the exhibitor's first name very large and
the full name, title and company under it, a coloured strip across the
foot reading "EXHIBITOR" in letter-spaced capitals, the booth number,
the exhibit hall hours and a barcode with the registration number. It
names a person, a company, dates and hours; a badge worn to staff a booth
records no continuing-education credit."""

SOURCE = (
    "jmlich/badge-generator:README.md (printable conference badges from CSV: name, title, "
    "subtitle, coloured track strip) and LSSTDESC/name-tag-guru:README.md (large-font badge "
    "name, small-font full name, affiliation, sized for 4 x 3 in insert badges)"
)
KIND = "other"
PAPER = "badge"
CATEGORIES = (
    "other",
    "landscape",
    "dark-band",
    "letter-spaced",
    "provider-in-logo",
    "distractor-date",
    "distractor-org",
    "barcode",
)

TEMPLATE = """<style>
.bd { position:absolute; inset:0; background:#fff; font-family:${sans}; color:#111 }
.hole { position:absolute; left:50%; top:6px; width:46px; height:9px; margin-left:-23px; border-radius:5px; background:#fff; border:1px solid #888; z-index:2 }
.top { position:absolute; left:0; right:0; top:0; height:70px; background:${band}; color:#fff; padding:20px 16px 0; display:flex; justify-content:space-between; align-items:flex-start }
.top b { font: bold 15px ${display}; line-height:18px; display:block; white-space:nowrap }
.top span { font-size:9px; opacity:.9; letter-spacing:.4px; white-space:nowrap }
.top .yr { font: bold 26px ${cond}; line-height:28px; color:${acc} }
.fn { position:absolute; left:18px; right:18px; top:80px; font: bold ${fn_size}px ${face}; line-height:${fn_lh}px; white-space:nowrap; overflow:hidden }
.full { position:absolute; left:18px; right:110px; top:${full_top}px; font-size:13px; line-height:16px }
.full i { display:block; font-style:normal; font-size:11px; color:#444 }
.full b { display:block; font-size:13.5px; margin-top:2px; color:${band} }
.bc { position:absolute; right:16px; top:${bc_top}px; width:84px; text-align:center; font: 8px ${mono}; color:#333 }
.bc div { height:30px; background:repeating-linear-gradient(90deg,#111 0 2px,transparent 2px 3px,#111 3px 4px,transparent 4px 7px,#111 7px 8px,transparent 8px 10px) }
.strip { position:absolute; left:0; right:0; bottom:0; height:44px; background:${strip}; color:#fff; display:flex; align-items:center; justify-content:space-between; padding:0 16px }
.strip .r { font: bold 19px ${sans}; letter-spacing:6px }
.strip .bo { font-size:10px; text-align:right; line-height:12px }
.strip .bo b { font-size:13px; display:block }
.hrs { position:absolute; left:18px; bottom:50px; font-size:8.5px; color:#555 }
</style>
<div class="bd">
 <div class="hole"></div>
 <div class="top"><div><b>${event}</b><span>${dates} · ${venue}</span></div><div class="yr">${year}</div></div>
 <div class="fn">${first}</div>
 <div class="full">${full}<i>${job}</i><b>${company}</b></div>
 <div class="bc"><div></div>${reg}</div>
 <div class="hrs">${hall_hours}</div>
 <div class="strip"><span class="r">${role}</span><span class="bo">Booth<b>${booth}</b></span></div>
</div>
"""

COMPANIES = [
    "AeroDry Equipment Co.",
    "Pureflo Chemical Company",
    "Vortex Extraction Systems",
    "Hydrotherm Drying Products",
    "Clearview Odor Solutions",
    "DryTrak Moisture Software",
]
JOBS = [
    "Regional Sales Manager",
    "Technical Support",
    "Territory Rep",
    "Product Specialist",
    "Marketing Coordinator",
]


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import MONTHS

    r = d.rng
    who = d.person()
    parts = who.split()
    first = parts[0]
    start = d.completed - timedelta(days=r.randint(0, 2))
    end = start + timedelta(days=d.pick([1, 2]))
    if start.month == end.month:
        dates = f"{MONTHS[start.month - 1][:3]} {start.day}–{end.day}"
    else:
        dates = f"{MONTHS[start.month - 1][:3]} {start.day} – {MONTHS[end.month - 1][:3]} {end.day}"
    long_first = len(first) > 8
    return {
        "band": d.pick(["#10243e", "#1f1f1f", "#3a0f2e", "#0d3b2e"]),
        "acc": d.pick(["#f2b134", "#7fd1ff", "#9be564", "#ff8c69"]),
        "strip": d.pick(["#c2410c", "#0369a1", "#15803d", "#6d28d9", "#b91c1c"]),
        "face": d.fonts[d.pick(["sans", "cond", "display"])],
        "event": d.pick(V.EVENTS),
        "year": start.year,
        "dates": dates,
        "venue": d.venue(),
        "first": first,
        "fn_size": 34 if long_first else 44,
        "fn_lh": 40 if long_first else 48,
        "full_top": 124 if long_first else 130,
        "bc_top": 128,
        "full": who,
        "job": d.pick(JOBS),
        "company": d.pick(COMPANIES),
        "reg": f"{d.pick(['EX', 'X', 'E'])}{r.randrange(100000, 999999)}",
        "hall_hours": d.pick(
            [
                "Exhibit hall: Thu 10 AM – 4 PM · Fri 10 AM – 2 PM",
                "Booth hours 10–4 daily · Move-out after 2 PM Friday",
                "Hall open 9:30 AM – 5 PM · Exhibitor access 7 AM",
            ]
        ),
        "role": d.pick(["EXHIBITOR", "EXHIBITOR", "BOOTH STAFF", "SPONSOR"]),
        "booth": f"{r.randrange(100, 2999)}",
    }
