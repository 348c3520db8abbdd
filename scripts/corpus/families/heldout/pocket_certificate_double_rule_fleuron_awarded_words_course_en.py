"""A pocket certificate: a miniature of the framed certificate, cut to wallet
size on heavy cream stock. A double rule in the accent colour with small
diamond fleurons at the corners; the school's name in tiny letter-spaced
capitals at the top, a display-serif heading, the holder's name large in a
script face, then a running sentence without labels (completed course, the
credit awarded) and the date set in words. A signature line with the
signer's name and title on the left and a card number on the right."""

SOURCE = (
    "musioks/exams-processing:resources/views/main/enroll/certificate-css.blade.php (double "
    "nested frame, centred lines, script face for the holder and the course), shrunk to a "
    "wallet card; wording of pocket certificates that IICRC-approved schools mail with the "
    "wall certificate"
)
KIND = "course"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "landscape",
    "ornate",
    "script-name",
    "sentence",
    "date-words",
    "big-serif-title",
    "hours-in-sentence",
    "letter-spaced",
    "distractor-person",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; background:${stock}; font-family:${serif}; color:#222 }
.f1 { position:absolute; inset:5px; border:2px solid ${accent} }
.f2 { position:absolute; inset:9px; border:0.8px solid ${accent} }
.k { position:absolute; width:7px; height:7px; background:${accent}; transform:rotate(45deg) }
.in { position:absolute; left:16px; right:16px; top:13px; bottom:12px; text-align:center; display:flex; flex-direction:column }
.mid { flex:1; display:flex; flex-direction:column; justify-content:space-evenly; padding-bottom:3px }
.sc { font: 6.5px ${sans}; letter-spacing:1.6px; text-transform:uppercase; color:${dark}; white-space:nowrap; overflow:hidden }
h1 { margin:2px 0 0; font: ${h_px}px ${display}; color:${dark}; line-height:${h_lh}px; white-space:nowrap }
.pr { font: italic 8px ${serif}; color:#555; margin-top:1px }
.nm { font: ${n_px}px ${script}; color:#1a1a1a; line-height:${n_lh}px; white-space:nowrap; margin-top:1px }
.tx { font: 8.6px ${serif}; line-height:11px; color:#333; margin:1px 2px 0 }
.tx b { color:${dark} }
.ft { display:flex; justify-content:space-between; align-items:flex-end; font: 6px ${sans}; color:#444 }
.sg { text-align:left; line-height:7.5px } .sg i { display:block; font: 10px ${script}; color:#234; line-height:11px }
.sg span { display:block; border-top:0.6px solid #666; padding-top:1px; min-width:92px }
.no { text-align:right; line-height:7.5px }
</style>
<div class="c">
 <div class="f1"></div><div class="f2"></div>
 <div class="k" style="left:3px; top:3px"></div><div class="k" style="right:3px; top:3px"></div>
 <div class="k" style="left:3px; bottom:3px"></div><div class="k" style="right:3px; bottom:3px"></div>
 <div class="in">
  <div class="sc">${provider}</div>
  <h1>${heading}</h1>
  <div class="mid">
   <div class="pr">${presented}</div>
   <div class="nm">${name}</div>
   <div class="tx">${verb} <b>${title}</b> ${award} ${hours}. ${given} ${date}.</div>
  </div>
  <div class="ft">
   <div class="sg"><i>${signer}</i><span>${signer} &middot; ${role}</span></div>
   <div class="no">${no_label}<br><b>${card_no}</b></div>
  </div>
 </div>
</div>
"""


def fill(d):
    heading = d.pick(
        ["Certificate of Completion", "Certificate of Achievement", "Pocket Certificate"]
    )
    long_title = len(d.course) > 34
    signer = d.person()
    return {
        "stock": d.pick(["#fbf6e6", "#fffdf4", "#f7f2e2", "#ffffff"]),
        "provider": d.provider(),
        "heading": heading,
        "h_px": 15 if len(heading) > 22 else 17,
        "h_lh": 18,
        "presented": d.pick(["is hereby presented to", "this is to certify that", "awarded to"]),
        "name": d.name("plain"),
        "n_px": 21 if len(d.plain_name) < 24 else 17,
        "n_lh": 24,
        "verb": d.pick(
            [
                "for having successfully completed",
                "who has satisfactorily completed the course",
                "upon completion of",
            ]
        ),
        "title": d.title("plain" if long_title else None),
        "award": d.pick(["and is awarded", "earning", "and has been granted"]),
        "hours": d.hours(d.pick(["cec_hours", "words_cec", "words", "cecs"])),
        "given": d.pick(["Given on", "Dated", "Conferred on"]),
        "date": d.date("words"),
        "signer": signer,
        "role": d.role(),
        "no_label": d.pick(["Card No.", "Cert. No.", "No."]),
        "card_no": d.number(),
    }
