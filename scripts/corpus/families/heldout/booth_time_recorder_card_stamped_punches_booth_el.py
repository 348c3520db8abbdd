"""A narrow time card from the time recorder at the IICRC booth of a show:
the card stock a punch clock takes, with a printed header (the show's name
and the words naming the booth registration), the visitor's name and
certification number typed on lines, then a ruled grid of IN and OUT rows
on which the clock has stamped the day and time in violet, slightly
skewed, in its own narrow dot-matrix face. A box at the foot holds the
credit and the show day the visit counts for, and a last line tells the
visitor to keep the card."""

SOURCE = (
    "SalLoiacono/Simple-Time-Clock:index.php (employee time clock punch-in by ID); wording of "
    "punch-clock time cards and IICRC booth registration at trade shows"
)
KIND = "booth"
PAPER = "receipt"
CATEGORIES = ("slip", "table", "portrait", "mono", "stamp", "distractor-date")

TEMPLATE = """<style>
.k { position:absolute; inset:0; background:${stock}; font-family:${cond}; color:#1a1a1a }
.hd { position:absolute; left:14px; right:14px; top:16px; text-align:center; border-bottom:2px solid ${ink}; padding-bottom:8px }
.hd .e { font: bold 15px/18px ${cond}; color:${ink}; text-transform:uppercase }
.hd .t { font: bold 13px ${sans}; letter-spacing:2px; margin-top:6px }
.ln { position:absolute; left:14px; right:14px; font-size:10px; color:#555; text-transform:uppercase }
.ln div { font: 14px ${mono}; color:#111; border-bottom:1px solid #777; padding:2px 0 1px; text-transform:none; min-height:20px }
.g { position:absolute; left:14px; right:14px; top:228px; border-collapse:collapse; width:274px }
.g th { font: bold 10px ${sans}; background:${ink}; color:#fff; padding:3px; letter-spacing:1px }
.g td { border:1px solid #888; height:34px; font-size:10px; color:#666; padding:0 4px }
.g td.p { font: 13px ${mono}; color:${punch}; letter-spacing:0.5px }
.g td.p span { display:inline-block; transform: rotate(${skew}deg) }
.box { position:absolute; left:14px; right:14px; top:${box_top}px; border:2px solid ${ink}; padding:8px 10px; font-size:11px }
.box .r { display:flex; justify-content:space-between; align-items:baseline; margin:3px 0 }
.box b { font: bold 20px ${sans} } .box i { font: normal 13px ${sans} }
.ft { position:absolute; left:14px; right:14px; bottom:14px; text-align:center; font-size:9.5px; color:#555; line-height:12px }
.no { position:absolute; right:16px; top:196px; font: bold 12px ${mono}; color:#b00020 }
</style>
<div class="k">
 <div class="hd"><div class="e">${event}</div><div class="t">${card_title}</div></div>
 <div class="ln" style="top:100px">Name<div>${name}</div></div>
 <div class="ln" style="top:146px">${cert_label}<div>${cert}</div></div>
 <div class="no">${serial}</div>
 <table class="g">
  <tr><th style="width:52px"></th><th>${stamp_head}</th></tr>
  <tr><td>IN</td><td class="p"><span>${p_in}</span></td></tr>
  <tr><td>OUT</td><td class="p"><span>${p_out}</span></td></tr>
  <tr><td>IN</td><td></td></tr>
  <tr><td>OUT</td><td></td></tr>
 </table>
 <div class="box">
  <div class="r"><span>${credit_label}</span><b>${hours}</b></div>
  <div style="margin-top:8px">${day_label}</div><div><i>${date}</i></div>
 </div>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    from corpus.formats import MONTHS

    r = d.rng
    day = d.completed
    h = d.pick([9, 10, 11, 13, 14, 15])
    m = r.randrange(0, 50)
    stay = r.randrange(4, 19)

    def punch(hh, mm):
        suffix = "A" if hh < 12 else "P"
        return f"{MONTHS[day.month - 1][:3].upper()}{day.day:02d}'{day.year % 100:02d} {(hh - 1) % 12 + 1:2d}:{mm:02d}{suffix}"

    m2 = m + stay
    return {
        "stock": d.pick(["#f7f1dc", "#eef3f7", "#f9f9f4", "#f1ecf6"]),
        "ink": d.pick(["#7a1f1f", "#0b3c5d", "#2f4f2f", "#333333"]),
        "punch": d.pick(["#4b2a84", "#3a2f8f", "#5b2a6e"]),
        "skew": d.pick([-1.5, -0.8, 0.6, 1.2]),
        "box_top": 418,
        "event": d.provider(),
        "card_title": d.set_title(
            d.pick(
                ["IICRC BOOTH REGISTRATION", "IICRC Booth Registration", "IICRC BOOTH CHECK-IN"]
            ),
            ["IICRC Booth Registration"],
        ),
        "name": d.name(d.pick(["plain", "upper"])),
        "cert_label": d.pick(["IICRC Cert #", "Certification No."]),
        "cert": f"{r.randrange(10000, 999999)}",
        "serial": f"No {r.randrange(1000, 9999)}",
        "stamp_head": d.pick(["TIME RECORDED", "CLOCK STAMP"]),
        "p_in": punch(h, m),
        "p_out": punch(h + m2 // 60, m2 % 60),
        "credit_label": d.pick(["CECs earned", "Booth credit (CEC)", "CEC hours"]),
        "hours": d.hours_number(),
        "day_label": d.pick(["Show day", "Date of visit", "Credited on"]),
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "weekday"])),
        "foot": d.pick(
            [
                "Punch in when you arrive and out when you leave. Keep this card as proof of your "
                "booth visit.",
                "Stamped cards are entered by booth staff after the show. Keep your copy with your CEC "
                "records.",
            ]
        ),
    }
