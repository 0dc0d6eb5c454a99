"""Run every benchmarks/bench_*.py module's run() and print its figures as `name: value` lines."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import benchmarks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument(
        "only", nargs="*", help="run only benchmarks whose module name contains this"
    )
    args = parser.parse_args(argv)
    names = sorted(
        m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_")
    )
    for name in names:
        if args.only and not any(o in name for o in args.only):
            continue
        module = importlib.import_module(f"benchmarks.{name}")
        for key, value in module.run().items():
            text = f"{value:.3f}" if isinstance(value, float) else str(value)
            print(f"{key}: {text}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
