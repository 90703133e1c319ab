"""The ISAF press releases' annotation as scripts/eval-articles and scripts/fit-confidence read it
(../shared/data/news/isaf-press-releases-dev.jsonl; see ../shared/data/PROVENANCE.md, news/)."""

# Truce's province names where the annotation spells them otherwise.
PROVINCE = {"paktia": "paktya", "sar-e-pul": "sar-e pul", "nimruz": "nimroz", "daykundi": "day_kundi"}

# The annotation's event types of a detention, and of an armed act.
DETENTION = {"detention", "captureandkill"}
ARMED = {"airstrike", "insurgentskilled", "exchangeoffire", "civiliancasualty", "captureandkill"}


def slug(admin1):
    """A Truce admin1 name in the annotation's spelling of provinces."""
    key = admin1.lower()
    return PROVINCE.get(key, key.replace(" ", "_"))


def expected(record):
    """The annotation's fields of a release, lists split into sets."""
    e = record["expected"]
    split = lambda values: {part.strip() for value in values for part in value.split(";") if part.strip()}
    return {
        "start_date": e["start_date"], "province": split(e["province"]), "min_killed": e["min_killed"],
        "min_captured": e["min_captured"], "event_type": split(e["event_type"]), "target_group": split(e["target_group"]),
    }


def is_right(event, truth):
    """Whether an event with an ACLED type (one of `truce code`'s JSON events) is right for a release annotated
    `truth` (from `expected`): done, dated the release's start_date, placed in a province the annotation names (or
    none is named), and of a kind the annotation's types name (a detention for detention or captureandkill, an armed
    act for the others)."""
    place = event["location"]["admin1"]
    held = event["code"].startswith(("173", "1711", "181")) or bool(event["detained"])
    kind = truth["event_type"] & (DETENTION if held else ARMED)
    return (event["modality"] == "done" and event["date"] == truth["start_date"] and bool(kind)
            and (not truth["province"] or (place is not None and slug(place) in truth["province"])))
