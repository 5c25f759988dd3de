"""The benchmark suite: `python -m monev_desktop.bench` (see README, "Benchmarks")."""
