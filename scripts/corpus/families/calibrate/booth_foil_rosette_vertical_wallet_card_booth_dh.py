"""A vertical wallet card handed out at the certification body's booth on
the show floor: a foil-style rosette at the top inside a fine scalloped
border, "Certificate of Credit" in small capitals over the booth
registration title, the technician's name, the show and its day stacked
in the middle, the credit in a pill, and a dark strip at the bottom with a
card number and the booth number."""

SOURCE = (
    "wording: pocket credit cards given at the IICRC booth at trade shows for booth "
    "registration (registrant, show, date, CECs, booth number)"
)
KIND = "booth"
PAPER = "card-portrait"
CATEGORIES = (
    "wallet",
    "portrait",
    "ornate",
    "seal",
    "dark-band",
    "distractor-date",
)

TEMPLATE = """<style>
.cd { position:absolute; inset:0; border-radius:9px; background:${paper}; overflow:hidden }
.bo { position:absolute; inset:5px; border-radius:6px; border:1.5px dotted ${gold} }
.bo:after { content:""; position:absolute; inset:3px; border:1px solid ${gold}; border-radius:4px }
.ro { position:absolute; left:50%; top:14px; margin-left:-27px; width:54px; height:54px; border-radius:50%;
  background: repeating-conic-gradient(${gold} 0 10deg, #f6e3a1 10deg 20deg) }
.ro:after { content:"${ro_text}"; position:absolute; inset:8px; border-radius:50%; background:${dark}; color:#f6e3a1;
  font: bold 7px ${sans}; display:flex; align-items:center; justify-content:center; text-align:center; letter-spacing:.5px; line-height:8px }
.c { position:absolute; left:12px; right:12px; top:74px; text-align:center; font-family:${serif}; color:#1b1b1b }
.c .k { font: 6.5px ${sans}; letter-spacing:1.6px; text-transform:uppercase; color:${gold} }
.c .t { font: bold 11.5px ${display}; color:${dark}; margin-top:2px; line-height:13px }
.c .nm { font: 13px ${script}; color:#111; margin-top:12px; line-height:17px; border-bottom:1px solid ${gold}; padding-bottom:2px }
.c .ev { font: 8.5px ${sans}; color:#333; margin-top:10px; line-height:11px }
.c .dt { font: 8.5px ${sans}; color:#333; margin-top:2px }
.c .pl { display:inline-block; margin-top:8px; padding:2px 9px; border-radius:9px; border:1px solid ${dark}; font: bold 9px ${sans}; color:${dark} }
.c .nt { font: italic 7px ${serif}; color:#555; margin-top:12px; line-height:9.5px }
.c .by { font: 7px ${sans}; color:#333; margin-top:8px }
.bt { position:absolute; left:0; right:0; bottom:0; height:30px; background:${dark}; color:#fff; font: 7px ${mono};
  display:flex; flex-direction:column; justify-content:center; padding:0 12px; line-height:10px }
.bt span { display:flex; justify-content:space-between }
</style>
<div class="cd">
 <div class="bo"></div>
 <div class="ro"></div>
 <div class="c">
  <div class="k">${kicker}</div>
  <div class="t">${title}</div>
  <div class="nm">${name}</div>
  <div class="ev">${event}</div>
  <div class="dt">${date}</div>
  <div class="pl">${hours}</div>
  <div class="nt">${note}</div>
  <div class="by">${by_label} ${staff}</div>
 </div>
 <div class="bt"><span><b>${no_label}</b>${number}</span><span><b>${booth_label}</b>${booth}</span></div>
</div>
"""


def fill(d):
    script = d.fonts["script"]
    if "Kristi" in script or "TypoScript" in script:
        script = "'Dancing Script', cursive"
    return {
        "dark": d.pick(["#1f3a5f", "#0b3d2e", "#4a1c40", "#2f2f2f"]),
        "gold": d.pick(["#b8860b", "#a67c00", "#c39b3a"]),
        "paper": d.pick(["#fffaf0", "#fbf7ee", "#f8f6f0"]),
        "script": script,
        "ro_text": d.pick(["IICRC", "BOOTH", "CEC"]),
        "kicker": d.pick(["Certificate of Credit", "Continuing Education", "Show Floor Credit"]),
        "title": d.title(),
        "name": d.name("plain"),
        "event": d.provider(),
        "date": d.date(d.pick(["long", "short_month", "us_numeric", "weekday"])),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "iicrc_cec"])),
        "note": d.pick(
            [
                "Keep this card with your renewal records. Booth credit is posted to your "
                "certification record within 30 days.",
                "This card confirms registration at the booth. It is not a certification.",
                "Credit for booth registration may be claimed once per show.",
            ]
        ),
        "by_label": d.pick(["Registered by", "Issued by", "Booth staff:"]),
        "staff": d.person(),
        "no_label": d.pick(["No.", "Card", "Ref"]),
        "number": d.number(),
        "booth_label": d.pick(["Booth", "Booth #", "Stand"]),
        "booth": str(d.rng.randrange(100, 2999)),
    }
