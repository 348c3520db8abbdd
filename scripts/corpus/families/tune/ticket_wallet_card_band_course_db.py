"""A wallet card typeset from a badge-generator template: the school's name
and emblem reversed out of a dark band across the top, the kind of card in
small capitals, the holder's name in bold, the course, and a tight block of
labelled lines (completed, credit, card number) with a tiny signature line."""

SOURCE = "vroger11/badge_generator:README.md"
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "dark-band",
    "labelled",
    "provider-in-logo",
    "landscape",
    "tiny-footer",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; border:1px solid #999; border-radius:8px; overflow:hidden }
.bd { height:44px; background:${dark}; color:#fff; display:flex; align-items:center; gap:7px; padding:0 10px }
.em { width:28px; height:28px; flex:none; border-radius:50%; border:2px solid #fff; font:bold 10px ${sans}; display:flex; align-items:center; justify-content:center }
.on { font:bold 11.5px ${sans}; line-height:13px }
.w { padding:6px 11px 0; font-family:${sans}; color:#111 }
.k { font-size:8.5px; letter-spacing:1.5px; text-transform:uppercase; color:${accent}; font-weight:bold }
.n { font-size:15px; font-weight:bold; line-height:18px; margin-top:2px }
.t { font-size:10px; line-height:12px; margin-top:2px }
.g { display:grid; grid-template-columns:auto 1fr; column-gap:6px; font-size:9px; line-height:11.5px; margin-top:4px }
.g span { color:#555 }
.ft { position:absolute; left:11px; right:11px; bottom:5px; display:flex; font-family:${sans}; justify-content:space-between; font-size:7px; color:#555; border-top:0.5px solid #888; padding-top:1px }
</style>
<div class="c">
 <div class="bd"><div class="em">${initials}</div><div class="on">${org}</div></div>
 <div class="w">
  <div class="k">${kind_line}</div>
  <div class="n">${name}</div>
  <div class="t">${title}</div>
  <div class="g"><span>${date_label}</span><b>${date}</b><span>${credit_label}</span><b>${hours}</b><span>Card No.</span><b>${card}</b></div>
 </div>
 <div class="ft"><span>${signer}, ${role}</span><span>${web}</span></div>
</div>
"""


def fill(d):
    org = d.provider()
    initials = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:3]
    return {
        "initials": initials,
        "org": org,
        "kind_line": d.pick(
            ["Course completion card", "Certified training", "Proof of completion"]
        ),
        "name": d.name(d.pick(["plain", "upper"])),
        "title": d.title(d.pick(["plain", "with_code", "code_first"])),
        "date_label": d.pick(["Completed", "Date", "Course date"]),
        "date": d.date(d.pick(["us_numeric", "short_month", "us_short", "iso"])),
        "credit_label": d.pick(["CECs", "Credit", "Hours"]),
        "hours": d.hours_number() if d.chance(0.5) else d.hours(d.pick(["cec_hours", "hrs"])),
        "card": d.number(),
        "signer": d.person(),
        "role": d.pick(["Instructor", "Registrar"]),
        "web": d.web(),
    }
