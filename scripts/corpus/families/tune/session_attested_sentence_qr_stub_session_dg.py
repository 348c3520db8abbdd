"""A slip-size attendance record for one show session, torn from a pad: a
narrow perforated stub on the left with the serial number repeated, and on
the right one running paragraph that carries the attendee, the session,
the speaker, the show, the day and the credit, with a QR box for
verification, the door monitor's signature, a stamp circle and a small approval line."""

SOURCE = (
    "wording: education-session attendance slips that restoration trade shows hand out at the "
    "session door (attendee, session title, speaker, show, date and CEC credit told in one "
    "sentence, serial stub kept by the show)"
)
KIND = "session"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "sentence",
    "hours-in-sentence",
    "landscape",
    "distractor-person",
    "qr",
    "tiny-footer",
)

TEMPLATE = """<style>
.stub { position:absolute; left:0; top:0; bottom:0; width:92px; border-right:2px dashed #888; background:${light};
  font: 10px ${mono}; color:#333; padding:14px 8px; line-height:14px }
.stub .v { writing-mode:vertical-rl; transform:rotate(180deg); position:absolute; left:32px; bottom:20px; font: bold 13px ${mono}; letter-spacing:1px }
.m { position:absolute; left:112px; right:22px; top:18px; bottom:14px; font-family:${serif}; color:#1e1e1e }
.hd { display:flex; justify-content:space-between; align-items:baseline; border-bottom:2px solid ${accent}; padding-bottom:4px }
.hd .t { font: bold 19px ${sans}; color:${dark}; letter-spacing:.5px }
.hd .s { font: 11px ${mono}; color:#555 }
.p { margin-top:16px; font-size:16.5px; line-height:26px; padding-right:118px }
.p b { font-weight:bold }
.qr { position:absolute; right:0; top:52px; width:96px; height:96px; border:3px solid #111;
  background: conic-gradient(#111 25%, #fff 0 50%, #111 0 75%, #fff 0) 0 0/16px 16px; }
.qr:after { content:""; position:absolute; inset:32px; background:#fff }
.qc { position:absolute; right:0; top:154px; width:96px; text-align:center; font: 9px ${sans}; color:#555 }
.vl { position:absolute; left:0; bottom:46px; display:flex; gap:26px; align-items:flex-end; font: 11px ${sans}; color:#444 }
.vl .ln { width:190px; border-top:1px solid #555; padding-top:2px }
.vl .h { font: 20px ${hand}; color:#22306e; line-height:24px }
.stp { width:74px; height:74px; border-radius:50%; border:2px dashed #999; display:flex; align-items:center; justify-content:center; text-align:center; font: 8.5px ${sans}; color:#999 }
.ap { position:absolute; left:0; right:0; bottom:18px; font: 11px ${sans}; color:#333 }
.ft { position:absolute; left:0; right:0; bottom:0; font: 8.5px ${sans}; color:#777 }
</style>
<div class="stub">${stub_label}<br>No.<br>${serial}<div class="v">${serial}</div></div>
<div class="m">
 <div class="hd"><div class="t">${heading}</div><div class="s">No. ${serial}</div></div>
 <div class="p">${para_html}</div>
 <div class="qr"></div><div class="qc">Scan to verify</div>
 <div class="vl"><div><div class="h">${monitor}</div><div class="ln">Door monitor &middot; ${room}</div></div><div class="stp">SHOW<br>VALIDATION<br>STAMP</div></div>
 <div class="ap">${approval_line}</div>
 <div class="ft">${foot}</div>
</div>
"""


def fill(d):
    import html

    e = html.escape
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title()
    speaker = d.person()
    event = d.provider()
    date = d.date(d.pick(["long", "weekday", "ordinal", "dmy_long"]))
    hours = d.hours(d.pick(["cec_hours", "words", "cecs"]))
    para = d.pick(
        [
            f"This slip records that <b>{e(name)}</b> attended the education session "
            f"&ldquo;{e(title)}&rdquo;, presented by {e(speaker)}, at {e(event)} on {e(date)}, "
            f"and is credited with {e(hours)}.",
            f"<b>{e(name)}</b> was present for &ldquo;{e(title)}&rdquo; ({e(speaker)}, speaker) "
            f"during {e(event)}. The session was held {e(date)} and earns {e(hours)} of "
            "continuing education.",
        ]
    )
    return {
        "monitor": d.person(),
        "room": d.pick(["Room 108", "Hall B Theater", "Room 2201", "Ballroom A"]),
        "stub_label": d.pick(["SHOW COPY", "RETAIN"]),
        "serial": str(d.rng.randrange(10000, 99999)),
        "heading": d.pick(
            ["Session Attendance Record", "Education Session Credit", "Attendance Slip"]
        ),
        "para_html": para,
        "approval_line": d.pick(
            [
                "Sessions are submitted to the IICRC for CEC approval by the show's education committee.",
                "Credit is valid only with the show's validation stamp or QR verification.",
            ]
        ),
        "foot": d.pick(
            [
                "Tear at perforation. The show keeps the stub for its attendance roster.",
                "Lost slips cannot be reissued after the show closes.",
            ]
        ),
    }
