"""A landscape award where every line of the middle is set in one flowing
script face: a large heading, a smaller coloured line, the holder's name and
the course below it. A patterned frame fills the margins. Under the middle
three blocks sit on one baseline: a signature over the school's printed name
and the signer's role at left, a round medal in the middle, and the date over
a rule with a small "Date" caption at right. Hours are printed only in a
small line under the medal."""

SOURCE = "NikkoOrbasido/certificates:6/pdf.blade.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "script-name",
    "ornate",
    "landscape",
    "seal",
    "distractor-person",
    "sentence",
)

TEMPLATE = """<style>
.pat { position:absolute; inset:0;
  background: repeating-linear-gradient(45deg, ${accent} 0 2px, transparent 2px 14px),
              repeating-linear-gradient(-45deg, ${dark} 0 2px, transparent 2px 14px), ${light} }
.pane { position:absolute; inset:46px; background:#fff; border:3px solid ${dark};
  box-shadow: inset 0 0 0 6px #fff, inset 0 0 0 8px ${accent} }
.mid { position:absolute; left:60px; right:60px; top:${top}px; text-align:center; font-family:${flow} }
.h1 { font-size:74px; color:${dark}; font-weight:bold; line-height:86px }
.h2 { font-size:36px; color:${accent}; line-height:44px }
.nm { font-size:54px; color:#111; font-weight:bold; line-height:70px; margin-top:8px }
.lead { font-size:30px; color:${accent}; line-height:38px }
.ct { font-size:38px; color:${dark}; line-height:46px; padding:0 30px }
.row { position:absolute; left:70px; right:70px; bottom:40px; display:flex; align-items:flex-end; justify-content:space-between }
.blk { width:34%; text-align:center; font-family:${sans} }
.blk .ln { border-bottom:1px solid #000; padding-bottom:2px }
.sig { font:30px ${flow}; line-height:36px } .pv { font-size:16px }
.cap { font-size:15px; font-weight:bold; margin-top:3px }
.dt { font-size:18px; padding-top:10px }
.medal { width:118px; text-align:center; font:11px ${sans}; color:#333 }
.medal .m { width:96px; height:96px; margin:0 auto 6px; border-radius:50%; background:radial-gradient(circle, ${accent} 0 52%, #fff 53% 58%, ${accent} 59% 100%);
  color:#fff; font:bold 10.5px ${serif}; display:flex; align-items:center; justify-content:center; text-align:center; line-height:15px }
</style>
<div class="pat"></div>
<div class="pane">
 <div class="mid">
  <div class="h1">${heading}</div>
  <div class="h2">${subheading}</div>
  <div class="nm">${name}</div>
  <div class="lead">${lead}</div>
  <div class="ct">${title}</div>
 </div>
 <div class="row">
  <div class="blk"><div class="ln"><div class="sig">${signer}</div><div class="pv">${org}</div></div><div class="cap">${role}</div></div>
  <div class="medal"><div class="m">${medal_html}</div>${hours}</div>
  <div class="blk"><div class="ln dt">${date}</div><div class="cap">Date</div></div>
 </div>
</div>
"""


def fill(d):
    return {
        # a script face the renderer has, so the name really is in script
        "flow": d.pick(["'Z003', cursive", "'Dancing Script', cursive"]),
        "top": d.pick([80, 96, 110]),
        "heading": d.pick(["Certificate", "Certificate of Completion", "Award of Completion"]),
        "subheading": d.pick(
            ["This is proudly presented to", "is hereby awarded to", "presented with honour to"]
        ),
        "name": d.name(d.pick(["plain", "plain", "honorific"])),
        "lead": d.pick(
            [
                "for successfully completing the course",
                "who has completed the requirements of",
                "for the completion of",
            ]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "signer": d.person(),
        "org": d.provider(),
        "role": d.pick(["Director of Training", "Lead Instructor", "School Director", d.role()]),
        "medal_html": d.pick(["APPROVED<br>COURSE", "IICRC<br>APPROVED", "CERTIFIED"]),
        "hours": d.hours(d.pick(["cecs", "cec_hours", "hours_title", "iicrc_cec"])),
        "date": d.date(d.pick(["long", "ordinal", "dmy_long", "us_numeric", "short_month"])),
    }
