"""A portrait certificate in a gold frame: a gradient outer border, a hatched
band, thin inner gold lines and filigree corners; inside, the school's name in
small capitals, "Certificate of Completion" in a display face, the holder's
name, and a formal sentence giving the course, its credit and the date written
out in words ("this fourteenth day of ..."), with two signature lines."""

SOURCE = "kakadp1/Novorbis-Final-Version:certificate_small.php"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = (
    "ornate",
    "portrait",
    "sentence",
    "date-words",
    "distractor-person",
    "provider-in-logo",
)

TEMPLATE = """<style>
.o { position:absolute; inset:18px; background:linear-gradient(135deg,#ffd700,#ffa500 50%,#daa520); padding:8px }
.h { height:100%; background:repeating-linear-gradient(0deg,transparent 0 3px,#daa520 3px 5px),repeating-linear-gradient(90deg,transparent 0 3px,#daa520 3px 5px); padding:6px }
.i { height:100%; background:#fff; border:2px solid #daa520; box-shadow: inset 0 0 0 6px #fff, inset 0 0 0 7px #b8860b; position:relative }
.cor { position:absolute; width:70px; height:70px; border:3px solid #b8860b; border-radius:0 0 70px 0 }
.c1 { top:16px; left:16px; border-top:0; border-left:0 } .c2 { top:16px; right:16px; border-top:0; border-right:0; border-radius:0 0 0 70px }
.c3 { bottom:16px; left:16px; border-bottom:0; border-left:0; border-radius:0 70px 0 0 } .c4 { bottom:16px; right:16px; border-bottom:0; border-right:0; border-radius:70px 0 0 0 }
.w { position:absolute; left:70px; right:70px; top:190px; text-align:center; font-family:${serif}; color:#2b2110 }
.org { font: 16px ${serif}; letter-spacing:4px; text-transform:uppercase; color:#7a5a12 }
h1 { font: 44px ${display}; margin:36px 0 0; font-weight:normal; line-height:54px }
.k { font-style:italic; font-size:19px; margin-top:70px }
.nm { font: bold 36px ${serif}; margin-top:18px; line-height:44px }
.s { font-size:18px; line-height:32px; margin-top:40px }
.sg { position:absolute; left:90px; right:90px; bottom:110px; display:flex; justify-content:space-between; font: 13px ${sans} }
.sg div { width:42%; border-top:1px solid #555; padding-top:4px; text-align:center }
</style>
<div class="o"><div class="h"><div class="i">
 <span class="cor c1"></span><span class="cor c2"></span><span class="cor c3"></span><span class="cor c4"></span>
 <div class="w">
  <div class="org">${org}</div>
  <h1>${heading}</h1>
  <div class="k">${know}</div>
  <div class="nm">${name}</div>
  <div class="s">${sentence}</div>
 </div>
 <div class="sg"><div>${signer1}<br>${role1}</div><div>${signer2}<br>${role2}</div></div>
</div></div></div>
"""


def fill(d):
    org = d.provider()
    title = d.title("plain")
    hours = d.hours(d.pick(["words", "words_cec", "cec_hours"]))
    date = d.date("words")
    return {
        "org": org,
        "heading": d.pick(["Certificate of Completion", "Certificate of Attainment"]),
        "know": d.pick(
            ["Be it known that", "This is to certify that", "Know all by these presents that"]
        ),
        "name": d.name(d.pick(["plain", "upper", "honorific"])),
        "sentence": d.pick(
            [
                f"has satisfactorily completed the course of instruction in {title}, "
                f"for which {hours} are awarded, given on {date}.",
                f"having fulfilled the requirements of {title} is granted {hours}. Done on {date}.",
            ]
        ),
        "signer1": d.person(),
        "role1": d.role(),
        "signer2": d.person(),
        "role2": d.role(),
    }
