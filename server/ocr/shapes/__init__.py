"""What a value looks like, whatever the page calls it: a person, an
organisation, a course title, boilerplate. Pure functions over text.

Each returns the cleaned value when the text has the shape, or a score in
0..1 of how much it looks like one; none knows any one certificate's layout.
The shared vocabulary is in `words`; each field's shape in its own module.
"""

from server.ocr.shapes.persons import person_name
from server.ocr.shapes.schools import logo_initials, name_front, named_in_sentence, organisation
from server.ocr.shapes.titles import carried_on, lead_in_only, title
from server.ocr.shapes.words import (
    BOILERPLATE,
    COURSE_WORDS,
    DEPARTMENT,
    EVENT_WORDS,
    ORG_WORDS,
    PERSON_ROLE,
    PROGRAM_END,
    SHOW_WORD,
    course_score,
    ends_as_school,
    has_person_role,
    is_address,
    is_boilerplate,
    letters,
    odd_case,
    org_score,
    rare_letters,
    title_case_ratio,
)

__all__ = [
    "BOILERPLATE",
    "COURSE_WORDS",
    "DEPARTMENT",
    "EVENT_WORDS",
    "ORG_WORDS",
    "PERSON_ROLE",
    "PROGRAM_END",
    "SHOW_WORD",
    "carried_on",
    "course_score",
    "ends_as_school",
    "has_person_role",
    "is_address",
    "is_boilerplate",
    "lead_in_only",
    "letters",
    "logo_initials",
    "name_front",
    "named_in_sentence",
    "odd_case",
    "org_score",
    "organisation",
    "person_name",
    "rare_letters",
    "title",
    "title_case_ratio",
]
