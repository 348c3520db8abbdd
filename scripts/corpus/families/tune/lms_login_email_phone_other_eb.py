"""Not a certificate: a phone screenshot of the welcome e-mail a training
school's learning portal sends when it creates a student account. The
phone's status bar, the mail app's bar with a back arrow, the subject,
the sender with a round initial avatar and the time received, then the
message: a greeting, sentences saying the account is ready, a grey box
with the username, the temporary password and the login address, the
course the student is enrolled in with the day it opens (a class still to
come), the help desk's hours, and the school's sign-off by name. It names
a person, a school, a course and dates, and records no completion and no
credit."""

SOURCE = (
    "antonio-jss/moodle-admin-toolkit:communications/student/user_login_info.md (welcome: "
    "access ready, username, temporary password, login URL, first steps, support hours) and "
    "bmbrands/moodle-local_welcome:README.txt ('Your Moodle account has been created', "
    "account details list)"
)
KIND = "other"
PAPER = "receipt"
CATEGORIES = (
    "other",
    "portrait",
    "sentence",
    "labelled",
    "phone-screenshot",
    "provider-in-logo",
    "distractor-person",
    "distractor-date",
)

TEMPLATE = """<style>
.ph { position:absolute; inset:0; background:#fff; font: 11.5px ${sans}; color:#202124 }
.sb { height:24px; display:flex; justify-content:space-between; align-items:center; padding:0 14px; font: bold 11px ${sans}; color:#111 }
.sb .ic { display:flex; gap:5px; align-items:center; font-weight:normal; font-size:10px }
.bat { width:20px; height:9px; border:1.2px solid #111; border-radius:2px; padding:1px } .bat b { display:block; height:100%; background:#111 }
.bar { display:flex; align-items:center; gap:12px; padding:4px 12px 8px; border-bottom:1px solid #e3e3e3; font-size:18px; color:#444 }
.bar span { font-size:11px; color:#666; margin-left:auto; letter-spacing:.5px }
.subj { padding:8px 14px 2px; font: 15.5px ${sans}; line-height:20px; color:#111 }
.tag { display:inline-block; font-size:9px; background:#e8eaed; color:#444; padding:1px 5px; border-radius:3px; margin-left:4px; vertical-align:2px }
.fr { display:flex; gap:9px; padding:8px 14px; align-items:center }
.av { width:34px; height:34px; border-radius:50%; background:${band}; color:#fff; font: bold 14px ${sans}; display:flex; align-items:center; justify-content:center; flex:none }
.fr b { font-size:12px; display:block } .fr small { font-size:10px; color:#5f6368 }
.fr .tm { margin-left:auto; font-size:10px; color:#5f6368; align-self:flex-start; margin-top:3px }
.bd { padding:4px 14px; line-height:15px; font-size:11px }
.bd p { margin:0 0 8px }
.logo { background:${band}; color:#fff; font: bold 12px ${display}; padding:8px 10px; letter-spacing:.5px; margin-bottom:10px }
.box { background:#f1f3f4; border-left:4px solid ${band}; padding:7px 10px; margin:0 0 9px; font-size:11px; line-height:17px }
.box b { display:inline-block; width:96px; color:#555; font-weight:normal }
.box code { font: bold 11px ${mono} }
.btn { display:inline-block; background:${band}; color:#fff; padding:6px 14px; border-radius:4px; font-weight:bold; font-size:11px; margin-bottom:9px }
.sig { color:#333 } .sig i { font-style:normal; color:#5f6368; font-size:10.5px }
.act { position:absolute; left:0; right:0; bottom:0; height:44px; border-top:1px solid #e3e3e3; display:flex; justify-content:space-around; align-items:center; font-size:10.5px; color:#444 }
.act span { border:1px solid #ccc; border-radius:16px; padding:5px 14px }
</style>
<div class="ph">
 <div class="sb"><span>${clock}</span><span class="ic">${net}<span class="bat"><b style="width:${battery}%"></b></span></span></div>
 <div class="bar">&#8592;<span>${folder}</span></div>
 <div class="subj">${subject}<span class="tag">Inbox</span></div>
 <div class="fr"><div class="av">${av}</div><div><b>${sender}</b><small>to me</small></div><div class="tm">${received}</div></div>
 <div class="bd">
  <div class="logo">${school}</div>
  <p>${greeting}</p>
  <p>${lead}</p>
  <div class="box"><b>Username</b><code>${username}</code><br><b>${pw_label}</b><code>${password}</code><br><b>Login</b>${url}</div>
  <div class="btn">${button}</div>
  <p>${enrolled}</p>
  <p>${help}</p>
  <p class="sig">${closing}<br>${signer}<br><i>${signer_role}</i></p>
 </div>
 <div class="act"><span>&#8617; Reply</span><span>&#8618; Forward</span></div>
</div>
"""


def fill(d):
    import unicodedata
    from datetime import timedelta

    from corpus import values as V
    from corpus.formats import fmt_date

    r = d.rng
    school, short = d.pick(V.SCHOOLS)
    short = short or school
    student = d.person()
    first, last = student.split()[0], student.split()[-1]
    if last in V.SUFFIXES:
        last = student.split()[-2]
    plain = unicodedata.normalize("NFKD", f"{first[0]}{last}").encode("ascii", "ignore").decode()
    username = "".join(ch for ch in plain.lower() if ch.isalnum())
    course, code = d.pick(V.IICRC_COURSES) if d.chance(0.6) else (d.pick(V.CE_COURSES), None)
    sent = d.completed + timedelta(days=r.randint(-40, 40))
    opens = sent + timedelta(days=r.randint(3, 21))
    slug = "".join(w[0] for w in short.split() if w[0].isalpha()).lower()
    hour = r.randint(6, 11)
    return {
        "band": d.pick(["#1f3a5f", "#0b5394", "#7b1e3a", "#14532d", "#3f3f46"]),
        "clock": f"{r.randint(1, 12)}:{r.randrange(60):02d}",
        "net": d.pick(["5G", "LTE", "Wi-Fi"]),
        "battery": r.randint(18, 96),
        "folder": d.pick(["Inbox", "Primary", "All mail"]),
        "subject": d.pick(
            [
                f"Your {short} learning portal account",
                "Welcome! Your student login details",
                f"Account created – {short} Online",
            ]
        ),
        "av": short[0],
        "sender": short
        if len(short) > 26
        else f"{short} {d.pick(['Student Services', 'Online Learning', 'Registrar'])}",
        "received": f"{fmt_date(sent, 'short_month').split(',')[0]}, {hour}:{r.randrange(60):02d} AM",
        "school": school,
        "school_short": short,
        "greeting": f"Hello {first},",
        "lead": d.pick(
            [
                "An account has been created for you on our online learning portal. "
                "Use the details below to sign in; you will be asked to choose a new password "
                "the first time.",
                "Your access to the student portal is now ready. Please log in with the "
                "temporary password below and change it right away.",
            ]
        ),
        "username": username,
        "pw_label": d.pick(["Temp. password", "Password"]),
        "password": "".join(
            r.choice("ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789") for _ in range(10)
        ),
        "url": f"learn.{slug}.edu/login",
        "button": d.pick(["Log in now", "Sign in to the portal"]),
        "enrolled": d.pick(
            [
                f"You are enrolled in {course}{f' ({code})' if code else ''}. The online "
                f"pre-course work opens on {fmt_date(opens, 'long')}; your certificate is "
                "issued only after you pass the final exam.",
                f"Your registration for {course} is confirmed. Class materials will be "
                f"available from {fmt_date(opens, 'long')}.",
            ]
        ),
        "help": d.pick(
            [
                "Trouble logging in? Our help desk is open Monday–Friday, 8 AM–5 PM Central, "
                f"at {d.phone()}.",
                f"Questions? Reply to this e-mail or call {d.phone()} (weekdays 7:30–4:30).",
            ]
        ),
        "closing": d.pick(["Best regards,", "Thank you,", "See you in class,"]),
        "signer": d.person(),
        "signer_role": d.pick(["Student Services", "Registrar", "Online Learning Coordinator"])
        + ("" if len(short) > 26 else f", {short}"),
    }
