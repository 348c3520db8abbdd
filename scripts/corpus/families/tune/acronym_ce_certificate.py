"""The issuer's acronym very large, "Continuing Education Certificate" under
it, "This is to certify that", the name with a credential, "completed the
continuing education program entitled", the title, and a small table that
gives the credit both in CEUs and in hours."""

SOURCE = "realcme/newmigration:certifications/certificate-crt-npwh.tpl.php"
KIND = "course"
PAPER = "letter-portrait"
CATEGORIES = ("portrait", "sentence", "table", "labelled", "provider-in-logo", "distractor-date")

TEMPLATE = """<style>
.w { position:absolute; left:108px; right:108px; top:90px; text-align:center; font: 16px ${face} }
.ac { font-size:52px; font-weight:bold; letter-spacing:3px } .ce { font-size:30px; margin:6px 0 26px }
.p { padding-top:12px } .n { font-size:19px; font-weight:bold; padding-top:16px } .t { font-size:18px; font-style:italic; padding-top:10px }
table { width:100%; margin-top:34px; border-collapse:collapse; font-size:14px; text-align:left }
td { border:1px solid #777; padding:6px 8px } .org { margin-top:30px; font-size:13px }
</style>
<div class="w">
 <div class="ac">${acronym}</div>
 <div class="ce">Continuing Education Certificate</div>
 <div class="p">This is to certify that</div>
 <div class="n">${name}</div>
 <div class="p">completed the continuing education program entitled</div>
 <div class="t">${title}</div>
 <table><tr><td>Date of Participation</td><td>${date}</td></tr>
  <tr><td>Credit Awarded</td><td>${ceu}</td></tr>
  <tr><td>Approval</td><td>${approval_line}</td></tr>
  <tr><td>Certificate Expires</td><td>${expiry}</td></tr></table>
 <div class="org">${org}<br>${street} · ${town}</div>
</div>
"""


def fill(d):
    org = d.provider()
    street, town = d.address()
    acronym = "".join(w[0] for w in org.replace("&", "").split() if w[0].isupper())[:5]
    credit = d.hours(d.pick(["ceu_and_cec", "contact_and_cec", "words_cec"]))
    approval = d.approval()
    return {
        "face": d.pick(["'Times New Roman', serif", d.fonts["serif"]]),
        "acronym": acronym,
        "name": d.name("plain") + d.pick(["", ", WRT", ", AMRT"]),
        "title": d.title(),
        "date": d.date(d.pick(["us_numeric", "long", "dd_mon_yyyy"])),
        "ceu": credit,
        "approval_line": f"IICRC CEC approval {approval}",
        "expiry": d.other_date("expiry", "us_numeric"),
        "org": org,
        "street": street,
        "town": town,
    }
