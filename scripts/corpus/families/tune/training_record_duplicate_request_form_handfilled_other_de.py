"""A school's request form for a duplicate certificate or a verification
of past training, portrait, filled in by hand: the requester's name in
handwriting, address, the course attended, roughly when, the instructor,
the hours as remembered, reason check boxes, the fee, a signature, and an
"office use only" box left blank. It is a request, not a record of credit."""

SOURCE = (
    "https://www.dochub.com/fillable-form/471214-official-transcript-request-form (personal "
    "details, record details, recipient, signature and date); wording: training schools' "
    "duplicate certificate request forms"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "other",
    "labelled",
    "handwriting",
    "script-name",
    "portrait",
    "provider-in-logo",
    "tiny-footer",
)

TEMPLATE = """<style>
.w { position:absolute; inset:44px 56px 40px; font: 12px ${sans}; color:#111 }
.hd { display:flex; align-items:center; gap:12px; border-bottom:3px solid ${accent}; padding-bottom:8px }
.hd .lg { width:50px; height:50px; border-radius:50%; background:${accent}; color:#fff; font: bold 17px ${head};
  display:flex; align-items:center; justify-content:center }
.hd b { font: bold 19px ${head}; display:block; color:#222 } .hd small { font-size:10.5px; color:#555 }
h1 { font: bold 17px ${sans}; margin:14px 0 2px; text-transform:uppercase; letter-spacing:1px }
.sub { font-size:10.5px; color:#555; margin-bottom:10px }
.sec { font: bold 10.5px ${sans}; background:#222; color:#fff; padding:3px 8px; margin:12px 0 4px; letter-spacing:1px }
.ln { display:flex; align-items:flex-end; gap:8px; height:42px }
.ln label { flex:none; font-size:10px; text-transform:uppercase; letter-spacing:.4px; color:#333; padding-bottom:4px }
.ln .v { flex:1; border-bottom:1px solid #333; font: ${hs}px ${hand}; color:${ink}; padding-left:6px; line-height:28px; white-space:nowrap }
.cb { font-size:12px; line-height:24px } .cb span { margin-right:18px; white-space:nowrap }
.bx { display:inline-block; width:12px; height:12px; border:1px solid #222; margin-right:5px; vertical-align:-2px;
  font: bold 16px ${hand}; color:${ink}; line-height:10px; text-align:center }
.off { margin-top:16px; border:1.5px solid #555; padding:8px 10px; font-size:10.5px; color:#444; line-height:22px; background:#f6f6f6 }
.fn { position:absolute; left:0; right:0; bottom:0; font-size:8.5px; color:#666; text-align:center }
</style>
<div class="w">
 <div class="hd"><div class="lg">${initials}</div><div><b>${org}</b><small>${street}, ${town} · ${phone}</small></div></div>
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <div class="sec">1. STUDENT</div>
 <div class="ln"><label>Full name</label><div class="v">${name}</div></div>
 <div class="ln"><label>Mailing address</label><div class="v">${to_street}, ${to_town}</div></div>
 <div class="ln"><label>Phone</label><div class="v">${my_phone}</div><label>IICRC no. (if any)</label><div class="v">${cert}</div></div>
 <div class="sec">2. COURSE ATTENDED</div>
 <div class="ln"><label>Course</label><div class="v">${title}</div></div>
 <div class="ln"><label>Approx. date</label><div class="v">${date}</div><label>City</label><div class="v">${city}</div></div>
 <div class="ln"><label>Instructor (if known)</label><div class="v">${instructor}</div><label>Hours</label><div class="v" style="flex:.35">${hours}</div></div>
 <div class="sec">3. REQUEST</div>
 <div class="cb"><span><i class="bx">${x1}</i>Duplicate certificate</span><span><i class="bx">${x2}</i>Wallet card</span>
  <span><i class="bx">${x3}</i>Letter verifying attendance</span><span><i class="bx">${x4}</i>Send to employer</span></div>
 <div class="ln"><label>Fee enclosed</label><div class="v" style="flex:.3">${fee}</div><label>Signature</label><div class="v">${sig}</div><label>Date</label><div class="v" style="flex:.5">${signed}</div></div>
 <div class="sec">4. SEND TO (IF NOT THE STUDENT)</div>
 <div class="ln"><label>Name / company</label><div class="v">${send_to}</div></div>
 <div class="ln"><label>Address or e-mail</label><div class="v">${send_addr}</div></div>
 <div class="ln"><label>Notes</label><div class="v">${notes}</div></div>
 <div class="off">OFFICE USE ONLY — Roster checked: ______ &nbsp; Class no.: __________ &nbsp; Record found: Y / N &nbsp; Sent: ___/___/_____ &nbsp; By: ______</div>
 <div class="fn">${fine}</div>
</div>
"""


def fill(d):
    org = d.provider()
    words = [w for w in org.replace(",", " ").replace("&", " ").split() if w[:1].isupper()]
    street, town = d.address()
    to_street, to_town = d.address()
    pick = d.rng.randrange(4)
    marks = ["✓" if i == pick else "" for i in range(4)]
    if pick == 3:
        marks[2] = "✓"
    title = d.title("plain")
    send = d.pick(
        [
            ("", ""),
            ("", ""),
            ("Dry-Rite Restoration - HR", "hr@dryrite-restoration.com"),
            ("ServiceMaster Restore", "office@smrestore.com"),
        ]
    )
    return {
        "head": d.fonts[d.pick(["sans", "display", "serif"])],
        "hs": 18 if len(title) > 40 else 20,
        "ink": d.pick(["#1a2a80", "#222", "#0d3b66"]),
        "initials": "".join(w[0] for w in words[:3]),
        "org": org,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "heading": d.pick(
            [
                "Request for Duplicate Certificate",
                "Training Record Request",
                "Request for Verification of Training",
            ]
        ),
        "sub": "Please print clearly. Allow 10 business days. Requests without the fee are returned.",
        "name": d.name("plain"),
        "to_street": to_street,
        "to_town": to_town,
        "my_phone": d.phone(),
        "cert": f"{d.rng.randrange(10000, 999999)}" if d.chance(0.6) else "—",
        "title": title,
        "date": d.date(d.pick(["us_short", "short_month", "us_numeric"])),
        "city": d.city(),
        "instructor": d.person() if d.chance(0.7) else "not sure",
        "hours": d.hours_number(),
        "x1": marks[0],
        "x2": marks[1],
        "x3": marks[2],
        "x4": marks[3],
        "send_to": send[0],
        "send_addr": send[1],
        "notes": d.pick(
            ["", "Lost my card in a move", "Need for renewal", "Name changed since class"]
        ),
        "fee": f"${d.pick([15, 20, 25])}",
        "sig": f"{d.first.split()[0]} {d.last}",
        "signed": d.other_date("print", "us_short"),
        "fine": "Class rosters are kept for seven years from the last day of class. Form DR-1.",
    }
