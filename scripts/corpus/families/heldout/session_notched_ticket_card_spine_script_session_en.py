"""A wallet-size attendance card for one education session, cut in the
shape of an admission ticket (round notches in both long edges): a dark
spine on the left with a turned word in white spaced capitals, then on
cream stock the show's name in small capitals, a short certifying phrase,
the attendee's name in a script face, a running line naming the session
and the day, and a foot row holding the credit, the speaker and a serial."""

SOURCE = (
    "MubeenAfzal979/book_ticket:resources/views/email_ticket.blade.php (admission ticket with "
    "a dark stub), reduced to CR80 stock with notched edges; wording of conference certificates of "
    "attendance ('participated in the education session')"
)
KIND = "session"
PAPER = "card"
CATEGORIES = (
    "wallet",
    "landscape",
    "dark-band",
    "script-name",
    "sentence",
    "labelled",
    "distractor-person",
)

TEMPLATE = """<style>
.c { position:absolute; inset:0; background:${stock}; font-family:${serif}; color:#222; overflow:hidden;
}
.nt { position:absolute; width:18px; height:18px; border-radius:50%; background:#fff; border:0.7px solid #bbb; z-index:2 }
.sp { position:absolute; left:0; top:0; bottom:0; width:40px; background:${dark} }
.sp div { position:absolute; left:50%; top:50%; width:180px; margin-left:-90px; margin-top:-7px; transform:rotate(-90deg); text-align:center; color:#fff; font: bold 10px ${sans}; letter-spacing:4px; line-height:14px }
.m { position:absolute; left:52px; right:12px; top:12px; bottom:10px; text-align:center; display:flex; flex-direction:column }
.mid { flex:1; display:flex; flex-direction:column; justify-content:space-evenly }
.ev { font: 7px ${sans}; letter-spacing:1.4px; text-transform:uppercase; color:${dark}; white-space:nowrap; overflow:hidden }
.ph { font: italic 8.5px ${serif}; color:#555 }
.nm { font: ${n_px}px ${script}; line-height:${n_lh}px; color:#111; white-space:nowrap; margin-top:1px }
.tx { font: 9px ${serif}; line-height:11.5px }
.tx b { color:${dark} }
.ft { display:flex; justify-content:space-between; font: 6.5px ${sans}; color:#333; border-top:0.7px solid #bbb; padding-top:3px; text-align:left; line-height:8px }
.ft b { font-size:8px; color:#111 }
</style>
<div class="c">
 <div class="sp"><div>${spine}</div></div>
 <div class="nt" style="left:31px; top:-9px"></div><div class="nt" style="left:31px; bottom:-9px"></div>
 <div class="m">
  <div class="ev">${provider}</div>
  <div class="mid">
   <div class="ph">${phrase}</div>
   <div class="nm">${name}</div>
   <div class="tx">${verb} <b>${title}</b> ${on} ${date}</div>
  </div>
  <div class="ft"><div><b>${hours}</b></div><div>${spk_label}<br>${speaker}</div><div>No.<br>${serial}</div></div>
 </div>
</div>
"""


def fill(d):
    return {
        "stock": d.pick(["#fbf7ea", "#ffffff", "#f3f6f9"]),
        "spine": d.pick(["ATTENDED", "ADMIT ONE", "EDUCATION"]),
        "provider": d.provider(),
        "phrase": d.pick(["This card confirms that", "This is to certify that", "Presented to"]),
        "name": d.name("plain"),
        "n_px": 22 if len(d.plain_name) < 22 else 17,
        "n_lh": 26,
        "verb": d.pick(
            [
                "participated in the education session",
                "attended the session",
                "was present for",
            ]
        ),
        "title": d.title(),
        "on": d.pick(["on", "held"]),
        "date": d.date(d.pick(["long", "weekday", "ordinal", "dmy_long"])),
        "hours": d.hours(d.pick(["credit_hours", "cecs_colon", "hrs", "cecs"])),
        "spk_label": d.pick(["Speaker", "Presenter", "Moderator"]),
        "speaker": d.person(),
        "serial": f"{d.rng.randrange(1000, 99999):05d}",
    }
