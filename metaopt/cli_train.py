"""``metaopt train``: train a learned component and write its weights with a JSON sidecar."""

from __future__ import annotations

import click


@click.group()
def train() -> None:
    """Train learned components (their weights go to policies/ with a JSON sidecar)."""


@train.command()
@click.option("--config", "config", type=click.Path(dir_okay=False), default=None,
              help="TOML training configuration (default: the shipped default, ~2 h on 2 "
                   "cores); keys as in metaopt.jssp.train.TrainConfig.")
@click.option("--tiny", is_flag=True, help="The one-update smoke configuration the tests run.")
@click.option("--out", type=click.Path(dir_okay=False), default="policies/jssp-dispatch.pt",
              show_default=True, help="Where to write the weights (sidecar: OUT.json).")
def jssp(config, tiny, out) -> None:
    """REINFORCE training of the job-shop dispatching policy on random instances."""
    from pathlib import Path

    from metaopt.jssp.train import TINY, TrainConfig
    from metaopt.jssp.train import train as run_train

    try:
        cfg = TINY if tiny else TrainConfig.load(config)
    except (ValueError, TypeError, OSError) as e:
        raise click.UsageError(f"bad training configuration: {e}") from None
    meta = run_train(cfg, Path(out), progress=lambda s: click.echo(s, err=True))
    click.echo(f"wrote {out} and {out}.json ({meta['trained_seconds']} s)")
