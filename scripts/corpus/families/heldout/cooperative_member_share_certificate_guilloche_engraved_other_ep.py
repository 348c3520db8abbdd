"""Not a training record: a member share certificate of a restoration
contractors' purchasing cooperative, engraved in the style of a stock
certificate. A wide guilloche band all round on a tinted ground, corner
brackets, a guilloche rosette at the left holding the number of shares,
numbered boxes at the upper corners (certificate number, shares), the
cooperative's name in large engraved capitals with its state of
incorporation, "This certifies that" and the member's name in a script
face, "is the registered holder of" the shares written out with the
figure in brackets, the class and par value, a transfer-restriction
clause in small type, "In witness whereof ..." with the date written out,
and the secretary's and president's signatures either side of a round
corporate seal. It names people, an organisation, dates and numbers and
records no course or credit."""

SOURCE = (
    "zackiles/git-corporation-template:05-capitalization/share-issuances/0000-templates/"
    "share-certificate-template.md ('Certificate No.', 'This Certifies That', 'is the "
    "registered holder of [NUMBER] [CLASS] SHARES', transfer restrictions, two authorized "
    "signatures) and paul-hammant/live-verify:public/use-cases/data/stock-certificates.md "
    "(double border, corner brackets, NUMBER and SHARES boxes)"
)
KIND = "other"
PAPER = "letter-landscape"
CATEGORIES = (
    "other",
    "landscape",
    "ornate",
    "guilloche",
    "script-name",
    "sentence",
    "date-words",
    "distractor-person",
    "distractor-date",
    "seal",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${ground}; font-family:${serif}; color:#1b1b1b }
.gl { position:absolute; inset:0; width:100%; height:100% }
.pane { position:absolute; inset:64px; background:${pane}; border:1px solid ${line} }
.br { position:absolute; width:40px; height:40px; border:2px solid ${dark} }
.box { position:absolute; top:82px; width:170px; border:2px solid ${dark}; background:#fff; text-align:center;
  font: bold 10.5px ${sans}; letter-spacing:2px; color:${dark}; padding:4px 0 }
.box b { display:block; font: bold 20px ${engr}; letter-spacing:1px; color:#111 }
.ros { position:absolute; left:92px; top:300px; width:170px; height:170px }
.ros div { position:absolute; inset:52px; border-radius:50%; background:#fff; border:1px solid ${line};
  display:flex; flex-direction:column; align-items:center; justify-content:center; font: bold 9px ${sans};
  letter-spacing:1.5px; color:${dark} }
.ros div b { font: bold 22px ${engr}; color:#111 }
.w { position:absolute; left:290px; right:110px; top:86px; bottom:96px; text-align:center; display:flex;
  flex-direction:column; justify-content:space-between }
.co { font: ${co_px}px ${engr}; letter-spacing:2px; text-transform:uppercase; color:${dark}; line-height:1.15;
  padding:0 150px 0 0 }
.inc { font: italic 13px ${serif}; color:#444; margin-top:6px; padding-right:150px }
.ct { font: 16px ${serif}; letter-spacing:3px; text-transform:uppercase }
.nm { font: ${nm_px}px ${script}; color:#111; line-height:1.2; white-space:nowrap }
.tx { font-size:16px; line-height:25px }
.tx b { font: bold 17px ${engr} }
.sm { font: 10.5px ${sans}; color:#555; line-height:14px; text-align:justify }
.wit { font: italic 15px ${serif} }
.sgs { display:flex; justify-content:space-between; align-items:flex-end }
.sg { width:230px; font: 12px ${sans}; line-height:16px }
.sg .h { font: 26px ${hand}; color:${ink}; white-space:nowrap; border-bottom:1px solid #333; line-height:38px }
.seal { width:92px; height:92px; border-radius:50%; border:2px solid ${line}; box-shadow: inset 0 0 0 5px ${pane},
  inset 0 0 0 6px ${line}; display:flex; align-items:center; justify-content:center; text-align:center;
  font: bold 8.5px ${sans}; letter-spacing:1px; color:${line}; line-height:12px }
</style>
<div class="pg">
<svg class="gl" viewBox="0 0 1056 816" preserveAspectRatio="none">${band_html}</svg>
<div class="pane"></div>
<div class="br" style="left:74px;top:74px;border-right:0;border-bottom:0"></div>
<div class="br" style="right:74px;top:74px;border-left:0;border-bottom:0"></div>
<div class="br" style="left:74px;bottom:74px;border-right:0;border-top:0"></div>
<div class="br" style="right:74px;bottom:74px;border-left:0;border-top:0"></div>
<div class="box" style="left:96px">${no_label}<b>${cert_no}</b></div>
<div class="box" style="right:96px">SHARES<b>${shares}</b></div>
<div class="ros"><svg width="170" height="170" viewBox="0 0 170 170">${rosette_html}</svg>
 <div>${cls_short}<b>${shares}</b>SHARES</div></div>
<div class="w">
 <div><div class="co">${coop}</div><div class="inc">${incorporated}</div></div>
 <div class="ct">${certifies}</div>
 <div class="nm">${holder}</div>
 <div class="tx">${holder_of} <b>${shares_words} (${shares}) ${cls} Shares</b> ${par_text}</div>
 <div class="sm">${restriction}</div>
 <div class="wit">${witness}</div>
 <div class="sgs">
  <div class="sg"><div class="h">${sec}</div>${sec}, Secretary</div>
  <div class="seal">${seal_html}</div>
  <div class="sg"><div class="h">${pres}</div>${pres}, President</div>
 </div>
</div>
</div>
"""

ENGRAVED = [
    "'Linux Libertine Display O', serif",
    "'Old Standard TT', serif",
    "'C059', serif",
    "'P052', serif",
]
SCRIPTS = ["'Z003', cursive", "'Dancing Script', cursive"]
COOPS = [
    ("Restoration Contractors Purchasing Cooperative, Inc.", "RCPC"),
    ("Independent Cleaners Buying Cooperative", "ICBC"),
    ("Allied Mitigation Contractors Co-operative", "AMCC"),
    ("Great Plains Restoration Supply Cooperative", "GPRSC"),
    ("Carpet & Upholstery Cleaners Cooperative Association", "CUCCA"),
]
STATES = ["Delaware", "Minnesota", "Ohio", "Texas", "Washington", "Georgia", "Colorado"]
WORDS = {
    2: "Two",
    5: "Five",
    10: "Ten",
    20: "Twenty",
    25: "Twenty-five",
    50: "Fifty",
    100: "One Hundred",
}


def _band(x0, y0, x1, y1, amp, period, copies, color, width):
    import math

    w, h = x1 - x0, y1 - y0
    per = 2 * (w + h)
    period = per / round(per / period)
    n = int(per / 2)
    out = []
    for c in range(copies):
        ph = 2 * math.pi * c / copies
        pts = []
        for i in range(n + 1):
            s = per * i / n
            if s < w:
                x, y, nx, ny = x0 + s, y0, 0, -1
            elif s < w + h:
                x, y, nx, ny = x1, y0 + s - w, 1, 0
            elif s < 2 * w + h:
                x, y, nx, ny = x1 - (s - w - h), y1, 0, 1
            else:
                x, y, nx, ny = x0, y1 - (s - 2 * w - h), -1, 0
            o = amp * math.sin(2 * math.pi * s / period + ph)
            pts.append(f"{x + nx * o:.1f},{y + ny * o:.1f}")
        out.append(
            f'<polyline points="{" ".join(pts)}" fill="none" stroke="{color}" stroke-width="{width}"/>'
        )
    return "".join(out)


def _rosette(cx, cy, r0, amp, k, copies, color):
    import math

    out = []
    for c in range(copies):
        ph = 2 * math.pi * c / copies
        pts = []
        for i in range(541):
            t = 2 * math.pi * i / 540
            r = r0 + amp * math.sin(k * t + ph)
            pts.append(f"{cx + r * math.cos(t):.1f},{cy + r * math.sin(t):.1f}")
        out.append(
            f'<polyline points="{" ".join(pts)}" fill="none" stroke="{color}" stroke-width=".6"/>'
        )
    return "".join(out)


def fill(d):
    from corpus import formats as F

    coop, short = d.pick(COOPS)
    line = d.pick(["#4f7a63", "#5a6aa0", "#8a6a3a", "#6a4c7a"])
    shares = d.pick(list(WORDS))
    cls = d.pick(["Class A Voting", "Class B Patronage", "Common Member"])
    issued = d.other_date("issue", "words").replace("the ", "this ", 1)
    band = _band(28, 28, 1028, 788, 10, 30, 6, line, 0.7) + _band(
        48, 48, 1008, 768, 4, 16, 3, line, 0.5
    )
    par = d.pick(["$10.00", "$25.00", "$100.00", "$1.00"])
    return {
        "ground": d.pick(["#eef3ee", "#eff0f7", "#f6f0e4", "#f2eef4"]),
        "pane": d.pick(["#fbfcf8", "#fdfcf7", "#ffffff"]),
        "line": line,
        "ink": d.pick(["#1d2c6b", "#222", "#123a7a"]),
        "engr": d.pick(ENGRAVED),
        "script": d.pick(SCRIPTS),
        "band_html": band,
        "rosette_html": _rosette(85, 85, 62, 18, d.pick([14, 18, 22]), 8, line),
        "co_px": 26 if len(coop) > 44 else 30,
        "nm_px": 40,
        "no_label": d.pick(["NUMBER", "CERTIFICATE NO."]),
        "cert_no": f"{short[:2]}-{d.rng.randrange(10, 2400):04d}",
        "shares": str(shares),
        "cls_short": cls.split()[0].upper() + " " + cls.split()[1].upper(),
        "coop": coop,
        "incorporated": f"Incorporated under the cooperative laws of the State of {d.pick(STATES)}",
        "certifies": d.pick(["This certifies that", "Be it known that"]),
        "holder": d.person(),
        "holder_of": d.pick(["is the registered holder of", "is the owner of record of"]),
        "shares_words": WORDS[shares],
        "cls": cls,
        "par_text": f"of the par value of {par} each, fully paid, in the capital of the Cooperative.",
        "restriction": d.pick(
            [
                "The shares represented by this certificate may be held only by active member firms and are "
                "not transferable except to the Cooperative or with the written consent of its Board of "
                "Directors. See the Articles and Bylaws for the rights of each class.",
                "Transfer of these shares is restricted. No transfer shall be effective until recorded on the "
                "share register of the Cooperative upon surrender of this certificate properly endorsed.",
            ]
        ),
        "witness": f"In witness whereof, the Cooperative has caused this certificate to be signed by its duly "
        f"authorized officers and sealed {issued}.",
        "sec": d.person(),
        "pres": d.person(),
        "seal_html": f"CORPORATE<br>SEAL<br>{F.fmt_date(d.completed, 'iso')[:4]}",
    }
