"""The address side of a postcard a training school mails after a class: a
vertical rule splits it; on the left the school's return block, then a
typed message with no labels (congratulations on finishing the class held
over a span of days, the credit reported, the wall certificate to follow)
and an instructor's signature with name and title; on the right a
printed postage indicia box, the student's mailing address, a mail
barcode, and the card's mailing code in small type."""

SOURCE = (
    "kangminsukdotcom/blog:content/postcard.md (postcard back with a message area beside the "
    "address side); wording of completion postcards mailed by CE providers and trade schools"
)
KIND = "course"
PAPER = "slip"
CATEGORIES = (
    "slip",
    "landscape",
    "sentence",
    "letter",
    "address",
    "date-range",
    "hours-in-sentence",
    "distractor-person",
)

TEMPLATE = """<style>
.pc { position:absolute; inset:0; background:${stock}; font-family:${tfont}; color:#222 }
.l { position:absolute; left:24px; top:20px; width:340px; bottom:18px }
.ret { font: 10px ${sans}; color:#444; line-height:13px }
.ret b { display:block; font: bold 12.5px ${sans}; color:${dark} }
.msg { margin-top:14px; font-size:12.5px; line-height:17px }
.msg p { margin:0 0 7px }
.sg { margin-top:4px; font: 22px ${script}; color:#1c2f5e; line-height:24px }
.sn { font: 10.5px ${sans}; color:#444 }
.rule { position:absolute; left:384px; top:28px; bottom:28px; border-left:1px solid #888 }
.ind { position:absolute; right:22px; top:20px; width:118px; border:1px solid #222; font: 8.5px ${sans}; text-align:center; padding:5px 4px; line-height:11px; text-transform:uppercase }
.to { position:absolute; left:410px; top:190px; right:24px; font: 13px ${afont}; line-height:18px; text-transform:uppercase }
.imb { margin-top:8px; height:13px; background:repeating-linear-gradient(90deg,#111 0 1.6px,transparent 1.6px 4px); width:190px }
.key { position:absolute; left:410px; top:168px; font: 9px ${mono}; color:#555 }
</style>
<div class="pc">
 <div class="l">
  <div class="ret"><b>${provider}</b>${street}<br>${town}</div>
  <div class="msg">
   <p>${greet}</p>
   <p>${p1} ${title} ${p2} ${date}. ${p3} ${hours} ${p4}</p>
   <p>${p5}</p>
  </div>
  <div class="sg">${signer}</div>
  <div class="sn">${signer}, ${role}</div>
 </div>
 <div class="rule"></div>
 <div class="ind">${ind1}<br>U.S. Postage<br>Paid<br>${ind2}<br>Permit No. ${permit}</div>
 <div class="key">${key}</div>
 <div class="to">${name}<br>${to_street}<br>${to_town}<div class="imb"></div></div>
</div>
"""


def fill(d):
    street, town = d.address()
    to_street, to_town = d.pick(
        [
            ("412 Cedar Hollow Rd", "Boise, ID 83704"),
            ("9 Quarry Ln Apt 3B", "Worcester, MA 01604"),
            ("2231 S Maple Ave", "Tulsa, OK 74114"),
            ("PO Box 118", "Belgrade, MT 59714"),
            ("70 Rue des Pins", "Laval, QC H7N 3K2"),
        ]
    )
    greet = d.pick([f"Dear {d.first},", f"Hello {d.first}!", f"{d.first} \u2014"])
    return {
        "stock": d.pick(["#fffdf7", "#ffffff", "#f8f5ee"]),
        "tfont": d.fonts[d.pick(["serif", "sans"])],
        "afont": d.fonts[d.pick(["sans", "mono"])],
        "provider": d.provider(),
        "street": street,
        "town": town,
        "greet": greet,
        "p1": d.pick(
            ["Congratulations on completing", "Thank you for attending", "Well done on finishing"]
        ),
        "title": d.title("plain"),
        "p2": d.pick(["with us", "at our training center", "in our classroom"]),
        "date": d.date_range(d.pick([1, 2])),
        "p3": d.pick(["We have reported your", "Your", "You earned"]),
        "hours": d.hours(d.pick(["cec_hours", "words_cec", "cecs"])),
        "p4": d.pick(
            [
                "to the certification body.",
                "have been submitted on your behalf.",
                "for this class.",
            ]
        ),
        "p5": d.pick(
            [
                "Your framed certificate and wallet card will follow in a separate envelope.",
                "Keep this card with your records until your certificate arrives.",
                "We hope to see you at our next advanced class.",
            ]
        ),
        "signer": d.person(),
        "role": d.role(),
        "ind1": d.pick(["Presorted", "First-Class Mail", "PRSRT STD"]),
        "ind2": d.city(),
        "permit": d.rng.randrange(100, 9999),
        "key": f"{d.pick(['*****AUTO**5-DIGIT', '***ECRLOT', '**SCH 3-DIGIT'])} {d.rng.randrange(10000, 99999)}",
        "name": d.name(d.pick(["plain", "upper"])),
        "to_street": to_street,
        "to_town": to_town,
    }
