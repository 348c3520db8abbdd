"""A participation paper made with pandoc and LaTeX (A4 landscape, DejaVu
Sans, no page furniture): a huge bold heading vertically centred with the
rest, then a ragged-right minipage at eight tenths of the width: one
sentence with the attendee's name in bold, the show in bold and its span of
days and town, "comprising:" and a bulleted list in which only one line is
an education session carrying credit; the other bullets are the show floor,
a keynote and a reception, marked as carrying none. At the foot a left
minipage with "Date of issue:" and "Signed by:" in bold and a signature in
a hand face on the right."""

SOURCE = "dadrasarmin/luciferchenka:003_confirm_generator/output/Alice_Johnson.md"
KIND = "session"
PAPER = ["a4-landscape", "letter-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "date-range",
    "distractor-date",
    "distractor-person",
    "hours-in-sentence",
)

TEMPLATE = """<style>
.w { position:absolute; left:76px; right:76px; top:0; bottom:0; font-family:${face}; color:#111 }
h1 { position:absolute; left:0; right:0; top:${h_top}px; margin:0; text-align:center; font: bold 40px ${face} }
.mp { position:absolute; left:10%; right:10%; top:${mp_top}px; font-size:18px; line-height:27px }
.mp ul { margin:8px 0 0; padding-left:28px }
.mp li { margin:3px 0 }
.ft { position:absolute; left:0; right:0; bottom:70px; display:flex; align-items:flex-end }
.ft .l { width:55%; font-size:16px; line-height:30px }
.ft .r { width:45%; text-align:center }
.sig { font: 38px ${hand}; color:#1b2a6b; line-height:44px }
.sig small { display:block; font: 12px ${face}; color:#444; border-top:1px solid #777; width:240px; margin:2px auto 0 }
</style>
<div class="w">
 <h1>${heading}</h1>
 <div class="mp">${lead} <b>${name}</b> ${verb} <b>${event}</b> ${held} <b>${span}</b> ${where}, ${comprising}
  <ul>
   <li>${s_label} “${title}” (${room}) — ${hours}</li>
   <li>${b2}</li>
   <li>${b3}</li>
   <li>${b4}</li>
  </ul>
 </div>
 <div class="ft">
  <div class="l"><b>Date of issue:</b> ${issued}<br><b>Signed by:</b> ${signed_by}</div>
  <div class="r"><div class="sig">${signer}<small>${signer_role}</small></div></div>
 </div>
</div>
"""


def fill(d):
    hours = d.hours(d.pick(["cec_hours", "cecs", "iicrc_cec", "hrs"]))
    return {
        "face": d.pick(["'DejaVu Sans', sans-serif", d.fonts["sans"]]),
        "hand": d.fonts["hand"],
        "h_top": d.pick([120, 140]),
        "mp_top": d.pick([220, 236]),
        "heading": d.pick(
            [
                "Certificate of Participation",
                "Confirmation of Attendance",
                "Participation Certificate",
            ]
        ),
        "lead": d.pick(["This is to confirm that", "We confirm that"]),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "verb": d.pick(["attended the", "took part in the"]),
        "event": d.provider(),
        "held": d.pick(["held", "which took place"]),
        "span": d.date_range(d.pick([1, 2, 2])),
        "where": d.pick([f"in {d.city()}", f"at the {d.venue()}"]),
        "comprising": d.pick(["comprising:", "including:", "with the following:"]),
        "s_label": d.pick(["Education session", "Session", "CE session"]),
        "title": d.title("plain"),
        "room": d.pick(["Room 204", "Hall B", "Salon C", "Room 112", "Ballroom A"]),
        "b2": d.pick(
            [
                "Exhibit hall — no CE credit",
                "Show floor access (not credited)",
                "Expo floor only — 0 credit",
            ]
        ),
        "b3": d.pick(
            [
                "Opening keynote — not eligible for credit",
                "General session — informational only",
                "Awards breakfast — no credit",
            ]
        ),
        "b4": d.pick(
            [
                "Networking reception",
                "Manufacturer demo stage (no credit)",
                "Closing social",
            ]
        ),
        "issued": d.other_date("issue", d.pick(["ordinal_dmy", "long", "dmy_long"])),
        "signed_by": d.pick(
            ["Education Committee", "Show Education Office", "Conference Registrar"]
        ),
        "signer": d.person(),
        "signer_role": d.pick(["Education Chair", "Conference Director", "Registrar"]),
        "hours": hours,
    }
