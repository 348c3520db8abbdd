"""A certificate run through an office laser printer on pre-printed blank
certificate stock, as small schools and distributors do: the stock carries
an engraved-look border with gold foil corners, a foil heading in a large
display or script face ("Certificate of Achievement", "Certificate of
Completion"), an embossed foil seal at the lower left and two blank rules
at the foot with small printed captions (signature, date). Everything that
names the holder is typed by the office in a plain Times-like face,
centred, a little off the stock's own centre line: "This certifies that",
the name in bold, "has successfully completed", the course, the credit, the
provider's name and city; the completion date is typed over the "Date"
rule and an instructor signs over the other."""

SOURCE = (
    "wording: blank pre-printed foil-border certificate stock (parchment and foil "
    "'Certificate of Achievement' sheets sold for laser printing) filled in with a word "
    "processor by IICRC-approved schools and equipment distributors, with the holder, "
    "course, CEC hours and school typed centred and the date typed on the stock's date line"
)
KIND = "course"
PAPER = "letter-landscape"
CATEGORIES = (
    "landscape",
    "ornate",
    "preprinted-stock",
    "sentence",
    "distractor-person",
    "seal",
    "plain-typed",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${stock} }
.b1 { position:absolute; inset:26px; border:10px solid transparent;
  border-image: repeating-linear-gradient(90deg, ${ink} 0 2px, ${stock} 2px 5px) 10 }
.b2 { position:absolute; inset:42px; border:3px double ${ink} }
.b3 { position:absolute; inset:50px; border:1px solid ${gold} }
.co { position:absolute; width:70px; height:70px; background:
  radial-gradient(circle at 50% 50%, ${gold_hi} 0 8px, transparent 9px),
  repeating-radial-gradient(circle at 50% 50%, ${gold} 0 2px, transparent 2px 6px);
  border-radius:50% }
.hd { position:absolute; left:0; right:0; top:${hd_top}px; text-align:center; font: ${hd_w} ${hd_px}px ${hd_face};
  color:${gold}; background: linear-gradient(180deg, ${gold_hi}, ${gold} 55%, ${gold_lo}); -webkit-background-clip:text;
  background-clip:text; -webkit-text-fill-color:transparent; letter-spacing:${hd_ls}px; line-height:1.15 }
.orn { position:absolute; left:50%; top:${orn_top}px; width:260px; margin-left:-130px; height:10px;
  background: radial-gradient(circle, ${gold} 0 4px, transparent 5px) center/22px 10px repeat-x }
.seal { position:absolute; left:92px; bottom:70px; width:118px; height:118px; border-radius:50%;
  background: repeating-conic-gradient(${gold} 0 5deg, ${gold_hi} 5deg 10deg) }
.seal:after { content:""; position:absolute; inset:16px; border-radius:50%;
  background: radial-gradient(circle, ${gold_hi} 0 40%, ${gold} 41% 100%); box-shadow: inset 0 0 0 3px ${gold_lo}, inset 0 0 0 6px ${gold_hi} }
.rule { position:absolute; bottom:96px; width:230px; border-top:1px solid #333; text-align:center;
  font: 10px ${sans}; color:#444; letter-spacing:1px; text-transform:uppercase; padding-top:3px }
.typed { position:absolute; left:120px; right:120px; top:${ty_top}px; text-align:center; color:#111; font-family:${typed};
  transform: translate(${dx}px, ${dy}px) rotate(${rot}deg) }
.typed p { font-size:${t_px}px; line-height:1.35 }
.typed .nm { font-size:${n_px}px; font-weight:bold; margin:8px 0 }
.typed .ti { font-size:${ti_px}px; margin:6px 0 }
.typed .sp { margin-top:14px }
.over { position:absolute; bottom:104px; width:230px; text-align:center; font-family:${typed}; color:#111;
  font-size:16px; line-height:20px; transform: translate(${dx}px, -1px) }
.over .h { font: 28px ${hand}; color:#1d2c6b; white-space:nowrap }
</style>
<div class="pg"></div><div class="b1"></div><div class="b2"></div><div class="b3"></div>
<div class="co" style="left:34px;top:34px"></div><div class="co" style="right:34px;top:34px"></div>
<div class="co" style="left:34px;bottom:34px"></div><div class="co" style="right:34px;bottom:34px"></div>
<div class="hd">${heading}</div>
<div class="orn"></div>
<div class="seal"></div>
<div class="rule" style="left:${r1_left}px">${cap_left}</div>
<div class="rule" style="right:96px">${cap_right}</div>
<div class="typed">
 <p>${certifies}</p>
 <p class="nm">${name}</p>
 <p>${completed}</p>
 <p class="ti">${title}</p>
 <p>${hours_line}</p>
 <p class="sp">${org_line}</p>
 <p>${place_line}</p>
</div>
<div class="over" style="left:${r1_left}px">${left_html}</div>
<div class="over" style="right:96px">${right_html}</div>
"""

HEADINGS = [
    ("Certificate of Achievement", "display"),
    ("Certificate of Completion", "display"),
    ("Certificate of Achievement", "script"),
    ("Certificate of Training", "script"),
    ("Award of Completion", "display"),
]
TYPED = [
    "'Liberation Serif', 'Nimbus Roman', serif",
    "'Nimbus Roman', serif",
    "'Liberation Serif', serif",
    "'Liberation Sans', sans-serif",
]


def fill(d):
    import html

    heading, face = d.pick(HEADINGS)
    script = face == "script"
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    hours = d.hours(d.pick(["cec_hours", "hours_title", "words_cec", "iicrc_cec", "cecs"]))
    hours_line = d.pick([hours, f"({hours})", f"for {hours}" if hours[0].isdigit() else hours])
    org = d.provider()
    org_line = d.pick([org, f"Presented by {org}", f"{org}"])
    date_on_line = d.chance(0.7)
    if date_on_line:
        date = d.date(d.pick(["us_numeric", "long", "short_month", "us_short"]))
        place_line = d.city()
        sig_side = d.pick(["left", "right"])
    else:
        date = d.date(d.pick(["long", "ordinal", "dmy_long"]))
        place_line = f"{d.city()} · {date}"
        sig_side = "left"
    signer = html.escape(d.person())
    sig_html = f'<div class="h">{signer}</div>'
    date_html = html.escape(date) if date_on_line else ""
    cap_sig = d.pick(["Instructor", "Signature", "Authorized Signature", "Director"])
    cap_date = d.pick(["Date", "Date of Completion", "Date"])
    if sig_side == "left":
        left_html, right_html, cap_left, cap_right = sig_html, date_html, cap_sig, cap_date
    else:
        left_html, right_html, cap_left, cap_right = date_html, sig_html, cap_date, cap_sig
    if not date_on_line:
        cap_right = d.pick(["Program Director", "Signature", "Training Manager"])
        right_html = f'<div class="h">{html.escape(d.person())}</div>'
    return {
        "stock": d.pick(["#fbf6e6", "#f6f0dc", "#fffdf6", "#f3eedf"]),
        "ink": d.pick(["#1f3a5f", "#5b2333", "#0b3d2e", "#3d2b1f"]),
        "gold": d.pick(["#b8892b", "#a67c00", "#b5913f"]),
        "gold_hi": d.pick(["#f3dc8a", "#ecd58b"]),
        "gold_lo": d.pick(["#7a5a12", "#6f5313"]),
        "hd_face": "'Dancing Script', 'Z003', cursive" if script else d.fonts["display"],
        "hd_w": "bold" if script else d.pick(["normal", "bold"]),
        "hd_px": 64 if script else d.pick([48, 52]),
        "hd_ls": 0 if script else d.pick([1, 2]),
        "hd_top": 72 if script else 84,
        "orn_top": 162,
        "typed": d.pick(TYPED),
        "hand": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', cursive"),
        "ty_top": d.pick([206, 220, 234]),
        "dx": d.pick([-14, -8, 0, 6, 12, 18]),
        "dy": d.pick([-6, 0, 4, 8]),
        "rot": d.pick([-0.4, 0, 0, 0.3]),
        "t_px": d.pick([18, 19, 20]),
        "n_px": 30 if len(name) > 26 else 34,
        "ti_px": 22 if len(title) > 40 else 25,
        "r1_left": d.pick([250, 270]),
        "heading": heading,
        "certifies": d.pick(["This certifies that", "This is to certify that", "Presented to"]),
        "name": name,
        "completed": d.pick(
            [
                "has successfully completed",
                "has satisfactorily completed the course",
                "for successful completion of",
            ]
        ),
        "title": title,
        "hours_line": hours_line,
        "org_line": org_line,
        "place_line": place_line,
        "left_html": left_html,
        "right_html": right_html,
        "cap_left": cap_left,
        "cap_right": cap_right,
    }
