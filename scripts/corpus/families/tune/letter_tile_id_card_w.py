"""A vertical ID-style wallet card a training school prints for each
graduate: a coloured top bar, a rule with the school's initials set one
letter per coloured tile, the full school name small beneath, a photo box,
the holder in bold and short label-and-bold-value lines (course, date,
credit, card number, valid-till), and a black rule over a coloured footer
bar carrying the web address."""

SOURCE = "tyliqueConsolidated/Gatanga-library:lms/application/views/report/idcard/view.php"
KIND = "course"
PAPER = "card-portrait"
CATEGORIES = (
    "wallet",
    "portrait",
    "labelled",
    "dark-band",
    "provider-in-logo",
    "distractor-date",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border:1px solid #bbb; border-radius:8px; overflow:hidden; text-align:center; font-family:${sans}; background:#fff }
.top { height:16px; background:${band} }
.tb { border-top:2px solid #000; margin-top:2px; padding-top:4px }
.tb span { display:inline-block; font: bold 14px ${sans}; background:${band}; color:#fff; padding:0 3px; border-radius:2px; margin:0 1px; line-height:17px }
.on { font-size:6.4px; color:#333; margin-top:2px; letter-spacing:0.3px; padding:0 6px; line-height:7px }
.ph { width:48px; height:54px; margin:6px auto 3px; border:1px solid #ccc; border-radius:4px; background:linear-gradient(#e6e9ee,#c4cad3); position:relative; overflow:hidden }
.ph:after { content:''; position:absolute; left:15px; top:9px; width:18px; height:20px; border-radius:50%; background:#8d96a3 }
.ph:before { content:''; position:absolute; left:8px; bottom:-8px; width:32px; height:22px; border-radius:50%; background:#8d96a3 }
h3 { margin:1px 4px 3px; font-size:12.5px; line-height:14px }
.ln { font-size:8px; line-height:10.6px; padding:0 10px; color:#222 }
.ln b { color:#000 }
.sb { position:absolute; left:8px; right:8px; bottom:30px; display:flex; align-items:flex-end; justify-content:space-between }
.sb .bar { width:70px; height:18px; background:repeating-linear-gradient(90deg,#111 0 1px,transparent 1px 3px,#111 3px 5px,transparent 5px 6px) }
.sb .sig { text-align:center; font-size:6.5px; width:72px }
.sb .sig i { display:block; font: 13px ${sig_font}; color:#1b2a5a; line-height:14px; white-space:nowrap; overflow:hidden }
.sb .sig span { display:block; border-top:1px solid #333; font-weight:bold }
.bb { position:absolute; left:0; right:0; bottom:0 }
.bb .k { border-bottom:2px solid #000; margin-bottom:2px }
.bb .a { background:${band}; color:#fff; font: bold 7px ${sans}; padding:4px 2px }
</style>
<div class="c">
 <div class="top"></div>
 <div class="tb">${tiles_html}</div>
 <div class="on">${org}</div>
 <div class="ph"></div>
 <h3>${name}</h3>
 <div class="ln">${course_label}: <b>${title}</b></div>
 <div class="ln">${date_label}: <b>${date}</b></div>
 <div class="ln">${hours_label}: <b>${hours}</b></div>
 <div class="ln">${card_label}: <b>${card}</b></div>
 <div class="ln">Valid till: <b>${valid}</b></div>
 <div class="sb"><div class="bar"></div><div class="sig"><i>${signer}</i><span>Authorized</span></div></div>
 <div class="bb"><div class="k"></div><div class="a">${web}</div></div>
</div>
"""


def fill(d):
    org = d.provider()
    words = [w for w in org.replace(",", "").split() if w[0].isupper() and w not in ("LLC", "Inc.")]
    initials = "".join(w[0] for w in words)[:5]
    date_style = d.pick(["us_numeric", "dmy_numeric", "short_month", "iso"])
    return {
        "band": d.pick(["#2a54b4", "#1f3a5f", "#8b0000", "#2d6a4f", "#6a4c93"]),
        "tiles_html": " ".join(f"<span>{ch}</span>" for ch in initials),
        "org": org,
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "course_label": d.pick(["Course", "Training", "Program"]),
        "title": d.title(d.pick(["plain", "code_first", "with_code"])),
        "date_label": d.pick(["Completed", "Date", "Course date"]),
        "date": d.date(date_style),
        "hours_label": d.pick(["CECs", "Hours", "Credit hrs"]),
        "hours": d.hours_number(),
        "card_label": d.pick(["Card No", "Member ID", "ID No"]),
        "card": d.number(),
        "valid": d.other_date("expiry", date_style),
        "web": d.web(),
        "signer": d.person().split()[-1],
        "sig_font": d.pick(["'Dancing Script', cursive", "'Z003', cursive"]),
    }
