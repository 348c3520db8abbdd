"""An association's framed "Record of Continuing Education", landscape:
a patterned guilloche border inside a thin rule, the association's name in
spaced capitals across the top, the member's name large in a script face,
one paragraph that records the course, the credit and the date in words,
an embossed-style seal between two signatures, and the record number in
the lower corner."""

SOURCE = (
    "makasso/didacticiel:resources/views/certficate/index.blade.php (patterned border frame "
    "with inner content panel and corner badges)"
)
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "ornate",
    "script-name",
    "sentence",
    "landscape",
    "seal",
    "distractor-person",
    "date-words",
    "letter-spaced",
)

TEMPLATE = """<style>
.fr { position:absolute; inset:22px; background-color:${light};
  background-image: repeating-linear-gradient(45deg, ${accent}55 0 2px, transparent 2px 9px),
    repeating-linear-gradient(-45deg, ${dark}44 0 2px, transparent 2px 9px) }
.in { position:absolute; inset:50px; background:#fffdf8; border:3px double ${dark}; outline:1px solid ${accent}; outline-offset:-9px }
.c { position:absolute; left:60px; right:60px; text-align:center }
.org { top:58px; font: 18px ${display}; letter-spacing:5px; text-transform:uppercase; color:${dark} }
.hd { top:98px; font: bold 44px ${display}; color:${dark}; letter-spacing:1px }
.sub { top:168px; font: italic 18px ${serif}; color:#444 }
.nm { top:210px; font: 56px ${script}; color:#1d1d1d; line-height:74px }
.ln { top:292px; left:200px; right:200px; border-top:1px solid ${accent} }
.tx { top:312px; left:100px; right:100px; font: 18.5px ${serif}; line-height:30px; color:#222 }
.px { top:420px; font: 13px ${sans}; color:#444; letter-spacing:.5px }
.sig { position:absolute; bottom:58px; width:230px; text-align:center; font: 12.5px ${serif}; color:#222 }
.sig .h { font: 26px ${hand}; color:#1c2f6b; height:34px; white-space:nowrap }
.sig .r { border-top:1px solid #333; padding-top:3px }
.seal { position:absolute; bottom:46px; left:50%; margin-left:-58px; width:116px; height:116px }
.no { position:absolute; bottom:20px; right:30px; font: 10px ${sans}; color:#555 }
.no2 { position:absolute; bottom:20px; left:30px; font: 10px ${sans}; color:#555 }
</style>
<div class="fr"></div>
<div class="in">
 <div class="c org">${org}</div>
 <div class="c hd">${heading}</div>
 <div class="c sub">${sub}</div>
 <div class="c nm">${name}</div>
 <div class="c ln"></div>
 <div class="c tx">${text}</div>
 <div class="c px">${particulars}</div>
 <div class="sig" style="left:70px"><div class="h">${s1}</div><div class="r">${s1}<br>${r1}</div></div>
 <div class="seal">${seal_html}</div>
 <div class="sig" style="right:70px"><div class="h">${s2}</div><div class="r">${s2}<br>${r2}</div></div>
 <div class="no">${no_label} ${record_no}</div>
 <div class="no2">${issued}</div>
</div>
"""


def _seal(d, ring: str, mid: str) -> str:
    from urllib.parse import quote

    gold = d.pick(["#b8860b", "#a67c00", "#9c6644"])
    ring = f"{ring} ★ "
    size = min(11.5, (250 / len(ring) - 0.5) / 0.62)
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="116" height="116">'
        '<defs><path id="r" d="M60,60 m-42,0 a42,42 0 1,1 84,0 a42,42 0 1,1 -84,0"/></defs>'
        f'<circle cx="60" cy="60" r="58" fill="{gold}" opacity="0.9"/>'
        '<circle cx="60" cy="60" r="52" fill="none" stroke="#fff" stroke-width="1.2"/>'
        '<circle cx="60" cy="60" r="31" fill="none" stroke="#fff" stroke-width="1"/>'
        f'<text font-family="serif" font-size="{size:.1f}" fill="#fff"><textPath href="#r">{ring}</textPath></text>'
        f'<text x="60" y="66" text-anchor="middle" font-family="serif" font-size="16" font-weight="bold" fill="#fff">{mid}</text>'
        "</svg>"
    )
    return f'<img src="data:image/svg+xml;utf8,{quote(svg)}" width="116" height="116" alt="">'


def fill(d):
    org = d.provider()
    name = d.name(d.pick(["plain", "plain", "plain"]))
    title = d.title(d.pick(["plain", "with_code"]))
    date = d.date(d.pick(["words", "words", "ordinal"]))
    hours = d.hours(d.pick(["words", "words_cec", "cec_hours", "hours_title"]))
    verb = d.pick(["has satisfactorily completed", "has completed and is credited for"])
    if date.startswith("the "):
        when = f"given on {date}"
    else:
        when = f"completed on {date}"
    text = (
        f"{verb} the course of study entitled {title}, {when}, and is entered on the "
        f"rolls of the {d.pick(['Association', 'Education Committee'])} as having earned {hours} "
        f"of continuing education."
    )
    words = [w for w in org.replace(",", " ").replace("&", " ").split() if w[:1].isupper()]
    initials = "".join(w[0] for w in words[:4])
    bits = [f"Held at {d.city()}"]
    if d.chance(0.6):
        bits.append(f"IICRC Approved Course No. {d.approval()}")
    return {
        "particulars": " · ".join(bits),
        "org": org,
        "heading": d.pick(
            [
                "Record of Continuing Education",
                "Continuing Education Record",
                "Certificate of Continuing Education",
            ]
        ),
        "sub": d.pick(["Be it known that", "This is to record that", "It is hereby recorded that"]),
        "name": name,
        "text": text,
        "s1": d.person(),
        "r1": d.pick(["President", "Chair, Board of Directors"]),
        "s2": d.person(),
        "r2": d.pick(["Education Chair", "Director of Education", "Executive Director"]),
        "seal_html": _seal(
            d, d.pick(["CONTINUING EDUCATION", "MEMBER EDUCATION", "OFFICIAL SEAL"]), initials
        ),
        "no_label": d.pick(["Record No.", "No.", "Registry #"]),
        "record_no": d.number(),
        "issued": f"Entered {d.other_date('issue', d.pick(['us_numeric', 'long']))}",
    }
