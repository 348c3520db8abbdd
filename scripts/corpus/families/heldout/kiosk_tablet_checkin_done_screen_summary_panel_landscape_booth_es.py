"""A printed screenshot of the self check-in tablet at the IICRC booth of a
trade show, the landscape tablet drawn in its dark bezel on a landscape
sheet. Inside: a dark top bar with the show's name and the station name,
a three-step progress line with the steps ticked, a large green tick and
the greeting with the technician's name on the left, and on the right a
white summary panel of label/value rows (activity, date, credit,
certification and badge numbers, a masked e-mail), two buttons and a
"this screen resets" countdown. The screenshot's own status line and the
printer's date sit outside the tablet."""

SOURCE = (
    "seascoot/BadgeEntry:application/views/home/kiosk/success.php (kiosk-mode success screen: "
    "station heading, event name, greeting with the attendee's name, auto-return to the start "
    "screen); wording: IICRC booth sign-in at trade shows "
    "(https://www.randrmagonline.com/articles/85420-iicrc-continuing-education)"
)
KIND = "booth"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "screenshot",
    "labelled",
    "dark-band",
    "provider-in-logo",
    "distractor-date",
)

TEMPLATE = """<style>
.pg { position:absolute; inset:0; background:#fff; font-family:${sans} }
.pr { position:absolute; left:40px; right:40px; top:16px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#555 }
.tab { position:absolute; left:50%; top:${tab_top}px; width:920px; height:660px; margin-left:-460px; background:#151515; border-radius:36px;
  padding:28px 36px }
.cam { position:absolute; left:14px; top:50%; width:8px; height:8px; margin-top:-4px; border-radius:50%; background:#333 }
.scr { position:relative; width:100%; height:100%; background:${screen_bg}; overflow:hidden; border-radius:6px; color:#1d2430 }
.sb { height:22px; display:flex; justify-content:space-between; align-items:center; padding:0 14px; font: bold 11px ${sans}; color:#eee;
  background:${dark} }
.top { height:58px; background:${dark}; color:#fff; display:flex; align-items:center; justify-content:space-between; padding:0 22px;
  border-top:1px solid rgba(255,255,255,.12) }
.top .ev { font: bold 19px ${lfont} } .top .st { font-size:12px; letter-spacing:1.5px; text-transform:uppercase; opacity:.85 }
.steps { display:flex; justify-content:center; gap:40px; margin:18px 0 0; font-size:12.5px; color:#5b6675 }
.steps span b { display:inline-block; width:22px; height:22px; border-radius:50%; background:${ok}; color:#fff; text-align:center;
  line-height:22px; margin-right:7px; font-size:12px }
.left { position:absolute; left:34px; top:150px; width:360px; text-align:center }
.tick { width:120px; height:120px; border-radius:50%; background:${ok}; margin:0 auto; position:relative }
.tick:after { content:""; position:absolute; left:38px; top:26px; width:30px; height:56px; border:solid #fff; border-width:0 12px 12px 0;
  transform:rotate(45deg) }
.hi { font: bold 27px ${sans}; margin-top:22px; color:#111 }
.nm { font: ${nm_px}px ${nmfont}; margin-top:6px; color:${dark}; line-height:1.2 }
.msg { font-size:14px; color:#4a5563; margin-top:12px; line-height:20px }
.panel { position:absolute; right:30px; top:140px; width:400px; background:#fff; border-radius:14px; box-shadow:0 2px 10px rgba(0,0,0,.12);
  padding:16px 22px 10px }
.panel h3 { margin:0 0 8px; font: bold 13px ${sans}; letter-spacing:1.3px; text-transform:uppercase; color:#5b6675 }
.row { display:flex; justify-content:space-between; gap:14px; padding:8px 0; border-top:1px solid #eceff3; font-size:14.5px }
.row span:first-child { color:#6b7280; white-space:nowrap } .row span:last-child { text-align:right; font-weight:600 }
.btns { position:absolute; left:34px; right:30px; bottom:46px; display:flex; justify-content:flex-end; gap:14px }
.btns div { padding:13px 26px; border-radius:10px; font: bold 15px ${sans}; border:2px solid ${dark}; color:${dark}; background:#fff }
.btns div.p { background:${dark}; color:#fff }
.reset { position:absolute; left:34px; bottom:58px; font-size:12.5px; color:#6b7280 }
.pf { position:absolute; left:40px; right:40px; bottom:16px; display:flex; justify-content:space-between; font: 10px ${sans}; color:#555 }
</style>
<div class="pg">
 <div class="pr"><span>${printed}</span><span>${file_name}</span></div>
 <div class="tab"><div class="cam"></div>
  <div class="scr">
   <div class="sb"><span>${clock}</span><span>${battery}</span></div>
   <div class="top"><span class="ev">${event}</span><span class="st">${station}</span></div>
   <div class="steps"><span><b>✓</b>${step1}</span><span><b>✓</b>${step2}</span><span><b>✓</b>${step3}</span></div>
   <div class="left"><div class="tick"></div><div class="hi">${greeting}</div><div class="nm">${name}</div><div class="msg">${message}</div></div>
   <div class="panel"><h3>${panel_title}</h3>
    <div class="row"><span>${activity_label}</span><span>${activity}</span></div>
    <div class="row"><span>Date</span><span>${date}</span></div>
    <div class="row"><span>${credit_label}</span><span>${hours}</span></div>
    <div class="row"><span>${cert_label}</span><span>${cert}</span></div>
    <div class="row"><span>Badge</span><span>${badge}</span></div>
    <div class="row"><span>${mail_label}</span><span>${email}</span></div>
   </div>
   <div class="reset">${reset}</div>
   <div class="btns"><div>${btn1}</div><div class="p">${btn2}</div></div>
  </div>
 </div>
 <div class="pf"><span>${foot_left}</span><span>1 of 1</span></div>
</div>
"""


def _full_script(d) -> str:
    """The drawn script face, unless it lacks most letters (then a full one)."""
    face = d.fonts["script"]
    return face if "TypoScript" not in face else "'Dancing Script', cursive"


def fill(d):
    r = d.rng
    name = d.name(d.pick(["plain", "plain", "upper"]))
    script = d.chance(0.3)
    letters = "".join(c for c in d.first.split()[0].lower() if c.isascii() and c.isalpha()) or "t"
    hour = r.randrange(9, 17)
    return {
        "printed": f"{d.other_date('issue', 'us_short')} {r.randrange(1, 12)}:{r.randrange(10, 59)} PM",
        "file_name": d.pick(
            [
                f"Screenshot_{r.randrange(1000, 9999)}.png",
                "booth check-in.png",
                "IMG_" + str(r.randrange(1000, 9999)),
            ]
        ),
        "tab_top": 70,
        "screen_bg": d.pick(["#f3f5f8", "#eef2f6", "#f6f6f3"]),
        "dark": d.pick(["#0f2c4c", "#1c1c28", "#123f36", "#3b1f4a", "#7a1f1f"]),
        "ok": d.pick(["#1e9e57", "#16a34a", "#2e8b57"]),
        "lfont": d.fonts[d.pick(["sans", "cond", "display"])],
        "clock": f"{(hour - 1) % 12 + 1}:{r.randrange(0, 60):02d}",
        "battery": f"Wi-Fi  {r.randrange(22, 99)}%",
        "event": d.provider(),
        "station": d.pick(["IICRC Booth · Kiosk 2", "Self Check-In", "Booth Sign-In Station"]),
        "step1": d.pick(["Scan badge", "Find your record"]),
        "step2": d.pick(["Confirm details", "Verify"]),
        "step3": "Done",
        "greeting": d.pick(["You're checked in!", "Thank you!", "All set!"]),
        "nm_px": 30 if script else 23,
        "nmfont": _full_script(d) if script else d.fonts["sans"],
        "name": name,
        "message": d.pick(
            [
                "Your booth registration has been recorded. A copy has been sent to your e-mail.",
                "We've added this visit to your certification record.",
                "Show this screen to booth staff if you would like a printed copy.",
            ]
        ),
        "panel_title": d.pick(["Summary", "Registration summary", "Your visit"]),
        "activity_label": d.pick(["Activity", "Registered for", "Type"]),
        "activity": d.set_title(
            d.pick(
                ["IICRC Booth Registration", "IICRC Booth Registration", "IICRC BOOTH REGISTRATION"]
            ),
            ["IICRC Booth Registration"],
        ),
        "date": d.date(d.pick(["short_month", "us_numeric", "long", "weekday"])),
        "credit_label": d.pick(["Credit", "CEC credit", "Earned"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hrs"])),
        "cert_label": d.pick(["Certification #", "IICRC ID", "Cert. no."]),
        "cert": d.number(),
        "badge": f"{r.randrange(100000, 999999)}",
        "mail_label": d.pick(["Receipt sent to", "E-mail"]),
        "email": f"{letters[0]}{'•' * 5}@{d.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}",
        "reset": f"This screen resets in {r.randrange(4, 15)} seconds",
        "btn1": d.pick(["Print receipt", "Email again"]),
        "btn2": d.pick(["Done", "Finish", "Next visitor"]),
        "foot_left": d.pick(["", "Printed from Photos", "booth visit — keep for records"]),
    }
