"""A conference's certificate of appreciation for a speaker, which records a
talk given, not a course completed: a warm gradient page with a heavy outer
and thin inner border, quarter-circle ornaments in the corners, a round
ornament over the title, the speaker's name underlined, "for delivering ...
session on" and the session title, the event, its venue and its days, two
signature lines, the issue date and the event's name at the foot."""

SOURCE = "MARIASHARON009/SpeakeasyAI:src/components/speakeasy/CertificateCanvas.tsx"
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "ornate",
    "script-name",
    "sentence",
    "date-range",
    "distractor-person",
    "appreciation",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background: linear-gradient(135deg, #faf8f6, ${light} 60%, #f1ebe3) }
.b1 { position:absolute; inset:34px; border:7px solid ${accent} }
.b2 { position:absolute; inset:52px; border:2px solid ${accent}; opacity:0.6 }
.cn { position:absolute; width:52px; height:52px; border:2px solid ${accent}; opacity:0.6 }
.cn::after { content:''; position:absolute; inset:8px; border:2px solid ${accent} ; border-radius:inherit }
.tl { left:68px; top:68px; border-radius:0 0 52px 0; border-left:none; border-top:none }
.tr { right:68px; top:68px; border-radius:0 0 0 52px; border-right:none; border-top:none }
.bl { left:68px; bottom:68px; border-radius:0 52px 0 0; border-left:none; border-bottom:none }
.br { right:68px; bottom:68px; border-radius:52px 0 0 0; border-right:none; border-bottom:none }
.orn { position:absolute; left:50%; top:84px; width:62px; height:62px; margin-left:-31px; border-radius:50%; background:${accent};
  color:#fff; font: bold 17px ${display}; display:flex; align-items:center; justify-content:center }
.x { position:absolute; left:90px; right:90px; text-align:center; color:#2d2521 }
.t { top:162px; font: bold ${title_size}px ${display} }
.ln { position:absolute; left:50%; top:${line_top}px; width:380px; margin-left:-190px; border-top:2px solid ${accent}; opacity:0.7 }
.it { font: italic 19px ${serif}; color:#5d5048 }
.nm { font: ${name_weight} ${name_size}px ${name_face}; color:#2d2521 } .nm span { border-bottom:3px solid ${accent}; padding:0 6px ${name_pad}px }
.st { font: 23px ${serif}; line-height:30px; padding:0 60px }
.ev { font: 15px ${sans}; color:#5d5048; line-height:21px }
.sig { position:absolute; bottom:146px; width:250px; text-align:center; font: 13px ${sans}; color:#5d5048 }
.sig .s { font: 26px ${script}; color:#1b2a60; height:34px; white-space:nowrap }
.sig .l { border-top:2px solid ${accent}; padding-top:5px; line-height:17px }
.is { bottom:104px; font: 15px ${serif}; color:#5d5048 }
.br2 { bottom:80px; font: bold 16px ${display}; color:${accent} }
</style>
<div class="bg"></div><div class="b1"></div><div class="b2"></div>
<div class="cn tl"></div><div class="cn tr"></div><div class="cn bl"></div><div class="cn br"></div>
<div class="orn">${orn}</div>
<div class="x t">${title}</div><div class="ln"></div>
<div class="x it" style="top:${p1}px">${presented}</div>
<div class="x nm" style="top:${p2}px"><span>${speaker}</span></div>
<div class="x it" style="top:${p3}px">${for_text}</div>
<div class="x st" style="top:${p4}px">${session}</div>
<div class="x ev" style="top:${p5}px">${at_text} ${event}<br>${venue} · ${days}</div>
<div class="sig" style="left:${sig_left}px"><div class="s">${sig1}</div><div class="l">${sig1}<br>${role1}</div></div>
<div class="sig" style="right:${sig_left}px"><div class="s">${sig2}</div><div class="l">${sig2}<br>${role2}</div></div>
<div class="x is">${issued_text} ${issued}</div>
<div class="x br2">${brand}</div>
"""


def fill(d):
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_range

    r = d.rng
    event = f"{d.pick(V.EVENTS)} {d.completed.year}"
    days = d.pick([2, 2, 3])
    span = fmt_range(d.completed - timedelta(days=days - 1), d.completed, r)
    script = d.chance(0.5)
    speaker = d.person()
    if d.chance(0.3):
        speaker = speaker.upper() if not script else speaker
    session = d.pick(V.SESSIONS + V.CE_COURSES[:6])
    long = len(session) > 44
    top = 250
    return {
        "orn": d.pick(["★", "✦", "❦", "SPK"]),
        "title": d.pick(
            ["Certificate of Appreciation", "Speaker Appreciation", "Certificate of Recognition"]
        ),
        "title_size": d.pick([46, 50]),
        "line_top": 232,
        "presented": d.pick(
            [
                "This certificate is proudly presented to",
                "With sincere thanks to",
                "Presented with gratitude to",
            ]
        ),
        "p1": top,
        "p2": top + 36,
        "p3": top + 112,
        "p4": top + 146,
        "p5": top + (222 if long else 192),
        "speaker": speaker,
        "name_face": d.fonts["script"] if script else d.fonts["display"],
        "name_size": 54 if script else 42,
        "name_weight": "normal" if script else "bold",
        "name_pad": 9 if script else 4,
        "for_text": d.pick(
            [
                "for delivering an outstanding session on",
                "in recognition of the presentation",
                "for sharing expertise as a featured speaker on",
            ]
        ),
        "session": session,
        "at_text": d.pick(["at the", "presented at the", "during the"]),
        "event": event,
        "venue": d.venue(),
        "days": span,
        "sig_left": 150,
        "sig1": d.person(),
        "role1": d.pick(["Event Organizer", "Conference Chair", "Show Manager"]),
        "sig2": d.person(),
        "role2": d.pick(["Program Director", "Education Committee Chair", "Speaker Coordinator"]),
        "issued_text": d.pick(["Issued on", "Presented", "Given"]),
        "issued": d.other_date("issue", d.pick(["long", "short_month", "dmy_long"])),
        "brand": event,
    }
