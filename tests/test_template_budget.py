"""The processor-time budget per clause: set for every render, with one signal handler per assembly."""

from __future__ import annotations

import datetime as dt
import signal

import pytest
from conftest import EXAMPLE_FILES

from akkoord.answers.loading import load_answers
from akkoord.assembly import assemble
from akkoord.library import load_library
from akkoord.render import make_environment


@pytest.fixture
def signal_calls(monkeypatch):
    calls: list[tuple[int, object]] = []
    original = signal.signal

    def recording(number, handler):
        calls.append((number, handler))
        return original(number, handler)

    monkeypatch.setattr(signal, "signal", recording)
    return calls


def test_an_assembly_installs_one_handler_and_restores_the_one_before(signal_calls):
    library = load_library()
    before = signal.getsignal(signal.SIGPROF)
    assemble(load_answers(EXAMPLE_FILES[-1]), library, today=dt.date(2026, 12, 2))
    assert [number for number, _ in signal_calls] == [signal.SIGPROF, signal.SIGPROF]
    assert signal.getsignal(signal.SIGPROF) is before
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def test_a_render_outside_an_assembly_still_installs_and_restores_its_own(signal_calls):
    env = make_environment()
    before = signal.getsignal(signal.SIGPROF)
    assert env.from_string("{{ 1 + 1 }}").render() == "2"
    assert len(signal_calls) == 2
    assert signal.getsignal(signal.SIGPROF) is before
