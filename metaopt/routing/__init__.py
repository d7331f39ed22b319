"""Vehicle routing (TSP, CVRP): instance, readers, distances, checker, greedy baseline."""
