"""An association's certificate of membership, engraved like a diploma: a
guilloche border band, a seal with ribbon tails, "Certificate of
Membership", the member's name in a script, sentences stating membership in
good standing, member since and valid through, the member's designation and
the hours of continuing education that membership requires each year, with
the president's and secretary's signatures. It records no course credit."""

SOURCE = "danalittleskier/onlinemembership:trunk/membership-web/src/main/webapp/WEB-INF/pages/certificate.jsp"
KIND = "other"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "other",
    "landscape",
    "ornate",
    "script-name",
    "sentence",
    "seal",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.gb { position:absolute; inset:16px; background:
  repeating-radial-gradient(ellipse at 0 0, transparent 0 4px, ${ink} 4px 5px),
  repeating-radial-gradient(ellipse at 100% 100%, transparent 0 4px, ${ink2} 4px 5px), ${light} }
.gi { position:absolute; inset:40px; background:#fffefa; border:2px solid ${ink} }
.gi:after { content:""; position:absolute; inset:5px; border:1px solid ${ink2} }
.c { position:absolute; left:110px; right:110px; top:96px; text-align:center; font-family:${serif}; color:#1f1f1f }
.c .org { font: 600 17px ${sans}; letter-spacing:3px; text-transform:uppercase; color:${ink} }
.c h1 { margin:14px 0 0; font: 52px ${display}; color:${ink}; line-height:60px }
.c .ct { font: italic 17px ${serif}; margin-top:30px }
.c .nm { font: 50px ${script}; line-height:70px; color:#151515; white-space:nowrap }
.c .s { font-size:17px; line-height:29px; margin:18px auto 0; width:90% }
.c .s b { color:${ink} }
.c .rq { font-size:14px; line-height:22px; color:#444; margin:24px auto 0; width:84% }
.c .is { font: 12px ${sans}; color:#555; margin-top:22px; letter-spacing:.5px }
.se { position:absolute; left:50%; bottom:66px; margin-left:-55px; width:110px; height:110px }
.se .r1, .se .r2 { position:absolute; top:70px; width:26px; height:70px; background:${ribbon} }
.se .r1 { left:26px; transform:rotate(18deg); clip-path: polygon(0 0,100% 0,100% 100%,50% 85%,0 100%) }
.se .r2 { right:26px; transform:rotate(-18deg); clip-path: polygon(0 0,100% 0,100% 100%,50% 85%,0 100%) }
.se .d { position:absolute; inset:0; border-radius:50%; background: repeating-conic-gradient(${gold} 0 6deg, #f1d98b 6deg 12deg) }
.se .d:after { content:"${seal_text}"; position:absolute; inset:14px; border-radius:50%; background:${gold}; border:2px solid #fff2c0;
  color:#3a2a00; font: bold 9px ${sans}; letter-spacing:1px; display:flex; align-items:center; justify-content:center; text-align:center; line-height:12px; padding:8px }
.ft { position:absolute; left:110px; right:110px; bottom:82px; display:flex; justify-content:space-between; font: 12px ${sans}; color:#333 }
.ft div { width:230px; text-align:center; line-height:16px }
.ft .h { font: 26px ${hand}; color:#1d2c6b; border-bottom:1px solid #333; height:36px; line-height:42px; white-space:nowrap }
.no { position:absolute; right:60px; top:52px; font: 11px ${mono}; color:#8a1c1c }
</style>
<div class="gb"></div><div class="gi"></div>
<div class="no">${no_label} ${member_no}</div>
<div class="c">
 <div class="org">${org}</div>
 <h1>${heading}</h1>
 <div class="ct">${ct}</div>
 <div class="nm">${name}</div>
 <div class="s">${s1} <b>${designation}</b>${s1b} ${since_label} ${since}, ${valid_label} <b>${valid}</b>.</div>
 <div class="rq">${req_a} ${req_hours} ${req_b} ${course}${req_c}</div>
 <div class="is">${issued_label} ${issued}</div>
</div>
<div class="se"><div class="r1"></div><div class="r2"></div><div class="d"></div></div>
<div class="ft">
 <div><div class="h">${p}</div>${p}<br>${p_role}</div>
 <div><div class="h">${sec}</div>${sec}<br>${sec_role}</div>
</div>
"""


def fill(d):
    from corpus import formats as F
    from corpus import values as V

    org = d.pick(V.ASSOCIATIONS)
    since = d.completed.year - d.rng.randrange(1, 12)
    designation = d.pick(
        [
            "Certified Technician Member",
            "Professional Member",
            "Associate Member",
            "Master Restorer Member",
        ]
    )
    req_hours = d.pick([8, 12, 14, 16])
    return {
        "script": d.fonts["script"].replace("'TypoScript'", "'Dancing Script'"),
        "ink": d.pick(["#1f3a5f", "#5b2333", "#0b3d2e", "#3d2b1f"]),
        "ink2": d.pick(["#c9a227", "#9c6644", "#6a4c93"]),
        "gold": d.pick(["#c9a227", "#b8963e"]),
        "ribbon": d.pick(["#8b0000", "#1e6091", "#2d6a4f"]),
        "seal_text": d.pick(["MEMBER IN GOOD STANDING", "OFFICIAL SEAL", "CHARTER MEMBER"]),
        "no_label": d.pick(["Member No.", "No.", "Membership ID"]),
        "member_no": str(d.rng.randrange(10000, 99999)),
        "org": org,
        "heading": d.pick(["Certificate of Membership", "Membership Certificate"]),
        "ct": d.pick(["This certifies that", "Be it known that", "This is to certify that"]),
        "name": d.plain_name,
        "s1": d.pick(["is a", "has been admitted as a", "is enrolled as a"]),
        "designation": designation,
        "s1b": d.pick(
            [
                " in good standing of the association,",
                ", with all the rights and privileges of membership,",
            ]
        ),
        "since_label": d.pick(["a member since", "having joined in", "member since"]),
        "since": str(since),
        "valid_label": d.pick(
            ["and this membership is valid through", "with membership current through"]
        ),
        "valid": F.fmt_date(d.completed.replace(month=12, day=31), d.pick(["long", "us_numeric"])),
        "req_a": d.pick(
            [
                "Members holding this designation agree to complete at least",
                "Continued membership requires",
            ]
        ),
        "req_hours": f"{req_hours} hours",
        "req_b": d.pick(
            [
                "of approved continuing education each year, such as",
                "of continuing education per membership year; courses such as",
            ]
        ),
        "course": d.course,
        "req_c": d.pick(
            [", and to abide by the code of ethics.", " count toward this requirement."]
        ),
        "issued_label": d.pick(["Issued", "Date of issue:", "Renewed"]),
        "issued": d.other_date("issue", d.pick(["long", "short_month", "us_numeric"])),
        "p": d.person(),
        "p_role": "President",
        "sec": d.person(),
        "sec_role": d.pick(["Secretary", "Membership Chair", "Executive Director"]),
    }
