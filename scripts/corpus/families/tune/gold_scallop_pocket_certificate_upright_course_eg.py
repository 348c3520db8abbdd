"""A pocket-sized certificate standing upright, the size of a wallet card: a
gold gradient frame with a fine grid of scallop lines and an inner white
field, small filigree marks in the corners, a tiny letter-spaced heading, a
short running sentence with the holder's name in a script face, the course
in bold serif, the credit and the day in a line under it, a signature line
with the signer and role, the school's name at the foot and a tiny card
number."""

SOURCE = "kakadp1/Novorbis-Final-Version:certificate_small.php"
KIND = "course"
PAPER = "card-portrait"
CATEGORIES = (
    "wallet",
    "portrait",
    "ornate",
    "script-name",
    "sentence",
    "miniature-certificate",
    "letter-spaced",
    "distractor-person",
    "tiny-footer",
)

TEMPLATE = """<style>
.gd { position:absolute; inset:0; padding:4px; background:linear-gradient(135deg, ${g1} 0%, ${g2} 50%, ${g3} 100%) }
.sc { height:100%; padding:3px; background:
  repeating-linear-gradient(0deg, transparent 0 2px, ${g3} 2px 3px),
  repeating-linear-gradient(90deg, transparent 0 2px, ${g3} 2px 3px) }
.in { position:relative; height:100%; background:#fffdf6; border:1px solid ${g3}; outline:1px solid ${g3}; outline-offset:-4px;
  padding:12px 10px 8px; text-align:center; color:#2b2410; display:flex; flex-direction:column; align-items:center }
.fl { position:absolute; font: 11px ${serif}; color:${g3}; line-height:11px }
.h { font: 600 6.5px ${sans}; letter-spacing:2.2px; color:${g3}; text-transform:uppercase }
.h2 { font: 18px ${display}; color:#3a2d0c; margin-top:1px; line-height:16px }
.t { font: italic 8.5px ${serif}; color:#555; margin-top:7px; line-height:10px }
.nm { font: 19px ${script}; color:${ink}; line-height:22px; margin-top:2px; border-bottom:1px solid ${g2}; padding:0 4px 1px; max-width:170px }
.ct { font: bold 10.5px ${serif}; line-height:13px; margin-top:4px; max-width:172px }
.cr { font: 8.5px ${sans}; margin-top:6px; color:#333; line-height:11px }
.seal { margin:auto 0 4px; width:34px; height:34px; border-radius:50%; background:radial-gradient(circle, ${g1} 0 40%, ${g2} 41% 100%); border:2px dotted ${g3}; flex:none }
.sig { width:120px; border-top:1px solid #777; font: 6.5px ${sans}; color:#444; padding-top:2px; line-height:8px }
.sig b { font: 10px ${script}; display:block; color:#223; position:relative; top:-2px }
.org { font: bold 7.5px ${serif}; color:#3a2d0c; margin-top:4px; line-height:9px; max-width:170px; text-transform:uppercase; letter-spacing:0.5px }
.no { font: 5.5px ${mono}; color:#777; margin-top:2px }
</style>
<div class="gd"><div class="sc"><div class="in">
 <span class="fl" style="left:4px;top:3px">&#10086;</span><span class="fl" style="right:4px;top:3px">&#10086;</span>
 <span class="fl" style="left:4px;bottom:3px">&#10086;</span><span class="fl" style="right:4px;bottom:3px">&#10086;</span>
 <div class="h">${kicker}</div>
 <div class="h2">${heading}</div>
 <div class="t">${lead}</div>
 <div class="nm">${name}</div>
 <div class="t">${verb}</div>
 <div class="ct">${title}</div>
 <div class="cr">${hours}<br>${on} ${date}</div>
 <div class="seal"></div>
 <div class="sig"><b>${signer}</b>${signer} &middot; ${role}</div>
 <div class="org">${org}</div>
 <div class="no">${no_label} ${number}</div>
</div></div></div>
"""


def fill(d):
    return {
        "g1": d.pick(["#f3d36b", "#e9cf86", "#f0d98c"]),
        "g2": d.pick(["#d4a93a", "#c99a2e", "#cfa448"]),
        "g3": d.pick(["#9a7418", "#8b6914", "#a07a22"]),
        "ink": d.pick(["#1d2a4a", "#2b1d0e", "#14324a"]),
        "kicker": d.pick(["Pocket Certificate", "Wallet Certificate", "Certificate"]),
        "heading": d.pick(["of Completion", "of Achievement", "of Training"]),
        "lead": d.pick(["This is to certify that", "Be it known that", "This certifies that"]),
        "name": d.name("plain"),
        "verb": d.pick(
            ["has satisfactorily completed", "has successfully completed", "completed the course"]
        ),
        "title": d.title(d.pick(["plain", "plain", "with_code"])),
        "hours": d.hours(d.pick(["cec_hours", "cecs", "iicrc_cec", "hours_title"])),
        "on": d.pick(["on", "Completed", "Dated"]),
        "date": d.date(d.pick(["long", "short_month", "ordinal", "us_numeric"])),
        "signer": d.person(),
        "role": d.role(),
        "org": d.provider(),
        "no_label": d.pick(["No.", "Card #", "Cert. No."]),
        "number": d.number(),
    }
