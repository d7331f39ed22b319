"""Balans-style adaptive large-neighbourhood search over a MIP backend (HiGHS or SCIP)."""
