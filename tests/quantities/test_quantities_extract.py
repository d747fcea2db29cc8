"""Table-driven tests for claimcheck.quantities.extract_quantities."""

from __future__ import annotations

import pytest

from claimcheck.quantities import Quantity, extract_quantities

R = None  # shorthand: no range / no unit / no trend

# (text, [(surface, value, range, unit, bound, trend), ...])
CASES: list[tuple[str, list[tuple]]] = [
    # --- plain numbers -------------------------------------------------------------
    ("It employs 1,200 people.", [("1,200", 1200, R, R, "=", R)]),
    ("The score was 4.5 overall.", [("4.5", 4.5, R, R, "=", R)]),
    ("Temperatures of -3 were seen.", [("-3", -3, R, R, "=", R)]),
    ("A change of +2.5 was logged.", [("+2.5", 2.5, R, R, "=", R)]),
    ("About 1.2e6 cells.", [("About 1.2e6", 1.2e6, R, R, "~", R)]),
    ("Roughly 3 × 10^6 cells.", [("Roughly 3 × 10^6", 3e6, R, R, "~", R)]),
    ("twenty-six thousand fans", [("twenty-six thousand", 26000, R, R, "=", R)]),
    ("four million visitors", [("four million", 4e6, R, R, "=", R)]),
    ("a dozen eggs", [("a dozen", 12, R, R, "=", R)]),
    ("one and a half cups", [("one and a half", 1.5, R, R, "=", R)]),
    ("a million and one reasons", [("a million and one", 1000001, R, R, "=", R)]),
    ("a hundred stores", [("a hundred", 100, R, R, "=", R)]),
    ("hundred stores", [("hundred", 100, R, R, "=", R)]),
    ("4 million customers", [("4 million", 4e6, R, R, "=", R)]),
    ("a 1.2bn deal", [("1.2bn", 1.2e9, R, R, "=", R)]),
    ("3k runners", [("3k", 3000, R, R, "=", R)]),
    ("one hundred and six", [("one hundred and six", 106, R, R, "=", R)]),
    ("two hundred point five", [("two hundred point five", 200.5, R, R, "=", R)]),
    ("seventeen boats", [("seventeen", 17, R, R, "=", R)]),
    ("half a dozen boats", [("half a dozen", 6, R, R, "=", R)]),
    ("half a million boats", [("half a million", 5e5, R, R, "=", R)]),
    ("1,234,567 items", [("1,234,567", 1234567, R, R, "=", R)]),
    ("minus five degrees", [("minus five", -5, R, R, "=", R)]),
    ("ninety-nine problems", [("ninety-nine", 99, R, R, "=", R)]),
    # --- fractions and proportions ---------------------------------------------------
    ("one-quarter of sales", [("one-quarter", 0.25, R, R, "=", R)]),
    ("one quarter of sales", [("one quarter", 0.25, R, R, "=", R)]),
    ("a quarter of sales", [("a quarter", 0.25, R, R, "=", R)]),
    ("three quarters of sales", [("three quarters", 0.75, R, R, "=", R)]),
    ("two thirds of voters", [("two thirds", 2 / 3, R, R, "=", R)]),
    ("two-thirds of voters", [("two-thirds", 2 / 3, R, R, "=", R)]),
    ("1/4 of voters", [("1/4", 0.25, R, R, "=", R)]),
    ("2 1/2 cups", [("2 1/2", 2.5, R, R, "=", R)]),
    ("one in four adults", [("one in four", 0.25, R, R, "=", R)]),
    ("1 in 5 adults", [("1 in 5", 0.2, R, R, "=", R)]),
    ("one out of every 4 adults", [("one out of every 4", 0.25, R, R, "=", R)]),
    ("every fourth adult", [("every fourth", 0.25, R, R, "=", R)]),
    ("half of the staff left", [("half", 0.5, R, R, "=", R)]),
    ("it started half a century ago", [("half a century", 0.5, R, "century", "=", R)]),
    ("a quarter of a mile away", [("a quarter of a mile", 0.25, R, "mile", "=", R)]),
    ("about half a year later", [("about half a year", 0.5, R, "year", "~", R)]),
    ("more than half of the staff", [("more than half", 0.5, R, R, ">", R)]),
    ("a fifth of the budget", [("a fifth", 0.2, R, R, "=", R)]),
    ("five and a quarter miles", [("five and a quarter miles", 5.25, R, "mile", "=", R)]),
    ("½ cup", [("½", 0.5, R, R, "=", R)]),
    # --- percent ---------------------------------------------------------------------
    ("a 25% stake", [("25%", 25, R, "percent", "=", R)]),
    ("25 percent of it", [("25 percent", 25, R, "percent", "=", R)]),
    ("25 per cent of it", [("25 per cent", 25, R, "percent", "=", R)]),
    ("25 pct of it", [("25 pct", 25, R, "percent", "=", R)]),
    ("twenty percent of it", [("twenty percent", 20, R, "percent", "=", R)]),
    ("five percentage points", [("five percentage points", 5, R, "percentage_point", "=", R)]),
    ("27 % higher", [("27 %", 27, R, "percent", "=", R)]),
    # --- money -----------------------------------------------------------------------
    ("raised $155 million", [("$155 million", 155e6, R, "dollar", "=", R)]),
    ("paid €3bn", [("€3bn", 3e9, R, "euro", "=", R)]),
    ("USD 4 billion in aid", [("USD 4 billion", 4e9, R, "dollar", "=", R)]),
    ("costs £2,000", [("£2,000", 2000, R, "pound_sterling", "=", R)]),
    ("costs ¥500", [("¥500", 500, R, "yen", "=", R)]),
    ("costs 500 yen", [("500 yen", 500, R, "yen", "=", R)]),
    ("costs 20 EUR", [("20 EUR", 20, R, "euro", "=", R)]),
    ("costs GBP 20", [("GBP 20", 20, R, "pound_sterling", "=", R)]),
    ("costs 50 cents", [("50 cents", 50, R, "cent", "=", R)]),
    ("costs US$5", [("US$5", 5, R, "dollar", "=", R)]),
    ("costs C$10", [("C$10", 10, R, "canadian_dollar", "=", R)]),
    ("costs CAD 10", [("CAD 10", 10, R, "canadian_dollar", "=", R)]),
    ("costs A$3", [("A$3", 3, R, "australian_dollar", "=", R)]),
    ("costs 12 AUD", [("12 AUD", 12, R, "australian_dollar", "=", R)]),
    ("a $5m grant", [("$5m", 5e6, R, "dollar", "=", R)]),
    ("five million dollars", [("five million dollars", 5e6, R, "dollar", "=", R)]),
    ("$ 75 million of bonds", [("$ 75 million", 75e6, R, "dollar", "=", R)]),
    ("£ 8.10 million", [("£ 8.10 million", 8.1e6, R, "pound_sterling", "=", R)]),
    # --- multipliers -----------------------------------------------------------------
    ("2.5x faster", [("2.5x", 2.5, R, "times", "=", R)]),
    ("twice as many", [("twice", 2, R, "times", "=", R)]),
    ("sales could double", [("double", 2, R, "times", "=", R)]),
    ("prices could triple", [("triple", 3, R, "times", "=", R)]),
    ("a tenfold rise", [("tenfold", 10, R, "times", "=", R)]),
    ("3 times more", [("3 times", 3, R, "times", "=", R)]),
    ("a 3-fold rise", [("3-fold", 3, R, "times", "=", R)]),
    # --- ranges ----------------------------------------------------------------------
    ("20–30% of staff", [("20–30%", R, (20, 30), "percent", "=", R)]),
    ("20-30% of staff", [("20-30%", R, (20, 30), "percent", "=", R)]),
    ("20 to 30 percent", [("20 to 30 percent", R, (20, 30), "percent", "=", R)]),
    ("between 20 and 30 stores", [("between 20 and 30", R, (20, 30), R, "=", R)]),
    ("from 4 to 5 million", [("from 4 to 5 million", R, (4e6, 5e6), R, "=", R)]),
    ("1,200–1,300 workers", [("1,200–1,300", R, (1200, 1300), R, "=", R)]),
    ("roughly 20 to 30 stores", [("roughly 20 to 30", R, (20, 30), R, "~", R)]),
    ("$20-30 million", [("$20-30 million", R, (20e6, 30e6), "dollar", "=", R)]),
    ("20% to 30%", [("20% to 30%", R, (20, 30), "percent", "=", R)]),
    ("5k-20k", [("5k-20k", R, (5000, 20000), R, "=", R)]),
    ("10 and 20 apples", [("10", 10, R, R, "=", R), ("20", 20, R, R, "=", R)]),
    # --- bounds ----------------------------------------------------------------------
    ("around 40 stores", [("around 40", 40, R, R, "~", R)]),
    ("about 40 stores", [("about 40", 40, R, R, "~", R)]),
    ("nearly 40 stores", [("nearly 40", 40, R, R, "~", R)]),
    ("almost 40 stores", [("almost 40", 40, R, R, "~", R)]),
    ("some 40 stores", [("some 40", 40, R, R, "~", R)]),
    ("approximately 40 stores", [("approximately 40", 40, R, R, "~", R)]),
    ("an estimated 40 stores", [("an estimated 40", 40, R, R, "~", R)]),
    ("~40 stores", [("~40", 40, R, R, "~", R)]),
    ("over 40 stores", [("over 40", 40, R, R, ">", R)]),
    ("more than 40 stores", [("more than 40", 40, R, R, ">", R)]),
    ("in excess of $40", [("in excess of $40", 40, R, "dollar", ">", R)]),
    ("upwards of 40 stores", [("upwards of 40", 40, R, R, ">", R)]),
    ("north of 40 stores", [("north of 40", 40, R, R, ">", R)]),
    ("at least 40 stores", [("at least 40", 40, R, R, ">=", R)]),
    ("no less than 40 stores", [("no less than 40", 40, R, R, ">=", R)]),
    ("a minimum of 40 stores", [("a minimum of 40", 40, R, R, ">=", R)]),
    ("under 40 stores", [("under 40", 40, R, R, "<", R)]),
    ("less than 40%", [("less than 40%", 40, R, "percent", "<", R)]),
    ("fewer than 40 stores", [("fewer than 40", 40, R, R, "<", R)]),
    ("below 40 stores", [("below 40", 40, R, R, "<", R)]),
    ("at most 40 stores", [("at most 40", 40, R, R, "<=", R)]),
    ("up to 40 stores", [("up to 40", 40, R, R, "<=", R)]),
    ("no more than 40 stores", [("no more than 40", 40, R, R, "<=", R)]),
    ("a maximum of 40 stores", [("a maximum of 40", 40, R, R, "<=", R)]),
    ("100 or more stores", [("100 or more", 100, R, R, ">=", R)]),
    ("5 or fewer stores", [("5 or fewer", 5, R, R, "<=", R)]),
    ("20-plus years", [("20-plus years", 20, R, "year", ">", R)]),
    ("20+ stores", [("20+", 20, R, R, ">", R)]),
    # --- trends ----------------------------------------------------------------------
    ("sales rose 5%", [("5%", 5, R, "percent", "=", "up")]),
    ("sales grew by 5%", [("5%", 5, R, "percent", "=", "up")]),
    ("staff increased to 20", [("20", 20, R, R, "=", "up")]),
    ("shares climbed 7%", [("7%", 7, R, "percent", "=", "up")]),
    ("shares jumped 7%", [("7%", 7, R, "percent", "=", "up")]),
    ("the index fell 3 points", [("3", 3, R, R, "=", "down")]),
    ("profit dropped by about 10 percent",
     [("about 10 percent", 10, R, "percent", "~", "down")]),
    ("demand declined 2%", [("2%", 2, R, "percent", "=", "down")]),
    ("demand decreased by 2%", [("2%", 2, R, "percent", "=", "down")]),
    ("the pound slid 1.5%", [("1.5%", 1.5, R, "percent", "=", "down")]),
    ("sales rose more than 5%", [("more than 5%", 5, R, "percent", ">", "up")]),
    # --- units -----------------------------------------------------------------------
    ("a 3-inch gap", [("3-inch", 3, R, "inch", "=", R)]),
    ("walked 10 km", [("10 km", 10, R, "kilometre", "=", R)]),
    ("weighs 200lbs", [("200lbs", 200, R, "pound", "=", R)]),
    ("weighs 5 kg", [("5 kg", 5, R, "kilogram", "=", R)]),
    ("a 2,000 sq ft home", [("2,000 sq ft", 2000, R, "square_foot", "=", R)]),
    ("a 2,000 square feet home", [("2,000 square feet", 2000, R, "square_foot", "=", R)]),
    ("at 60 mph", [("60 mph", 60, R, "mile_per_hour", "=", R)]),
    ("reached 30 °C", [("30 °C", 30, R, "degree_celsius", "=", R)]),
    ("reached 86°F", [("86°F", 86, R, "degree_fahrenheit", "=", R)]),
    ("a 5 GB plan", [("5 GB", 5, R, "gigabyte", "=", R)]),
    ("used 10 kWh", [("10 kWh", 10, R, "kilowatt_hour", "=", R)]),
    ("took 3 hrs", [("3 hrs", 3, R, "hour", "=", R)]),
    ("for 2 yrs", [("2 yrs", 2, R, "year", "=", R)]),
    ("75ml of oil", [("75ml", 75, R, "millilitre", "=", R)]),
    ("4 million pairs", [("4 million pairs", 4e6, R, "pair", "=", R)]),
    ("a 45-acre farm", [("45-acre", 45, R, "acre", "=", R)]),
    ("10 hectares", [("10 hectares", 10, R, "hectare", "=", R)]),
    ("500 metres away", [("500 metres", 500, R, "metre", "=", R)]),
    ("1.8m tall", [("1.8m", 1.8, R, "metre", "=", R)]),
    ("16,000 metric tons", [("16,000 metric tons", 16000, R, "tonne", "=", R)]),
    ("five factories", [("five", 5, R, R, "=", R)]),
    # --- calendar years, durations, ages -----------------------------------------------
    ("founded in 1982", [("1982", 1982, R, "calendar_year", "=", R)]),
    ("open since 1906", [("1906", 1906, R, "calendar_year", "=", R)]),
    ("in early 2020 it grew", [("2020", 2020, R, "calendar_year", "=", R)]),
    ("in March 2020 it grew", [("2020", 2020, R, "calendar_year", "=", R)]),
    ("during the 1990s", [("1990s", R, (1990, 1999), "calendar_year", "=", R)]),
    ("1982 pairs", [("1982 pairs", 1982, R, "pair", "=", R)]),
    ("1,982 items", [("1,982", 1982, R, R, "=", R)]),
    ("from 1990 to 2000", [("from 1990 to 2000", R, (1990, 2000), "calendar_year", "=", R)]),
    ("three years later", [("three years", 3, R, "year", "=", R)]),
    ("several decades", [("several decades", 3, R, "decade", ">=", R)]),
    ("a few years", [("a few years", 3, R, "year", "~", R)]),
    ("a century ago", [("a century", 1, R, "century", "=", R)]),
    ("over a century ago", [("over a century", 1, R, "century", ">", R)]),
    ("for decades", [("decades", 2, R, "decade", ">=", R)]),
    ("dozens of stores", [("dozens", 24, R, R, ">=", R)]),
    ("hundreds of stores", [("hundreds", 200, R, R, ">=", R)]),
    ("thousands of stores", [("thousands", 2000, R, R, ">=", R)]),
    ("millions of stores", [("millions", 2e6, R, R, ">=", R)]),
    ("thousands of years", [("thousands of years", 2000, R, "year", ">=", R)]),
    ("he is 87 years old", [("87 years old", 87, R, "year", "=", R)]),
    ("a 10-year-old boy", [("10-year-old", 10, R, "year", "=", R)]),
    ("ten months old", [("ten months old", 10, R, "month", "=", R)]),
    ("earns $5 a day", [("$5", 5, R, "dollar", "=", R)]),
    # --- forms added with bench/extraction.py -----------------------------------------
    ("1.1^23", [("1.1^23", 1.1 ** 23, R, R, "=", R)]),
    ("-2.5^-1", [("-2.5^-1", -0.4, R, R, "=", R)]),
    ("1.3x10^6 cells", [("1.3x10^6", 1.3e6, R, R, "=", R)]),
    ("a 2.48×10−5 factor", [("2.48×10−5", 2.48e-5, R, R, "=", R)]),
    ("2 x 100 boxes", [("2", 2, R, R, "=", R), ("100", 100, R, R, "=", R)]),
    ("one over three", [("one over three", 1 / 3, R, R, "=", R)]),
    ("1 over 20", [("1 over 20", 0.05, R, R, "=", R)]),
    ("he scored 10 over 20 games", [("10", 10, R, R, "=", R), ("over 20", 20, R, R, ">", R)]),
    ("quarter million fans", [("quarter million", 250000, R, R, "=", R)]),
    ("three quarters billion dollars", [("three quarters billion dollars", 7.5e8, R, "dollar", "=", R)]),
    ("greater than 100 and smaller than 300",
     [("greater than 100 and smaller than 300", R, (100, 300), R, "=", R)]),
    ("at most 100 and at least 20 apples", [("at most 100 and at least 20", R, (20, 100), R, "=", R)]),
    ("above 5, but below 15", [("above 5, but below 15", R, (5, 15), R, "=", R)]),
    ("more than 40 and less than 10", [("more than 40", 40, R, R, ">", R), ("less than 10", 10, R, R, "<", R)]),
    ("less or equal than 30", [("less or equal than 30", 30, R, R, "<=", R)]),
    ("sales exceed 3000", [("exceed 3000", 3000, R, R, ">", R)]),
    ("it cost 3 dollars 50 cents", [("3 dollars 50 cents", 3.5, R, "dollar", "=", R)]),
    ("thirteen dollars and forty-five cents",
     [("thirteen dollars and forty-five cents", 13.45, R, "dollar", "=", R)]),
    ("paid 15 dollars and 15 people came", [("15 dollars", 15, R, "dollar", "=", R), ("15", 15, R, R, "=", R)]),
    ("c $ 300 million charge", [("c $ 300 million", 3e8, R, "canadian_dollar", "=", R)]),
    ("hk $ 10.05 billion", [("hk $ 10.05 billion", 10.05e9, R, "hong_kong_dollar", "=", R)]),
    ("6.25 BTC", [("6.25 BTC", 6.25, R, "bitcoin", "=", R)]),
    ("420 million finnish markka", [("420 million finnish markka", 4.2e8, R, "finnish_markka", "=", R)]),
    ("3 dimes", [("3 dimes", 3, R, "dime", "=", R)]),
    ("16.25 nanometers", [("16.25 nanometers", 16.25, R, "nanometre", "=", R)]),
    ("150 microgram", [("150 microgram", 150, R, "microgram", "=", R)]),
    ("120 μg", [("120 μg", 120, R, "microgram", "=", R)]),
    ("14 mGy", [("14 mGy", 14, R, "milligray", "=", R)]),
    ("2.80 GHz", [("2.80 GHz", 2.8, R, "gigahertz", "=", R)]),
    ("1.7 eV", [("1.7 eV", 1.7, R, "electronvolt", "=", R)]),
    ("7.3 MWh", [("7.3 MWh", 7.3, R, "megawatt_hour", "=", R)]),
    ("4 cubic kilometers", [("4 cubic kilometers", 4, R, "cubic_kilometre", "=", R)]),
    ("3 tablespoons", [("3 tablespoons", 3, R, "tablespoon", "=", R)]),
    ("0.8rad", [("0.8rad", 0.8, R, "radian", "=", R)]),
    # --- look-alikes that are not quantities -----------------------------------------
    ("the 990 is great", []),
    ("the 992 and 993 are models", []),
    ("the new 990v6 shoe", []),
    ("a Ford F-150 truck", []),
    ("an Airbus A320", []),
    ("the iPhone 15 launch", []),
    ("see Section 3", []),
    ("in room 12", []),
    ("on page 4", []),
    ("release v2.1", []),
    ("version 3.8.1", []),
    ("Python 3.11 is out", []),
    ("call 555-123-4567", []),
    ("call +1 (617) 555 0100", []),
    ("at 123 Main Street", []),
    ("at 100 Guest St", []),
    ("meet at 5 pm", []),
    ("meet at 10:30", []),
    ("Boston, MA 02115", []),
    ("ISBN 978-3-16-148410-0", []),
    ("#42 trending", []),
    ("the 3rd factory", []),
    ("the first factory", []),
    ("the third factory", []),
    ("one of the few brands", []),
    ("the one opening soon", []),
    ("no one came", []),
    ("one another", []),
    ("in the second half of the year", []),
    ("a next generation service", []),
    ("COVID-19 cases", []),
    ("on 5/17/2018", []),
    # --- several quantities ------------------------------------------------------------
    ("one factory and 1,200 workers",
     [("one", 1, R, R, "=", R), ("1,200", 1200, R, R, "=", R)]),
    ("In 2019, sales rose 5% to $20 million.",
     [("2019", 2019, R, "calendar_year", "=", R), ("5%", 5, R, "percent", "=", "up"),
      ("$20 million", 20e6, R, "dollar", "=", R)]),
    ("Nike sold 4 million pairs of the 990 in 2021.",
     [("4 million pairs", 4e6, R, "pair", "=", R), ("2021", 2021, R, "calendar_year", "=", R)]),
]


def _row(q: Quantity) -> tuple:
    """Quantity -> comparable tuple (floats rounded)."""
    value = None if q.value is None else round(q.value, 6)
    rng = None if q.range is None else (round(q.range[0], 6), round(q.range[1], 6))
    return (q.text, value, rng, q.unit, q.bound, q.trend)


def _expected(row: tuple) -> tuple:
    """Normalise an expected row the same way."""
    surface, value, rng, unit, bound, trend = row
    value = None if value is None else round(float(value), 6)
    rng = None if rng is None else (round(float(rng[0]), 6), round(float(rng[1]), 6))
    return (surface, value, rng, unit, bound, trend)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_extract(text: str, expected: list[tuple]) -> None:
    """Each text yields exactly the expected quantities, in order."""
    got = extract_quantities(text)
    assert [_row(q) for q in got] == [_expected(e) for e in expected]
    for q in got:
        assert text[q.start:q.end] == q.text


def test_to_dict_is_jsonable() -> None:
    """to_dict() returns plain JSON types with the range as a list."""
    import json

    (q,) = extract_quantities("between 20 and 30 percent")
    d = q.to_dict()
    assert d["range"] == [20.0, 30.0] and d["unit"] == "percent"
    json.dumps(d)


def test_sorted_and_non_overlapping() -> None:
    """Results are sorted by start and never overlap."""
    text = "About 20-30% of 1,200 workers, some 40 stores and $5m since 1990 rose 5%."
    got = extract_quantities(text)
    assert all(a.end <= b.start for a, b in zip(got, got[1:], strict=False))
