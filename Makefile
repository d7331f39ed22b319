PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint readme-params bench-smoke bench-mip bench-mip-quick bench-mip-a bench-mip-b bench-mip-b-core mip-set-b bench-jssp bench-jssp-rl jssp-set-dev bench-jssp-1worker bench-jssp-quick bench-routing bench-routing-scale bench-routing-udc routing-udc-dev routing-tsp-crossover-dev bench-routing-grid bench-routing-grid-tsp bench-routing-grid-recheck bench-routing-learned bench-routing-cvrp bench-routing-full bench-routing-quick clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

## demo: install, then each family's meta engine beside its plain baseline on one shipped instance
## (same instance, seed and 10 s limit), as one side-by-side table (about 1.5 minutes)
DEMO_RUN = $(BIN)/metaopt solve -t 10 -q --store demo-results.db
demo: $(STAMP)
	@rm -f demo-results.db
	$(DEMO_RUN) instances/mip/hard/setcover_500x1000_s1.mps.gz -e highs
	$(DEMO_RUN) instances/mip/hard/setcover_500x1000_s1.mps.gz -e lns
	$(DEMO_RUN) instances/jssp/taillard/ta21.txt -e cpsat
	$(DEMO_RUN) instances/jssp/taillard/ta21.txt -e rl-cp
	$(DEMO_RUN) instances/routing/tsp1000/tsp1000_s1000000.tsp -e greedy
	$(DEMO_RUN) instances/routing/tsp1000/tsp1000_s1000000.tsp -e udc -p stages=1000 -p conquer=fast-tsp
	$(DEMO_RUN) instances/routing/cvrp1000/cvrp1000_s1000100.vrp -e pyvrp
	$(DEMO_RUN) instances/routing/cvrp1000/cvrp1000_s1000100.vrp -e udc -p stages=1000 -p n=200
	$(BIN)/metaopt report --store demo-results.db

## test: install with dev extras, run the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest

## readme-params: regenerate the README's engine parameter tables from the engines' Params
readme-params: $(STAMP)
	$(BIN)/python -m metaopt.readme_tables README.md

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

## bench-mip-a: set A (22 MIPLIB) at 60 s: HiGHS, SCIP, lns on HiGHS, its scout controls, balans, one
## thread per run, two at a time; then HiGHS and lns with both cores, one at a time (fresh store, ~1 h 50 min)
bench-mip-a: $(STAMP) $(BALANS_VENV)/bin/python
	rm -f benchmarks/mip-a.db
	METAOPT_BALANS_PYTHON=$(BALANS_VENV)/bin/python $(BIN)/metaopt batch experiments/mip-a-60s.toml --store benchmarks/mip-a.db --workers 2
	$(BIN)/metaopt batch experiments/mip-a-60s-2t.toml --store benchmarks/mip-a.db --workers 1
	$(BIN)/metaopt report --store benchmarks/mip-a.db --out benchmarks/mip-a-60s

## mip-set-b: issue 15's set B (4 seeds x 5 families at the learned-LNS sizes) and its dev set
MIPB := benchmarks/instances/mip-b
mip-set-b: $(STAMP)
	mkdir -p $(MIPB) benchmarks/instances/mip-dev
	for d in "$(MIPB) -s 1 -n 4" "benchmarks/instances/mip-dev -s 1000 -n 1"; do set -- $$d; \
	  $(BIN)/metaopt generate mip cauction --items 1000 --bids 4000 -o $$@ > /dev/null; \
	  $(BIN)/metaopt generate mip setcover --rows 3000 --cols 6000 -o $$@ > /dev/null; \
	  $(BIN)/metaopt generate mip indset --nodes 6000 -o $$@ > /dev/null; \
	  $(BIN)/metaopt generate mip facility --customers 100 --facilities 200 -o $$@ > /dev/null; \
	  $(BIN)/metaopt generate mip mknapsack --items 400 --knapsacks 40 -o $$@ > /dev/null; \
	done

## bench-mip-b: set B at 60 s, one thread (resumes: rm the store for a fresh table)
bench-mip-b: mip-set-b $(BALANS_VENV)/bin/python
	$(BIN)/metaopt batch experiments/mip-b-60s.toml --store benchmarks/mip-b.db --workers 2
	METAOPT_BALANS_PYTHON=$(BALANS_VENV)/bin/python $(BIN)/metaopt batch experiments/mip-b-60s-more.toml --store benchmarks/mip-b.db --workers 2
	$(BIN)/metaopt report --store benchmarks/mip-b.db --out benchmarks/mip-b-60s

## bench-mip-b-core: set B, plain HiGHS beside lns on HiGHS and its start=none control, one thread per
## run, two at a time; both on both cores, one at a time; then SCIP, lns on SCIP and balans (fresh
## store, ~1 h 50 min)
bench-mip-b-core: mip-set-b $(BALANS_VENV)/bin/python
	rm -f benchmarks/mip-b-core.db
	$(BIN)/metaopt batch experiments/mip-b-60s-core.toml --store benchmarks/mip-b-core.db --workers 2
	$(BIN)/metaopt batch experiments/mip-b-60s-2t.toml --store benchmarks/mip-b-core.db --workers 1
	METAOPT_BALANS_PYTHON=$(BALANS_VENV)/bin/python $(BIN)/metaopt batch experiments/mip-b-60s-scip.toml --store benchmarks/mip-b-core.db --workers 2
	$(BIN)/metaopt report --store benchmarks/mip-b-core.db --out benchmarks/mip-b-60s-all

## bench-jssp: issue 16's job-shop benchmark, every run on both cores, one run at a time: 80 Taillard and
## DMU41-80 at 10 s (~1.7 h) and 60 s (~8 h); resumes (delete benchmarks/jssp-cores.db for a fresh store)
bench-jssp: $(STAMP) benchmarks/policies/jssp-untrained.pt
	for s in jssp-cores-10s jssp-cores-dmu-10s jssp-cores-60s jssp-cores-dmu-60s; do \
	  $(BIN)/metaopt batch experiments/$$s.toml --store benchmarks/jssp-cores.db --workers 1 && \
	  $(BIN)/metaopt report --store benchmarks/jssp-cores.db --spec experiments/$$s.toml --out benchmarks/$$s || exit 1; \
	done

## bench-jssp-rl: issue 16's `rl` alone at 5 s on all 80 Taillard, with its whole-schedule control and the
## untrained control (fresh store, ~27 min on one core)
bench-jssp-rl: $(STAMP) benchmarks/policies/jssp-untrained.pt
	rm -f benchmarks/jssp-rl.db
	$(BIN)/metaopt batch experiments/jssp-rl-5s.toml --store benchmarks/jssp-rl.db --workers 1
	$(BIN)/metaopt report --store benchmarks/jssp-rl.db --spec experiments/jssp-rl-5s.toml --out benchmarks/jssp-rl-5s

## jssp-set-dev: the job-shop development set (tuning only), generated: Taillard-like, Demirkol-like
## and DMU41-80-like (two machine sets) instances, 23 in all
jssp-set-dev: $(STAMP)
	for s in "30 20" "50 15" "50 20" "100 20"; do set -- $$s; \
	  $(BIN)/metaopt generate jssp -j $$1 -m $$2 --seed 5000 -n 2 -o benchmarks/instances/jssp-dev || exit 1; done
	for s in "15 15" "20 15" "20 20"; do set -- $$s; \
	  $(BIN)/metaopt generate jssp -j $$1 -m $$2 --seed 6000 -n 3 -o benchmarks/instances/jssp-dev || exit 1; done
	$(BIN)/metaopt generate jssp -j 30 -m 20 --kind demirkol --seed 5100 -n 2 -o benchmarks/instances/jssp-dev
	for s in "20 15" "30 20" "40 20" "50 20"; do set -- $$s; $(BIN)/metaopt generate jssp -j $$1 -m $$2 \
	  --kind demirkol-2sets --seed 5200 -o benchmarks/instances/jssp-dev || exit 1; done

## the untrained control of rl-cp: the network the shipped policy's training started from
benchmarks/policies/jssp-untrained.pt: $(STAMP)
	mkdir -p benchmarks/policies
	$(BIN)/metaopt train jssp --untrained --out $@

## bench-jssp-1worker: issue 4's benchmark, one CP-SAT worker per run (80 Taillard + DMU, 10 s and 60 s; ~10 h)
bench-jssp-1worker: $(STAMP)
	$(BIN)/metaopt batch experiments/jssp.toml --store benchmarks/jssp.db --workers 2
	$(BIN)/metaopt report --store benchmarks/jssp.db --spec experiments/jssp.toml --out benchmarks/jssp

## bench-jssp-quick: 80 Taillard at 10 s, and 60 s on one instance per size group (~1 h)
bench-jssp-quick: $(STAMP)
	$(BIN)/metaopt batch experiments/jssp-10s.toml --store benchmarks/jssp.db --workers 2
	$(BIN)/metaopt report --store benchmarks/jssp.db --spec experiments/jssp-10s.toml --out benchmarks/jssp-10s
	$(BIN)/metaopt batch experiments/jssp-60s-groups.toml --store benchmarks/jssp.db --workers 2
	$(BIN)/metaopt report --store benchmarks/jssp.db --spec experiments/jssp-60s-groups.toml --out benchmarks/jssp-60s-groups

## bench-routing: issue 5's benchmark as run in sessions 3-6 (~2.5 h on 2 cores): TSP1000 (16), TSP500/2000 (8 each)
## and TSPLIB 1000-4461 at 10 s; CVRP500 (2), CVRP1000 (4), X-n1001-k43 at 60 s; all 16 CVRP1000 at 60 s
bench-routing: $(STAMP)
	for s in routing-tsp routing-tsplib routing-cvrp routing-cvrp1000-all; do \
	  $(BIN)/metaopt batch experiments/$$s.toml --store benchmarks/$$s.db --workers 2 && \
	  $(BIN)/metaopt report --store benchmarks/$$s.db --spec experiments/$$s.toml --out benchmarks/$$s || exit 1; \
	done

## bench-routing-scale: issue 17's TSP at scale: uniform 10k / 100k (generated here) and TSPLIB >= 10k
## nodes; ils, auto, udc at 10 and 60 s, ils at 300 s (~30 min on 2 cores)
bench-routing-scale: $(STAMP)
	mkdir -p benchmarks/instances
	for s in 1 2; do $(BIN)/metaopt generate tsp --nodes 10000 -s $$s -o benchmarks/instances > /dev/null; done
	$(BIN)/metaopt generate tsp --nodes 100000 -s 1 -o benchmarks/instances > /dev/null
	rm -f benchmarks/routing-scale.db
	$(BIN)/metaopt batch experiments/routing-scale.toml --store benchmarks/routing-scale.db --workers 2
	$(BIN)/metaopt report --store benchmarks/routing-scale.db --spec experiments/routing-scale.toml --out benchmarks/routing-scale

## bench-routing-udc: the default udc on 11 TSP1000 at 10 s beside fast-tsp, ils and the old defaults (~5 min)
bench-routing-udc: $(STAMP)
	rm -f benchmarks/routing-udc-default.db
	$(BIN)/metaopt batch experiments/routing-udc-default.toml --store benchmarks/routing-udc-default.db --workers 2
	$(BIN)/metaopt report --store benchmarks/routing-udc-default.db --spec experiments/routing-udc-default.toml --out benchmarks/routing-udc-default

## routing-tsp-crossover-dev: fast-tsp against ils on development TSPs of 4000-6000 nodes at 10/60 s,
## for auto's TSP crossover (~6 min)
routing-tsp-crossover-dev: $(STAMP)
	mkdir -p benchmarks/instances/tsp-crossover-dev
	for n in 4000 5000 6000; do for s in 7 21; do $(BIN)/metaopt generate tsp --nodes $$n -s $$s -o benchmarks/instances/tsp-crossover-dev > /dev/null; done; done
	rm -f benchmarks/routing-tsp-crossover-dev.db
	$(BIN)/metaopt batch experiments/routing-tsp-crossover-dev.toml --store benchmarks/routing-tsp-crossover-dev.db --workers 2
	$(BIN)/metaopt report --store benchmarks/routing-tsp-crossover-dev.db --spec experiments/routing-tsp-crossover-dev.toml --out /tmp/routing-tsp-crossover-dev

## routing-udc-dev: udc's TSP development runs (divider, piece size) on 1k/5k/10k/50k at 10/60 s (~20 min)
routing-udc-dev: $(STAMP)
	mkdir -p benchmarks/instances/udc-dev
	for n in 5000 10000 50000; do $(BIN)/metaopt generate tsp --nodes $$n -s 21 -o benchmarks/instances/udc-dev > /dev/null; done
	$(BIN)/metaopt batch experiments/routing-udc-dev.toml --store benchmarks/routing-udc-dev.db --workers 2
	$(BIN)/metaopt report --store benchmarks/routing-udc-dev.db --spec experiments/routing-udc-dev.toml --out /tmp/routing-udc-dev

# The grid's uniform TSP instances (seed 11), shared by bench-routing-grid and bench-routing-grid-tsp
GRID_TSP = for n in 1000 5000 10000 50000; do $(BIN)/metaopt generate tsp --nodes $$n -s 11 -o benchmarks/instances/grid > /dev/null; done

## bench-routing-grid: issue 17's auto grid: TSP 1k/5k/10k/50k and CVRP 1k/3k/5k/10k, every candidate
## and auto at 10/60/300 s (about 1.5 h on 2 cores; resumes: the store is kept, delete it for a fresh table)
bench-routing-grid: $(STAMP)
	mkdir -p benchmarks/instances/grid
	$(GRID_TSP)
	for n in 1000 3000 5000 10000; do $(BIN)/metaopt generate cvrp --customers $$n --capacity 300 -s 11 -o benchmarks/instances/grid > /dev/null; done
	$(BIN)/metaopt batch experiments/routing-grid.toml --store benchmarks/routing-grid.db --workers 2
	$(BIN)/metaopt report --store benchmarks/routing-grid.db --spec experiments/routing-grid.toml --out benchmarks/routing-grid

## bench-routing-grid-tsp: the TSP half of the grid again (udc's TSP defaults changed in session 21),
## fresh store, two one-thread runs at a time (~45 min)
bench-routing-grid-tsp: $(STAMP)
	mkdir -p benchmarks/instances/grid
	$(GRID_TSP)
	rm -f benchmarks/routing-grid-tsp.db
	$(BIN)/metaopt batch experiments/routing-grid-tsp.toml --store benchmarks/routing-grid-tsp.db --workers 2
	$(BIN)/metaopt report --store benchmarks/routing-grid-tsp.db --spec experiments/routing-grid-tsp.toml --out benchmarks/routing-grid-tsp

## bench-routing-learned: issue 17's learned TSP conquer against an untrained network of the same
## architecture and the fast-tsp conquer, 16 TSP1000 at 10 s, two one-thread runs at a time (~7 min)
bench-routing-learned: $(STAMP) benchmarks/policies/udc-untrained/udc-conquer-tsp.pt
	rm -f benchmarks/routing-tsp1000-learned.db
	$(BIN)/metaopt batch experiments/routing-tsp1000-learned.toml --store benchmarks/routing-tsp1000-learned.db --workers 2
	$(BIN)/metaopt report --store benchmarks/routing-tsp1000-learned.db --spec experiments/routing-tsp1000-learned.toml --out benchmarks/routing-tsp1000-learned

benchmarks/policies/udc-untrained/udc-conquer-tsp.pt: $(STAMP)
	$(BIN)/metaopt train udc --problem tsp --untrained --out-dir benchmarks/policies/udc-untrained

## bench-routing-grid-recheck: grid points measured again with more seeds, fresh stores: cvrp5000 at 300 s
## (moved by auto's CVRP crossover; seeds 0-1, ~15 min) and cvrp3000 at 10 s (seeds 0-3, ~2 min)
bench-routing-grid-recheck: $(STAMP)
	mkdir -p benchmarks/instances/grid
	for n in 3000 5000; do $(BIN)/metaopt generate cvrp --customers $$n --capacity 300 -s 11 -o benchmarks/instances/grid > /dev/null; done
	for g in cvrp5000 cvrp3000-10s; do rm -f benchmarks/routing-grid-$$g.db; \
	  $(BIN)/metaopt batch experiments/routing-grid-$$g.toml --store benchmarks/routing-grid-$$g.db --workers 2 && \
	  $(BIN)/metaopt report --store benchmarks/routing-grid-$$g.db --spec experiments/routing-grid-$$g.toml --out benchmarks/routing-grid-$$g; done

## bench-routing-cvrp: issue 17's CVRP 5k / 10k targets: auto, PyVRP on the whole instance and auto's old
## setting on both cores, one run at a time; udc and PyVRP on one core each (~35 min; fresh stores)
bench-routing-cvrp: $(STAMP)
	mkdir -p benchmarks/instances/cvrp-scale
	for n in 5000 10000; do for s in 11 12 13; do $(BIN)/metaopt generate cvrp --customers $$n --capacity 300 -s $$s -o benchmarks/instances/cvrp-scale > /dev/null; done; done
	rm -f benchmarks/routing-cvrp-scale.db
	$(BIN)/metaopt batch experiments/routing-cvrp-scale.toml --store benchmarks/routing-cvrp-scale.db --workers 1
	$(BIN)/metaopt batch experiments/routing-cvrp-scale-1t.toml --store benchmarks/routing-cvrp-scale.db --workers 2
	$(BIN)/metaopt report --store benchmarks/routing-cvrp-scale.db --out benchmarks/routing-cvrp-scale

## bench-routing-full: every set and method of issue 5 (several hours)
bench-routing-full: $(STAMP)
	$(BIN)/metaopt batch experiments/routing.toml --store benchmarks/routing.db --workers 2
	$(BIN)/metaopt report --store benchmarks/routing.db --spec experiments/routing.toml --out benchmarks/routing

## bench-routing-quick: 8 TSP1000 and 4 CVRP1000 instances (~25 min on 2 cores)
bench-routing-quick: $(STAMP)
	$(BIN)/metaopt batch experiments/routing-tsp1000.toml --store benchmarks/routing.db --workers 2
	$(BIN)/metaopt report --store benchmarks/routing.db --spec experiments/routing-tsp1000.toml --out benchmarks/routing-tsp1000
	$(BIN)/metaopt batch experiments/routing-cvrp1000.toml --store benchmarks/routing.db --workers 2
	$(BIN)/metaopt report --store benchmarks/routing.db --spec experiments/routing-cvrp1000.toml --out benchmarks/routing-cvrp1000
