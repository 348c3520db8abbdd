"""A continuing education record slip from a show's CE desk, stamped at
the IICRC booth: the show's name and dates across the top, typed labelled
lines for the visitor, the booth line as the activity, a rubber stamp in
violet ink set at an angle over the lower right with the date, the credit
in a box, and a perforated edge."""

SOURCE = (
    "wording: trade-show CE desk slips stamped at the certification body's booth "
    "(cf. https://www.randrmagonline.com/articles/85420-iicrc-continuing-education)"
)
KIND = "booth"
PAPER = ["slip", "half-letter"]
CATEGORIES = (
    "slip",
    "labelled",
    "landscape",
    "stamp",
    "date-range",
    "mono",
)

TEMPLATE = """<style>
.perf { position:absolute; top:0; left:0; right:0; height:8px; background:repeating-linear-gradient(90deg,#bbb 0 6px,transparent 6px 11px) }
.w { position:absolute; inset:22px 26px 16px; font: 12.5px ${face}; color:#111 }
.hd { display:flex; justify-content:space-between; align-items:flex-start; border-bottom:2px solid ${dark}; padding-bottom:6px }
.hd b { font: bold 18px ${head}; color:${dark}; display:block } .hd small { font: 11px ${face}; color:#444 }
.hd .no { font: 11px ${mono}; text-align:right; line-height:15px }
h2 { font: bold 13px ${face}; letter-spacing:1.5px; text-transform:uppercase; margin:9px 0 6px; color:#333 }
.l { display:flex; gap:6px; margin:5px 0; font-size:13px; line-height:17px }
.l b { width:112px; flex:none; font-size:10.5px; text-transform:uppercase; color:#555; font-weight:bold; padding-top:2px }
.l span { font-family:${mono} }
.cr { position:absolute; left:0; bottom:18px; border:2px solid #222; padding:5px 12px; font-size:11px }
.cr span { display:block; font: bold 20px ${mono} }
.st { position:absolute; right:18px; bottom:14px; width:${sw}px; transform:rotate(${rot}deg); border:3px solid ${ink}; border-radius:8px;
  color:${ink}; text-align:center; padding:5px 6px; font: bold 12px ${sans}; letter-spacing:1px; opacity:.85 }
.st .big { font-size:15px; letter-spacing:2px; border-top:1.5px solid ${ink}; border-bottom:1.5px solid ${ink}; margin:3px 0; padding:2px 0 }
.st .d { font: bold 14px ${mono}; letter-spacing:0 }
.fn { position:absolute; left:140px; right:${fnr}px; bottom:18px; font-size:9px; color:#555; line-height:12px }
</style>
<div class="perf"></div>
<div class="w">
 <div class="hd"><div><b>${event}</b><small>${range} · ${venue}</small></div><div class="no">CE DESK<br>No. ${serial}</div></div>
 <h2>${heading}</h2>
 <div class="l"><b>Name</b><span>${name}</span></div>
 <div class="l"><b>${id_l}</b><span>${ident}</span></div>
 <div class="l"><b>Activity</b><span>${title}</span></div>
 <div class="l"><b>Booth</b><span>${booth}</span></div>
 <div class="cr">${credit_l}<span>${hours}</span></div>
 <div class="fn">${fine}</div>
 <div class="st">${stamp_top}<div class="big">${stamp_mid}</div><div class="d">${date}</div></div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2)])
    show = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    return {
        "face": d.fonts[d.pick(["sans", "cond"])],
        "head": d.fonts[d.pick(["display", "sans"])],
        "ink": d.pick(["#5b2a86", "#3b3fa0", "#7a1f3d"]),
        "rot": d.pick([-9, -6, 5, 8, -12]),
        "sw": d.pick([170, 184]),
        "fnr": 230,
        "event": d.provider(),
        "range": show,
        "venue": d.venue(),
        "serial": f"{r.randrange(1000, 99999):05d}",
        "heading": d.pick(
            ["Continuing Education Record", "CE Credit Record — Booth Visit", "Attendee CE Record"]
        ),
        "name": d.name(d.pick(["upper", "plain", "last_first"])),
        "id_l": d.pick(["Badge ID", "Registration #"]),
        "ident": f"{r.randrange(1000000, 9999999)}",
        "title": d.title(),
        "booth": f"#{r.randrange(100, 2999)} · {d.pick(['Exhibit Hall A', 'Hall B', 'Main Hall', 'Expo Floor'])}",
        "credit_l": d.pick(["CECs", "CEC hours", "Credit"]),
        "hours": d.hours_number(),
        "fine": d.pick(
            [
                "Present this slip at the IICRC booth to be stamped. Keep it with your renewal records.",
                "Valid only with booth stamp and date. One booth registration per certificant per show.",
            ]
        ),
        "stamp_top": d.pick(["IICRC BOOTH", "VERIFIED AT BOOTH"]),
        "stamp_mid": d.pick(["REGISTERED", "CEC CREDIT", "VISITED"]),
        "date": d.date(d.pick(["us_numeric", "dd_mon_yyyy", "us_short"])),
    }
