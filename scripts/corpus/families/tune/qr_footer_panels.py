"""A generated (SVG) course certificate: a faintly tinted rounded frame round
a white card with a soft shadow; the platform's logo and name top-left, a
heavy sans title centred with a small certificate ID under it, the holder's
name very large, the course in the accent colour, a score line, and at the
foot two rounded grey panels side by side: one with a signature over a rule,
the signer and their title; the other with a seal, an "issued" label and
date, and a QR code captioned to verify; a faint footer repeats the platform
and the date."""

SOURCE = "Calstins/lambacademy:src/lib/certificates/svg.ts"
KIND = "course"
PAPER = ["letter-landscape", "a4-landscape"]
CATEGORIES = (
    "landscape",
    "sentence",
    "labelled",
    "qr",
    "seal",
    "distractor-person",
    "distractor-date",
    "provider-in-logo",
)

TEMPLATE = """<style>
.bg { position:absolute; inset:18px; border-radius:18px; background:linear-gradient(135deg, ${ca}, ${cb}); opacity:0.12 }
.card { position:absolute; left:46px; right:46px; top:52px; bottom:52px; border-radius:16px; background:#fff;
  box-shadow:0 6px 16px rgba(0,0,0,0.14); font-family:${face}; color:${sub} }
.brand { position:absolute; left:32px; top:26px; display:flex; align-items:center; gap:12px }
.logo { width:50px; height:50px; border-radius:12px; background:linear-gradient(135deg, ${ca}, ${cb}); color:#fff;
  font: 800 22px ${face}; display:flex; align-items:center; justify-content:center }
.brand b { font: 800 23px ${face}; color:${text} }
.mid { position:absolute; left:40px; right:40px; top:${mid_top}px; text-align:center }
h1 { font: 800 37px ${face}; color:${text}; margin:0 }
.cid { font-size:11px; opacity:0.7; margin-top:6px }
.st { font-size:18px; margin-top:${gap1}px }
.nm { font: 800 ${nsize}px ${face}; color:${text}; margin-top:10px; line-height:1.15 }
.hc { font-size:16px; margin-top:12px }
.co { font: 800 27px ${face}; color:${ca_text}; margin-top:8px; line-height:1.2 }
.sc { font-size:14.5px; margin-top:10px }
.ft { position:absolute; left:76px; right:76px; bottom:54px; display:flex; gap:26px }
.pn { flex:1; height:148px; border-radius:11px; background:#f8fafc; border:1px solid #e2e8f0; position:relative }
.sig { position:absolute; left:16px; top:16px; font: 34px ${hand}; color:#1e2b5c }
.rl { position:absolute; left:16px; right:16px; top:86px; border-top:1.5px solid #cbd5e1 }
.sn { position:absolute; left:16px; top:96px; font-weight:600; font-size:13.5px; color:${sub} }
.sr { position:absolute; left:16px; top:118px; font-size:11px; opacity:0.8 }
.seal { position:absolute; left:16px; top:16px; width:66px; height:66px; border-radius:50%; background:${seal};
  box-shadow:0 0 0 3px #fff, 0 0 0 5px ${seal}; color:#fff; text-align:center; font: 700 7px ${face};
  letter-spacing:0.6px; display:flex; flex-direction:column; align-items:center; justify-content:center; line-height:9px }
.seal b { font-size:13px; line-height:15px }
.il { position:absolute; left:96px; top:30px; font-weight:600; font-size:13.5px }
.iv { position:absolute; left:96px; top:52px; font-size:13.5px }
.ex { position:absolute; left:96px; top:84px; font-size:11px; opacity:0.8; line-height:15px }
.qr { position:absolute; right:14px; top:12px; width:94px; padding:6px; border-radius:8px; background:#fff; border:1px solid #e2e8f0 }
.qr svg { display:block }
.qv { position:absolute; right:14px; top:126px; width:94px; text-align:center; font-size:8.5px; opacity:0.8 }
.wm { position:absolute; left:0; right:0; bottom:16px; text-align:center; font-size:10px; opacity:0.6 }
</style>
<div class="bg"></div>
<div class="card">
 <div class="brand"><span class="logo">${initials}</span><b>${org}</b></div>
 <div class="mid">
  <h1>${heading}</h1>
  <div class="cid">${cid_label} ${cert_id}</div>
  <div class="st">${certifies}</div>
  <div class="nm">${name}</div>
  <div class="hc">${has_completed}</div>
  <div class="co">${title}</div>
  <div class="sc">${score_line}</div>
 </div>
 <div class="ft">
  <div class="pn"><span class="sig">${sig}</span><span class="rl"></span><span class="sn">${signer}</span><span class="sr">${role}</span></div>
  <div class="pn"><span class="seal">${seal_top}<b>${seal_mid}</b>${seal_bot}</span>
   <span class="il">${issued_label}</span><span class="iv">${issued}</span><span class="ex">${extra_html}</span>
   <span class="qr">${qr_html}</span><span class="qv">${verify}</span></div>
 </div>
 <div class="wm">${org} • ${footer_date}</div>
</div>
"""

PALETTES = [
    ("#0ea5e9", "#6366f1", "#0f172a", "#334155", "#0b7fb5"),
    ("#10b981", "#22c55e", "#052e16", "#134e4a", "#0b8a62"),
    ("#fb7185", "#f43f5e", "#3b0d0c", "#7f1d1d", "#d9344f"),
    ("#64748b", "#0ea5e9", "#0f172a", "#334155", "#0b7fb5"),
]


def _qr(d, n=25, size=82):
    cell = size / n
    on = [[d.chance(0.5) for _ in range(n)] for _ in range(n)]
    for oy, ox in ((0, 0), (0, n - 7), (n - 7, 0)):
        for y in range(7):
            for x in range(7):
                ring = y in (0, 6) or x in (0, 6)
                core = 2 <= y <= 4 and 2 <= x <= 4
                on[oy + y][ox + x] = ring or core
        for k in range(-1, 8):
            for y, x in ((oy + k, ox - 1), (oy + k, ox + 7), (oy - 1, ox + k), (oy + 7, ox + k)):
                if 0 <= y < n and 0 <= x < n:
                    on[y][x] = False
    rects = "".join(
        f'<rect x="{x * cell:.2f}" y="{y * cell:.2f}" width="{cell + 0.05:.2f}" height="{cell + 0.05:.2f}"/>'
        for y in range(n)
        for x in range(n)
        if on[y][x]
    )
    return f'<svg width="{size}" height="{size}" fill="#111">{rects}</svg>'


def fill(d):
    ca, cb, text, sub, ca_text = d.pick(PALETTES)
    org = d.provider()
    initials = "".join(w[0] for w in org.replace("&", "").split() if w[:1].isupper())[:3]
    name = d.name(d.pick(["plain", "plain", "upper"]))
    title = d.title(d.pick(["plain", "plain", "with_code"]))
    hours = d.hours(d.pick(["cec_hours", "iicrc_cec", "hours_title", "credit_hours"]))
    score = d.pick([80, 84, 86, 88, 90, 92, 94, 96, 100])
    score_line = d.pick(
        [f"Final Score: {score}%  ·  {hours}", f"{hours}  ·  Final Score: {score}%"]
    )
    issued_is_completion = d.chance(0.5)
    if issued_is_completion:
        issued_label = d.pick(["Issued on", "Completed on"])
        issued = d.date(d.pick(["long", "short_month", "dmy_long"]))
        extra = f"Valid through<br>{d.other_date('expiry', 'short_month')}" if d.chance(0.5) else ""
        footer_date = issued
        has_completed = d.pick(
            ["has successfully completed the course", "has completed the course"]
        )
    else:
        issued_label = "Issued on"
        issued = d.other_date("issue", d.pick(["long", "short_month"]))
        done = d.date(d.pick(["long", "short_month", "us_numeric"]))
        extra = f"Course completed<br>{done}"
        footer_date = issued
        has_completed = d.pick(
            [
                "has successfully completed the course",
                "has successfully completed the online course",
            ]
        )
    long_name = len(name) > 26
    signer = d.person()
    return {
        "ca": ca,
        "cb": cb,
        "text": text,
        "sub": sub,
        "ca_text": ca_text,
        "seal": d.pick(["#b8860b", cb, "#8b1c2c"]),
        "face": d.fonts[d.pick(["sans", "sans", "cond"])],
        "mid_top": d.pick([104, 112]),
        "gap1": d.pick([18, 22]),
        "nsize": 40 if long_name else 48,
        "initials": initials or "CE",
        "org": org,
        "heading": d.pick(["Certificate of Completion", "Certificate of Achievement"]),
        "cid_label": d.pick(["Certificate ID:", "Credential ID:", "Certificate No."]),
        "cert_id": d.number(d.pick(["C-", "", "CERT-"])),
        "certifies": d.pick(["This certifies that", "This is to certify that"]),
        "name": name,
        "has_completed": has_completed,
        "title": title,
        "score_line": score_line,
        "sig": d.pick([signer, signer.split()[-1], ""]),
        "signer": signer,
        "role": d.role(),
        "seal_top": d.pick(["CERTIFIED", "VERIFIED", "OFFICIAL"]),
        "seal_mid": str(d.completed.year),
        "seal_bot": d.pick(["COMPLETION", "CE CREDIT", "TRAINING"]),
        "issued_label": issued_label,
        "issued": issued,
        "extra_html": extra,
        "qr_html": _qr(d),
        "verify": d.pick(["Verify", "Scan to verify", "Verify online"]),
        "footer_date": footer_date,
    }
