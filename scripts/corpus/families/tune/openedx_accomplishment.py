"""A web certificate printed to paper: a bordered panel with small corner
brackets, the certificate type as a small label at the top, the learner's name
in large type running straight into the statement and the course as
"ORG CODE: Title", two signatories side by side, then a grey band below the
panel, "More about this certificate", with "Awarded to", the certificate ID
and the date issued as labelled cells."""

SOURCE = "openedx/edx-platform:lms/templates/certificates/_accomplishment-rendering.html"
KIND = "course"
PAPER = ["letter-portrait", "a4-portrait"]
CATEGORIES = ("sentence", "labelled", "distractor-person", "ornate", "portrait")

TEMPLATE = """<style>
.w { position:absolute; inset:46px 48px; font-family:${sans}; color:#313131 }
.panel { position:relative; border:1px solid #c8c8c8; padding:70px 50px 60px; background:#fdfdfc }
.cn { position:absolute; width:26px; height:26px; border:3px solid ${accent} }
.tl { top:8px; left:8px; border-right:0; border-bottom:0 } .tr { top:8px; right:8px; border-left:0; border-bottom:0 }
.bl { bottom:8px; left:8px; border-right:0; border-top:0 } .br { bottom:8px; right:8px; border-left:0; border-top:0 }
.type { font-size:13px; letter-spacing:2px; text-transform:uppercase; color:${accent}; font-weight:bold }
.type i { display:inline-block; width:18px; height:18px; border-radius:50%; background:${accent}; vertical-align:middle; margin-right:8px }
.lead { margin-top:60px; font-size:18px; line-height:30px }
.rcp { display:block; font: bold 40px ${display}; color:#111; line-height:46px; margin-bottom:6px }
.course { display:block; font: bold 24px ${display}; color:${dark}; margin-top:10px; line-height:32px }
.detail { margin-top:24px; font-size:14px; color:#555; line-height:20px }
.sigs { display:flex; gap:40px; margin-top:70px }
.sig { flex:1; font-size:12px }
.sig .scr { font-family:${hand}; font-size:24px; height:40px; border-bottom:1px solid #999; margin-bottom:6px; color:#223 }
.sig b { display:block; font-size:14px; color:#111 }
.orgs { margin-top:30px; font: bold 15px ${sans}; color:#666 }
.meta { margin-top:26px; background:#eeeeee; padding:22px 26px }
.meta h2 { font-size:13px; margin:0 0 10px; text-transform:uppercase; letter-spacing:1px; color:#555 }
.grid { display:flex; gap:30px; font-size:12px } .grid dl { margin:0 } .grid dt { color:#666 }
.grid dd { margin:2px 0 0; font-size:15px; color:#111 }
</style>
<div class="w">
 <div class="panel">
  <span class="cn tl"></span><span class="cn tr"></span><span class="cn bl"></span><span class="cn br"></span>
  <div class="type"><i></i>${doc_title}</div>
  <p class="lead"><strong class="rcp">${name}</strong>${summary}
   <span class="course">${course}</span></p>
  <p class="detail">${detail}</p>
  <div class="sigs">
   <div class="sig"><div class="scr">${signer1}</div><b>${signer1}</b>${role1}</div>
   <div class="sig"><div class="scr">${signer2}</div><b>${signer2}</b>${role2}</div>
  </div>
  <div class="orgs">${org}</div>
 </div>
 <div class="meta"><h2>More about this certificate</h2>
  <div class="grid">
   <dl><dt>Awarded to:</dt><dd>${name}</dd></dl>
   <dl><dt>Certificate ID Number:</dt><dd>${cert_id}</dd></dl>
   <dl><dt>Date Issued:</dt><dd>${date}</dd></dl>
  </div></div>
</div>
"""


def fill(d):
    org = d.provider()
    return {
        "doc_title": d.pick(
            ["Verified Certificate", "Certificate of Achievement", "Professional Certificate"]
        ),
        "name": d.name("plain"),
        "summary": d.pick(
            [
                "successfully completed and received a passing grade in",
                "successfully completed the continuing education course",
            ]
        ),
        "course": d.title(d.pick(["code_first", "plain"])),
        "detail": f"a course of study offered by {org}, approved for {d.hours(d.pick(['cec_hours', 'ceu_and_cec', 'hrs']))}.",
        "signer1": d.person(),
        "role1": d.role(),
        "signer2": d.person(),
        "role2": d.role(),
        "org": org,
        "cert_id": d.pick([d.number(), d.number("VC-")]),
        "date": d.date(d.pick(["long", "short_month", "dmy_long"])),
    }
