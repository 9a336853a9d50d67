import pytest

from factcheck.numbers import chinese_numeral, parse_value, significant_step


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (44.3, 44.3),
        (106552, 106552.0),
        ("853.69 billion", 853.69e9),
        ("4.38 trillion", 4.38e12),
        ("1.2万", 12000.0),
        ("853.69亿", 85369000000.0),
        ("8536.9亿", 853690000000.0),
        ("1.5万亿", 1.5e12),
        ("3億", 3e8),
        ("2萬", 2e4),
        ("1,130.9", 1130.9),
        ("１２３．５", 123.5),
        ("2e5", 200000.0),
        ("-3.2", -3.2),
        ("5 million", 5e6),
        ("3bn", 3e9),
        ("一百二十", 120.0),
        ("两千四百五", 2450.0),
    ],
)
def test_parse_value_forms(text, value):
    assert parse_value(text) == pytest.approx(value)


@pytest.mark.parametrize("bad", ["", "lots", "12 bananas", "1.2.3", True, "万"])
def test_parse_value_refuses(bad):
    with pytest.raises(ValueError):
        parse_value(bad)


@pytest.mark.parametrize(
    ("text", "value"),
    [("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105), ("三万五", 35000), ("三万五千", 35000),
     ("五万亿", 5e12), ("一亿二千万", 1.2e8), ("十亿", 1e9), ("二〇二三", 2023), ("两亿五", 2.5e8)],
)
def test_chinese_numerals(text, value):
    assert chinese_numeral(text) == pytest.approx(value)


def test_significant_step():
    assert significant_step("44.3") == pytest.approx(0.1)
    assert significant_step("853.69") == pytest.approx(0.01)
    assert significant_step("300") == 1.0

