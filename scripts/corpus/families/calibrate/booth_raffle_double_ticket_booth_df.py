"""A two-part numbered ticket handed out at the certification body's booth:
the left part, kept by the visitor, carries the show's logo, the ticket
number, what the visit was for, the date and the CEC credit; the right part,
torn off and dropped in the bin, has blanks the visitor filled in by hand."""

SOURCE = (
    "cmfcmf/TicketManager:templates/Ticket/Default.tpl (ticket with event name, date, logo and "
    "a code cell), laid out as the double raffle tickets booths use for sign-ups"
)
KIND = "booth"
PAPER = "slip"
CATEGORIES = ("slip", "landscape", "handwriting", "labelled", "provider-in-logo", "ticket")

TEMPLATE = """<style>
.t { position:absolute; inset:40px 24px; display:flex; font-family:${sans}; border:2px solid ${dark}; background:${tint} }
.k { flex:1.15; padding:12px 16px; position:relative }
.lg { display:flex; align-items:center; gap:8px }
.lg i { width:36px; height:36px; border-radius:50%; border:4px solid ${dark}; display:block; flex:none; box-shadow: inset 0 0 0 4px ${accent} }
.lg b { font: bold 14px ${display}; color:${dark}; line-height:16px }
.no { position:absolute; right:14px; top:12px; font: bold 18px ${mono}; color:#b3202a }
.pu { margin-top:14px; font: bold 17px ${sans}; color:#111 }
.kv { margin-top:8px; font-size:12.5px; line-height:19px } .kv span { color:#555; display:inline-block; width:62px }
.fn { margin-top:14px; font-size:11px; color:#444; line-height:15px; max-width:300px }
.kp { position:absolute; left:16px; bottom:10px; font-size:9.5px; color:#444; letter-spacing:1px; text-transform:uppercase }
.d { flex:1; border-left:2px dashed ${dark}; padding:12px 16px; position:relative }
.d .no { right:14px }
.d h3 { margin:0; font: bold 12px ${sans}; letter-spacing:1.5px; text-transform:uppercase; color:${dark} }
.f { margin-top:12px; display:flex; align-items:flex-end; gap:6px; font-size:10.5px; color:#444 }
.f .h { flex:1; border-bottom:1px solid #666; font: 19px ${hand}; color:#1d2b6b; line-height:22px; white-space:nowrap }
.chk { margin-top:12px; font-size:10.5px; color:#333; line-height:15px }
</style>
<div class="t">
 <div class="k">
  <div class="lg"><i></i><b>${event}</b></div><div class="no">No ${ticket}</div>
  <div class="pu">${title}</div>
  <div class="kv"><span>Date</span><b>${date}</b><br><span>Credit</span><b>${hours}</b><br><span>Booth</span>${booth}</div>
  <div class="fn">${fine}</div>
  <div class="kp">${keep}</div>
 </div>
 <div class="d">
  <h3>${drop_head}</h3><div class="no">No ${ticket}</div>
  <div class="f">Name <span class="h">${name}</span></div>
  <div class="f">Cert # <span class="h">${cert}</span></div>
  <div class="f">Phone <span class="h">${phone}</span></div>
  <div class="chk">&#9745; ${opt_in}</div>
 </div>
</div>
"""


def fill(d):
    return {
        "tint": d.pick(["#fff6d6", "#e9f3ff", "#fde8ec", "#eaf7ea"]),
        "event": d.provider(),
        "ticket": f"{d.rng.randrange(0, 99999):05d}",
        "title": d.title(),
        "date": d.date(d.pick(["short_month", "us_numeric", "long"])),
        "hours": d.hours(d.pick(["cec_hours", "hrs", "cecs_colon"])),
        "booth": d.pick(["#1419", "#733", "#2207", "#95"]),
        "fine": d.pick(
            [
                "One booth credit per visitor per show. Credit is posted after the show closes.",
                "Show this half at the booth if your credit does not appear within 30 days.",
            ]
        ),
        "keep": d.pick(["Keep this half for your records", "Visitor copy · keep"]),
        "drop_head": d.pick(["Drop in the bin", "Booth copy"]),
        "name": d.name("plain"),
        "cert": d.number(),
        "phone": d.phone(),
        "opt_in": d.pick(
            ["Please post my booth credit to my certification record", "Send me class schedules"]
        ),
    }
