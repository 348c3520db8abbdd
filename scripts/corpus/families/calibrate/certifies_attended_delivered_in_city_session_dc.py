"""A landscape certificate drawn by an event-management app: two logos at the
top corners (the show's wordmark left, a CE-provider mark right), a heavy and
a thin rectangle framing the page, "<show> certifies that", the attendee's
name very large in bold italic, "attended the session named", the session in
bold italic, and "delivered in <city> on <date>"; the credit and a
certificate number in small type under a rule."""

SOURCE = "malaimo/eventer:app/views/participants/certificate.pdf.prawn"
KIND = "session"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("landscape", "sentence", "ornate", "date-in-sentence")

TEMPLATE = """<style>
.r1 { position:absolute; inset:26px; border:3px solid #111 }
.r2 { position:absolute; inset:33px; border:1px solid #111 }
.lgl { position:absolute; left:58px; top:56px; font: bold 22px ${sans}; color:${dark}; line-height:24px; max-width:420px;
  border-left:8px solid ${accent}; padding-left:10px }
.lgl small { display:block; font: 11px ${sans}; letter-spacing:3px; color:#666 }
.lgr { position:absolute; right:60px; top:52px; width:130px; height:62px; border:2px solid ${accent}; border-radius:31px;
  display:flex; align-items:center; justify-content:center; text-align:center; font: bold 11px ${sans}; color:${accent}; line-height:13px; letter-spacing:.5px }
.w { position:absolute; left:70px; right:70px; top:${top}px; text-align:center; font-family:${face}; color:#111 }
.s { font-size:18px; margin-top:8px }
.nm { font: bold italic ${name_px}px ${display}; line-height:1.15; margin:12px 0 14px }
.ti { font: bold italic 27px ${face}; margin:10px 0 14px; line-height:34px }
.ft { position:absolute; left:90px; right:90px; bottom:58px; border-top:1px solid #888; padding-top:7px; display:flex; justify-content:space-between;
  font: 12px ${sans}; color:#333 }
</style>
<div class="r1"></div><div class="r2"></div>
<div class="lgl">${event_upper}<small>${event_tag}</small></div>
<div class="lgr">${badge_html}</div>
<div class="w">
 <div class="s">${certifies_html}</div>
 <div class="nm">${name}</div>
 <div class="s">${attended}</div>
 <div class="ti">${title}</div>
 <div class="s">${delivered_html}</div>
</div>
<div class="ft"><span>${credit}</span><span>${cert}</span></div>
"""


def fill(d):
    import html

    event = d.provider()
    name = d.name("plain")
    city = d.city()
    date = d.date(d.pick(["long", "ordinal", "weekday", "dmy_long"]))
    e = html.escape(event, quote=False)
    return {
        "event_upper": event.upper(),
        "event_tag": d.pick(["EDUCATION", "CONFERENCE PROGRAM", "TRADE SHOW & CONFERENCE"]),
        "badge_html": d.pick(
            ["IICRC<br>CEC<br>PROVIDER", "APPROVED<br>CE<br>SESSION", "CONTINUING<br>EDUCATION"]
        ),
        "top": d.pick([225, 245, 265]),
        "face": d.fonts[d.pick(["serif", "sans"])],
        "certifies_html": d.pick([f"<b>{e}</b> certifies that", f"The <b>{e}</b> certifies that"]),
        "name_px": 64 if len(name) < 22 else 52,
        "name": name,
        "attended": d.pick(
            [
                "attended the session named",
                "attended the education session",
                "was present at the session",
            ]
        ),
        "title": d.title(),
        "delivered_html": d.pick(
            [
                f"delivered in <b>{html.escape(city)}</b> on <b>{html.escape(date)}</b>",
                f"held in <b>{html.escape(city)}</b> on <b>{html.escape(date)}</b>",
            ]
        ),
        "credit": d.pick(["Credit: ", "IICRC CEC: ", "Continuing education credit: "])
        + d.hours(d.pick(["cec_hours", "hours_title", "hrs"])),
        "cert": f"Certificate {d.number()}",
    }
