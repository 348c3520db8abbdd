"""A diploma on a coloured mat: two thin white rules around a white panel, a
long heading in script that carries the provider's name, the holder's name
set in script on an underline, "has earned" over the credit, "while
completing the training course entitled" over the title, and a footer with
the provider over a signature line and the signer, and "Date Completed" over
a line with the date written in by hand, sometimes in words."""

SOURCE = "radetzky-dev/fullstakdev_backend_nov2022:student/resources/views/pdf/diploma.blade.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "ornate",
    "script-name",
    "landscape",
    "distractor-person",
    "date-words",
    "handwriting",
)

TEMPLATE = """<style>
.mat { position:absolute; inset:0; background:${mat}; }
.b1 { position:absolute; inset:28px; border:2px solid #fff }
.b2 { position:absolute; inset:56px; border:2px solid #fff }
.pn { position:absolute; inset:66px; background:#fff; border:1px solid #e1e5f0; text-align:center; color:#333;
  font-family:${sans} }
h2 { font: 38px ${scr}; margin:46px 40px 0; color:${ink}; font-weight:normal; line-height:46px }
.blk { width:66%; margin:64px auto 0 }
.ul { border-bottom:1px solid #777; padding:4px 5px 6px }
.nm { font: 40px ${scr}; color:#222; line-height:48px }
.cur { font: 22px ${scr}; display:block; margin-top:14px }
.cr { font: bold 15px ${sans}; display:block; margin-top:2px }
.tt { font: bold 18px ${sans}; display:block }
.ft { position:absolute; left:8%; right:8%; bottom:34px; display:flex; justify-content:space-between; font-size:12px }
.ft > div { width:36% } .ft .lbl { font: 14px ${sans}; display:block }
.ft .sp { display:block; height:40px; border-bottom:1px solid #777; margin-bottom:4px; position:relative }
.ft .sp i { position:absolute; left:0; right:0; bottom:3px; font: normal 24px ${hnd}; color:#1b2a6b }
.ft b { display:block; line-height:15px }
.ft .seal { width:96px; height:96px; border-radius:50%; background:${mat}; border:4px double #fff;
  box-shadow:0 0 0 3px ${mat}; align-self:center }
</style>
<div class="mat"></div><div class="b1"></div><div class="b2"></div>
<div class="pn">
 <h2>${heading}</h2>
 <div class="blk">
  <div class="ul"><span class="nm">${name}</span></div>
  <span class="cur">${earned}</span>
  <span class="cr">${hours}</span>
  <span class="cur">${while_text}</span>
  <div class="ul"><span class="tt">${title}</span></div>
 </div>
 <div class="ft">
  <div><span class="lbl">${org_label}</span><span class="sp"><i>${signer}</i></span><b>${signer}, ${role}</b></div>
  <div class="seal"></div>
  <div><span class="lbl">Date Completed</span><span class="sp"><i>${date}</i></span><b>${id_label} ${id_value}</b></div>
 </div>
</div>
"""


def fill(d):
    org = d.provider()
    heading = d.pick(
        [
            f"{org} Certificate of Completion",
            f"{org} · Certificate of Training",
        ]
    )
    # faces the machine may lack fall back to a script face, not to serif
    script_fallback = ", 'Z003', 'Dancing Script', cursive"
    return {
        "scr": d.fonts["script"].replace(", cursive", script_fallback),
        "hnd": d.fonts["hand"].replace(", cursive", script_fallback),
        "mat": d.pick(["#618597", "#5b7f6e", "#7a6a8c", "#8a6f4e", "#4f6d8a"]),
        "ink": d.pick(["#222", "#1f3a5f", "#3d2b1f"]),
        "heading": heading,
        "name": d.name("plain"),
        "earned": d.pick(["has earned", "has been awarded"]),
        "hours": d.hours(d.pick(["words_cec", "cec_hours", "iicrc_cec", "ceu_and_cec"])),
        "while_text": d.pick(
            [
                "while completing the training course entitled",
                "upon completion of the course of instruction entitled",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "org_label": d.pick(["Training Director", "Authorized Signature", "Instructor"]),
        "signer": d.person(),
        "role": d.role(),
        "date": d.date(d.pick(["words", "words", "long", "us_numeric", "ordinal"])),
        "id_label": d.pick(["Registrant ID (last 4):", "Student No.:", "Tech ID:"]),
        "id_value": str(d.rng.randrange(1000, 9999)),
    }
