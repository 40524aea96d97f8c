"""Words broken up to get past platform filters: a star inside a word («الاحتـــ*لال»), and a dot
that cuts off a word's first letter («ا.ستهدفت») or its final «ة» («غار.ة»)."""
from geomap.extraction import unmask
from tiny_places import kinds_at


def test_stars_and_cut_off_letters_are_joined_again_at_the_same_length():
    for masked, plain in (("الاحتـــ*لال", "الاحتلال"), ("جي*ش", "جيش"), ("غار.ة", "غارة"), ("ا.ستهدفت", "استهدفت")):
        joined = unmask(masked)
        assert len(joined) == len(masked) and joined.replace("\u0640", "") == plain


def test_abbreviations_missing_spaces_and_slips_stay_as_written():
    for text in ("مدفع عيار 23 م.ط", "أ.ف.ب", "وصلت سوريا.وقال المراسل", "على جسر قرقوزاق.ؤ", "المنطقة.العملية"):
        assert unmask(text) == text


def test_a_masked_strike_is_read(ex):
    assert kinds_at(ex, "نتيجة غار.ة جوية ا.ستهدفت مخيما قرب مدينة أريحا فجر اليوم") == [("Air/drone strike", "Ariha")]
