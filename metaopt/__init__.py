"""metaopt: one meta-solver for MIP, job-shop scheduling and vehicle routing."""

from metaopt.check import Verdict, check
from metaopt.errors import InputError
from metaopt.read import read
from metaopt.result import Result, Status, TrajectoryPoint
from metaopt.solve import solve
from metaopt.version import __version__

__all__ = ["InputError", "Result", "Status", "TrajectoryPoint", "Verdict", "__version__",
           "check", "read", "solve"]
