"""A tall bookmark handed out at the IICRC booth of a trade show: a punched
hole for a ribbon at the top, a dark band with the show's name in white
under a round monogram, a letter-spaced heading, then labelled lines
stacked down the strip (visitor, activity, visit day, credit, booth and
hall, the staffer who scanned the badge), the show's own dates as a
separate small line, a short list of standards to look up, and a web
address at the foot."""

SOURCE = (
    "xvrabcov/md-templates:bookmark/README.md (promotional bookmark handed out at fairs and "
    "conventions) and the wording of trade-show IICRC booth CEC registration"
)
KIND = "booth"
PAPER = "receipt"
CATEGORIES = (
    "portrait",
    "dark-band",
    "provider-in-logo",
    "labelled",
    "letter-spaced",
    "distractor-date",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.bm { position:absolute; inset:0; background:${light}; font-family:${sans}; color:#1d1d1d; display:flex; flex-direction:column; align-items:center }
.hole { width:22px; height:22px; border-radius:50%; border:1.5px solid #999; background:#fff; margin-top:16px; flex:none }
.band { margin-top:14px; width:100%; background:${dark}; color:#fff; text-align:center; padding:14px 14px 12px }
.band .mk { width:46px; height:46px; margin:0 auto 6px; border-radius:50%; border:2px solid #fff; font: bold 16px ${display}; display:flex; align-items:center; justify-content:center }
.band .ev { font: bold 17px ${display}; line-height:20px }
.band .sh { font: 10px ${sans}; margin-top:4px; opacity:.9; letter-spacing:0.5px }
.h { margin:16px 0 8px; font: bold 11px ${sans}; letter-spacing:4px; color:${accent}; text-transform:uppercase; text-align:center; padding:0 12px }
.rows { width:100%; padding:0 20px }
.r { border-bottom:1px solid #c9c9c9; padding:8px 0 6px }
.r small { display:block; font-size:8.5px; color:#666; text-transform:uppercase; letter-spacing:1.2px }
.r div { font-size:15px; font-weight:bold; line-height:18px }
.std { margin:auto 20px 14px; font-size:9.5px; line-height:13px; color:#333; align-self:stretch }
.std b { display:block; font-size:9px; letter-spacing:1.5px; color:${dark}; text-transform:uppercase }
.ft { width:100%; text-align:center; font-size:8.5px; color:#555; padding:8px 0 12px; border-top:3px solid ${accent} }
</style>
<div class="bm">
 <div class="hole"></div>
 <div class="band"><div class="mk">${mark}</div><div class="ev">${event}</div><div class="sh">${venue}</div></div>
 <div class="h">${heading}</div>
 <div class="rows">
  <div class="r"><small>${who_label}</small><div>${name}</div></div>
  <div class="r"><small>${act_label}</small><div>${title}</div></div>
  <div class="r"><small>${day_label}</small><div>${date}</div></div>
  <div class="r"><small>${credit_label}</small><div>${hours}</div></div>
  <div class="r"><small>${booth_label}</small><div>${booth}</div></div>
  <div class="r"><small>${staff_label}</small><div>${staff}</div></div>
 </div>
 <div class="std"><b>${std_head}</b>${show_label} ${show_span}<br>${standards}</div>
 <div class="ft">${web}</div>
</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus.formats import fmt_range

    r = d.rng
    words = [w for w in (d.org_alt or d.org).split() if w[0].isalpha()]
    first = d.completed - timedelta(days=r.randint(0, 2))
    return {
        "mark": "".join(w[0] for w in words)[:3].upper(),
        "event": d.provider(),
        "venue": d.venue(),
        "heading": d.pick(["Booth visit credit", "Thanks for stopping by", "CEC booth record"]),
        "who_label": d.pick(["Visitor", "Registered", "Technician"]),
        "name": d.name(d.pick(["plain", "upper"])),
        "act_label": d.pick(["Activity", "For", "Credit type"]),
        "title": d.title(),
        "day_label": d.pick(["Visited", "Scanned on", "Date of visit"]),
        "date": d.date(d.pick(["weekday", "short_month", "us_numeric", "long"])),
        "credit_label": d.pick(["Credit", "Awarded", "CECs earned"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "iicrc_cec", "hrs"])),
        "booth_label": d.pick(["Booth / Hall", "Where", "Stand"]),
        "booth": f"#{r.randrange(100, 2999)} · {d.pick(['Hall A', 'Hall B', 'North Hall', 'Expo Floor'])}",
        "staff_label": d.pick(["Scanned by", "Staff", "Booth host"]),
        "staff": d.person(),
        "std_head": d.pick(["Keep reading", "Look it up", "Standards"]),
        "show_label": d.pick(["Show dates:", "Exhibits open", "Show:"]),
        "show_span": fmt_range(first, first + timedelta(days=2), r),
        "standards": d.pick(
            [
                "S500 water damage · S520 mould · S700 fire and smoke",
                "S100 carpet cleaning · S300 upholstery · S500 water damage",
                "S520 mould remediation · S540 trauma and crime scene",
            ]
        ),
        "web": d.pick(["iicrc.org", "www.iicrc.org/cec", d.web()]),
    }
