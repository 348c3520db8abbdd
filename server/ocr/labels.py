"""The words that say what a value is, and where on the page that value sits.

A label names a field ("Date of Completion", "awarded to"), or names
something that looks like a field and is not ("Issue date", "Certificate
No.", "Classroom hours", "Instructor"). Both kinds are found, so that a
date beside "Expires" is known to be an expiry date and never the completion.
"""

from __future__ import annotations

import re

import msgspec

from server.ocr.models import Line
from server.ocr.shapes import SHOW_WORD

_C = r"\s*[:.]?"  # optional colon after a label
# The weight of a label that says only "Date": on a form, the day it was
# signed, issued or filled in as often as the day the course ended, so the
# date model weighs it apart from a named one (is_bare_date).
BARE_DATE = 0.7
# What a count of hours is, after its label: "Hours approved", "Classroom
# hours completed", "Duration (hours)", "Course length (hrs.)", "CECs assigned".
_DONE = r"(?:\s+(?:awarded|earned|approved|completed|credited|granted|claimed|assigned))?"
# A form asks for the name in capitals: "Attendee name (print)", "(please print)".
_PRINT = r"(?:\s*\(\s*(?:please\s+)?print(?:ed)?\s*\))?"
# A month's name and a day after it: "December 10th", "Sept. 3".
_MONTH_DAY = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
# A sentence's article after a title's cue is no part of the title; a capital
# "The" after the verb is: "you attended The Science of Evaporation".
_ARTICLE = r"(?:\s+(?-i:the|THE))?"
_UNIT = r"(?:\s*\(\s*(?:hours?|hrs?\.?|h)\s*\))?"

# (role, weight, pattern). Roles are field names, "date_other" and friends are
# distractors. Weight is how surely the label names that field.
_LABELS: list[tuple[str, float, str]] = [
    # holder
    (
        "holder_name",
        1.0,
        # A stray mark OCR reads after the verb: "This is to certify* that".
        r"this\s+is\s+to\s+certify[*'’.,]?\s+that|this\s+certifies\s+that|certifies\s+that",
    ),
    ("holder_name", 1.0, r"(?:is\s+)?(?:hereby\s+)?(?:awarded|presented|issued|granted)\s+to"),
    # "We are pleased to award this certificate to …"
    (
        "holder_name",
        1.0,
        r"(?:award|present|issue|grant)\s+this\s+(?:certificate|award|recognition)\s+to",
    ),
    # The same in French, as a bilingual certificate prints it under the
    # English ("Ce certificat est décerné à", "Cette attestation est remise à");
    # OCR may drop the accents.
    (
        "holder_name",
        1.0,
        r"\b(?:d[ée]cern[ée]e?|remise?|attribu[ée]e?|d[ée]livr[ée]e?|pr[ée]sent[ée]e?)\s+[àa](?!\w)",
    ),
    (
        "holder_name",
        0.9,
        r"(?:confirms?|acknowledges?|verif(?:y|ies)|recogni[sz]es?|certify|verification|"
        r"confirmation|attests?)\s+that|"
        # A registrar's letter: "Our records show that Mr. … completed".
        r"records?\s+(?:show|shows|indicate|indicates|reflect|reflects|confirm)\s+that|"
        # "This slip records that …", "… the course completed by …", "Prepared for …".
        r"\brecords\s+that|(?:course|class|training|program|module)\s+completed\s+by|"
        r"(?:prepared|summary)\s+for|"
        r"(?:be\s+it|let\s+it\s+be)\s+known\s+(?:to\s+all\s+)?that|conferred\s+(?:up)?on|"
        r"(?:proudly\s+)?presented\s+to|"
        # An engrosser's formula, a committee's: "Know all by these presents
        # that", "This is to certify the participation of".
        r"know\s+(?:all|ye)\s+(?:(?:men|persons)\s+)?by\s+these\s+presents\s+that|"
        r"certif(?:y|ies)\s+the\s+(?:participation|attendance)\s+of",
    ),
    (
        "holder_name",
        1.0,
        r"(?:attendee|participant|student|technician|recipient|registrant|learner|trainee|"
        r"licensee)(?:'s)?\s+(?:full\s+)?name(?:\s*\(\s*last\s*,\s*first\s*\))?" + _PRINT + "|"
        r"name\s+of\s+(?:the\s+)?(?:licensee|attendee|participant|student|learner|trainee|registrant)|"
        # A form's box: "First and last name *".
        r"(?:first\s+and\s+last|given\s+and\s+family|first\s*/\s*last)\s+names?" + _PRINT,
    ),
    # A form's question: "Name as it appears on your IICRC record *", "Full
    # name (as printed on your IICRC wallet card) *".
    (
        "holder_name",
        1.0,
        r"(?:full\s+)?name\s*\(?\s*as\s+(?:it\s+)?(?:should\s+|will\s+|is\s+to\s+)?"
        r"(?:appears?|printed|shown)\s+on\s+(?:(?:your|the|my)\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:record|certificate|card|licen[cs]e|badge|id)\s*\)?(?:\s*\*)?" + _C,
    ),
    ("holder_name", 0.9, r"(?:full\s+)?name(?:\s*\(\s*last\s*,\s*first\s*\))?" + _PRINT + _C),
    (
        "holder_name",
        0.8,
        # "Participant (print) …", "Technician: …", an app's "Showing user: …".
        r"(?:attendee|participant|student|recipient|registrant|learner|trainee|certificant|"
        r"licensee|employee|member|technician|(?:showing\s+)?user)" + _PRINT + r"\s*:|"
        r"(?:attendee|participant|student)\s*\(\s*(?:please\s+)?print(?:ed)?\s*\)",
    ),
    # A form's caption printed alone over its box: "ATTENDEE" / "MARY ELLEN IBÁÑEZ".
    (
        "holder_name",
        0.8,
        r"^\s*(?:attendee|participant|student|recipient|registrant|learner|trainee|certificant|"
        r"licensee|employee)\s*$",
    ),
    # Whom the paper is given to, alone on its line over the name: "to the
    # participant", "This log belongs to".
    (
        "holder_name",
        0.9,
        r"^\s*(?:to\s+the\s+(?:participant|attendee|recipient|student|learner|trainee)|"
        r"(?:this\s+(?:[\w-]+\s+){0,2})?belongs\s+to)\s*:?\s*$",
    ),
    # An email's header: whom it is sent to.
    ("holder_name", 0.7, r"^\s*to\s*:"),
    # A learning platform's cheer over or before the learner's name.
    ("holder_name", 0.8, r"^\s*congratulations\s*(?:[,!:]|$)"),
    # A letter's greeting: whom it is written to ("Dear Krystal de la Cruz:").
    ("holder_name", 0.6, r"^\s*dear(?:\s+(?:mr|mrs|ms|mx|dr)\.?)?(?=\s)"),
    # course title
    (
        "course_title",
        1.0,
        # "completed the training course …", "completed the online course …",
        # "completed the online, self-paced course …".
        r"(?:has\s+)?(?:successfully\s+)?completed"
        + _ARTICLE
        + r"(?:\s+(?:training|online|live|self-paced|on-demand|virtual|in-person),?){0,2}"
        r"(?:\s+(?:course|training|class|program|requirements\s+(?:of|for)))?"
        r"(?:\s+(?:entitled|titled))?"
        r"(?!\s*(?:on\b|:|\d|" + _MONTH_DAY + "))",
    ),
    (
        "course_title",
        1.0,
        r"for\s+(?:the\s+)?(?:successfully\s+|successful\s+)?(?:completing|completion\s+of|attending|"
        r"participating\s+in)" + _ARTICLE + r"(?:\s+(?:course|training|session|class|"
        r"program|seminar|workshop))?(?:\s+(?:entitled|titled))?",
    ),
    (
        "course_title",
        1.0,
        r"(?:course|class|session|program|training|seminar|workshop|(?:learning\s+)?activity)\s+"
        r"(?:title|name)" + _C + r"|(?:title|name)\s+of\s+(?:the\s+)?(?:course|class|session|"
        r"program|training|seminar|workshop|(?:learning\s+)?activity)" + _C,
    ),
    (
        "course_title",
        0.9,
        # "was in attendance for …", "has followed the training course …".
        r"(?:has\s+)?(?:attended|participated\s+in|taken\s+part\s+in|took\s+part\s+in|followed(?!\s+by)|"
        r"(?:was\s+)?in\s+attendance\s+(?:for|at)|"
        r"(?:was\s+)?present\s+(?:for|at)(?:\s+(?:all|every|each)\s+(?:sessions?|days?|parts?)\s+of)?|"
        r"(?:has\s+)?fulfilled\s+the\s+requirements\s+(?:of|for)|requirements\s+for)"
        + _ARTICLE
        + r"(?:\s+(?:full|entire|whole))?(?:\s+(?:live|online|in-person|virtual|"
        r"on-demand|technical|breakout|keynote|hands-on|general|featured))?"
        r"(?:\s+(?:continuing\s+)?(?:educational|education|training|enduring))?"
        r"(?:\s+(?:course|training|session|class|program|seminar|workshop|activity|"
        r"material|webinar|action))?(?:\s+(?:entitled|titled|called|on|in))?",
    ),
    (
        "course_title",
        0.9,
        r"(?:(?:having\s+|has\s+)?(?:satisfied|met|fulfilled|completed)\s+)?"
        r"(?:every|all|each|the)\s+requirements?\s+(?:of|for)"
        + _ARTICLE
        + r"(?:\s+(?:course|training|class|program|programme|seminar|workshop))?",
    ),
    ("course_title", 0.8, r"(?:entitled|titled)" + _C),
    (
        "course_title",
        0.9,
        r"(?:in\s+recognition\s+of\s+)?the\s+successful\s+completion\s+of" + _ARTICLE + r"|"
        # "Awarded … upon completion of", "upon the successful completion of".
        r"upon\s+(?:the\s+)?(?:successful\s+)?completion\s+of" + _ARTICLE + r"|"
        # A letter's "We confirm completion of …", "Our records show completion of …".
        r"(?:confirms?|confirmed|verif(?:y|ies|ied)|shows?|showed|attests?\s+to)\s+(?:the\s+)?"
        r"(?:successful\s+)?completion\s+of" + _ARTICLE + r"|"
        r"(?:joining|attending|joined|attended)\s+(?:our|the)\s+(?:(?:live|online|recorded)\s+)?"
        r"(?:webinar|course|class|session|seminar|workshop|program|programme)\s*[,:]?",
    ),
    (
        "course_title",
        0.8,
        r"(?:lessons|modules|quiz|exam|examination|assessment|test)\s+(?:of|for)" + _ARTICLE,
    ),
    (
        "course_title",
        0.9,
        r"(?:session|course|class|workshop)(?:\s*/\s*\w+)?\s+attended"
        + _C
        + r"|(?:in\s+recognition\s+of\s+)?(?:successfully\s+)?completing"
        + _ARTICLE
        # "In recognition of attending", "… of your participation in".
        + r"|in\s+recognition\s+of\s+(?:(?:your|his|her|their)\s+)?(?:attending|participating\s+in|"
        r"(?:attendance|participation)\s+(?:at|in))"
        + _ARTICLE
        + r"|(?:hours?\s+of\s+)?(?:instruction|training|education)\s+in"
        + _ARTICLE,
    ),
    # A table's column head: the value is the cell under it.
    (
        "course_title",
        0.7,
        r"^\s*(?:training\s+)?(?:course|class|session|program|training|topic|webinar|seminar|"
        r"workshop|learning\s+activity)s?(?:\s*/\s*(?:course|class|program|programme|training))?\s*$",
    ),
    ("hours", 0.7, r"^\s*(?:credits?|cecs?|hours|credit\s+hours)\s*$"),
    (
        "course_title",
        0.9,
        r"(?:course|class|session|activity|program|title|topic|seminar|"
        r"workshop|training|webinar)\s*:",
    ),
    # provider
    (
        "provider",
        1.0,
        r"(?:approved\s+|training\s+|course\s+|education\s+|cec\s+|ce\s+)?provider"
        r"(?:\s+name)?" + _C,
    ),
    (
        "provider",
        0.9,
        r"(?:presented|sponsored|offered|issued|hosted|provided|delivered|given)\s+by",
    ),
    ("provider", 0.7, r"(?:conducted\s+by|school\s*:|training\s+(?:center|organization)\s*:)"),
    ("provider", 0.6, r"(?:organi[sz]ed|held)\s+by|offered\s+through"),
    # Who wrote the course: "a self-paced course developed by …", "Course Author".
    ("provider", 0.6, r"(?:developed|created|authored)\s+by|course\s+(?:author|developer)" + _C),
    # A form's caption alone over its box: "Organization" / "SOUTHWEST CLEANING SHOW 2019".
    ("provider", 0.8, r"^\s*organi[sz](?:ation|ing\s+(?:committee|body))\s*:?\s*$"),
    ("provider", 0.5, r"(?:provided\s+|completed\s+)?through"),
    ("event", 0.8, r"(?:education(?:al)?\s+)?sessions?\s+(?:of|at)(?:\s+the)?"),
    ("event", 0.9, r"(?:event|conference|convention|(?:trade\s+)?show|expo)(?:\s*name)?\s*:"),
    # A show named in a running sentence: "… at the Cleaning & Restoration
    # Summit 2022 held …", "during the 2024 Water Loss Conference". Its name
    # is capitalised and ends on a show's word; a hall ("Convention Center")
    # is where the show is, not who holds it. A role of its own: the show
    # may only be where a school taught (candidates.UNFITTED).
    (
        "provider_said",
        0.7,
        r"(?:at|during)\s+the(?=\s+(?-i:(?:(?:19|20)\d\d\s+)?(?:(?:[A-Z][\w'’.-]*|&|of|and)\s+){0,5}"
        rf"(?:{SHOW_WORD}|{SHOW_WORD.upper()})\b(?!\s+(?:Cent(?:er|re)|Hall|Hotel|Floor))))",
    ),
    # dates
    (
        "completion_date",
        1.0,
        r"(?:date\s+of\s+(?:course\s+)?completion|(?:course\s+)?completion\s+"
        r"date|date\s+(?:(?:training|course|class|program|module|work)\s+)?completed|completed\s+on|completed\s*:|^\s*completed\s*$|"
        # "Completed December 10th, 2022", "Completed 04/21/2025".
        r"completed(?=\s+(?:\d{1,2}[/.-]|\d{4}-|"
        + _MONTH_DAY
        + r"))|date(?:\s*\(s\)|s)?\s+attended|"
        r"finished\s+on|finished\s*:|date\s+finished|"
        r"attended\s+on|date\s+of\s+(?:attendance|training|session|course|participation|class|"
        r"program(?:me)?|activity)|"
        r"(?:attendance|session|training|class|participation|program(?:me)?|activity)\s+date|"
        r"registered\s+on|"
        r"registration\s+date|awarded\s+on|date\s+earned|"
        # a booth or a session: the day the visitor's badge was scanned
        r"date\s+(?:of\s+)?visit(?:ed)?|visit\s+date|date\s+scanned|(?:scan|check[\s-]?in)\s+date|"
        r"visit(?:ed)?(?=\s*:)|checked[\s-]+in(?:\s+on)?|scanned(?:\s+on)?|"
        # the last day of a course printed apart from its first
        r"end(?:ing)?\s+date|(?:course|class|training|program(?:me)?)\s+end(?:ed|s)(?:\s+on)?|"
        r"last\s+day(?:\s+of\s+(?:the\s+)?(?:course|class|training)|(?=\s*:))|date\s+trained|"
        r"trained(?:\s+on)?(?=\s*:))" + _C,
    ),
    ("completion_date", BARE_DATE, r"date(?:\s*\(s\))?" + _C),
    # A box's caption alone: "COURSE COMPLETED" over the day.
    ("completion_date", 1.0, r"^\s*(?:course|class|training)\s+completed\s*:?\s*$"),
    # A webinar's day: "… our live webinar, Color Repair Technician, broadcast on November 2nd".
    ("completion_date", 0.9, r"(?:broadcast|streamed|aired)(?:\s+live)?\s+on"),
    # The days a class was held ("…, held July 31-August 1, 2021"). On a
    # session's paper they may be the show's own days: a role of its own.
    ("date_held", 0.8, r"held(?:\s+(?:on|from))?(?=\s+(?:\d|" + _MONTH_DAY + r"))"),
    ("completion_date", 0.8, r"^on\b"),
    ("date_range", 0.6, r"(?:course|class|training|event)?\s*dates" + _C),
    (
        "date_other",
        1.0,
        r"(?:date\s+of\s+issue|release(?:d)?(?:\s+date|\s+on)?|effective(?:\s+date)?|posted(?:\s+on)?|issue(?:d)?\s+date|date\s+issued|issued(?:\s+on)?|"
        r"print(?:ed)?\s+date|printed(?:\s+on)?|date\s+printed|expir(?:es|ation|y)"
        r"(?:\s+date)?|exp\.|valid\s+(?:until|through|thru|to)|renew(?:al)?"
        r"(?:\s+date|\s+by)?|date\s+of\s+birth|dob|due(?:\s+date)?|submit\s+by|"
        r"generated(?:\s+on)?|date\s+sent|enrol(?:l)?(?:ed|ment)(?:\s+on|\s+date)?|"
        r"access\s+(?:ends|expires|until)|accredited\s+on|"
        # the day a form was drawn up or credit claimed in a portal, not the day attended
        r"form\s+date|(?:form\s+)?revis(?:ed|ion)\s+date|claimed(?:\s+on)?|"
        # the day a course was approved for credit, not the day it was taken
        r"(?:course\s+)?approval\s+date|date\s+(?:of\s+)?approv(?:ed|al)|"
        r"approved(?:\s+on)?(?=\s*:?\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|"
        # the day a course began, not the day it ended
        r"(?:start(?:ing)?|begin(?:ning)?|commencement)\s+date|date\s+(?:started|begun)|"
        r"started(?:\s+on)?|commenced(?:\s+on)?|(?:course|class|training)\s+beg[au]n(?:\s+on)?|"
        r"first\s+day(?:\s+of\s+(?:the\s+)?(?:course|class|training)|(?=\s*:))|^\s*from(?=\s*:)|"
        # a birthday, a long standing, a period the paper is good for, a deadline,
        # the day a report was run or the paper signed
        r"born(?:\s+on)?|(?:licen[cs]ed|certified|member|customer)\s+since|"
        r"valid(?:ity)?(?:\s+period)?(?=\s*:)|valid\s+from|reply\s+by|no\s+later\s+than|"
        r"(?:report\s+)?run(?:\s+date|\s+on)?(?=\s*:)|run\s+date|date\s+signed|signed\s+on(?!\s+behalf)|"
        # when the course's content or the paper was last gone over
        r"(?:content\s+|last\s+)?(?:reviewed|revised|updated)(?:\s+on)?|revision\s+date|rev\.\s+date)"
        + _C
        # an email's header: the day it was sent, not the day it confirms
        + r"|^\s*sent\s*:",
    ),
    # hours
    (
        "hours",
        1.0,
        r"(?:IICRC\s+)?(?:CEC|CE|CEU)s?\.?(?:\s+(?:hours?|hrs?|credits?|units?|value))?"
        + _DONE
        + _C,
    ),
    ("hours", 1.0, r"continuing\s+education\s+(?:credits?|hours?|units?)" + _C),
    ("hours", 0.9, r"credit\s+hours" + _C),
    # "Credits awarded", "Credit assigned", "Credit earned" over a box.
    ("hours", 0.9, r"credits?\s+(?:awarded|earned|approved|granted|claimed|assigned)" + _C),
    ("hours", 0.6, r"(?:hours|hrs|duration)" + _DONE + _UNIT + _C),
    (
        "hours_other",
        1.0,
        # Time spent, beside the credit it earns: "Lab time 4 hrs", "Hands-on hours 6".
        r"(?:(?:total\s+)?(?:classroom|contact|clock|instructional|lecture|seat|lab|hands[\s-]?on|"
        r"practical|field)\s+(?:hours|hrs|time)" + _DONE + r"|course\s+length)" + _UNIT + _C,
    ),
    # approval number
    (
        "approval_number",
        1.0,
        r"(?:IICRC\s+)?(?:course\s+|cec\s+)?approval\s*(?:number|no\.?|num|#|"
        r"code|id)?" + _C + r"(?:\s*#)?",
    ),
    (
        "approval_number",
        0.9,
        r"(?:IICRC\s+)?(?:approved\s+)?course\s*(?:number|no\.?|#|id|code)" + _C,
    ),
    (
        "number_other",
        1.0,
        r"(?:certificate|cert\.?)\s*(?:number|no\.?|#|id)" + _C + r"(?:\s*#)?|"
        r"serial\s*(?:number|no\.?|#)|license\s*(?:number|no\.?|#)|"
        r"IICRC\s+(?:certification|member|tech(?:nician)?)\s*(?:number|no\.?|#|id)"
        r"|IICRC\s+id|booth\s*(?:number|no\.?|#)|room|invoice|order\s*#",
    ),
    # people and places that are never fields (the holder's employer among them)
    (
        "person_other",
        1.0,
        r"(?:lead\s+)?(?:instructor|speaker|presenter|trainer|director|proctor|"
        r"signature|signed|authorized\s+by|employer)s?" + _C,
    ),
    ("contact_other", 1.0, r"(?:phone|tel|telephone|fax|email|e-mail|web(?:site)?|call)" + _C),
]
# Labels are whole words: "CE" must not match the start of "CERTIFICATE".
_COMPILED = [
    (role, weight, re.compile(r"(?<![\w#])(?:" + p + r")(?![^\W\d_])", re.IGNORECASE))
    for role, weight, p in _LABELS
]


class Hit(msgspec.Struct, frozen=True):
    role: str
    weight: float
    line: int  # index into the lines
    start: int
    end: int
    value: str  # the text after the label, up to the next label on that line


def find_hits(lines: list[Line]) -> list[Hit]:
    hits: list[Hit] = []
    for index, line in enumerate(lines):
        hits.extend(hits_in(line.text, index))
    return hits


def hits_in(text: str, index: int = 0) -> list[Hit]:
    """Labels in one line; where two overlap, the one that starts first (then
    the longer one) wins, so "Course Name:" is a title and not a person's name."""
    found = []
    for role, weight, regex in _COMPILED:
        for m in regex.finditer(text):
            if m.end() > m.start():
                found.append((m.start(), -(m.end() - m.start()), role, weight, m.end()))
    found.sort()
    kept: list[tuple[int, int, str, float]] = []
    for start, _, role, weight, end in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, role, weight))
    hits = []
    for i, (start, end, role, weight) in enumerate(kept):
        stop = kept[i + 1][0] if i + 1 < len(kept) else len(text)
        hits.append(
            Hit(
                role=role,
                weight=weight,
                line=index,
                start=start,
                end=end,
                value=text[end:stop].strip(" :;,#·|•-–—_\t"),
            )
        )
    return hits


def is_bare_date(hit: Hit) -> bool:
    """Whether a completion label says only "Date"."""
    return hit.role == "completion_date" and hit.weight == BARE_DATE


def is_label_only(text: str) -> bool:
    """Whether a line holds nothing but labels (its value is elsewhere)."""
    hits = hits_in(text)
    if not hits or any(h.value for h in hits):
        return False
    # "Accredited / accreditation expires": a few words that lead to the label.
    return hits[0].start <= 2 or (len(text.split()) <= 5 and not re.search(r"\d", text))


def right_of(lines: list[Line], i: int) -> int | None:
    """The next run on the same row, to the right: level with this one's
    middle, or sharing a good part of its height (a small caption beside a
    larger value that sits on the same baseline)."""
    line = lines[i]
    mid = (line.top + line.bottom) / 2
    best = None
    for j, other in enumerate(lines):
        if j == i or other.left < line.right - 2:
            continue
        shared = min(line.bottom, other.bottom) - max(line.top, other.top)
        lower = min(line.bottom - line.top, other.bottom - other.top)
        if other.top <= mid <= other.bottom or shared >= SAME_ROW * lower:
            if best is None or other.left < lines[best].left:
                best = j
    return best


# How much of the lower of two runs' heights they must share to be one row.
SAME_ROW = 0.4


def below(lines: list[Line], i: int, reach: float = 2.6) -> int | None:
    """The nearest line under this one that shares some of its width."""
    return _vertical(lines, i, reach, down=True)


def above(lines: list[Line], i: int, reach: float = 1.8) -> int | None:
    return _vertical(lines, i, reach, down=False)


def _vertical(lines: list[Line], i: int, reach: float, down: bool) -> int | None:
    line = lines[i]
    best, best_gap = None, None
    for j, other in enumerate(lines):
        if j == i:
            continue
        gap = other.top - line.bottom if down else line.top - other.bottom
        limit = reach * max(line.size, other.size)
        # Boxes of a slanted page overlap their neighbours a little.
        if not -0.5 * line.size <= gap <= limit:
            continue
        overlap = min(line.right, other.right) - max(line.left, other.left)
        if overlap <= 0 and abs(other.center_x - line.center_x) > line.size * 2:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = j, gap
    return best
