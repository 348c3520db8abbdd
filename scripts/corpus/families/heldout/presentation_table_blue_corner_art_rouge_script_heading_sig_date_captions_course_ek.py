"""A certificate an events site renders from a table laid over a stock blue
and white certificate image on a landscape sheet: blue corner art top left
and bottom right, the school's logo picture centred at the top, a very large
orange script heading, a subheading in small capitals, the recipient's name
in a plain book face, a post-heading in small capitals naming the course and
the credit, and a three-cell row at the foot: a signature over a rule with
the signer's name beneath and a bold title under that, an empty middle cell
with a seal, and the date over a rule captioned "Date" in bold."""

SOURCE = "NikkoOrbasido/certificates:3/pdf.blade.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "provider-in-logo",
    "table",
    "script-title",
    "seal",
    "distractor-person",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:#fff }
.k1 { position:absolute; left:0; top:0; width:300px; height:220px; background:${blue};
  clip-path: polygon(0 0, 100% 0, 0 100%) }
.k2 { position:absolute; left:0; top:0; width:360px; height:260px; background:${blue2}; opacity:0.5;
  clip-path: polygon(0 0, 100% 0, 0 100%) }
.k3 { position:absolute; right:0; bottom:0; width:300px; height:220px; background:${blue};
  clip-path: polygon(100% 0, 100% 100%, 0 100%) }
.k4 { position:absolute; right:0; bottom:0; width:360px; height:260px; background:${blue2}; opacity:0.5;
  clip-path: polygon(100% 0, 100% 100%, 0 100%) }
.fr { position:absolute; inset:26px; border:2px solid ${blue} }
table { position:absolute; left:90px; right:90px; top:34px; width:calc(100% - 180px); height:calc(100% - 100px); border-collapse:collapse }
td { text-align:center; padding:0 }
.lg { display:inline-flex; align-items:center; gap:10px; padding:6px 16px; border:2px solid ${blue}; border-radius:30px; background:#fff }
.lg .e { width:40px; height:40px; border-radius:50%; background:${blue}; color:#fff; font: bold 15px ${sans};
  display:flex; align-items:center; justify-content:center }
.lg .o { font: bold 17px ${sans}; color:${blue}; text-align:left; line-height:19px }
.hd { color:#fd6e35; font: italic ${hd_px}px ${script}; line-height:1.15; padding-top:4px }
.sh { color:#0f1b3e; font: ${sh_px}px ${caps}; font-variant:small-caps; letter-spacing:1px; line-height:1.3 }
.nm { color:#000; font: ${nm_px}px ${book}; line-height:1.35; padding:6px 0 }
.ph { color:#0f1b3e; font: ${ph_px}px ${caps}; font-variant:small-caps; line-height:1.3; padding:0 30px }
.rw td { vertical-align:middle; padding-top:20px; font: 17px ${sans} }
.ln { width:270px; margin:0 auto; border-bottom:1px solid #000; min-height:40px; display:flex; align-items:flex-end; justify-content:center }
.ln i { font: normal 30px ${hand}; color:#1b2a6b; line-height:38px; white-space:nowrap }
.ln span { font-size:17px; padding-bottom:3px }
.cap { font-weight:bold; font-size:15px; margin-top:3px }
.sl { width:92px; height:92px; border-radius:50%; margin:0 auto; background: radial-gradient(circle, ${gold} 0 52%, #fff 53% 56%, ${gold} 57%);
  color:#fff; font: bold 11px ${sans}; display:flex; align-items:center; justify-content:center; text-align:center; line-height:13px }
</style>
<div class="bg"></div><div class="k2"></div><div class="k1"></div><div class="k4"></div><div class="k3"></div><div class="fr"></div>
<table>
 <tr><td colspan="3"><div class="lg"><div class="e">${initials}</div><div class="o">${org_html}</div></div></td></tr>
 <tr><td colspan="3" class="hd">${heading}</td></tr>
 <tr><td colspan="3" class="sh">${sub}</td></tr>
 <tr><td colspan="3" class="nm">${name}</td></tr>
 <tr><td colspan="3" class="ph">${post}</td></tr>
 <tr class="rw">
  <td style="width:40%"><div class="ln"><i>${signer}</i></div><div style="font-size:15px;margin-top:3px">${signer}</div><div class="cap">${signer_title}</div></td>
  <td style="width:20%"><div class="sl">${seal_html}</div></td>
  <td style="width:40%"><div class="ln"><span>${date}</span></div><div class="cap">${date_cap}</div></td>
 </tr>
</table>
"""


def fill(d):
    import html

    org = d.provider()
    words = [w for w in org.replace("&", "").replace(",", "").split() if w[:1].isupper()]
    org_html = html.escape(org)
    if len(org) > 30:
        cut = org.rfind(" ", 0, len(org) // 2 + 5)
        org_html = f"{html.escape(org[:cut])}<br>{html.escape(org[cut + 1 :])}"
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    hours = d.hours(d.pick(["cec_hours", "cecs", "words_cec", "hours_title"]))
    post = d.pick(
        [
            f"for completing {title}, {hours}",
            f"upon completion of {title} · {hours}",
            f"who has completed the course {title} for {hours}",
        ]
    )
    return {
        "blue": d.pick(["#1e4fa1", "#123c69", "#0b5ea8", "#1f3a5f"]),
        "blue2": d.pick(["#7fb2e5", "#9cc3e6", "#6aa6d8"]),
        "gold": d.pick(["#c9a227", "#b8860b", "#a67c00"]),
        "initials": "".join(w[0] for w in words)[:3],
        "org_html": org_html,
        "heading": d.pick(["Certificate", "Certificate of Completion", "Award of Completion"]),
        "hd_px": d.pick([76, 84]),
        "caps": d.fonts[d.pick(["serif", "display"])],
        "book": d.fonts["serif"],
        "sub": d.pick(["is hereby presented to", "this certifies that", "proudly presented to"]),
        "sh_px": 26,
        "name": name,
        "nm_px": 36 if len(name) < 26 else 30,
        "post": post,
        "ph_px": 24 if len(post) < 62 else 20,
        "signer": d.person(),
        "signer_title": d.pick(
            ["Instructor", "Training Director", "Course Provider Representative"]
        ),
        "seal_html": d.pick(["IICRC<br>CEC", "OFFICIAL<br>SEAL", "APPROVED<br>COURSE"]),
        "date": d.date(d.pick(["long", "us_numeric", "short_month", "dmy_long"])),
        "date_cap": d.pick(["Date", "Date", "Date Completed"]),
    }
