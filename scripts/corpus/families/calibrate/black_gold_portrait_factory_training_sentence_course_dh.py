"""A portrait factory-training certificate printed entirely in gold on a near
black ground: a fine gold frame with corner brackets, a medallion at the top,
the maker's name in spaced capitals, "Certificate of Factory Training", and
a single centred paragraph with no labels carrying the technician, the
course, the credit and the day. Two gold signature lines and a small serial
line at the foot."""

SOURCE = "xUDAYx/RDFTeamWorkspace:sample_ui/sampleUI.php (gold type on a dark certificate ground)"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "script-name",
    "sentence",
    "ornate",
    "seal",
    "hours-in-sentence",
    "distractor-person",
    "manufacturer",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background: radial-gradient(ellipse at 50% 30%, ${ground2}, ${ground} 70%) }
.f1 { position:absolute; inset:30px; border:1px solid ${gold} }
.f2 { position:absolute; inset:40px; border:3px solid ${gold} }
.cn { position:absolute; width:46px; height:46px; border:3px solid ${gold} }
.a { left:22px; top:22px; border-right:0; border-bottom:0 } .b { right:22px; top:22px; border-left:0; border-bottom:0 }
.c { left:22px; bottom:22px; border-right:0; border-top:0 } .e { right:22px; bottom:22px; border-left:0; border-top:0 }
.md { position:absolute; left:50%; top:84px; margin-left:-56px; width:112px; height:112px; border-radius:50%;
  background: repeating-conic-gradient(${gold} 0 4deg, transparent 4deg 8deg); }
.md:after { content:""; position:absolute; inset:12px; border-radius:50%; background:${ground}; border:2px solid ${gold} }
.md span { position:absolute; inset:0; z-index:2; display:flex; align-items:center; justify-content:center;
  font: 30px ${display}; color:${gold} }
.bd { position:absolute; left:86px; right:86px; top:246px; text-align:center; color:${text}; font-family:${serif} }
.mk { font: 15px ${sans}; letter-spacing:7px; text-transform:uppercase; color:${gold} }
h1 { margin:24px 0 0; font: 46px ${display}; color:${gold}; line-height:54px }
.rule { margin:22px auto; width:190px; height:9px; border-top:1px solid ${gold}; border-bottom:1px solid ${gold} }
.p { font-size:19px; line-height:38px; margin-top:30px }
.q { font: italic 15px ${serif}; line-height:25px; margin:40px auto 0; width:82%; opacity:.9 }
.p .n { font: 40px ${script}; color:${gold}; display:block; line-height:62px; margin:6px 0 }
.p b { color:${gold}; font-weight:bold }
.ft { position:absolute; left:96px; right:96px; bottom:104px; display:flex; justify-content:space-between; align-items:flex-end;
  font: 12.5px ${sans}; color:${text}; line-height:17px }
.ft .sl { width:96px; height:96px; border-radius:50%; border:2px solid ${gold}; box-shadow: inset 0 0 0 6px ${ground}, inset 0 0 0 8px ${gold};
  display:flex; align-items:center; justify-content:center; text-align:center; font: bold 9.5px ${sans}; letter-spacing:1.5px; color:${gold}; line-height:13px }
.ft .sg { width:220px; text-align:center; border-top:1px solid ${gold}; padding-top:6px }
.sn { position:absolute; left:0; right:0; bottom:62px; text-align:center; font: 10.5px ${sans}; letter-spacing:2px; color:${gold} }
</style>
<div class="bg"><div class="f1"></div><div class="f2"></div>
<div class="cn a"></div><div class="cn b"></div><div class="cn c"></div><div class="cn e"></div>
<div class="md"><span>${glyph}</span></div>
<div class="bd">
 <div class="mk">${maker}</div>
 <h1>${heading}</h1>
 <div class="rule"></div>
 <div class="p">${lead}<span class="n">${name}</span>${did} <b>${title}</b>${at_factory}
 ${credit_lead} <b>${hours}</b> ${credit_tail} ${on} ${date}.</div>
 <div class="q">${qual}</div>
</div>
<div class="ft">
 <div class="sg">${s1}<br>${r1}</div>
 <div class="sl">${seal_html}</div>
 <div class="sg">${s2}<br>${r2}</div>
</div>
<div class="sn">${serial_label} ${serial}</div>
</div>
"""


def fill(d):
    from corpus import values as V

    ground, ground2 = d.pick(
        [("#111111", "#2a2a2a"), ("#0d1620", "#1f2f40"), ("#15110c", "#2e261b")]
    )
    # the maker's own training school prints these, so the provider is a manufacturer
    d.org, d.org_alt = d.pick(V.MANUFACTURERS)
    maker = d.provider("upper")
    hstyle = d.pick(["cec_hours", "words", "cecs", "ceu_and_cec"])
    return {
        "script": d.fonts["script"].replace("'TypoScript'", "'Dancing Script'"),
        "ground": ground,
        "ground2": ground2,
        "gold": d.pick(["#d4af37", "#c9a227", "#e0c068"]),
        "text": d.pick(["#efe6cf", "#f2ead8", "#e8e2d0"]),
        "glyph": d.pick(["✦", "★", "❋"]),
        "maker": maker,
        "heading": d.pick(
            [
                "Certificate of Factory Training",
                "Certified Operator Training",
                "Master Technician Award",
            ]
        ),
        "lead": d.pick(
            ["This is to certify that", "Let it be known that", "We hereby recognize that"]
        ),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "did": d.pick(
            [
                "has successfully completed the manufacturer's training program",
                "has attended and satisfactorily completed",
                "has demonstrated proficiency in",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "at_factory": d.pick(
            [
                " at our training center,",
                ",",
                " at the factory training facility in " + d.city() + ",",
            ]
        ),
        "credit_lead": d.pick(["earning", "and has been awarded", "and is credited with"]),
        "hours": d.hours(hstyle),
        "credit_tail": "" if hstyle == "ceu_and_cec" else d.pick(["", "of continuing education"]),
        "on": "on",
        "date": d.date(d.pick(["long", "ordinal", "dmy_long", "long_upper"])),
        "qual": d.pick(
            [
                "The holder has been instructed in the safe operation, maintenance and "
                "field application of the equipment and products covered in this program.",
                "Training included classroom instruction, hands-on equipment practice "
                "and a written assessment administered by factory staff.",
                "This certificate does not constitute an IICRC certification; credit is "
                "reported for certification renewal only.",
            ]
        ),
        "seal_html": d.pick(["FACTORY<br>TRAINED", "CERTIFIED<br>OPERATOR", "OFFICIAL<br>SEAL"]),
        "s1": d.person(),
        "r1": d.pick(
            ["Technical Training Manager", "Lead Instructor", "IICRC Approved Instructor"]
        ),
        "s2": d.person(),
        "r2": d.pick(["Vice President, Sales", "President", "Director of Product Education"]),
        "serial_label": d.pick(["SERIAL", "CERT. NO.", "No."]),
        "serial": d.number(),
    }
