"""A wallet card typeset with the LaTeX bizcard package (ten cards to a
sheet, cut apart): the holder's name bold at the top left placed with
\\put, a small grey line under it saying what the card is, a thin coloured
rule, the course on one or two lines, then at the bottom left the date
completed and the credit as two short labelled lines, and at the bottom
right the school's name and its phone and web address in small type with
symbol glyphs; a narrow coloured strip runs down the right edge and the
card number is printed sideways on it."""

SOURCE = "bamos/bamos.github.io:_posts/2014-12-30-latex-business-cards.md"
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "labelled",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.strip { position:absolute; right:0; top:0; bottom:0; width:22px; background:${col} }
.no { position:absolute; right:30px; top:9px; font: 8px ${mono}; color:#777 }
.w { position:absolute; left:14px; right:32px; top:19px; bottom:9px; font-family:${face}; color:#111 }
.nm { font: bold ${name_size}px ${face}; line-height:17px }
.what { font-size:9px; color:#666; margin-top:1px; letter-spacing:.3px }
.rl { height:1.5px; background:${col}; margin:5px 0 5px; width:72% }
.crs { font-size:11.5px; line-height:13.5px; font-weight:600 }
.bl { position:absolute; left:0; bottom:0; font-size:9.5px; line-height:12.5px }
.bl i { font-style:normal; color:#666 }
.br { position:absolute; right:0; bottom:0; text-align:right; font-size:8.5px; line-height:11px; color:#333; max-width:140px }
.br b { display:block; font-size:9px; color:${col}; line-height:10.5px }
</style>
<div class="strip"></div><div class="no">${cardno}</div>
<div class="w">
 <div class="nm">${name}</div>
 <div class="what">${what}</div>
 <div class="rl"></div>
 <div class="crs">${title}</div>
 <div class="bl"><i>${l_date}</i> ${date}<br><i>${l_hours}</i> ${hours}</div>
 <div class="br"><b>${provider}</b>&#9990; ${phone}<br>${web}</div>
</div>
"""


def fill(d):
    name = d.name(d.pick(["plain", "plain", "upper"]))
    return {
        "face": d.pick([d.fonts["sans"], "'Nimbus Sans', sans-serif"]),
        "mono": d.fonts["mono"],
        "col": d.pick(["#1f3a5f", "#8b0000", "#2d6a4f", "#6a4c93", "#c55a11"]),
        "cardno": f"No. {d.number()}",
        "name": name,
        "name_size": 14 if len(name) <= 24 else 12,
        "what": d.pick(
            [
                "Continuing education wallet card",
                "Course completion card",
                "Technician training card",
            ]
        ),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "l_date": d.pick(["Completed", "Date", "Passed"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "iso", "us_short"])),
        "l_hours": d.pick(["Credit", "CEC", "Hours"]),
        "hours": d.hours_number()
        if d.chance(0.5)
        else d.hours(d.pick(["cecs", "hrs", "cec_hours"])),
        "provider": d.provider(),
        "phone": d.phone(),
        "web": d.web(),
    }
