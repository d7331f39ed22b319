"""Job-shop scheduling: instance, readers, Taillard generator, checker, CP-SAT baseline."""
