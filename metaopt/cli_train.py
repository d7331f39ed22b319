"""``metaopt train``: train a learned component and write its weights with a JSON sidecar."""

from __future__ import annotations

import click


@click.group()
def train() -> None:
    """Train learned components (their weights go to policies/ with a JSON sidecar); needs
    the learn extra (pip install 'metaopt[learn]')."""
    import importlib.util

    from metaopt.errors import UsageError

    missing = [m for m in ("torch", "torch_geometric", "gymnasium")
               if importlib.util.find_spec(m) is None]
    if missing:
        raise UsageError(f"training needs {', '.join(missing)}: pip install 'metaopt[learn]'")


@train.command()
@click.option("--config", "config", type=click.Path(dir_okay=False), default=None,
              help="TOML training configuration (default: the shipped default, ~2 h on 2 "
                   "cores); keys as in metaopt.jssp.train.TrainConfig.")
@click.option("--tiny", is_flag=True, help="The one-update smoke configuration the tests run.")
@click.option("--untrained", is_flag=True,
              help="Write the configuration's initial network, before any update (the "
                   "untrained control of benchmarks).")
@click.option("--out", type=click.Path(dir_okay=False), default="policies/jssp-dispatch.pt",
              show_default=True, help="Where to write the weights (sidecar: OUT.json).")
def jssp(config, tiny, untrained, out) -> None:
    """REINFORCE training of the job-shop dispatching policy on random instances."""
    from pathlib import Path

    from metaopt.jssp.train import TINY, TrainConfig
    from metaopt.jssp.train import train as run_train
    from metaopt.jssp.train import untrained as write_untrained

    try:
        cfg = TINY if tiny else TrainConfig.load(config)
    except (ValueError, TypeError, OSError) as e:
        raise click.UsageError(f"bad training configuration: {e}") from None
    if untrained:
        write_untrained(cfg, Path(out))
        click.echo(f"wrote {out} and {out}.json (untrained)")
        return
    meta = run_train(cfg, Path(out), progress=lambda s: click.echo(s, err=True))
    click.echo(f"wrote {out} and {out}.json ({meta['trained_seconds']} s)")


@train.command()
@click.option("--problem", type=click.Choice(["tsp", "cvrp"]), default="tsp", show_default=True,
              help="tsp: the path conquer model and the GNN divider; cvrp: the sub-CVRP "
                   "conquer model (CVRP divides by random insertion + split).")
@click.option("--config", "config", type=click.Path(dir_okay=False), default=None,
              help="TOML training configuration; keys as in "
                   "metaopt.routing.udc.train.UDCConfig (default, on one core: TSP labels "
                   "~8 min, conquer 40 min, divider ~10 min; CVRP labels ~8 min, conquer "
                   "40 min).")
@click.option("--part", type=click.Choice(["all", "conquer", "divider"]), default="all",
              show_default=True, help="Train both networks or one of them.")
@click.option("--tiny", is_flag=True, help="The smoke configuration the tests run (seconds).")
@click.option("--out-dir", type=click.Path(file_okay=False), default="policies",
              show_default=True, help="Where udc-conquer-PROBLEM.pt / udc-divider-tsp.pt (and "
                                      "their .json sidecars) go.")
@click.option("--untrained", is_flag=True,
              help="Write only the configuration's initial conquer network, before any update "
                   "(the untrained control of benchmarks).")
def udc(problem, config, part, tiny, out_dir, untrained) -> None:
    """Train the UDC networks: the conquer model (imitating runs of fast-tsp tours for TSP,
    PyVRP solutions of route groups for CVRP; optionally REINFORCE after, rl_minutes) and the
    TSP GNN divider (supervised on fast-tsp tours; optionally DCR after, divider_rl_minutes:
    REINFORCE on the length after conquer + reunion)."""
    from pathlib import Path

    from metaopt.routing.udc.train import TINY, UDCConfig
    from metaopt.routing.udc.train import train as run_train

    overrides = dict(TINY) if tiny else {}
    overrides["problem"] = problem
    if part != "all":
        overrides["parts"] = [part]
    try:
        cfg = UDCConfig.load(config, **overrides)
    except (ValueError, TypeError, OSError) as e:
        raise click.UsageError(f"bad training configuration: {e}") from None
    if untrained:
        from metaopt.routing.udc.train import untrained_conquer

        untrained_conquer(cfg, Path(out_dir))
        click.echo(f"conquer: wrote {out_dir}/udc-conquer-{problem}.pt (+ .json, untrained)")
        return
    done = run_train(cfg, Path(out_dir), progress=lambda s: click.echo(s, err=True))
    for name, meta in done.items():
        click.echo(f"{name}: wrote {out_dir}/udc-{name}-{problem}.pt (+ .json, "
                   f"{meta['trained_seconds']} s)")
