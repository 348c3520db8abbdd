"""A manufacturer's factory-training certificate on a small landscape card
(7 x 4.25 in): a dark header band across the top with the maker's name in
light spaced capitals beside a hexagonal product-line emblem, a thin accent
rule; a heading ("Factory Training Certificate", "Certificate of Product
Training"); "This certifies that", the technician's name in bold spaced
capitals, and a line on the training completed with the course title;
then a row of four ruled boxes with small captions (date completed, CEC
hours, course approval number or class number, serial number); at the foot
the factory trainer's signature over a caption at the left and a line of
small print with the training site and, at times, a split of lecture and
hands-on hours that add up to the credit."""

SOURCE = (
    "wording: factory-training certificates that restoration equipment and chemical "
    "manufacturers print for their in-house classes (maker's name and product-line emblem in "
    "a dark band, 'has completed factory training on ...', boxed date / CEC / course number / "
    "serial number, factory trainer's signature, training-center address, lecture and "
    "hands-on hours)"
)
KIND = "course"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "landscape",
    "dark-band",
    "labelled",
    "table",
    "provider-in-logo",
    "distractor-person",
    "letter-spaced",
    "boxed-cells",
    "hour-split",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${paper}; font-family:${face}; color:#151515 }
.hb { position:absolute; left:0; right:0; top:0; height:${hb_h}px; background:${dark}; color:#f3f3f3; display:flex; align-items:center;
  padding:0 26px; gap:14px }
.hx { flex:none; width:42px; height:46px; background:${accent}; clip-path:polygon(50% 0,100% 25%,100% 75%,50% 100%,0 75%,0 25%);
  color:${dark}; font: 900 13px ${face}; display:flex; align-items:center; justify-content:center; letter-spacing:.5px }
.hb .o { font: bold ${o_px}px ${face}; letter-spacing:${o_ls}px; text-transform:uppercase; line-height:1.15 }
.hb .tl { font-size:9.5px; letter-spacing:2.5px; text-transform:uppercase; opacity:.8; margin-top:2px }
.ac { position:absolute; left:0; right:0; top:${hb_h}px; height:4px; background:${accent} }
.c { position:absolute; left:34px; right:34px; top:${c_top}px; text-align:center }
h1 { margin:0; font: ${h_w} ${h_px}px ${head}; color:${dark}; letter-spacing:${h_ls}px; text-transform:${h_tt}; line-height:1.1 }
.ct { margin-top:7px; font: italic 12.5px ${serif}; color:#444 }
.nm { margin-top:3px; font: bold ${n_px}px ${face}; letter-spacing:${n_ls}px; text-transform:uppercase; white-space:nowrap }
.ln { margin-top:5px; font-size:12.5px; line-height:17px; color:#222 }
.ln b { color:${dark} }
.bx { position:absolute; left:34px; right:34px; top:${bx_top}px; display:flex; gap:8px }
.bx div { flex:1; border:1.2px solid ${dark}; padding:4px 6px 4px; min-width:0 }
.bx span { display:block; font-size:7.5px; letter-spacing:1px; text-transform:uppercase; color:#555 }
.bx b { display:block; font-size:12.5px; margin-top:2px; white-space:nowrap; overflow:hidden }
.ft { position:absolute; left:34px; right:34px; bottom:16px; display:flex; justify-content:space-between; align-items:flex-end }
.sg { width:190px; text-align:center; font-size:9.5px; color:#333; line-height:12px }
.sg .h { font: 22px ${hand}; color:#1d2c6b; border-bottom:1px solid #444; line-height:26px; white-space:nowrap }
.sp { text-align:right; font-size:8.5px; color:#555; line-height:12px; max-width:320px }
</style>
<div class="pg">
 <div class="hb"><div class="hx">${mono}</div><div><div class="o">${org}</div><div class="tl">${tagline}</div></div></div>
 <div class="ac"></div>
 <div class="c">
  <h1>${heading}</h1>
  <div class="ct">${certifies}</div>
  <div class="nm">${name}</div>
  <div class="ln">${completed} <b>${title}</b></div>
 </div>
 <div class="bx">
  <div><span>${l_date}</span><b>${date}</b></div>
  <div><span>${l_hours}</span><b>${hours}</b></div>
  <div><span>${l_ref}</span><b>${ref}</b></div>
  <div><span>${l_serial}</span><b>${serial}</b></div>
 </div>
 <div class="ft">
  <div class="sg"><div class="h">${trainer}</div>${trainer}, ${trainer_role}</div>
  <div class="sp">${small_html}</div>
 </div>
</div>
"""

TAGLINES = [
    "Factory Training Center",
    "Product Training Division",
    "Technical Academy",
    "Professional Training",
]
HEADINGS = [
    "Factory Training Certificate",
    "Certificate of Product Training",
    "Certificate of Factory Training",
    "Training Certificate",
]


def fill(d):
    import html

    from corpus import values as V

    r = d.rng
    if d.chance(0.75):
        d.org, d.org_alt = d.pick(V.MANUFACTURERS)
    org_key = d.org_alt or d.org
    mono = "".join(w[0] for w in org_key.replace("&", "").split() if w[0].isupper())[:2]
    org = d.provider(d.pick([None, "upper"]))
    name = d.name(d.pick(["plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    date = d.date(d.pick(["us_numeric", "short_month", "dd_mon_yyyy", "us_dash", "iso"]))
    hours = d.hours_number() if d.chance(0.6) else d.hours(d.pick(["hrs", "cecs"]))
    if d.chance(0.5):
        l_ref, ref = d.pick(["IICRC Approval", "Course Approval #", "Approval No."]), d.approval()
    else:
        l_ref = d.pick(["Class No.", "Session Code", "Course No."])
        ref = f"{d.pick(['FT', 'PT', 'C'])}-{r.randrange(100, 999)}"
    small = [f"{d.pick(['Training site', 'Held at', 'Training center'])}: {d.city()}"]
    if d.credit >= 4 and d.chance(0.55):
        hands_on = round(d.credit * r.choice([0.25, 0.3, 0.4]) * 2) / 2
        lecture = d.credit - hands_on
        small.append(f"Lecture {lecture:g} h · Hands-on {hands_on:g} h")
    else:
        small.append(d.pick(["Keep with your training records", f"Verify at {d.web()}"]))
    long_name = len(name) > 24
    return {
        "paper": d.pick(["#ffffff", "#fbfaf6", "#f6f7f9"]),
        "dark": d.pick(["#1f2a36", "#23395d", "#2f2f2f", "#0b3d2e", "#4a1c40"]),
        "accent": d.pick(["#f2b705", "#e63946", "#f76511", "#c9a227", "#4cc9f0"]),
        "face": d.pick(["'Roboto', sans-serif", "'Lato', sans-serif", "'Open Sans', sans-serif"]),
        "head": d.pick([d.fonts["display"], d.fonts["cond"], d.fonts["serif"]]),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "hb_h": 66,
        "o_px": 15 if len(org) > 30 else 18,
        "o_ls": d.pick([1.5, 2.5, 3]),
        "c_top": 84,
        "h_w": d.pick(["bold", "normal"]),
        "h_px": d.pick([22, 24]),
        "h_ls": d.pick([0.5, 1.5]),
        "h_tt": d.pick(["none", "uppercase"]),
        "n_px": 19 if long_name else 23,
        "n_ls": 1 if long_name else d.pick([2, 3]),
        "bx_top": d.pick([220, 230]),
        "mono": mono,
        "org": org,
        "tagline": d.pick(TAGLINES),
        "heading": d.pick(HEADINGS),
        "certifies": d.pick(["This certifies that", "This is to certify that", "Awarded to"]),
        "name": name,
        "completed": d.pick(
            [
                "has completed factory training in",
                "has successfully completed the product training course",
                "attended and completed",
            ]
        ),
        "title": title,
        "l_date": d.pick(["Date Completed", "Completed", "Training Date"]),
        "date": date,
        "l_hours": d.pick(["CEC Hours", "IICRC CECs", "Credit Hours"]),
        "hours": hours,
        "l_ref": l_ref,
        "ref": ref,
        "l_serial": d.pick(["Serial No.", "Certificate #", "Cert. No."]),
        "serial": d.number(),
        "trainer": d.person(),
        "trainer_role": d.pick(["Factory Trainer", "Technical Trainer", "Training Manager"]),
        "small_html": "<br>".join(html.escape(s) for s in small),
    }
