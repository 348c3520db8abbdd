"""A printed ticket handed out at the certification body's booth on a show
floor: a coloured stub on the left with notched corners ("ADMIT", a bar and
a small ticket-number label, the number set very large, a short caption
under a bar), and a white check on the right with notched corners, a heavy
display word, a number in the corner, the booth registration line and a
row of short fields, each under a small coloured bar."""

SOURCE = "MubeenAfzal979/book_ticket:resources/views/email_ticket.blade.php (with public/theme/css/ticket_style.css)"
KIND = "booth"
PAPER = "slip"
CATEGORIES = ("slip", "landscape", "labelled", "dark-band")

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:${bg} }
.t { position:absolute; left:24px; right:24px; top:38px; bottom:38px; display:flex; font-family:${face} }
.stub { width:230px; background:${stub}; color:#fff; padding:18px 18px; position:relative }
.nt { position:absolute; left:216px; width:28px; height:28px; border-radius:50%; background:${bg}; z-index:2 }
.top { display:flex; align-items:center; height:38px; text-transform:uppercase; font-size:16px; font-weight:bold; letter-spacing:1px }
.top .ln { width:3px; height:38px; background:#fff; margin:0 14px }
.top .nl { font-size:10px; line-height:12px } .top .nl b { color:#111; display:block }
.big { position:absolute; left:14px; top:78px; font-size:64px; font-weight:bold; letter-spacing:-1px }
.cap { position:absolute; left:110px; bottom:34px; width:100px; font-size:11px; line-height:13px; color:#111 }
.cap:before { content:''; display:block; width:36px; height:3px; background:#fff; margin-bottom:5px }
.check { flex:1; background:#fff; position:relative; padding:24px 30px 20px 36px }
.ev { padding-right:90px; font-size:12px; letter-spacing:2px; text-transform:uppercase; color:#555 }
.word { padding-right:90px; font: 900 40px ${face}; line-height:40px; margin-top:6px; color:#111 }
.num { position:absolute; top:24px; right:30px; color:${stub}; font-size:30px; font-weight:bold }
.reg { font-size:15px; font-weight:bold; margin-top:8px; color:${stub} }
.info { display:flex; flex-wrap:wrap; gap:8px 26px; margin-top:16px; font-size:13px }
.info section:before { content:''; display:block; width:34px; height:3px; background:${stub}; margin-bottom:4px }
.info .k { font-size:9px; text-transform:uppercase; color:#555; letter-spacing:0.5px }
.ft { position:absolute; left:36px; right:24px; bottom:10px; font-size:8.5px; color:#666; line-height:10px }
</style>
<div class="pg"></div>
<div class="t">
 <div class="nt" style="top:-14px"></div><div class="nt" style="bottom:-14px"></div>
 <div class="stub">
  <div class="top"><span>${admit}</span><span class="ln"></span><span class="nl">${num_label}<b>${ticket_small}</b></span></div>
  <div class="big">${booth}</div>
  <div class="cap">${cap}</div>
 </div>
 <div class="check">
  <div class="ev">${event}</div>
  <div class="word">${word}</div>
  <div class="num">#${seq}</div>
  <div class="reg">${heading}</div>
  <div class="info">
   <section><div class="k">${name_label}</div><div>${name}</div></section>
   <section><div class="k">Date</div><div>${date}</div></section>
   <section><div class="k">${credit_label}</div><div>${hours}</div></section>
   <section><div class="k">${id_label}</div><div>${cert}</div></section>
  </div>
  <div class="ft">${foot}</div>
 </div>
</div>
"""


def fill(d):
    r = d.rng
    booth = (
        f"{r.randrange(1, 9)}{r.randrange(0, 10)}{r.randrange(0, 10)}{r.choice(['', '', '1', '5'])}"
    )
    return {
        "bg": d.pick(["#dd3f3e", "#1f3a5f", "#2f2f2f", "#0b3d2e"]),
        "stub": d.pick(["#ef5658", "#1e6091", "#b8860b", "#2d6a4f"]),
        "face": d.fonts[d.pick(["sans", "sans", "cond"])],
        "admit": d.pick(["Admit", "Admit one", "Visit"]),
        "num_label": d.pick(["Ticket No:", "Serial:"]),
        "ticket_small": f"{r.randrange(1000, 9999)}",
        "booth": booth,
        "cap": d.pick(["Booth number on the show floor", "Find us at this booth", "Booth"]),
        "event": d.provider(),
        "word": d.pick(["BOOTH VISIT", "CEC TICKET", "VISITOR PASS"]),
        "seq": f"{r.randrange(1, 400)}",
        "heading": d.set_title(
            d.pick(["IICRC Booth Registration", "IICRC Booth Registration — Certificant Check-in"]),
            ["IICRC Booth Registration"],
        ),
        "name_label": d.pick(["Certificant", "Visitor", "Name"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "date": d.date(d.pick(["short_month", "us_numeric", "weekday", "long"])),
        "credit_label": d.pick(["CEC Credit", "Credit", "CECs"]),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "hours_title"])),
        "id_label": d.pick(["IICRC #", "Cert. ID", "Registrant #"]),
        "cert": d.number(),
        "foot": d.pick(
            [
                "One booth credit per certificant per show. Credit is posted to your record after "
                "the show closes.",
                "Non-transferable. Keep this ticket until the credit appears on your record.",
            ]
        ),
    }
