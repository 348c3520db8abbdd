"""A landscape completion certificate printed by a learning system over a
decorative background: a broad patterned border with a double inner rule,
the issuer named only in the wordmark at the top left (a square mark with its
initials beside the name and a small programme line), the certificate number
on one line at the top right, a tall condensed all-capitals heading in the middle, a small
"presented to" line, the learner's name very large in a flowing script, a
short lead-in over the course title in bold, an instructor and a class
location in small type, and at the foot a row of values each standing over a
rule with its caption under it (the completion date, the credit, the date the
certificate is valid through, and a signature over the signer's printed name
and office), with a verification code square in the bottom right corner."""

SOURCE = (
    "0xWormh0le/ian-bland-lms:resources/views/certificate-templates/starter-template.php "
    "(background frame, condensed title, 'presented to', script name, 'for completing', "
    "value-over-caption info row with validity and director, QR code)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "ornate",
    "script-name",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
    "qr",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${paper} }
.fr { position:absolute; inset:18px; border:22px solid transparent;
  border-image: repeating-radial-gradient(circle at 50% 50%, ${ink} 0 1.5px, ${paper} 1.5px 4px, ${gold} 4px 5px, ${paper} 5px 7px) 22 }
.r1 { position:absolute; inset:46px; border:2px solid ${ink} }
.r2 { position:absolute; inset:52px; border:1px solid ${gold} }
.w { position:absolute; inset:66px 80px 60px; color:#333; font-family:${sans} }
.lg { position:absolute; left:0; top:0; display:flex; align-items:center; gap:10px }
.mk { width:46px; height:46px; background:${ink}; color:${paper}; font: bold 17px/46px ${cond};
  text-align:center; letter-spacing:1px; border-radius:${mk_radius} }
.wm { font: bold ${wm_px}px ${cond}; color:${ink}; letter-spacing:.8px; line-height:26px; white-space:nowrap }
.wm small { display:block; font: 10.5px ${sans}; color:#666; letter-spacing:2px; text-transform:uppercase; font-weight:normal; margin-top:4px; line-height:16px }
.no { position:absolute; right:0; top:4px; text-align:right; font-size:10.5px; color:#555; line-height:16px }
.no b { font: bold 13px ${mono}; color:#222; letter-spacing:.5px; margin-left:4px }
.c { position:absolute; left:0; right:0; top:${c_top}px; text-align:center }
h1 { margin:0; font: bold ${h1_px}px ${cond}; color:${ink}; text-transform:uppercase; letter-spacing:3px; line-height:1.1 }
.ac { margin-top:30px; font: 16px ${cond}; color:#5a4a42; letter-spacing:1.5px; text-transform:uppercase }
.nm { font: ${name_px}px ${scr}; color:#3b302b; line-height:${name_line}px; margin-top:10px; white-space:nowrap }
.rs { width:64%; margin:14px auto 0; font-size:14.5px; color:#444 }
.rs b { display:block; margin-top:10px; font: bold ${ti_px}px ${sans}; color:#1d1d1d; line-height:1.25 }
.in { margin-top:18px; font-size:12px; color:#666 }
.ft { position:absolute; left:24px; right:150px; bottom:6px; display:flex; gap:26px; align-items:flex-end }
.ft > div { flex:1; text-align:center }
.ft .v { font: 14px ${sans}; color:#222; letter-spacing:1px; border-bottom:1px solid #555; padding-bottom:4px; white-space:nowrap; min-height:20px }
.ft .s { font: 30px/38px ${hnd}; color:#1f2e66; border-bottom:1px solid #555; white-space:nowrap; height:40px; overflow:visible }
.ft .k { font-size:10.5px; color:#555; letter-spacing:1.5px; text-transform:uppercase; margin-top:5px }
.ft .p { font-size:12.5px; color:#222; margin-top:4px }
.ft .sg { flex:1.5 }
.qr { position:absolute; right:4px; bottom:4px; width:112px; text-align:center; font-size:8.5px; color:#666; line-height:11px }
.qr svg { display:block; width:92px; height:92px; margin:0 auto 3px; background:#fff; padding:3px }
</style>
<div class="bg"></div><div class="fr"></div><div class="r1"></div><div class="r2"></div>
<div class="w">
 <div class="lg"><div class="mk">${mark}</div><div class="wm">${org}<small>${programme}</small></div></div>
 <div class="no">${no_label} <b>${cert_no}</b></div>
 <div class="c">
  <h1>${heading}</h1>
  <div class="ac">${presented}</div>
  <div class="nm">${name}</div>
  <div class="rs">${lead}<b>${title}</b></div>
  <div class="in">${instructor_line}</div>
 </div>
 <div class="ft">
  <div><div class="v">${date}</div><div class="k">${date_caption}</div></div>
  <div><div class="v">${hours}</div><div class="k">${hours_caption}</div></div>
  <div><div class="v">${valid}</div><div class="k">${valid_caption}</div></div>
  <div class="sg"><div class="s">${signer}</div><div class="p">${signer}</div><div class="k">${signer_role}</div></div>
 </div>
 <div class="qr">${qr_html}${verify}</div>
</div>
"""


def _qr(rng) -> str:
    """A 21 x 21 code square: three finder marks and random modules."""
    n = 21
    cells = []
    for y in range(n):
        for x in range(n):
            finder = any(
                0 <= x - fx < 7 and 0 <= y - fy < 7 for fx, fy in ((0, 0), (14, 0), (0, 14))
            )
            if finder:
                dx = x - (14 if x >= 14 else 0)
                dy = y - (14 if y >= 14 else 0)
                on = dx in (0, 6) or dy in (0, 6) or (2 <= dx <= 4 and 2 <= dy <= 4)
            elif (x < 8 and y < 8) or (x > 12 and y < 8) or (x < 8 and y > 12):
                on = False
            else:
                on = rng.random() < 0.48
            if on:
                cells.append(f'<rect x="{x}" y="{y}" width="1" height="1"/>')
    return f'<svg viewBox="0 0 {n} {n}" shape-rendering="crispEdges">{"".join(cells)}</svg>'


def fill(d):
    from corpus import values as V

    fallback = ", 'Dancing Script', 'Z003', cursive"
    maker = d.org in [m for m, _ in V.MANUFACTURERS]
    association = d.org in V.ASSOCIATIONS
    org = d.provider(d.pick([None, "upper"]))
    words = [w for w in (d.org_alt or d.org).replace("&", "").split() if w[:1].isupper()]
    mark = "".join(w[0] for w in words if w not in ("Co.", "LLC", "Inc."))[:3]
    if maker:
        programme = d.pick(["Factory Training Program", "Technical Academy", "Product Training"])
    elif association:
        programme = d.pick(["Education Committee", "Member Education", "Training Program"])
    else:
        programme = d.pick(["IICRC Approved School", "Training Center", "Learning Portal"])
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    size = 84 if len(name) <= 16 else 72 if len(name) <= 21 else 60 if len(name) <= 27 else 50
    title = d.title(d.pick(["plain", "plain", "with_code", "code_first"]))
    date_style = d.pick(["long", "us_numeric", "short_month", "dmy_long", "dd_mon_yyyy"])
    date = d.date(date_style)
    hours = d.hours(d.pick(["cec_hours", "cecs", "hours_title", "hrs", "words"]))
    valid = d.other_date("expiry", date_style)
    signer = d.person()
    instructor = d.person()
    city = d.city()
    instructor_line = d.pick(
        [
            f"Instructor: {instructor} · {city}",
            f"Taught by {instructor}, {city}",
            f"Class held in {city} · Lead trainer {instructor}",
        ]
    )
    return {
        "paper": d.pick(["#fffdf7", "#fbf7ee", "#f7f4ec", "#fdfcfa"]),
        "ink": d.pick(["#1f3a5f", "#23395d", "#5b2333", "#0b3d2e", "#3d2b1f"]),
        "gold": d.pick(["#b8860b", "#a67c00", "#c9a227", "#9c6644"]),
        "mk_radius": d.pick(["0", "6px", "50%"]),
        "mark": mark,
        "org": org,
        "wm_px": 17 if len(org) > 30 else 19,
        "programme": programme,
        "no_label": d.pick(["Certificate No.", "Certificate #", "Cert. ID"]),
        "cert_no": d.number(d.pick(["", "FT-", "C-"])),
        "h1_px": d.pick([50, 54, 58]),
        "c_top": d.pick([96, 112, 124]),
        "heading": d.pick(
            [
                "Certificate of Completion",
                "Certificate of Training",
                "Training Certificate",
                "Certificate of Achievement",
            ]
        ),
        "presented": d.pick(["This is presented to :", "This is presented to", "Awarded to"]),
        "scr": d.fonts["script"].replace(", cursive", fallback),
        "hnd": d.fonts["hand"].replace(", cursive", fallback),
        "name": name,
        "name_px": size,
        "name_line": int(size * 1.3),
        "lead": d.pick(
            [
                "For completing the training course :",
                "For successfully completing the course",
                "For completing all lessons and the final assessment of",
            ]
        ),
        "ti_px": 22 if len(title) <= 40 else 19,
        "title": title,
        "instructor_line": instructor_line,
        "date": date,
        "date_caption": d.pick(["Date completed", "Completion date", "Completed on"]),
        "hours": hours,
        "hours_caption": d.pick(["IICRC CEC hours", "Credit earned", "Continuing education"]),
        "valid": valid,
        "valid_caption": d.pick(["Valid through", "Valid until", "Renew by"]),
        "signer": signer,
        "signer_role": d.pick(["Director", "Director of Training", d.role()]),
        "qr_html": _qr(d.rng),
        "verify": d.pick([f"Verify at {d.web()}", "Scan to verify", f"{d.web()}/verify"]),
    }
