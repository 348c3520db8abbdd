"""A small credit slip a trade show's registration desk prints for a
technician who registered at the certification body's booth, cut like a gift
certificate: a dashed coloured border with round notches at the four corners.
A dark band across the top carries, in light type, a diamond mark, the
show's name in spaced capitals (the show is named nowhere else) over its
venue, and at the right the booth's number and hall under a small caption.
Below, a small spaced-capital heading over a coloured rule with the slip's
code at the right, a caption over the holder's name in a large script face,
then the credit as a large figure in a dark pill with its unit, followed by
the activity it was earned for, and a two-column grid of labelled rows with
dotted leaders: the day of the booth visit, the day the show reported the
credit to the certification body, the booth staff member who issued the slip
and the show's days as a span. A line of small print runs along the foot."""

SOURCE = (
    "shoulders/qwcrm:src/themes/default/templates/giftcert/printing/print_gift_certificate.tpl "
    "(a gift certificate: the issuer's logo and name at the top, 'Purchased by' over the "
    "holder's name, the amount large, then the code with its barcode and a bold 'Valid Until' "
    "date); booth credit from randrmagonline.com 'IICRC Continuing Education' (sign in at the "
    "IICRC booth at a trade show or convention for CECs)"
)
KIND = "booth"
PAPER = ["slip", "half-letter"]
CATEGORIES = (
    "slip",
    "dark-band",
    "script-name",
    "labelled",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.cp { position:absolute; inset:24px; border:2px dashed ${accent}; background:${light} }
.nt { position:absolute; width:34px; height:34px; border-radius:50%; background:#fff;
  border:2px dashed ${accent}; z-index:2 }
.n1 { left:-18px; top:-18px } .n2 { right:-18px; top:-18px } .n3 { left:-18px; bottom:-18px }
.n4 { right:-18px; bottom:-18px }
.band { position:absolute; left:8px; right:8px; top:8px; height:74px; background:${dark}; color:#f3efe4;
  font-family:${sans} }
.mk { position:absolute; left:22px; top:19px; width:34px; height:34px; border:2px solid ${band_accent};
  transform:rotate(45deg) }
.mk i { position:absolute; inset:7px; background:${band_accent} }
.sn { position:absolute; left:76px; top:14px; font: bold ${sn_px}px ${sans}; letter-spacing:1.8px;
  text-transform:uppercase; white-space:nowrap; line-height:20px }
.sv { position:absolute; left:76px; top:44px; font-size:11px; opacity:.85; white-space:nowrap;
  line-height:16px }
.bl { position:absolute; right:22px; top:16px; font-size:10px; letter-spacing:2px; text-transform:uppercase;
  color:${band_accent}; text-align:right; line-height:16px }
.bv { position:absolute; right:22px; top:41px; font: bold 15px ${sans}; text-align:right; line-height:20px;
  white-space:nowrap }
.main { position:absolute; left:34px; right:34px; top:96px; bottom:40px; font-family:${sans}; color:#1b1b1b;
  display:flex; flex-direction:column; justify-content:space-between }
.main > div { flex:none }
.hr { display:flex; justify-content:space-between; align-items:baseline; border-bottom:1px solid ${accent};
  padding-bottom:5px }
.hd { font: bold 12px ${sans}; letter-spacing:3.5px; color:${accent}; text-transform:uppercase }
.no { font-size:11px; color:#444 }
.cap { margin-top:0; font-size:10.5px; letter-spacing:1.4px; text-transform:uppercase; color:#666 }
.nm { font: ${name_px}px ${script}; color:${dark}; line-height:1.25; white-space:nowrap; margin-top:2px }
.cr { display:flex; align-items:center; gap:14px }
.pill { display:flex; align-items:baseline; gap:7px; background:${dark}; color:#fff; border-radius:22px;
  padding:4px 18px 6px; border:2px solid ${accent} }
.pill b { font: bold 24px ${display} }
.pill span { font-size:12px; letter-spacing:.5px }
.cr .for { font-size:14px } .cr .for b { font-weight:600 }
.kv { display:grid; grid-template-columns:1fr 1fr; column-gap:28px; row-gap:9px;
  font-size:11.5px; line-height:16px }
.kv div { display:flex; gap:4px; white-space:nowrap; min-width:0 }
.kv span { color:#555 }
.kv i { flex:1; border-bottom:1px dotted #999; margin-bottom:4px; min-width:6px }
.kv b { font-weight:600; color:#111 }
.fine { position:absolute; left:42px; right:42px; bottom:12px; font-family:${sans}; font-size:8.5px; color:#666; line-height:11px }
</style>
<div class="cp">
 <i class="nt n1"></i><i class="nt n2"></i><i class="nt n3"></i><i class="nt n4"></i>
 <div class="band">
  <div class="mk"><i></i></div>
  <div class="sn">${provider}</div>
  <div class="sv">${venue}</div>
  <div class="bl">${booth_label}</div>
  <div class="bv">${booth}</div>
 </div>
 <div class="main">
  <div class="hr"><div class="hd">${heading}</div><div class="no">${code_label} ${code}</div></div>
  <div><div class="cap">${cap}</div>
  <div class="nm">${name}</div></div>
  <div class="cr"><div class="pill"><b>${figure}</b><span>${unit}</span></div>
   <div class="for">${act_label} <b>${title}</b></div></div>
  <div class="kv">
   <div><span>${day_label}</span><i></i><b>${day}</b></div>
   <div><span>${rep_label}</span><i></i><b>${reported}</b></div>
   <div><span>${by_label}</span><i></i><b>${staff}</b></div>
   <div><span>${span_label}</span><i></i><b>${span}</b></div>
  </div>
 </div>
 <div class="fine">${fine}</div>
</div>
"""

LIGHT_ACCENTS = ["#e0c27a", "#9fc6e8", "#b5d6b2", "#e8b4a0", "#d9b45a"]


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    before, after = d.pick([(0, 2), (1, 1), (2, 0), (1, 2), (0, 1)])
    span = fmt_range(d.completed - timedelta(days=before), d.completed + timedelta(days=after), r)
    event = d.org_alt or d.org
    words = [w for w in event.replace("&", " ").split() if w[:1].isupper()]
    provider = d.provider()
    name = d.name(d.pick(["plain", "plain", "plain", "honorific"]))
    title = d.set_title(
        d.pick(["IICRC Booth Registration", "IICRC Booth Registration", "Booth Registration"]),
        ["IICRC Booth Registration"],
    )
    day = d.date(d.pick(["short_month", "us_numeric", "long", "dd_mon_yyyy", "us_short"]))
    figure = d.hours_number()
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    code = f"{''.join(r.choice(letters) for _ in range(3))}-{r.randrange(1000, 9999)}"
    return {
        "band_accent": d.pick(LIGHT_ACCENTS),
        "script": d.fonts["script"].replace(", cursive", ", 'Dancing Script', cursive"),
        "sn_px": 15 if len(provider) < 28 else 13,
        "name_px": 40 if len(name) < 24 else 32,
        "initials": "".join(w[0] for w in words)[:3],
        "provider": provider,
        "venue": d.venue(),
        "span": span,
        "booth_label": d.pick(["Booth", "Booth no.", "Stand"]),
        "booth": f"#{r.randrange(101, 2999)} \u00b7 {d.pick(['Hall A', 'Hall B', 'Hall C', 'South Hall'])}",
        "heading": d.pick(
            ["CEC Credit Certificate", "Booth Credit Certificate", "Continuing Education Credit"]
        ),
        "cap": d.pick(["Credited to", "Issued to", "Presented to"]),
        "name": name,
        "figure": figure,
        "unit": d.pick(["IICRC CECs", "CEC hours", "CECs"]),
        "act_label": d.pick(["for", "credited for", "for completing"]),
        "title": title,
        "day_label": d.pick(["Booth visit", "Registered", "Date"]),
        "span_label": d.pick(["Show days", "Show dates", "Exhibits open"]),
        "day": day,
        "by_label": d.pick(["Issued by", "Booth staff", "Verified by"]),
        "staff": d.person(),
        "rep_label": d.pick(["Reported to IICRC", "Sent to IICRC", "Reported"]),
        "reported": d.other_date("issue", d.pick(["us_numeric", "short_month", "dd_mon_yyyy"])),
        "code_label": d.pick(["Code", "Slip no.", "Ref."]),
        "code": code,
        "fine": d.pick(
            [
                "Keep this slip with your CEC records. One booth credit per registrant per show.",
                "Not valid for session credit. Credit is reported to the certifying body after "
                "the show closes.",
                "This slip is your proof of booth registration; duplicates are not issued.",
            ]
        ),
    }
