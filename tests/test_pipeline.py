"""The pipeline checks the order of its stages from what each declares it reads, uses and writes."""

import pytest

from dateline.document import INPUT_PARTS, PARTS, stage
from dateline.pipeline import DEFAULT_STAGES, TEXT_STAGES, Pipeline, registered_stages


def test_every_stage_declares_known_parts_and_writes_something():
    specs = registered_stages()
    assert set(DEFAULT_STAGES) <= set(specs)
    for spec in specs.values():
        assert spec.writes, spec.name
        assert spec.reads | spec.uses | spec.writes <= PARTS
        assert not spec.writes & INPUT_PARTS, f"{spec.name} overwrites the input"


def test_the_default_orders_are_accepted():
    assert Pipeline().stage_names == list(DEFAULT_STAGES)
    assert Pipeline(stages=TEXT_STAGES).stage_names == list(TEXT_STAGES)


def test_a_stage_before_what_it_reads_is_refused():
    with pytest.raises(ValueError, match=r"stage 'clean' reads \['lines'\], which no earlier stage writes"):
        Pipeline(stages=("clean", "layout"))
    with pytest.raises(ValueError, match=r"stage 'quotes' reads \['docs', 'entities'\]"):
        Pipeline(stages=("layout", "clean", "quotes"))


def test_a_stage_before_what_it_uses_is_refused():
    # entities works without spaCy docs, but never before the stage that makes them
    Pipeline(stages=("layout", "clean", "entities"))
    with pytest.raises(ValueError, match=r"stage 'entities' uses \['docs'\], which a later stage writes"):
        Pipeline(stages=("layout", "clean", "entities", "nlp"))


def test_a_declaration_naming_an_unknown_part_is_refused():
    with pytest.raises(ValueError, match="unknown document part"):
        stage("broken", reads=("paragraphz",))
