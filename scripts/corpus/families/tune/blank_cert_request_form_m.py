"""A still-blank form for requesting a duplicate or replacement certificate
from a training school: the school's monogram and name in the header, the
form title and revision, empty ruled fields for the student to fill in, a
checkbox row for delivery, a fee note and an office-use box. It prints a
course list and the school, but no one's details: it records no completion."""

SOURCE = (
    "jmitsou/ACE:cert_renew.php (certification renewal request page) and "
    "rtharayil/certify-me.github.io:_certificate-templates/continuing-education-credit-certificate-"
    "template.md (the fields a CE certificate carries)"
)
KIND = "other"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("other", "labelled", "portrait", "provider-in-logo")

TEMPLATE = """<style>
.w { position:absolute; inset:48px 58px; font: 13px ${sans}; color:#1a1a1a }
.hd { display:flex; align-items:center; gap:16px; border-bottom:3px double ${dark}; padding-bottom:10px }
.mk { width:64px; height:64px; border-radius:50%; border:3px solid ${dark}; color:${dark}; display:flex; align-items:center; justify-content:center; font: bold 20px ${display} }
.on { font: bold 19px ${display}; color:${dark} } .oa { font-size:11px; color:#555 }
.fn { margin-left:auto; text-align:right; font-size:10px; color:#555 }
h1 { font: bold 20px ${sans}; text-align:center; margin:18px 0 4px; letter-spacing:1px }
.sub { text-align:center; font-size:11.5px; color:#444; margin-bottom:14px }
.sec { background:${light}; border-left:4px solid ${dark}; font: bold 11.5px ${sans}; padding:4px 8px; margin:14px 0 6px; letter-spacing:0.5px }
.f { display:flex; gap:18px; margin:9px 0 } .f div { flex:1; font-size:11px; color:#444; border-bottom:1px solid #777; height:26px; padding-top:12px }
.ck { margin:6px 0; font-size:12px } .ck span { display:inline-block; width:11px; height:11px; border:1px solid #333; margin:0 5px -1px 14px }
.cl { columns:2; font-size:11.5px; line-height:18px; margin:4px 0 } .cl span { display:inline-block; width:11px; height:11px; border:1px solid #333; margin:0 6px -1px 0 }
.note { font-size:10.5px; color:#333; line-height:14px; margin-top:10px }
.off { margin-top:14px; border:1px dashed #888; padding:6px 10px; font-size:10.5px; color:#555; display:flex; gap:30px }
</style>
<div class="w">
 <div class="hd"><div class="mk">${mark}</div><div><div class="on">${school}</div><div class="oa">${street} · ${town} · ${phone}</div></div>
  <div class="fn">Form ${form_no}<br>Rev. ${rev}</div></div>
 <h1>${heading}</h1>
 <div class="sub">${sub}</div>
 <div class="sec">1. STUDENT INFORMATION</div>
 <div class="f"><div>Full name (as it should appear)</div><div>IICRC registrant no.</div></div>
 <div class="f"><div>Mailing address</div></div>
 <div class="f"><div>City / State / ZIP</div><div>Phone</div><div>E-mail</div></div>
 <div class="sec">2. CLASS ATTENDED</div>
 <div class="cl">${courses_html}</div>
 <div class="f"><div>Other (write in)</div><div>Approximate class date</div><div>Instructor</div></div>
 <div class="sec">3. DELIVERY</div>
 <div class="ck">Send by:<span></span>E-mail (PDF)<span></span>First-class mail<span></span>Pick up at office</div>
 <div class="f"><div>Signature of requester</div><div>Date</div></div>
 <div class="note">${fee_note}</div>
 <div class="off"><div>OFFICE USE ONLY</div><div>Rec'd: ________</div><div>Verified by: ________</div><div>Sent: ________</div></div>
</div>
"""


def fill(d):
    from corpus import values as V

    school, short = d.pick(V.SCHOOLS)
    short = short or school
    mark = "".join(w[0] for w in short.replace("&", "").split() if w[0].isupper())[:3]
    street, town = d.address()
    picks = d.rng.sample(V.IICRC_COURSES, 8)
    courses = "".join(f"<div><span></span>{c} ({k})</div>" for c, k in picks)
    return {
        "mark": mark,
        "school": school,
        "street": street,
        "town": town,
        "phone": d.phone(),
        "form_no": d.pick(["CR-1", "SR-04", "F-112", "ADM-7"]),
        "rev": d.pick(["01/2022", "03/2023", "08/2021", "11/2024"]),
        "heading": d.pick(
            [
                "REQUEST FOR DUPLICATE CERTIFICATE",
                "CERTIFICATE REPLACEMENT REQUEST",
                "Request for Copy of Completion Certificate",
            ]
        ),
        "sub": d.pick(
            [
                "Complete all sections and return by mail or e-mail. Allow 10 business days.",
                "Please print clearly. Incomplete requests will be returned.",
            ]
        ),
        "courses_html": courses,
        "fee_note": d.pick(
            [
                "A processing fee of $25 applies to each duplicate. Your class record must be on "
                "file with the school; CEC history is kept by IICRC and is not reissued here.",
                "There is no charge for the first copy requested within one year of the class. "
                "Later requests are $15 each, payable when the form is submitted.",
            ]
        ),
    }
