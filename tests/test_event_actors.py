"""Who did it and to whom: actor1 and actor2 of events in sentences written for these tests."""
import pytest

from geomap.records import Document

REGIME, RUSSIA = "Syrian regime forces (government)", "Russian military"


def sides(ex, text):
    return [(e.actor1, e.actor2) for e in ex.extract_document(Document("t", text, date="2020-05-10")).events]


@pytest.mark.parametrize("text, attacker", [
    ("قتل أربعة مدنيين بغارة جوية على مدينة أريحا. واتهم ناشطون الطيران الروسي بتنفيذ الغارة.", RUSSIA),
    ("قتل طفلان بقصف على مدينة أريحا. واتهمت فصائل المعارضة طيران النظام بالقصف.", REGIME),
    ("Three people died in an air strike on Ariha. Activists blamed Russian jets.", RUSSIA),
    ("قتل ثلاثة مدنيين بغارة على مدينة أريحا. وقال مسعفون إن الحصيلة قد ترتفع. واتهم ناشطون الطيران الروسي بالغارة.",
     RUSSIA),
    ("Shelling hit Manbij, wounding a woman. The SDF accused Turkish-backed factions.",
     "Syrian National Army (Turkish-backed factions)"),
])
def test_the_sentence_after_an_attack_with_no_attacker_blames_one(ex, text, attacker):
    assert [a1 for a1, _ in sides(ex, text)] == [attacker]


def test_blame_in_the_next_sentence_does_not_replace_a_named_attacker(ex):
    text = "Regime forces shelled Ariha, killing a man. The opposition accused Russia of the attack."
    assert [a1 for a1, _ in sides(ex, text)] == [REGIME]


@pytest.mark.parametrize("text, attacker, hit", [
    ("The SAA shelled Ariha on Sunday, killing two civilians.", REGIME, "Civilians (Syria)"),
    ("Gunmen shot dead two men of the Fifth Corps in Ariha on Sunday.", "Unidentified Armed Group (Syria)", REGIME),
    ("اغتال مسلحون مجهولون عنصرا من اللواء الثامن في مدينة أريحا.", "Unidentified Armed Group (Syria)", REGIME),
])
def test_short_and_unit_names_of_the_regime(ex, text, attacker, hit):
    assert sides(ex, text) == [(attacker, hit)]


@pytest.mark.parametrize("text, hit", [
    ("A Turkish drone hit a car near Qamishli on Sunday, wounding two Asayish members.",
     "Asayish (Kurdish security forces)"),
    ("An Israeli air strike on Homs killed three Hezbollah members.", "Hezbollah"),
])
def test_a_counted_side_in_a_clause_of_its_own_is_the_one_hit(ex, text, hit):
    assert [a2 for _, a2 in sides(ex, text)] == [hit]


def test_the_side_of_an_officer_killed_by_a_bomb_is_hit_not_the_bomber(ex):
    ((a1, a2),) = sides(ex, "قتل ضابط في قوات النظام بانفجار عبوة ناسفة في مدينة منبج.")
    assert a1 != REGIME and a2 == REGIME


def test_an_opening_time_phrase_does_not_make_the_subject_a_target(ex):
    text = "On Sunday, Islamic State militants shelled Manbij, wounding a dozen civilians."
    assert sides(ex, text) == [("Islamic State (ISIS)", "Civilians (Syria)")]


def test_a_ministry_telling_an_attack_after_it_is_no_side(ex):
    text = "A car bomb exploded in Manbij on Sunday, killing three civilians, the Turkish defence ministry said."
    ((a1, _a2),) = sides(ex, text)
    assert a1 != "Turkish military"


@pytest.mark.parametrize("text, attacker, hit", [
    ("قصفت الفصائل المسلحة المدعومة من تركيا سيارة إسعاف قرب مدينة منبج، ما أدى إلى مقتل مدنيين اثنين.",
     "Syrian National Army (Turkish-backed factions)", "Civilians (Syria)"),
    ("قصفت طائرات التحالف الدولي مقرات لميليشيا \"حزب الله\" العراقي في مدينة منبج.",
     "US-led Coalition", "Iran-backed militias (Iranian forces)"),
    ("Coalition jets struck IRGC-led militias in Manbij on Sunday.",
     "US-led Coalition", "Iran-backed militias (Iranian forces)"),
])
def test_names_of_backed_factions_are_one_side_not_their_parts(ex, text, attacker, hit):
    assert sides(ex, text) == [(attacker, hit)]


@pytest.mark.parametrize("text, holder, held", [
    ("عناصر قسد اعتقلوا عشرات الشبان في مدينة منبج لسوقهم إلى التجنيد.", "SDF (Syrian Democratic Forces)", ""),
    ("قسد تعلن عن اعتقال رجلين من داعش في مدينة منبج", "SDF (Syrian Democratic Forces)", "Islamic State (ISIS)"),
])
def test_who_makes_an_arrest_and_who_is_held(ex, text, holder, held):
    assert sides(ex, text) == [(holder, held)]


def test_the_attack_word_told_again_next_sentence_keeps_its_attacker(ex):
    text = ("ارتفع عدد قتلى الهجمات الانتحارية التي شنها تنظيم داعش على مدينة أريحا إلى 30 قتيلا. "
            "وشملت الهجمات بلدتي كفرنبل وحزوان، فضلا عن تفجيرين انتحاريين داخل المدينة.")
    got = {e.name: e.actor1 for e in ex.extract_document(Document("t", text, date="2020-05-10")).events}
    assert got["Kafr Nabl"] == got["Hazwan"] == "Islamic State (ISIS)"


def test_a_side_telling_its_own_wounded_is_hit_not_the_attacker(ex):
    text = "قوى الأمن الداخلي تعلن إصابة 5 أشخاص بقصف على مدينة القامشلي"
    assert [a2 for _, a2 in sides(ex, text)] == ["Asayish (Kurdish security forces)"]


def test_an_officer_told_with_his_rank_is_of_the_side_hit(ex):
    ((a1, a2),) = sides(ex, "قتل ضابط برتبة عقيد في قوات النظام وسائقه بانفجار عبوة ناسفة في مدينة منبج.")
    assert a1 != REGIME and a2 == REGIME


@pytest.mark.parametrize("text", [
    "قتل عنصر من قوات النظام، جراء قصف تركي على نقطة عسكرية قرب مدينة منبج.",  # in a clause of its own
    # «عناصر النظام»: its men, no «من»; its truck named after an aside is still the side hit
    "قتل أحد عناصر النظام، إثر استهداف شاحنة عسكرية من طراز \"كاماز\" لقوات النظام بلغم أرضي قرب مدينة أريحا.",
    "تمكنت فصائل المعارضة من قتل أحد عناصر الأسد قنصا قرب مدينة أريحا.",
    # a unit «التابع» to the side
    "قتل جنديان من \"الفوج 46\" التابع لقوات النظام، إثر استهداف شاحنة عسكرية من طراز \"كاماز\" لقوات النظام "
    "بلغم أرضي قرب مدينة أريحا.",
])
def test_the_side_whose_men_are_killed_is_hit_not_the_attacker(ex, text):
    ((a1, a2),) = sides(ex, text)
    assert a1 != REGIME and a2 == REGIME


def test_a_side_telling_that_its_own_post_was_hit_is_the_target(ex):
    text = "وقالت قسد في بيان، إن الطيران المسير التركي استهدف إحدى نقاطها قرب مدينة القامشلي، ما أدى إلى مقتل عنصر."
    assert sides(ex, text) == [("Turkish military", "SDF (Syrian Democratic Forces)")]


@pytest.mark.parametrize("text, attackers", [
    ("قتل خمسة مدنيين في مجزرة ارتكبتها قوات النظام السوري وروسيا في مدينة أريحا.", f"{REGIME}; {RUSSIA}"),
    ("شن الطيران الحربي الروسي والطيران التابع للنظام غارات على مدينة أريحا، ما أدى إلى مقتل مدني.",
     f"{RUSSIA}; {REGIME}"),
])
def test_two_attackers_joined_by_and_are_joint_attackers(ex, text, attackers):
    assert sides(ex, text) == [(attackers, "Civilians (Syria)")]


def test_the_organisation_is_the_last_group_called_one(ex):
    text = ("شنت قوات التحالف الدولي حملة ضد تنظيم الدولة الإسلامية بمشاركة قوات سوريا الديمقراطية. "
            "واستهدفت الغارات مستودعات للتنظيم قرب مدينة أريحا.")
    got = {e.name: e.actor2 for e in ex.extract_document(Document("t", text, date="2020-05-10")).events}
    assert got["Ariha"] == "Islamic State (ISIS)"


def test_a_local_group_is_an_unidentified_side(ex):
    text = "اندلعت اشتباكات بين مجموعة محلية وعناصر من الأمن العسكري في مدينة أريحا."
    assert sides(ex, text) == [("Unidentified Armed Group (Syria)", REGIME)]


@pytest.mark.parametrize("text, group", [
    ("استهدفت قوات التحالف تنظيم داعش بمشاركة قسد، وقصفت مواقع التنظيم.", "Islamic State (ISIS)"),
    ("قصف التحالف مواقع لداعش. وقال مراسل إن تنظيم \"ي ب ك\" الإرهابي قصف البلدة بالتنسيق مع قسد، وإن عناصر "
     "التنظيم انسحبوا.", "YPG (Kurdish People's Protection Units)"),
])
def test_the_bare_organisation_is_the_last_group_so_called(text, group):
    from geomap.actors import find_actors
    from geomap.segment import segment
    assert find_actors(segment(text).tokens)[-1].name == group


def test_the_quoted_name_after_its_forces_word_is_the_verbs_subject(ex):
    text = "استهدفت قوات \"قسد\" بقذائف الهاون أطراف مدينة منبج."
    assert [a1 for a1, _ in sides(ex, text)] == ["SDF (Syrian Democratic Forces)"]


def test_the_dead_guards_of_a_side_are_its_losses_in_the_attack_told_before(ex):
    text = ("ISIS militants stormed a prison in Manbij on Sunday night, sparking clashes with the SDF. "
            "At least five SDF guards were killed.")
    got = [(e.actor1, e.actor2, e.fatalities) for e in
           ex.extract_document(Document("t", text, date="2020-05-10")).events if e.fatalities]
    assert got == [("Islamic State (ISIS)", "SDF (Syrian Democratic Forces)", 5)]


@pytest.mark.parametrize("text, hit", [
    ("أطلقت قوات النظام النار على رجل أثناء عبوره من مدينة أريحا باتجاه مناطق قسد، ما أدى إلى مقتله.",
     "Civilians (Syria)"),
    # with no one named before it, the side's areas are what is shelled
    ("قصفت قوات النظام من مدينة أريحا باتجاه مناطق قسد.", "SDF (Syrian Democratic Forces)"),
])
def test_the_areas_a_civilian_heads_for_name_no_side_hit(ex, text, hit):
    assert sides(ex, text) == [(REGIME, hit)]


def test_the_bare_organisation_looks_back_a_paragraph_or_two_only():
    from geomap.actors import find_actors
    from geomap.segment import segment
    # a page of joined articles: the second tells of other things, then of another «تنظيم»
    other = "وتحدث التقرير عن أسعار الخبز والوقود في أسواق المدينة خلال الشهر. " * 25
    text = f"قصف التحالف مواقع لتنظيم داعش.\n\n{other}وقال مسؤول في حزب الله إن التنظيم سيرد."
    assert find_actors(segment(text).tokens)[-1].name == "Hezbollah"


COALITION, SDF, IRAN = "US-led Coalition", "SDF (Syrian Democratic Forces)", "Iran-backed militias (Iranian forces)"


@pytest.mark.parametrize("text, joint", [
    # the full name of the first side, then «و» on the second
    ("ونفذت قوات التحالف الدولي وقسد إنزالا جويا في مدينة الرقة اعتقلت خلاله رجلين.", {COALITION, SDF}),
    # a bare «و» parted from a quoted name
    ("داهمت دورية تابعة لـ”التحالف الدولي” و”قسد”، منازل في مدينة الرقة.", {COALITION, SDF}),
    # «برفقة», the side that goes along
    ("نفذت قوات التحالف الدولي برفقة قسد عملية إنزال في مدينة الرقة.", {COALITION, SDF}),
    # a group joined by «و» and named by its backer
    ("وقصفت قوات نظام بشار الأسد وجماعات مسلحة مدعومة من إيران بالصواريخ مدينة أريحا.", {REGIME, IRAN}),
    # the support of the first side («مدعومة بـ»), a few words on
    ("نفذت قسد حملة أمنية في مدينة الرقة تنفذها قسد كل فترة مدعومة بقوات التحالف الدولي.", {SDF, COALITION}),
    # the side named again, joined there («يعتقل ... نفذت قوات التحالف برفقة قسد»)
    ("التحالف الدولي يعتقل 5 أشخاص في مدينة الرقة نفذت قوات التحالف الدولي برفقة قسد عمليات.", {COALITION, SDF}),
])
def test_sides_named_together_as_doers_are_joint_attackers_not_each_others_target(ex, text, joint):
    ((a1, a2),) = sides(ex, text)
    assert set(a1.split("; ")) == joint and a2 not in joint


def test_a_side_the_deed_is_done_with_the_help_of_is_not_its_target(ex):
    ((a1, a2),) = sides(ex, "شنت دوريات تابعة لقسد حملة أمنية على مدينة الرقة بمساندة من طيران التحالف الدولي.")
    assert a1 == SDF and a2 != COALITION


def test_the_backer_of_a_target_is_no_second_attacker(ex):
    ((a1, _a2),) = sides(ex, "وقصفت قوات النظام فصائل مسلحة مدعومة من تركيا في مدينة أريحا.")
    assert a1 == REGIME


def test_the_snipers_of_a_side_are_its_men(ex):
    ((a1, a2),) = sides(ex, "استهدف قناصة الجيش التركي مدنيا قرب مدينة منبج.")
    assert (a1, a2) == ("Turkish military", "Civilians (Syria)")


def test_terrorists_backed_by_the_turkish_regime_are_the_turkish_backed_factions(ex):
    # (regime media's words: «النظام التركي» is Turkey's government, not the Syrian regime)
    ((a1, _a2),) = sides(ex, "قالت سانا إن المجموعات الإرهابية المدعومة من النظام التركي اعتدت بالقذائف على مدينة منبج.")
    assert a1 == "Syrian National Army (Turkish-backed factions)"


def test_the_side_of_an_officer_targeted_is_hit_and_a_spy_service_is_its_state(ex):
    ((a1, a2),) = sides(ex, "وقالت وكالة الأناضول إن وحدات تابعة للاستخبارات التركية، تمكنت من استهداف القيادي في "
                            "حزب العمال الكردستاني في عملية بمدينة القامشلي.")
    assert (a1, a2) == ("Turkish military", "YPG (Kurdish People's Protection Units)")


def test_who_uses_the_post_hit_is_no_attacker(ex):
    text = ("شنت الطائرات الأمريكية غارات على مدينة الرقة، استهدفت نقطة المراقبة التابعة للنظام والتي تستخدمها "
            "الميليشيات الإيرانية في مدينة منبج.")
    assert all(a1 == COALITION for a1, _a2 in sides(ex, text))
