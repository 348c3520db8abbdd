"""A training certificate in landscape, left-aligned rather than centred, as
a manufacturer's factory-training program (or a school or association)
issues it: a dark panel down the left side with a slanted right edge and a
thin coloured edge holds, in light letters, the certificate's ID number and
its date of issue stacked as label over value, a ring emblem and a small
verification code square; on the white part the provider's wordmark sits at
the top right in capitals under a monogram tile (its name printed nowhere
else), a large two-line heading, "Presented to" over the holder's name in a
script face on a rule, then one running sentence with the course, the days
it was held (two dates joined by "to", or a span) and the credit, and two
signature blocks below: the instructor's hand-signed name and the training
manager's."""

SOURCE = (
    "mehedihassan1603/creative-it:certificate_display.php (left column of ID No. and "
    "Date of Issue over a verification QR, left-aligned 'Presented to' name and a "
    "'completed the ... course held on START to END' sentence)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "dark-band",
    "script-name",
    "sentence",
    "date-range",
    "provider-in-logo",
    "distractor-person",
    "other-dates",
)

TEMPLATE = """<style>
.pn { position:absolute; left:0; top:0; bottom:0; width:31%; background:${dark};
  clip-path:polygon(0 0, 100% 0, 78% 100%, 0 100%); color:#f3efe4; font-family:${sans} }
.pn .edge { position:absolute; inset:0; background:${accent}; clip-path:polygon(96% 0, 100% 0, 78.5% 100%, 75% 100%); }
.ring { position:absolute; left:44px; top:262px; width:118px; height:118px; border-radius:50%;
  border:3px solid ${accent}; box-shadow:inset 0 0 0 7px ${dark}, inset 0 0 0 9px #f3efe4 }
.ring i { position:absolute; left:41px; top:41px; width:30px; height:30px; background:${accent};
  transform:rotate(45deg); box-shadow:0 0 0 6px ${dark}, 0 0 0 8px #f3efe4 }
.meta { position:absolute; left:44px; top:60px; width:190px }
.meta .l { font-size:12px; line-height:16px; letter-spacing:2px; text-transform:uppercase; opacity:0.8; white-space:nowrap }
.meta .v { font: bold 17px ${sans}; line-height:22px; margin:4px 0 24px; white-space:nowrap }
.qr { position:absolute; left:44px; bottom:86px; width:88px; height:88px; background:#fff; padding:5px;
  display:grid; grid-template-columns:repeat(11, 1fr) }
.qr i { display:block } .qr i.k { background:#111 }
.qrl { position:absolute; left:44px; bottom:60px; font-size:10.5px; letter-spacing:1px; opacity:0.85 }
.mk { position:absolute; right:56px; top:34px; display:flex; flex-direction:column; align-items:flex-end; gap:8px; text-align:right }
.mk .sq { width:46px; height:46px; background:${accent}; color:#fff; font: bold 22px ${cond};
  display:flex; align-items:center; justify-content:center; transform:skewX(-8deg) }
.mk .wm { font: bold 19px ${cond}; letter-spacing:1px; color:${dark}; line-height:22px; white-space:nowrap }
.mk .wm small { display:block; font: 11px ${sans}; line-height:14px; margin-top:5px; letter-spacing:3px; color:#666; text-transform:uppercase }
.body { position:absolute; left:37%; right:56px; top:170px; font-family:${serif}; color:#222 }
h1 { margin:0; font: bold 54px ${display}; letter-spacing:4px; color:${dark}; line-height:58px; text-transform:uppercase }
h2 { margin:2px 0 0; font: 20px ${sans}; letter-spacing:7px; color:${accent}; text-transform:uppercase; font-weight:normal }
.pr { margin-top:34px; font: 16px ${sans}; letter-spacing:1px; color:#555 }
.nm { font: 50px ${script}; color:#1b1b1b; line-height:66px; border-bottom:1.5px solid ${accent}; padding-bottom:2px; width:92%; white-space:nowrap }
.tx { margin-top:18px; font-size:17px; line-height:27px; width:92% }
.tx b { color:${dark} }
.sg { position:absolute; left:37%; right:56px; bottom:62px; display:flex; gap:54px; font-family:${sans} }
.sg div { flex:1; font-size:12.5px; color:#444; line-height:17px }
.sg .hw { font: 30px ${hand}; color:#1f2f6b; height:42px; line-height:44px; border-bottom:1px solid #777; margin-bottom:5px; white-space:nowrap }
.sg b { display:block; font-size:14px; color:#111 }
.ft { position:absolute; left:37%; right:56px; bottom:22px; font: 10.5px ${sans}; color:#777 }
</style>
<div class="pn"><span class="edge"></span>
 <div class="ring"><i></i></div>
 <div class="meta">
  <div class="l">${id_label}</div><div class="v">${cert_id}</div>
  <div class="l">${issue_label}</div><div class="v">${issued}</div>
 </div>
 <div class="qr">${qr_html}</div>
 <div class="qrl">${qr_label}</div>
</div>
<div class="mk"><div class="sq">${mono}</div><div class="wm">${org}<small>${tagline}</small></div></div>
<div class="body">
 <h1>${h1}</h1>
 <h2>${h2}</h2>
 <div class="pr">${presented}</div>
 <div class="nm">${name}</div>
 <p class="tx">${sentence_html}</p>
</div>
<div class="sg">
 <div><div class="hw">${inst}</div><b>${inst}</b>${inst_role}</div>
 <div><div class="hw">${mgr_sig}</div><b>${mgr}</b>${mgr_role}</div>
</div>
<div class="ft">${foot}</div>
"""


def _qr(rng) -> str:
    """A verification square: finder corners and random modules, no text."""
    cells = []
    for row in range(11):
        for col in range(11):
            finder = (row < 3 and col < 3) or (row < 3 and col > 7) or (row > 7 and col < 3)
            dark = finder and not (row % 10 == 1 and col % 10 == 1) or rng.random() < 0.45
            cells.append('<i class="k"></i>' if dark else "<i></i>")
    return "".join(cells)


def fill(d):
    from html import escape

    from corpus.values import ASSOCIATIONS, MANUFACTURERS

    r = d.rng
    org = d.provider("upper")
    maker = any(d.org == m for m, _ in MANUFACTURERS)
    base = d.org_alt or d.org
    mono = "".join(w[0] for w in base.replace("&", " ").split() if w[0].isupper())[:3]
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    style = d.pick(["long", "ordinal", "short_month", "us_numeric", "dmy_long"])
    if d.chance(0.55):
        start = d.other_date("start", style)
        held = f"held on {escape(start)} to {escape(d.date(style))}"
    else:
        held = f"held {escape(d.date_range(d.pick([1, 2])))}"
    hours = d.hours(d.pick(["cec_hours", "words_cec", "ceu_and_cec", "contact_and_cec", "cecs"]))
    place = d.city()
    t = f"<b>{escape(title)}</b>"
    program = "factory training program" if maker else "training program"
    sentence = d.pick(
        [
            f"has successfully completed the {t} course {held} at our training center "
            f"in {escape(place)}, and is awarded {escape(hours)}.",
            f"has attended and successfully completed the {program} {t}, "
            f"{held} in {escape(place)}. This course is approved by the IICRC for {escape(hours)}.",
            f"has completed all classroom and hands-on requirements of {t}, {held}, "
            f"earning {escape(hours)}.",
        ]
    )
    if d.chance(0.35):
        sentence += f" IICRC course approval no. {escape(d.approval())}."
    inst, mgr = d.person(), d.person()
    return {
        "mono": mono,
        "org": org,
        "tagline": d.pick(
            ["Training Academy", "Factory Training", "Technical Education"]
            if maker
            else ["Continuing Education", "Education Program"]
            if d.org in ASSOCIATIONS
            else ["IICRC Approved School", "Training Center", "Continuing Education"]
        ),
        "id_label": d.pick(["ID No.", "Certificate ID", "Certificate No."]),
        "cert_id": d.number(d.pick(["", "FT-", "TR-"])),
        "issue_label": d.pick(["Date of Issue", "Issued", "Issue Date"]),
        "issued": d.other_date(
            "issue", d.pick(["us_numeric", "long", "short_month", "dd_mon_yyyy"])
        ),
        "qr_html": _qr(r),
        "qr_label": d.pick(["Scan to verify", "Verify this certificate", "Verify online"]),
        "h1": "Certificate",
        "h2": d.pick(["of Training", "of Completion", "of Achievement"]),
        "presented": d.pick(["Presented to", "This certificate is presented to", "Awarded to"]),
        "name": name,
        "sentence_html": sentence,
        "inst": inst,
        "inst_role": d.pick(["Lead Instructor", "IICRC Approved Instructor", "Course Instructor"]),
        "mgr": mgr,
        "mgr_sig": mgr if d.chance(0.5) else f"{mgr.split()[0][0]}. {mgr.split()[-1]}",
        "mgr_role": d.pick(["Training Manager", "Director of Training", "Education Manager"]),
        "foot": d.pick(
            [
                "Keep this certificate for your continuing education records.",
                "Certificate valid only with an ID number that can be verified online.",
                "Duplicate certificates are issued on request to the training department.",
            ]
        ),
    }
