"""An exhibit-hall credit voucher from a trade show's programme envelope, cut
like a store coupon: a thick dotted border with round corners, a dark top
strip with the show's name and its run of days in light type, a white body
with a heavy offer-style heading, a short paragraph on how the booth
registration earns credit, a striped two-column box (the activity, the
technician's name and registrant number, the credit), a signature rule, a
grey code chip and a red submit-by line; on the right a dashed tear-off
stub repeating the voucher code and credit, with the initials and name of
the booth staffer who validated it."""

SOURCE = (
    "kanishkgupta19/Hotelgrand:offer_family.php (dotted rounded coupon, grey header container, "
    "promo-code chip, red expiry line) and "
    "https://www.randrmagonline.com/articles/85420-iicrc-continuing-education (certificants sign "
    "in at the certification body's booth at a trade show or convention for CECs)"
)
KIND = "booth"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "landscape",
    "dark-band",
    "date-range",
    "labelled",
    "distractor-person",
    "distractor-date",
    "stub",
)

TEMPLATE = """<style>
.cp { position:absolute; left:18px; top:18px; right:18px; bottom:18px; border:5px dotted #b5b5b5; border-radius:15px;
  overflow:hidden; display:flex; font-family:${face}; background:#fff }
.main { flex:1; display:flex; flex-direction:column }
.top { background:${band}; color:#fff; padding:9px 16px 8px }
.top h3 { margin:0; font: bold 17px ${face}; letter-spacing:.3px }
.top div { font-size:11.5px; opacity:.92; margin-top:2px }
.body { padding:9px 16px 0; flex:1 }
h2 { margin:0 0 4px; font: bold italic 21px ${face}; color:#222 }
.p { font-size:10.5px; line-height:13.5px; color:#333; margin-bottom:7px }
table { border-collapse:collapse; width:100%; font-size:11.5px }
td { padding:4px 7px } tr:nth-child(odd) td { background:#f1f1f1 }
td.k { width:38%; color:#555; font-size:10px; text-transform:uppercase; letter-spacing:.3px }
.att { margin-top:12px; font-size:10px; color:#444; display:flex; align-items:flex-end; gap:8px }
.att span { flex:1; border-bottom:1px solid #777; height:16px }
.ft { background:#f1f1f1; padding:6px 16px 7px; font-size:11px }
.promo { background:#ccc; padding:2px 5px; font: bold 11.5px ${mono}; letter-spacing:.5px }
.exp { color:#c0392b; margin-top:3px; font-size:10.5px }
.stub { width:150px; border-left:2px dashed #999; padding:12px 11px; position:relative; background:#fafafa }
.stub .l { font-size:8.5px; text-transform:uppercase; letter-spacing:.6px; color:#777 }
.stub .v { font: bold 12px ${face}; color:#222; margin:1px 0 8px; word-wrap:break-word }
.stub .ck { font: bold 13px ${mono}; color:${band} }
.ini { display:inline-block; border:1.5px solid ${band}; border-radius:50%; width:34px; height:34px; text-align:center;
  line-height:31px; font: 15px ${hand}; color:#1b2f6b; margin:1px 0 3px }
.sn { font-size:9px; color:#444; line-height:11px }
</style>
<div class="cp">
 <div class="main">
  <div class="top"><h3>${event}</h3><div>${span_lead}${span} · ${venue}</div></div>
  <div class="body">
   <h2>${heading}</h2>
   <div class="p">${para}</div>
   <table>
    <tr><td class="k">${title_label}</td><td>${title}</td></tr>
    <tr><td class="k">${name_label}</td><td><b>${name}</b></td></tr>
    <tr><td class="k">${reg_label}</td><td>${reg}</td></tr>
    <tr><td class="k">${credit_label}</td><td>${hours}</td></tr>
   </table>
   <div class="att">${attest}<span></span></div>
  </div>
  <div class="ft">${code_label} <span class="promo">${code}</span><div class="exp">${submit_label} ${submit}</div></div>
 </div>
 <div class="stub">
  <div class="l">${stub_head}</div><div class="v ck">${code}</div>
  <div class="l">${credit_label}</div><div class="v">${hours}</div>
  <div class="l">${booth_label}</div><div class="v">${booth}</div>
  <div class="l">${staff_label}</div>
  <div class="ini">${initials}</div>
  <div class="sn">${staff}<br>${staff_role}</div>
 </div>
</div>
"""


def fill(d):
    r = d.rng
    staff = d.person()
    initials = "".join(p[0] for p in staff.replace(".", "").split() if p[0].isalpha())[:3]
    hours = d.hours(d.pick(["cecs", "cec_hours", "hours_title", "hrs"]))
    code = f"{d.pick(['EXH', 'BR', 'XH'])}-{r.randrange(100, 999)}-{r.choice('ABCDEFGHKMNPRTWX')}{r.randrange(10, 99)}"
    return {
        "band": d.pick(["#1f3a5f", "#2f2f2f", "#5b2333", "#0b3d2e", "#123c69"]),
        "face": d.fonts[d.pick(["sans", "sans", "cond"])],
        "event": d.provider(),
        "span_lead": d.pick(["", "Show dates: ", "Exhibit hall open "]),
        "span": d.date_range(d.pick([1, 2, 2])),
        "venue": d.venue(),
        "heading": d.pick(
            ["Exhibit Hall CEC Voucher", "Earn CECs on the Show Floor", "Booth Credit Voucher"]
        ),
        "para": d.pick(
            [
                "Bring this voucher and your badge to the certification booth. Staff will record "
                "your visit and post the credit to your registrant record after the show.",
                "Certified technicians who register at the certification booth during exhibit "
                "hours receive continuing education credit. One voucher per technician per show.",
                "Have your badge scanned and this voucher validated at the booth. Vouchers without "
                "a staff initial cannot be posted.",
            ]
        ),
        "title_label": d.pick(["Activity", "Credit for", "Program"]),
        "title": d.set_title(
            d.pick(
                [
                    "IICRC Booth Registration",
                    "IICRC Booth Registration (exhibit hall)",
                    "IICRC Booth Registration – Show Floor",
                ]
            ),
            ["IICRC Booth Registration"],
        ),
        "name_label": d.pick(["Technician", "Name", "Registrant"]),
        "name": d.name(d.pick(["plain", "upper", "last_first"])),
        "reg_label": d.pick(["Registrant #", "IICRC ID", "Cert. no."]),
        "reg": d.number(),
        "credit_label": d.pick(["Credit", "CECs earned", "Value"]),
        "hours": hours,
        "attest": d.pick(
            [
                "Technician signature",
                "I visited the booth during exhibit hours. Signed",
                "Signature of certificant",
            ]
        ),
        "code_label": d.pick(["Voucher code:", "Use code:", "Voucher no."]),
        "code": code,
        "submit_label": d.pick(["Submit by:", "Turn in before:", "Post no later than"]),
        "submit": d.other_date("issue", d.pick(["long", "short_month", "us_numeric"])),
        "stub_head": d.pick(["Attendee copy", "Keep this part", "Receipt"]),
        "booth_label": "Booth",
        "booth": f"{r.randrange(1, 9)}{r.randrange(0, 10)}{r.randrange(0, 10)}",
        "staff_label": d.pick(["Validated by", "Booth staff", "Checked in by"]),
        "initials": initials,
        "staff": staff,
        "staff_role": d.pick(["Booth staff", "Education Coordinator", "Registrar", "Volunteer"]),
    }
