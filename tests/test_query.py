"""The command-line parser: clauses in any order, names in both scripts, errors as messages."""
import pytest

from incidents.query.parser import ParseError, parse, tokenize

COMMANDS = ["search", "show", "help", "export", "quit", "exit", "stats", "format", "ingest"]


def q(line):
    return parse(line, COMMANDS).query


def test_clauses_combine_in_any_order():
    a = parse('actor NDF where "Deir ez-Zor" between 2021 2024', COMMANDS)
    b = parse("between 2021 2024 where Deir ez-Zor actor NDF", COMMANDS)
    assert a.name == b.name == "search"
    for cmd in (a, b):
        assert cmd.query.actors == ["NDF"]
        assert cmd.query.places == ["Deir ez-Zor"]
        assert (cmd.query.date_from, cmd.query.date_to) == ("2021", "2024")


def test_unquoted_multiword_names_latin_and_arabic():
    query = q("where Deir ez-Zor actor الدفاع الوطني since 2021-04")
    assert query.places == ["Deir ez-Zor"]
    assert query.actors == ["الدفاع الوطني"]
    assert query.date_from == "2021-04"
    assert q("actor قوات سوريا الديمقراطية where دير الزور").places == ["دير الزور"]


def test_repeated_clause_is_or_and_quotes_of_both_kinds():
    assert q("actor NDF actor قسد").actors == ["NDF", "قسد"]
    assert q("actor 'Syrian Democratic Forces' actor \"الدفاع الوطني\"").actors == [
        "Syrian Democratic Forces", "الدفاع الوطني"]
    # a quoted keyword is a name, not a clause
    assert q('actor "where"').actors == ["where"]
    # commas separate names too
    assert q("actor NDF, Asayish").actors == ["NDF", "Asayish"]


def test_apostrophe_inside_a_name_is_not_a_quote():
    assert q("where Dar'a").places == ["Dar'a"]
    assert tokenize("where Dar'a")[1].text == "Dar'a"


def test_between_since_until_limit():
    query = q("since 2021-04 until 2021-04-30 limit 5")
    assert (query.date_from, query.date_to, query.limit) == ("2021-04", "2021-04-30", 5)
    query = q("between 2022-04-01 2022-04-30")
    assert (query.date_from, query.date_to) == ("2022-04-01", "2022-04-30")
    assert not query.actors and not query.places


@pytest.mark.parametrize("line, message", [
    ("between 2021", "between needs two dates, e.g. between 2022-04-01 2022-04-30"),
    ("between 2021 actor NDF", "between needs two dates"),
    ("between", "between needs two dates"),
    ("between 2021 yesterday", "'yesterday' is not a date"),
    ("between 2021-13 2022", "no month 13"),
    ("between 2024 2021", "2024 is after 2021"),
    ("since", "since needs a date"),
    ("actor", "actor needs a name, e.g. actor NDF"),
    ("actor where Deir", "actor needs a name"),
    ("limit zero", "limit needs a whole number from 1 to 1,000,000,000"),
    ("limit 99999999999999999999", "limit needs a whole number from 1 to 1,000,000,000"),   # was OverflowError
    ("limit 1000000001", "from 1 to 1,000,000,000"),
    ("limit " + "9" * 5000, "from 1 to 1,000,000,000"),          # more digits than int() reads
    ("limit ²", "limit needs a whole number"),                   # a digit that is no decimal
    ("killed >= 99999999999999999999", "killed: '99999999999999999999' is too large a number"),
    ("injured " + "9" * 5000, "is too large a number"),
    ("killed ²", "'²' is not a whole number"),
    ('actor "NDF', "unclosed quote"),
    ("between 2021 2022 since 2020", "start date is already given"),
])
def test_errors_are_messages(line, message):
    with pytest.raises(ParseError) as err:
        parse(line, COMMANDS)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_unknown_command_suggests_the_closest():
    with pytest.raises(ParseError) as err:
        parse("shwo i-123", COMMANDS)
    assert str(err.value) == "unknown command 'shwo'; did you mean show?"
    with pytest.raises(ParseError) as err:
        parse("actr NDF", COMMANDS)
    assert "did you mean actor" in str(err.value)
    with pytest.raises(ParseError) as err:
        parse("zzzzzz", COMMANDS)
    assert str(err.value) == "unknown command 'zzzzzz'"


def test_commands_with_args_and_clauses():
    cmd = parse("export incidents actor NDF between 2021 2022", COMMANDS)
    assert (cmd.name, cmd.args, cmd.query.actors, cmd.query.date_to) == ("export", ["incidents"], ["NDF"], "2022")
    cmd = parse("show i-3f9c2a", COMMANDS)
    assert (cmd.name, cmd.args) == ("show", ["i-3f9c2a"]) and cmd.query.is_empty()
    # help takes its argument literally, even a clause word
    cmd = parse("help between", COMMANDS)
    assert (cmd.name, cmd.args) == ("help", ["between"])
    assert parse("   ", COMMANDS).name == ""
    assert parse("SHOW x", COMMANDS).name == "show"


def test_search_rejects_stray_words():
    with pytest.raises(ParseError) as err:
        parse("between 2021 2022 NDF", COMMANDS)
    assert "unexpected 'NDF'" in str(err.value)
