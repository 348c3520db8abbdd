"""A portrait certificate of attendance for one education session of a trade
show, in the manner of a congress certificate: a full-width dark band at the
top with the show's name in large light letters, a spaced programme line over
it and the venue under it, an accent rule beneath; a serif heading with a
small line naming the kind of session; then, centred and without labels, a
running text in several lines: a certifying phrase, the attendee's name in
bold capitals, the session attended, its title in italics, the presenter with
a credential, and the venue with the days the show ran. A tinted box below
states the credit the session was approved for, with the approval number when
there is one, and asks attendees to claim only the time they really spent;
one line says how attendance was checked. At the foot, two signatures side
by side (the show's education chair and the presenter), and a line of small
print with the issue date and how long to keep the certificate over the
show office's address."""

SOURCE = (
    "Congress certificates of attendance ('This is to certify that ... attended ... held in "
    "... from ... to ...', credits followed by 'should claim only those credits ... actually "
    "spent in the educational activity'); required content per Ohio PEPS 'Attendance "
    "Documentation' (peps.ohio.gov: date(s), hours, location, topic, instructor's name) and "
    "vi-institute.org certificate requirements (provider, name, event, location, dates, "
    "signature of an authorized agent or the trainer, hours)"
)
KIND = "session"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "portrait",
    "dark-band",
    "sentence",
    "date-range",
    "distractor-person",
    "letter-spaced",
    "tiny-footer",
)

TEMPLATE = """<style>
.band { position:absolute; left:0; right:0; top:0; height:168px; background:${dark}; color:#f3efe4;
  text-align:center; padding-top:34px; border-bottom:6px solid ${accent} }
.band .pg { font: 12px ${sans}; letter-spacing:5px; text-transform:uppercase; opacity:.85 }
.band .ev { font: bold ${ev_px}px ${display}; line-height:1.15; margin-top:8px; letter-spacing:.5px }
.band .vn { font: 14px ${sans}; letter-spacing:1px; margin-top:8px; opacity:.9 }
.b { position:absolute; left:70px; right:70px; top:${b_top}px; text-align:center; font-family:${serif}; color:#222 }
h1 { margin:0; font: normal ${h1_px}px ${display}; color:${dark}; letter-spacing:1px }
.kd { font: 12px ${sans}; letter-spacing:3px; text-transform:uppercase; color:#777; margin-top:6px }
.tx { margin-top:40px; font-size:17px; line-height:29px }
.tx .nm { display:block; font: bold ${nm_px}px ${serif}; letter-spacing:1.5px; margin:10px 0 12px; color:#111 }
.tx .ti { display:block; font: italic bold 22px ${serif}; margin:8px 0 8px; color:${dark}; line-height:28px }
.cr { margin:40px auto 0; width:88%; background:${light}; border-left:5px solid ${accent}; padding:14px 20px;
  text-align:left; font: 14px ${sans}; line-height:21px; color:#333 }
.cr b { color:#111 }
.vf { margin-top:14px; font: italic 13px ${serif}; color:#555 }
.sg { position:absolute; left:90px; right:90px; bottom:112px; display:flex; justify-content:space-between }
.sg div { width:42%; font: 12.5px ${sans}; color:#444; line-height:17px }
.sg i { display:block; font: normal 30px/40px ${hnd}; color:#1c2c66; border-bottom:1px solid #333; height:42px; white-space:nowrap; overflow:visible }
.sg b { display:block; color:#111; font-size:13.5px; margin-top:5px }
.sl { position:absolute; left:50%; bottom:204px; width:92px; height:92px; margin-left:-46px; border-radius:50%;
  border:3px double ${accent}; background:radial-gradient(circle, ${light} 0 58%, ${dark} 59% 61%, ${light} 62%);
  text-align:center; color:${dark}; font: bold 22px/86px ${display}; letter-spacing:1px }
.fp { position:absolute; left:70px; right:70px; bottom:40px; border-top:1px solid #bbb; padding-top:8px;
  text-align:center; font: 9.5px ${sans}; color:#666; line-height:14px }
</style>
<div class="band">
 <div class="pg">${programme}</div>
 <div class="ev">${event}</div>
 <div class="vn">${venue_line}</div>
</div>
<div class="b">
 <h1>${heading}</h1>
 <div class="kd">${kind_line}</div>
 <div class="tx">${certify}<span class="nm">${name}</span>${attended}<span class="ti">${title}</span>${by_html}</div>
 <div class="cr">${credit_html}</div>
 <div class="vf">${verified}</div>
</div>
<div class="sl">${initials}</div>
<div class="sg">
 <div><i>${chair}</i><b>${chair}</b>${chair_role}</div>
 <div><i>${speaker}</i><b>${speaker}</b>${speaker_role}</div>
</div>
<div class="fp">${fine}<br>${office}</div>
"""

CREDENTIALS = ["", "", "", ", CR", ", WLS", ", CIEC", ", CMH", ", PE", ", MSc"]


def fill(d):
    import html

    e = html.escape

    def nw(text):
        return f'<span style="white-space:nowrap">{e(text)}</span>'

    days = d.pick([2, 2, 3, 1])
    event = d.provider(d.pick([None, None, "upper"]))
    venue = d.venue()
    span = d.date_range(days)
    name = d.name("upper")
    title = d.title("plain")
    speaker = d.person()
    credential = d.pick(CREDENTIALS)
    hours = d.hours(d.pick(["cec_hours", "words_cec", "hours_title", "cecs", "words"]))
    approval = d.approval() if d.chance(0.5) else None
    held = d.pick(
        [
            f"at {e(venue)}, {nw(span)}.",
            f"during the show held at {e(venue)}, {nw(span)}.",
            f"in the education program of the show, {e(venue)}, {nw(span)}.",
        ]
    )
    by_html = (
        f"{d.pick(['presented by', 'delivered by', 'led by'])} {e(speaker + credential)}<br>{held}"
    )
    approved = (
        f"This session is approved by the IICRC for <b>{nw(hours)}</b>"
        + (f" under approval no. <b>{e(approval)}</b>" if approval else "")
        + "."
    )
    claim = d.pick(
        [
            " Each attendee should claim only the credit matching the time actually spent "
            "in the session.",
            " Attendees should claim only those hours they actually spent in the session; "
            "late arrival or early departure reduces the credit.",
            " Credit may be claimed once per session and only for the time the attendee "
            "was present.",
        ]
    )
    return {
        "hnd": d.fonts["hand"].replace(", cursive", ", 'Dancing Script', 'Z003', cursive"),
        "dark": d.pick(["#1f3a5f", "#123c69", "#0b3d2e", "#4a1c40", "#2f2f2f", "#1b4332"]),
        "accent": d.pick(["#b8860b", "#c9a227", "#8b0000", "#1e6091", "#2d6a4f"]),
        "light": d.pick(["#f6f1e1", "#eef4f8", "#f3efe6", "#f0f5ef", "#f5f5f5"]),
        "programme": d.pick(["Education Program", "Conference Education", "Technical Sessions"]),
        "ev_px": 30 if len(event) > 30 else 36,
        "event": event,
        "venue_line": f"{venue}",
        "h1_px": d.pick([34, 38, 40]),
        "b_top": d.pick([212, 224, 236]),
        "initials": "".join(w[0] for w in d.org_alt.replace("&", "").split())[:3],
        "heading": d.pick(
            ["Certificate of Attendance", "Attendance Certificate", "Certificate of Participation"]
        ),
        "kind_line": d.pick(
            ["Continuing education session", "Education session", "Technical session"]
        ),
        "certify": d.pick(
            ["This is to certify that", "This certifies that", "We hereby certify that"]
        ),
        "name": name,
        "nm_px": 28 if len(name) <= 24 else 23,
        "attended": d.pick(
            [
                "attended the education session",
                "was present for the full session",
                "attended the continuing education session",
            ]
        ),
        "title": title,
        "by_html": by_html,
        "credit_html": approved + e(claim),
        "verified": d.pick(
            [
                "Attendance was verified by badge scan on entry to and exit from the session room.",
                "Attendance was confirmed by the room monitor's scan at the close of the session.",
                "This certificate is issued only to attendees scanned in and out of the session.",
            ]
        ),
        "chair": d.person(),
        "chair_role": d.pick(
            ["Education Committee Chair", "Conference Chair", "Director of Education"]
        ),
        "speaker": speaker,
        "speaker_role": d.pick(["Session Presenter", "Speaker", "Presenter"]),
        "fine": d.pick(
            [
                f"Issued {d.other_date('issue', 'long')}. Keep this certificate with your "
                "renewal records for at least four years.",
                f"Certificate generated {d.other_date('issue', 'us_numeric')}. Retain for "
                "your records; duplicates are available from the show office for 36 months.",
            ]
        ),
        "office": f"{d.pick(['Show Office', 'Education Office', 'Attendee Services'])} · "
        + " · ".join(d.address())
        + f" · {d.phone()}",
    }
