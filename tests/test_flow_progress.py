"""The run's progress artifact is updated at most every few seconds, and always at the end."""

from __future__ import annotations

from flows import pipeline


def test_progress_updates_are_throttled_but_the_end_is_always_shown(monkeypatch):
    shown: list[float] = []
    monkeypatch.setattr(pipeline, "update_progress_artifact",
                        lambda artifact_id, progress: shown.append(progress))
    clock = [100.0]
    progress = pipeline._Progress("id", 10, every=2.0, clock=lambda: clock[0])
    for done in range(1, 10):  # nine documents within one second
        clock[0] += 0.1
        progress.update(done)
    assert shown == []
    clock[0] += 2.0
    progress.update(9)
    assert shown == [90.0]
    progress.update(9)  # nothing new: no call
    progress.update(10, final=True)
    assert shown == [90.0, 100.0]
