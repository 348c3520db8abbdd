import pytest

from server.renewal.names import names_match, normalize_name, prints_name


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("John Smith", ["john", "smith"]),
        ("  JOHN   SMITH ", ["john", "smith"]),
        ("José A. Núñez-Pérez", ["jose", "a", "nunez", "perez"]),
        ("Smith, John Q.", ["john", "q", "smith"]),
        ("Smith , John", ["john", "smith"]),
        ("Smith Jr., John", ["john", "smith"]),
        ("John Smith, Jr.", ["john", "smith"]),
        ("Smith, John, III", ["john", "smith"]),
        ("John Smith IV", ["john", "smith"]),
        ("John Smith Sr", ["john", "smith"]),
        ("John Smith II", ["john", "smith"]),
        ("Seán O'Brien", ["sean", "obrien"]),
        ("Seán O’Brien", ["sean", "obrien"]),
        ("J.R. Ewing", ["j", "r", "ewing"]),
        ("Søren Kierkegaard", ["soren", "kierkegaard"]),
        ("Łukasz Żółć", ["lukasz", "zolc"]),
        ("Straße", ["strasse"]),
        ("ＪＯＨＮ", ["john"]),
        ("", []),
        ("  ,  ", []),
        ("Jr.", []),
    ],
)
def test_normalize_name(name, tokens):
    assert normalize_name(name) == tokens


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("John Smith", "John Smith"),
        ("John Smith", "JOHN SMITH"),
        ("José A. Núñez-Pérez", "jose nunez perez"),
        ("José Núñez Pérez", "Jose Nunez-Perez"),
        ("José Antonio Núñez-Pérez", "José A. Núñez-Pérez"),
        ("Smith, John Q.", "John Smith"),
        ("Smith, John", "John Q. Smith"),
        ("Smith, John Quincy", "John Q Smith"),
        ("John Quincy Adams Smith", "John Adams Smith"),
        ("John Q. A. Smith", "John Quincy Smith"),
        ("John Smith Jr.", "John Smith"),
        ("John Smith III", "Smith, John"),
        ("Smith Jr., John", "John Smith"),
        ("Seán O'Brien", "Sean OBrien"),
        ("Sean O'Brien", "Sean O’Brien"),
        ("Maria de la Cruz", "Maria Delacruz"),
        ("Maria De La Cruz", "maria de la cruz"),
        ("Anne-Marie Dupont", "Anne Marie Dupont"),
        ("François Lefèvre", "Francois Lefevre"),
        ("Zoë Brontë", "ZOE BRONTE"),
        ("Søren Kierkegaard", "Soren Kierkegaard"),
        ("Madonna", "madonna"),
        ("John  Smith", " John Smith "),
    ],
)
def test_names_that_match(a, b):
    assert names_match(a, b)
    assert names_match(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("John Smith", "Jane Smith"),
        ("John Smith", "John Smyth"),
        ("John Smith", "Smith John"),
        ("John Smith", "Mary Jones"),
        ("John Smith", "Smith, Jane"),
        ("John Smith", "J. Smith"),
        ("John Smith", "John"),
        ("John Smith", "Smith"),
        ("John Q. Smith", "John R. Smith"),
        ("John Quincy Smith", "John Quentin Smith"),
        ("José Núñez", "José Núñez Pérez"),
        ("Mary Smith-Jones", "Mary Smith"),
        ("Smith, John", "Smith John"),
        ("Jon Smith", "John Smith"),
        ("Madonna", "Madonna Ciccone"),
        ("John Smith", ""),
        ("", ""),
        ("   ", "   "),
        ("Jr.", "Jr."),
        ("John Smith", "..."),
    ],
)
def test_names_that_do_not_match(a, b):
    assert not names_match(a, b)
    assert not names_match(b, a)


@pytest.mark.parametrize(
    ("lines", "profile"),
    [
        (["This certifies that", "John A. Smith"], "John Smith"),
        (["has been awarded to John Smith for completing"], "John Smith"),
        (["Participant: SMITH, JOHN", "Course: Water Damage"], "John Smith"),
        (["Name  Smith John  License 4411"], "John Smith"),
        (["Søren Kierkegaard"], "Soren Kierkegaard"),
        (["Soren Kierkegaarb"], "Søren Kierkegaard"),  # one OCR slip in a long word
        (["Mary Smith-Jones"], "Mary Smith Jones"),
        (["JOHNSMITHSON"], "John Smithson"),  # the space between them lost
        (["John Quincy Smith"], "John Q. Smith"),
        (["Seán O’Brien"], "Sean OBrien"),
    ],
)
def test_pages_that_print_the_profile_name(lines, profile):
    assert prints_name(lines, profile)


@pytest.mark.parametrize(
    ("lines", "profile"),
    [
        (["Jon Smith"], "John Smith"),  # short words must be exact
        (["Mary Smith", "John Jones"], "John Smith"),  # first and last on one line
        (["John Paul George Ringo Smith"], "John Smith"),  # too much between them
        (["John Paul Smith"], "John Quincy Smith"),
        (["Mary Smith"], "Mary Smith-Jones"),
        (["Instructor: Madonna"], "Madonna"),  # one word is too weak
        (["Smith"], "John Smith"),
        ([], "John Smith"),
        (["John Smith"], ""),
    ],
)
def test_pages_that_do_not(lines, profile):
    assert not prints_name(lines, profile)
