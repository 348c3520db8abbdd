"""A boxed "Statement of Credit": an "Issued to:" block with the address, the
provider certifying in a running sentence, the activity title, then the
credit statement, as online CE providers email them."""

SOURCE = "realcme/newmigration:certifications2/certificate-ceconcepts-ancc.tpl.php"
KIND = "course"
PAPER = "letter-portrait"
CATEGORIES = ("labelled", "sentence", "table", "portrait", "address")

TEMPLATE = """<style>
.box { position:absolute; left:70px; right:70px; top:80px; border:1px solid #000; padding:4px }
.box2 { border:2px solid #000; padding:4px } .box3 { border:1px solid #000; padding:18px 24px; font-family:${face}; font-size:14px }
.c { text-align:center; margin:14px 0 } .t { font-size:27px }
.issued { font-size:12px } .issued i { display:block }
.fine { font-size:9px; color:#333; margin-top:26px; line-height:12px }
</style>
<div class="box"><div class="box2"><div class="box3">
 <div class="c t">${heading}</div>
 <div class="issued"><i>Issued to:</i>${name}<br>${street}<br>${town}</div>
 <div class="c"><i>${org} certifies that</i></div>
 <div class="c"><b style="font-size:19px">${name}</b></div>
 <div class="c">${participated}</div>
 <div class="c"><b>${title}</b></div>
 <div class="c">${date_label} ${date}</div>
 <div class="c">${credit}</div>
 <table style="width:100%;margin-top:30px;font-size:12px"><tr>
  <td>${signer}<br>${role}</td><td style="text-align:right">Activity ID: ${approval}<br>Release date: ${release}</td>
 </tr></table>
 <div class="fine">${fine}</div>
</div></div></div>
"""
PARTICIPATED = [
    "has participated in the enduring material educational activity titled:",
    "has participated in the live educational activity titled:",
    "has completed the online continuing education activity titled:",
]


def fill(d):
    street, town = d.address()
    name = d.name("plain")
    org = d.provider()
    hours = d.hours_number()
    return {
        "face": d.pick(["Arial, sans-serif", d.fonts["serif"]]),
        "heading": d.pick(["Statement of Credit", "Statement of Continuing Education Credit"]),
        "name": name,
        "street": street,
        "town": town,
        "org": org,
        "participated": d.pick(PARTICIPATED),
        "title": d.title(),
        "date_label": d.pick(["Date of completion:", "Completed on", "Date Completed:"]),
        "date": d.date(),
        "credit": d.pick(
            [
                f"and is awarded {hours} contact hour(s) of continuing education credit.",
                f"This activity has been approved for {hours} IICRC CEC hour(s).",
            ]
        ),
        "signer": d.person(),
        "role": d.role(),
        "approval": d.approval(),
        "release": d.other_date("registered"),
        "fine": f"{org} is an approved continuing education provider. Participants should claim "
        "only the credit commensurate with the extent of their participation in the activity. "
        f"Questions: {d.phone()}.",
    }
