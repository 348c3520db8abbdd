"""Not a training record: a trade association's Hall of Fame induction
certificate, landscape. Dark bands across the top and bottom edges carry
rows of small gold stars; a gold medallion overlaps the top band at the
centre with "Hall of Fame" and the class year; below, the association's
name in small spaced capitals, a very large serif heading ("Hall of
Fame"), "proudly inducts", the inductee's name in big letter-spaced
capitals (not script) between two thin rules, a sentence on a career of
so many years of leadership and service to the industry, the induction
day and venue, and three signatures (the Hall of Fame committee chair,
the president and the executive director). It names people, an
association, years and a date, and records no course and no credit."""

SOURCE = (
    "FancyAlpha/KHS-BPA_WebDesign_CareAwards:Professional-Awards/Hall-of-Fame-Fame-Award.php "
    "(a Hall of Fame award to recognise individuals for significant contributions at the "
    "national level, nominees involved for 10 or more years, nominated on the official form, "
    "presented at the national conference)"
)
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "ornate",
    "dark-band",
    "big-serif-title",
    "letter-spaced",
    "sentence",
    "seal",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper} }
.bn { position:absolute; left:0; right:0; height:${band_h}px; background:${band}; color:${gold}; font-size:15px;
  display:flex; justify-content:space-around; align-items:center; padding:0 20px }
.bn.t { top:0 } .bn.b { bottom:0 }
.bn::after { content:''; position:absolute; left:0; right:0; height:3px; background:${gold} }
.bn.t::after { bottom:0 } .bn.b::after { top:0 }
.md { position:absolute; left:50%; top:${md_top}px; width:128px; height:128px; margin-left:-64px; border-radius:50%;
  background: radial-gradient(circle at 35% 30%, #f7e08a, ${gold} 55%, #9a7412); box-shadow: 0 0 0 4px ${paper}, 0 0 0 6px ${gold};
  display:flex; flex-direction:column; align-items:center; justify-content:center; color:${band}; text-align:center }
.md .a { font: bold 11px ${sans}; letter-spacing:2px } .md .b { font: bold 21px ${head}; line-height:24px } .md .c { font: bold 10px ${sans}; letter-spacing:1.5px }
.w { position:absolute; left:90px; right:90px; top:${w_top}px; bottom:${w_bot}px; text-align:center; color:#1e1e1e; font-family:${serif};
  display:flex; flex-direction:column; align-items:center; justify-content:space-between }
.as { font: bold 14px ${sans}; letter-spacing:4px; text-transform:uppercase; color:${band} }
h1 { margin:0; font: ${h1_w} ${h1_px}px ${head}; color:${band}; line-height:1; letter-spacing:${h1_ls}px }
.pi { font: italic 18px ${serif}; color:#555 }
.nm { font: ${nm_w} ${nm_px}px ${nmface}; letter-spacing:${nm_ls}px; text-transform:uppercase; color:#151515; padding:8px 30px;
  border-top:1px solid ${gold}; border-bottom:1px solid ${gold}; white-space:nowrap }
.sn { font-size:17.5px; line-height:26px; max-width:760px; color:#333 }
.dt { font: 14px ${sans}; color:#555; letter-spacing:.5px }
.sgs { display:flex; gap:36px; align-self:stretch; justify-content:center }
.sg { width:230px; font: 12px ${sans}; color:#333; line-height:16px }
.sg .h { font: 26px ${hand}; color:#1d2f6a; line-height:32px; white-space:nowrap }
.sg .l { border-top:1px solid #333; padding-top:4px }
</style>
<div class="pg"></div>
<div class="bn t">${stars_html}</div><div class="bn b">${stars_html}</div>
<div class="md"><div class="a">HALL OF</div><div class="b">FAME</div><div class="c">${md_line}</div></div>
<div class="w">
 <div class="as">${assoc}</div>
 <h1>${heading}</h1>
 <div class="pi">${inducts}</div>
 <div class="nm">${inductee}</div>
 <div class="sn">${sentence}</div>
 <div class="dt">${when}</div>
 <div class="sgs">${sigs_html}</div>
</div>
"""


def fill(d):
    import html

    from corpus import formats as F
    from corpus import values as V

    e = html.escape
    assoc = d.pick(V.ASSOCIATIONS)
    year = d.completed.year
    inductee = d.person()
    years = d.pick([25, 30, 32, 35, 38, 40, 45])
    band_h = d.pick([54, 62])
    sentence = d.pick(
        [
            f"into the {assoc} Hall of Fame, Class of {year}, in honour of {years} years of "
            "leadership, mentorship and distinguished service to the cleaning and restoration "
            "industry.",
            f"as a member of the Hall of Fame Class of {year}, for a lifetime of contributions "
            "to the restoration trade, to the technicians trained along the way and to the "
            "communities served after every disaster.",
            f"in recognition of a career of {years} years that has shaped the way our industry "
            "dries, cleans and restores, and of a generosity that made us all better at it.",
        ]
    )
    day = F.fmt_date(d.completed, d.pick(["long", "ordinal", "dmy_long", "long_upper"]))
    when = d.pick(
        [f"Inducted {day} · {d.venue()}", f"{day} · {d.city()}", f"Induction Ceremony, {day}"]
    )
    roles = ["Chair, Hall of Fame Committee", "President", "Executive Director"]
    count = d.pick([2, 3, 3])
    sigs = []
    for role in roles[:count]:
        who = d.person()
        sigs.append(
            f'<div class="sg"><div class="h" style="font-size:{min(26, int(460 / len(who)))}px">{e(who)}</div><div class="l">{e(who)}<br>{e(role)}</div></div>'
        )
    nm_px = d.pick([34, 38]) if len(inductee) < 22 else 30
    return {
        "paper": d.pick(["#ffffff", "#fbf8f0", "#f7f3e8"]),
        "band": d.pick(["#1f3a5f", "#0b3d2e", "#2f2f2f", "#5b2333", "#123c69", "#1b1b1b"]),
        "gold": d.pick(["#c9a227", "#d4af37", "#b8860b"]),
        "head": d.fonts[d.pick(["display", "serif"])],
        "nmface": d.fonts[d.pick(["display", "serif", "sans"])],
        "band_h": band_h,
        "md_top": band_h - 48,
        "w_top": band_h + 100,
        "w_bot": band_h + 34,
        "stars_html": "<span>★</span>" * 24,
        "md_line": d.pick([f"CLASS OF {year}", f"{year}", f"INDUCTEE {year}"]),
        "assoc": assoc,
        "heading": d.pick(["Hall of Fame", "Hall of Fame Induction", "Industry Hall of Fame"]),
        "h1_px": d.pick([60, 66, 72]),
        "h1_w": d.pick(["bold", "normal"]),
        "h1_ls": d.pick([0, 1, 2]),
        "inducts": d.pick(["proudly inducts", "is honoured to welcome", "hereby inducts"]),
        "inductee": inductee,
        "nm_px": nm_px,
        "nm_w": d.pick(["bold", "normal"]),
        "nm_ls": d.pick([3, 5, 6]),
        "sentence": sentence,
        "when": when,
        "sigs_html": "".join(sigs),
    }
