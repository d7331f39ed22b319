"""The evaluation points of a training run: each is logged, added to the curve, and the
weights with the best (lowest) score so far are kept to be restored at the end."""

from __future__ import annotations

import json

from torch import nn


class BestWeights:
    def __init__(self, model: nn.Module, progress=print) -> None:
        self.model, self.progress = model, progress
        self.curve: list[dict] = []
        self.best, self.state = float("inf"), None

    def record(self, score: float, point: dict) -> None:
        """Log ``point``, append it to the curve, and keep the weights if ``score`` is best."""
        self.curve.append(point)
        self.progress(json.dumps(point))
        if score <= self.best:
            self.best = score
            self.state = {k: v.clone() for k, v in self.model.state_dict().items()}

    def restore(self) -> list[dict]:
        """Load the best weights into the model; the curve."""
        self.model.load_state_dict(self.state)
        return self.curve
