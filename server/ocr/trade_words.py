"""Words of the restoration and cleaning trade that tesseract's English word
list lacks: course titles and schools print them, and without them a word
read right looks like a slip of OCR ("Psychrometric" taken for a misread
"psychometric", "Dehumidification" for a word nobody knows). Small letters;
forms a word list would hold (plurals, -ed, -ing) are spelled out."""

TRADE_WORDS = frozenset(
    """
    psychrometric psychrometrics psychrometry psychrometer psychrometers
    hygrometer hygrometers thermohygrometer thermohygrometers hygrometry
    dehumidification dehumidify dehumidifying dehumidified
    remediated remediator remediators
    deodorization deodorize deodorizes deodorized deodorizer deodorizers
    deodorisation deodorise deodorised deodorising
    encapsulants desiccants
    crawlspace crawlspaces borescope firestop firestopping
    airmover airmovers truckmount truckmounts packout packouts
    bioaerosol bioaerosols
    neutralizers neutralisers
    underlayments
    xactimate
    """.split()
)
