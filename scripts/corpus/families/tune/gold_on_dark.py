"""A whole certificate in gold type on charcoal inside a gold border: the
heading in a header cell, the centred statement, and two signature cells
side by side under gold rules."""

SOURCE = "xUDAYx/RDFTeamWorkspace:sample_ui/sampleUI.php"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = ("dark-band", "table", "landscape", "distractor-person", "sentence")

TEMPLATE = """<style>
table { position:absolute; inset:34px; width:calc(100% - 68px); height:calc(100% - 68px); border:10px solid ${gold};
  border-collapse:collapse; text-align:center; background:#4b4b4b; color:${gold_text}; font-family:${face} }
.h td { padding:20px; border-bottom:5px solid ${gold} } h1 { margin:0; font-size:40px }
.s td { padding:20px; border-top:5px solid ${gold} } .s hr { width:60%; border:1px solid ${gold_text} }
p { font-size:20px } h2 { font-size:35px; margin:16px 0 } h3 { font-size:28px; margin:14px 30px }
</style>
<table>
 <tr class="h"><td colspan="2"><h1>${heading}</h1></td></tr>
 <tr><td colspan="2"><p>This is to certify that</p><h2>${name}</h2><p>has successfully completed the</p>
  <h3>${title}</h3><p>${on}</p><p style="font-size:16px">${hours}</p></td></tr>
 <tr class="s"><td><hr><p style="font-size:17px">${signer1}</p><p style="font-size:14px">${role1}</p></td>
  <td><hr><p style="font-size:17px">${signer2}</p><p style="font-size:14px">${org}</p></td></tr>
</table>
"""


def fill(d):
    return {
        "gold": d.pick(["gold", "#c9a227", "#b8963e"]),
        "gold_text": d.pick(["#f5dc78", "#f0d58c", "#ffffff"]),
        "face": d.fonts[d.pick(["sans", "serif"])],
        "heading": d.pick(["Certificate of Achievement", "Certificate of Completion"]),
        "name": d.name(),
        "title": d.title(d.pick(["plain", "with_code"])),
        "on": "on " + d.date(d.pick(["long", "ordinal", "weekday"])),
        "hours": d.hours(d.pick(["cec_hours", "iicrc_cec", "hours_title"])),
        "signer1": d.person(),
        "role1": d.role(),
        "signer2": d.person(),
        "org": d.provider(),
    }
