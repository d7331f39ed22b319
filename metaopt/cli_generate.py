"""``metaopt generate``: seeded, bit-for-bit reproducible instances of every family."""

from __future__ import annotations

from pathlib import Path

import click

_OUT = click.option("--out", "-o", type=click.Path(file_okay=False), default=None,
                    help="Directory to write files into (created if missing); without it a "
                         "single instance is printed to stdout.")
_SEED = click.option("--seed", "-s", type=int, default=0, show_default=True,
                     help="Seed of the first instance; instance k uses seed + k.")
_COUNT = click.option("--count", "-n", type=click.IntRange(min=1), default=1, show_default=True,
                      help="How many instances.")


def _emit(out: str | None, filename: str, text_or_writer, count: int) -> None:
    if out is None:
        if count > 1:
            raise click.UsageError("--out DIR is needed for more than one instance")
        if callable(text_or_writer):
            import tempfile

            with tempfile.TemporaryDirectory() as d:
                p = Path(d) / filename
                text_or_writer(p)
                click.echo(p.read_text(), nl=False)
        else:
            click.echo(text_or_writer, nl=False)
        return
    path = Path(out) / filename
    path.parent.mkdir(parents=True, exist_ok=True)
    if callable(text_or_writer):
        text_or_writer(path)
    else:
        path.write_text(text_or_writer)
    click.echo(str(path), err=True)


@click.group()
def generate() -> None:
    """Generate instances (job shop, TSP/CVRP, MIP families)."""


@generate.command()
@click.argument("names", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["standard", "taillard"]), default="standard",
              show_default=True, help="OR-Library standard (0-based) or Taillard's original.")
@_OUT
def taillard(names, fmt, out) -> None:
    """Taillard's published instances from their seeds: NAMES like ta01 ta42, or 'all'."""
    from metaopt.jssp.taillard import taillard_published
    from metaopt.jssp.taillard_seeds import SEEDS

    names = list(SEEDS) if names == ("all",) else list(names)
    for name in names:
        if name not in SEEDS:
            raise click.UsageError(f"unknown Taillard instance {name!r} (ta01 … ta80 or all)")
    for name in names:
        inst = taillard_published(name)
        _, _, ts, ms = SEEDS[name]
        text = inst.to_standard() if fmt == "standard" else inst.to_taillard(ts, ms)
        _emit(out, f"{name}.txt", text, len(names))


@generate.command()
@click.option("--jobs", "-j", type=click.IntRange(min=1), required=True, help="Number of jobs.")
@click.option("--machines", "-m", type=click.IntRange(min=1), required=True,
              help="Number of machines (one operation per machine per job).")
@click.option("--kind", type=click.Choice(["taillard", "demirkol", "demirkol-2sets"]),
              default="taillard", show_default=True,
              help="Durations U[1,99] (Taillard-like) or U[1,200] (Demirkol-like); "
                   "demirkol-2sets: U[1,200], and every job visits the first half of the "
                   "machines before the other half, as in DMU41-80.")
@_SEED
@_COUNT
@_OUT
def jssp(jobs, machines, kind, seed, count, out) -> None:
    """Random job-shop instances in the standard format."""
    from metaopt.jssp.taillard import random_jssp

    high = 99 if kind == "taillard" else 200
    for k in range(count):
        name = f"{kind}_{jobs}x{machines}_s{seed + k}"
        inst = random_jssp(name, jobs, machines, seed + k, 1, high, kind == "demirkol-2sets")
        _emit(out, f"{name}.txt", inst.to_standard(), count)


@generate.command()
@click.option("--nodes", type=click.IntRange(min=3), required=True, help="Number of nodes.")
@_SEED
@_COUNT
@_OUT
def tsp(nodes, seed, count, out) -> None:
    """Uniform TSP in the unit square (exact float distances, EXACT_2D)."""
    from metaopt.routing.generate import uniform_tsp, write_routing

    for k in range(count):
        name = f"tsp{nodes}_s{seed + k}"
        inst = uniform_tsp(name, nodes, seed + k)
        comment = f"uniform unit square, seed {seed + k}"
        _emit(out, f"{name}.tsp", lambda p, i=inst, c=comment: write_routing(i, p, c), count)


@generate.command()
@click.option("--customers", type=click.IntRange(min=2), required=True,
              help="Number of customers (the depot is extra).")
@click.option("--capacity", type=click.IntRange(min=9), default=None,
              help="Vehicle capacity; default as in POMO/GLOP/UDC (50 for 100, 100 for 500, "
                   "200 for 1000), printed either way.")
@_SEED
@_COUNT
@_OUT
def cvrp(customers, capacity, seed, count, out) -> None:
    """Uniform CVRP in the unit square, demands U{1..9}."""
    from metaopt.routing.generate import DEFAULT_CAPACITY, uniform_cvrp, write_routing

    if capacity is None:
        if customers not in DEFAULT_CAPACITY:
            raise click.UsageError(f"no default capacity for {customers} customers; "
                                   f"give --capacity")
        capacity = DEFAULT_CAPACITY[customers]
    click.echo(f"capacity {capacity}", err=True)
    for k in range(count):
        name = f"cvrp{customers}_s{seed + k}"
        inst = uniform_cvrp(name, customers, capacity, seed + k)
        comment = f"uniform unit square, demands U(1..9), capacity {capacity}, seed {seed + k}"
        _emit(out, f"{name}.vrp", lambda p, i=inst, c=comment: write_routing(i, p, c), count)


_MIP_HELP = """MIP family and its size, written as MPS:

\b
  setcover   --rows R --cols C          (Balas & Ho; default 500 x 1000)
  cauction   --items I --bids B          (default 100 items, 500 bids)
  facility   --customers N --facilities F (Cornuejols et al.; default 100 x 100)
  indset     --nodes N                   (Barabasi-Albert, affinity 4; default 500)
  mknapsack  --items I --knapsacks K     (default 100 items, 10 knapsacks)
"""


@generate.command(help=_MIP_HELP)
@click.argument("family", type=click.Choice(["setcover", "cauction", "facility", "indset",
                                             "mknapsack"]))
@click.option("--rows", type=click.IntRange(min=1), default=500, help="setcover rows.")
@click.option("--cols", type=click.IntRange(min=2), default=1000, help="setcover columns.")
@click.option("--items", type=click.IntRange(min=2), default=None,
              help="cauction/mknapsack items.")
@click.option("--bids", type=click.IntRange(min=1), default=500, help="cauction bids.")
@click.option("--customers", type=click.IntRange(min=1), default=100, help="facility customers.")
@click.option("--facilities", type=click.IntRange(min=1), default=100,
              help="facility facilities.")
@click.option("--nodes", type=click.IntRange(min=6), default=500, help="indset graph nodes.")
@click.option("--knapsacks", type=click.IntRange(min=1), default=10, help="mknapsack knapsacks.")
@_SEED
@_COUNT
@_OUT
def mip(family, rows, cols, items, bids, customers, facilities, nodes, knapsacks, seed, count,
        out) -> None:
    from metaopt.mip import generators as g
    from metaopt.mip.writer import write_mip

    for k in range(count):
        s = seed + k
        it = items or 100
        if family == "setcover":
            name = f"setcover_{rows}x{cols}_s{s}"
            inst = g.set_cover(name, rows, cols, s)
        elif family == "cauction":
            name = f"cauction_{it}x{bids}_s{s}"
            inst = g.combinatorial_auction(name, it, bids, s)
        elif family == "facility":
            name = f"facility_{customers}x{facilities}_s{s}"
            inst = g.facility_location(name, customers, facilities, s)
        elif family == "indset":
            name = f"indset_{nodes}_s{s}"
            inst = g.independent_set(name, nodes, s)
        else:
            name = f"mknapsack_{it}x{knapsacks}_s{s}"
            inst = g.multiple_knapsack(name, it, knapsacks, s)
        _emit(out, f"{name}.mps", lambda p, i=inst: write_mip(i, p), count)
