"""Benchmarks: `python -m benchmarks` prints `name: value` lines. Each bench_*.py has run()."""
