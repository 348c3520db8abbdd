"""The wallet-size duplicate some schools enclose with a framed certificate: a
CR80 card whose edge is a fine engraved-looking border (repeating
crossed-line pattern like a banknote's guilloche) round a cream panel; the
school appears only as a small round seal with its name set round the rim
at the upper left; a small-capitals heading, the holder's name in a script
face as the largest thing on the card, a line "has completed" over the
course, and a bottom row with the completion date at left, the credit in
the middle and a card number at right, each with a tiny caption."""

SOURCE = (
    "Wallet-size duplicate certificates enclosed by training schools with the framed one; card "
    "size and fields after public wallet-card generators (3.375 x 2.125 in card with trainee, "
    "certificate id, issued date, org name), e.g. the pdf-lib WalletCardInput generator found "
    "in public LMS code"
)
KIND = "course"
PAPER = "card"
CATEGORIES = ("wallet", "ornate", "script-name", "provider-in-logo", "landscape")

TEMPLATE = """<style>
.g { position:absolute; inset:0; border-radius:10px; overflow:hidden;
  background:
   repeating-linear-gradient(45deg, ${accent} 0 1px, transparent 1px 4px),
   repeating-linear-gradient(-45deg, ${dark} 0 1px, transparent 1px 4px), ${light} }
.in { position:absolute; inset:9px; background:#fffdf6; border:1px solid ${dark}; outline:1px solid ${accent}; outline-offset:2px; border-radius:4px; text-align:center }
.top { display:flex; align-items:center; gap:6px; padding:6px 8px 0; text-align:left }
.seal { width:28px; height:28px; flex:none; border-radius:50%; background:${dark}; border:2px solid ${accent}; box-shadow:0 0 0 1px ${dark}; color:#fff; font: bold 8px ${display}; display:flex; align-items:center; justify-content:center }
.wm { font: bold ${wm_px}px ${display}; color:${dark}; letter-spacing:0.6px; white-space:nowrap }
.hd { font: 8.5px ${display}; font-variant:small-caps; letter-spacing:1.8px; color:${accent}; margin-top:10px; line-height:11px }
.nm { font-family:${script}; font-size:${name_px}px; color:${dark}; white-space:nowrap; line-height:${name_lh}px; margin-top:2px }
.tx { font: italic 7.5px ${serif}; color:#333; line-height:10px }
.tt { font: bold ${title_px}px ${serif}; color:#111; line-height:13px; margin:3px 8px 0; white-space:nowrap }
.row { position:absolute; left:10px; right:10px; bottom:8px; display:flex; justify-content:space-between; font: 8px ${sans}; color:#111 }
.row div { text-align:center } .row small { display:block; font-size:5.5px; color:#666; text-transform:uppercase; letter-spacing:0.4px; border-top:0.6px solid #888; margin-top:1px; padding-top:1px }
</style>
<div class="g"></div>
<div class="in">
 <div class="top"><div class="seal">${seal_mid}</div><div class="wm">${org}</div></div>
 <div class="hd">${heading}</div>
 <div class="nm">${name}</div>
 <div class="tx">${has}</div>
 <div class="tt">${title}</div>
 <div class="row"><div>${date}<small>${date_cap}</small></div><div>${hours}<small>${hours_cap}</small></div><div>${card_no}<small>Card No.</small></div></div>
</div>
"""


def fill(d):
    org = d.provider("upper")
    words = [w for w in (d.org_alt or d.org).split() if w[:1].isupper()]
    name = d.name("plain")
    title = d.title(d.pick(["plain", "with_code"]))
    return {
        "org": org,
        "wm_px": 8 if len(org) < 32 else 6.5,
        "seal_mid": "".join(w[0] for w in words)[:3],
        "heading": d.pick(["Certificate of Completion", "Wallet Certificate", "Course Completion"]),
        "name": name,
        "name_px": 24 if len(name) < 20 else 19 if len(name) < 27 else 16,
        "name_lh": 34,
        "has": d.pick(
            [
                "has successfully completed",
                "has completed the course",
                "completed the requirements of",
            ]
        ),
        "title": title,
        "title_px": 11 if len(title) < 36 else 9 if len(title) < 46 else 7.5,
        "date": d.date(d.pick(["us_numeric", "short_month", "dd_mon_yyyy"])),
        "date_cap": d.pick(["Completed", "Date"]),
        "hours": d.hours(d.pick(["cec_hours", "hrs", "cecs"])),
        "hours_cap": d.pick(["Credit", "CE Hours"]),
        "card_no": d.number(),
    }
