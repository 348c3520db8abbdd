"""A booth ticket printed in the shape of an admission ticket: a dark stub on
the left with a small word over a rule, a serial in small capitals and a
very large number, notched where it tears off, and a light body on the
right holding one running sentence with no labels (who visited the IICRC
booth at which show, on which day or days, and the credit registered), the
booth host's name and a small perforated prize-drawing coupon at the
bottom with blank lines to fill in."""

SOURCE = (
    "bagusnusantara/travel:web/resources/views/customer/tickets/index.blade.php (CSS ticket: "
    "stub with 'admit' word, line and serial, large number; check part with titled sections)"
)
KIND = "booth"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "landscape",
    "ticket",
    "sentence",
    "hours-in-sentence",
    "dark-band",
    "date-range",
    "distractor-person",
)

TEMPLATE = """<style>
.tk { position:absolute; inset:18px; display:flex; font-family:${sans} }
.stub { width:170px; background:${dark}; color:#fff; border-radius:10px 0 0 10px; padding:18px 16px; position:relative; display:flex; flex-direction:column }
.stub .top { display:flex; align-items:center; gap:8px; font: bold 11px ${sans}; letter-spacing:2px; text-transform:uppercase }
.stub .top .ln { flex:1; border-top:1px solid rgba(255,255,255,.6) }
.stub .ser { font-size:9.5px; letter-spacing:1.5px; margin-top:6px; opacity:.85 }
.stub .num { font: bold 66px ${cond}; line-height:70px; margin-top:auto }
.stub .inv { font: italic 12px ${serif}; opacity:.9 }
.notch { position:absolute; right:-11px; width:22px; height:22px; border-radius:50%; background:#fff }
.body { flex:1; background:${light}; border:1.5px solid ${dark}; border-left:2px dashed ${dark}; border-radius:0 10px 10px 0; padding:18px 22px 0; display:flex; flex-direction:column }
.ev { font: bold 25px ${display}; color:${dark}; line-height:29px }
.evs { font-size:10px; letter-spacing:2px; color:${accent}; text-transform:uppercase; margin-top:2px }
.p { font: 18px ${serif}; line-height:29px; margin-top:18px; color:#1b1b1b }
.p b { font-size:19px }
.host { font-size:12px; color:#444; margin-top:auto; margin-bottom:10px }
.cp { margin-bottom:12px; border:1.5px dashed #777; padding:6px 10px; font-size:10px; color:#333; display:flex; gap:14px; align-items:flex-end }
.cp b { font-size:10.5px; letter-spacing:1px; text-transform:uppercase; white-space:nowrap }
.cp span { flex:1; border-bottom:1px solid #777; height:14px }
</style>
<div class="tk">
 <div class="stub">
  <div class="top"><span>${stub_word}</span><span class="ln"></span></div>
  <div class="ser">${serial_label} ${serial}</div>
  <div class="num">${big}</div>
  <div class="inv">${stub_note}</div>
  <div class="notch" style="top:-11px"></div><div class="notch" style="bottom:-11px"></div>
 </div>
 <div class="body">
  <div class="ev">${event}</div>
  <div class="evs">${event_sub}</div>
  <div class="p">${lead} <b>${name}</b> ${verb} ${booth} ${at} ${when} ${reg} <b>${title}</b> ${and_credit} <b>${hours}</b>${tail}</div>
  <div class="host">${host_label} ${host} &nbsp;·&nbsp; ${venue}</div>
  <div class="cp"><b>${coupon}</b>Name <span></span> Phone <span></span></div>
 </div>
</div>
"""


def fill(d):
    r = d.rng
    span = d.chance(0.45)
    return {
        "stub_word": d.pick(["Booth", "Visitor", "Admit"]),
        "serial_label": d.pick(["No.", "Serial", "Ticket"]),
        "serial": f"{r.randrange(10000, 99999)}",
        "big": f"#{r.randrange(1, 999):03d}",
        "stub_note": d.pick(["Keep this half", "Visitor copy", "Your receipt"]),
        "event": d.provider(),
        "event_sub": d.pick(["IICRC booth", "Exhibit hall", "Certification booth"]),
        "lead": d.pick(["This ticket confirms that", "We confirm that", "Our records show that"]),
        "name": d.name(d.pick(["plain", "plain", "upper"])),
        "verb": d.pick(["visited", "stopped at", "checked in at"]),
        "booth": d.pick(["the IICRC booth", "our booth", "IICRC booth"])
        + f" {r.randrange(100, 2999)}",
        "at": d.pick(["during the show", "in the exhibit hall", ""]),
        "when": (
            f"{d.pick(['during', 'over'])} {d.date_range(d.pick([1, 2]))},"
            if span
            else f"on {d.date(d.pick(['long', 'weekday', 'ordinal']))},"
        ),
        "reg": d.pick(["completed the", "and completed the", "and is credited with the"]),
        "title": d.title(),
        "and_credit": d.pick(["for", "earning", "worth"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "words"])),
        "tail": d.pick([".", ". Credit is posted to the IICRC record within 30 days.", "."]),
        "host_label": d.pick(["Booth host:", "Scanned by", "Staff:"]),
        "host": d.person(),
        "venue": d.venue(),
        "coupon": d.pick(["Prize drawing", "Drawing entry", "Raffle"]),
    }
