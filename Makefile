PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench-smoke bench-mip bench-mip-quick clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

## demo: install, solve one shipped instance of each family, print the results table
demo: $(STAMP)
	@rm -f demo-results.db
	$(BIN)/metaopt solve instances/mip/small/setcover_200x400_s0.mps -t 10 --store demo-results.db
	$(BIN)/metaopt solve instances/jssp/taillard/ta01.txt -t 10 --store demo-results.db
	$(BIN)/metaopt solve instances/routing/tsp1000/tsp1000_s1000000.tsp -t 10 --store demo-results.db
	$(BIN)/metaopt solve instances/routing/cvrp100/cvrp100_s100100.vrp -t 10 --store demo-results.db
	$(BIN)/metaopt results --store demo-results.db

## test: install with dev extras, run the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check metaopt tests

## bench-smoke: a small spec over all three families (under 3 minutes on 2 cores)
bench-smoke: $(STAMP)
	@rm -f benchmarks/smoke.db
	$(BIN)/metaopt batch experiments/smoke.toml --store benchmarks/smoke.db --workers 2
	$(BIN)/metaopt report --store benchmarks/smoke.db --spec experiments/smoke.toml --out benchmarks/smoke

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache demo-results.db

## bench-mip: highs, scip, lns (both backends) and the public balans package (own venv)
BALANS_VENV := benchmarks/.balans-venv
$(BALANS_VENV)/bin/python:
	$(PYTHON) -m venv $(BALANS_VENV)
	$(BALANS_VENV)/bin/pip install -q balans

bench-mip: $(STAMP) $(BALANS_VENV)/bin/python
	METAOPT_BALANS_PYTHON=$(BALANS_VENV)/bin/python $(BIN)/metaopt batch experiments/mip.toml --store benchmarks/mip.db --workers 2
	$(BIN)/metaopt report --store benchmarks/mip.db --spec experiments/mip.toml --out benchmarks/mip

bench-mip-quick: $(STAMP) $(BALANS_VENV)/bin/python
	METAOPT_BALANS_PYTHON=$(BALANS_VENV)/bin/python $(BIN)/metaopt batch experiments/mip-60s.toml --store benchmarks/mip.db --workers 2
	$(BIN)/metaopt report --store benchmarks/mip.db --spec experiments/mip-60s.toml --out benchmarks/mip-60s
