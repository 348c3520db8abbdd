"""A participation certificate from a conference's certificate system,
printed landscape over the event's background artwork: layered colour
waves and rings in the lower right corner and the event's wordmark with
its dates and city in the upper left, both part of the printed background.
A centred heading, then one paragraph, "It is hereby certified that
<name> participated in the session ... of the <event>, held in <city> from
<first> to <last day>, ...", naming the session, its date and the hours of
activity. The page footer says the document's authenticity can be
checked at a validation address ending in a long hash."""

SOURCE = (
    "robsonferduda/sgc:resources/views/templates/participante_ciki_2024.blade.php "
    "(background image anchored bottom right, centred h2 'Participation Certificate', one "
    "paragraph 'It is hereby certified that <b>name</b> participated in ..., held in ... "
    "from ... to ..., which involved N hours of activities', page footer 'The authenticity of "
    "this document can be verified in the url .../validar/<hash>')"
)
KIND = "session"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "hours-in-sentence",
    "provider-in-logo",
    "distractor-date",
    "tiny-footer",
    "verification-hash",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:0; background:${paper}; overflow:hidden }
.wv1 { position:absolute; right:-180px; bottom:-260px; width:720px; height:520px; border-radius:50%; background:${c1}; opacity:0.85 }
.wv2 { position:absolute; right:-120px; bottom:-300px; width:560px; height:480px; border-radius:50%; background:${c2} }
.wv3 { position:absolute; right:120px; bottom:40px; width:140px; height:140px; border-radius:50%; border:14px solid ${c3}; opacity:0.7 }
.wv4 { position:absolute; left:-90px; top:-90px; width:260px; height:260px; border-radius:50%; border:22px solid ${c2}; opacity:0.25 }
.mk { position:absolute; left:64px; top:44px; display:flex; gap:12px; align-items:center; max-width:460px }
.mk i { width:54px; height:54px; flex:none; background:${c1}; clip-path:polygon(50% 0, 100% 38%, 82% 100%, 18% 100%, 0 38%) }
.mk b { display:block; font: bold 19px ${sans}; color:${c1}; line-height:22px }
.mk span { font: 12.5px ${sans}; color:#555; letter-spacing:1px; text-transform:uppercase }
.corpo { position:absolute; left:120px; right:120px; top:${top}px; text-align:center; font-family:${body}; color:#222 }
h2 { margin:0 0 20px; font: bold ${h_px}px ${head}; color:#222 }
.corpo p { font-size:${p_px}px; line-height:1.55 }
.rodape { position:absolute; left:64px; right:430px; bottom:26px; text-align:left; font: 12.5px ${body}; color:#333 }
</style>
<div class="bg"><div class="wv4"></div><div class="wv1"></div><div class="wv2"></div><div class="wv3"></div></div>
<div class="mk"><i></i><div><b>${event_mark}</b><span>${event_sub}</span></div></div>
<div class="corpo">
 <h2>${heading}</h2>
 <p>${para_html}</p>
</div>
<div class="rodape">${footer}</div>
"""


def fill(d):
    import html
    from datetime import timedelta

    from corpus.formats import MONTHS

    e = html.escape
    r = d.rng
    start = d.completed - timedelta(days=r.randint(0, 2))
    end = d.completed + timedelta(days=r.randint(0, 2))
    if start.month == end.month:
        span = f"{start.day} to {end.day} {MONTHS[end.month - 1]} {end.year}"
    else:
        span = (
            f"{start.day} {MONTHS[start.month - 1]} to {end.day} {MONTHS[end.month - 1]} {end.year}"
        )
    city = d.city()
    event = d.provider()
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title()
    date = d.date(d.pick(["dmy_long", "long", "ordinal_dmy", "weekday"]))
    hours = d.hours(d.pick(["cec_hours", "hours_title", "hrs", "cec_hours"]))
    kind = d.pick(["education session", "session", "technical session", "workshop session"])
    para = d.pick(
        [
            f"It is hereby certified that <b>{e(name)}</b> participated in the {kind} "
            f"<b>\u201c{e(title)}\u201d</b>, held on {e(date)} during the {e(event)}, "
            f"held in {e(city)} from {e(span)}, which involved {e(hours)} of activities.",
            f"It is hereby certified that <b>{e(name)}</b> attended the {kind} "
            f"<b>\u201c{e(title)}\u201d</b> of the {e(event)}, held in {e(city)} from {e(span)}. "
            f"The session took place on {e(date)} and involved {e(hours)} of activities.",
            f"We hereby certify that <b>{e(name)}</b> participated, on {e(date)}, in the {kind} "
            f"<b>\u201c{e(title)}\u201d</b> at the {e(event)} ({e(city)}, {e(span)}), "
            f"totalling {e(hours)}.",
        ]
    )
    slug = "".join(ch for ch in (d.org_alt or d.org).lower() if ch.isalnum())[:12]
    digest = "".join(r.choice("0123456789abcdef") for _ in range(32))
    return {
        "paper": d.pick(["#ffffff", "#fbfbf8", "#f7fafc"]),
        "c1": d.pick(["#123c69", "#0b3d2e", "#5b2333", "#1e6091"]),
        "c2": d.pick(["#f2a541", "#e07a5f", "#81b29a", "#5fa8d3"]),
        "c3": d.pick(["#b8860b", "#3d405b", "#6a4c93"]),
        "body": d.fonts[d.pick(["serif", "sans"])],
        "head": d.fonts[d.pick(["serif", "sans", "display"])],
        "top": d.pick([170, 190, 205]),
        "h_px": d.pick([28, 32, 36]),
        "p_px": d.pick([19, 20, 21]),
        "event_mark": d.org_alt or event,
        "event_sub": f"{span} \u00b7 {city}",
        "heading": d.pick(
            [
                "Participation Certificate",
                "Participation Certificate",
                "Certificate of Participation",
            ]
        ),
        "para_html": para,
        "footer": d.pick(
            [
                "The authenticity of this document can be verified in the url "
                f"https://certificates.{slug}.org/validate/{digest}",
                f"Verify this certificate at https://{slug}.org/certificates/check/{digest}",
            ]
        ),
    }
