"""A wallet card laid out like a printed name badge: every value is set in
its own centred box at a fixed height with no labels at all (the holder large
and bold, the course smaller and bold, the credit, the date in italics), a
school mark at the lower left and a course number at the lower right, and a
tiny two-line footer between them naming the school and where it sits."""

SOURCE = (
    "LSSTDESC/name-tag-guru:latex/main.tex (ticket package: \\put centred boxes at fixed "
    "heights for a large name, smaller bold line, info line and italic line; logos put at "
    "the lower corners and a two-line scriptsize event footer between them)"
)
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "values-only",
    "provider-in-logo",
    "landscape",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; background:${bg}; color:${ink} }
.edge { position:absolute; left:0; right:0; top:0; height:5px; background:${accent} }
.b { position:absolute; left:8px; right:8px; text-align:center; white-space:nowrap; overflow:hidden }
.n { top:22px; font: bold 19px ${nfont}; letter-spacing:0.2px }
.t { top:52px; font: bold 10.5px ${sans}; white-space:normal; line-height:12px; height:26px; display:flex; align-items:center; justify-content:center; left:14px; right:14px }
.h { top:84px; font: 10.5px ${sans} }
.d { top:100px; font: italic 10px ${sans} }
.lg { position:absolute; left:7px; bottom:6px; display:flex; align-items:center; gap:3px; max-width:118px }
.lg .m { width:22px; height:22px; border-radius:${radius}; background:${accent}; color:#fff; font: bold 9px ${display}; display:flex; align-items:center; justify-content:center; flex:none }
.lg .w { font: bold 6.8px ${cond}; line-height:7.5px; text-transform:uppercase; letter-spacing:0.3px }
.ap { position:absolute; right:8px; bottom:8px; font: bold 8px ${mono}; text-align:right }
.ft { position:absolute; left:130px; right:62px; bottom:7px; text-align:center; font: 6.5px ${sans}; line-height:8px; color:${soft} }
</style>
<div class="c">
 <div class="edge"></div>
 <div class="b n">${name}</div>
 <div class="b t">${title}</div>
 <div class="b h">${hours}</div>
 <div class="b d">${date}</div>
 <div class="lg"><div class="m">${mark}</div><div class="w">${provider}</div></div>
 <div class="ft">${foot1}<br>${foot2}</div>
 <div class="ap">${approval}</div>
</div>
"""


def fill(d):
    dark = d.chance(0.35)
    provider = d.provider()
    words = [w for w in provider.replace("&", " ").split() if w[:1].isalpha() and w[0].isupper()]
    mark = "".join(w[0] for w in words[:3]) or provider[:2].upper()
    _street, town = d.address()
    return {
        "bg": d.colors["dark"] if dark else "#fff",
        "ink": "#fff" if dark else "#111",
        "soft": "#ddd" if dark else "#555",
        "nfont": d.pick([d.fonts["sans"], d.fonts["display"], d.fonts["cond"]]),
        "radius": d.pick(["50%", "3px"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "hours": d.hours(d.pick(["cec_hours", "hours_title", "iicrc_cec", "cecs", "hrs"])),
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "dmy_long"])),
        "mark": mark,
        "provider": provider,
        "foot1": d.pick(["Continuing Education Card", "Course Completion", "Training Record"]),
        "foot2": town,
        "approval": d.approval(),
    }
