"""UDC-style divide–conquer–reunion for large TSP and CVRP (Zheng et al., NeurIPS 2024)."""
