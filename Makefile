# Two entry points for a newcomer: `make demo` and `make test`. Both build .venv from nothing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: demo demo-postgres test bench lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# CPU torch first: a bare `torch` requirement would pull a multi-GB CUDA build.
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[ml,dev,postgres]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/aipulse demo

# the same chain on a local PostgreSQL + pgvector server (from the pgserver wheel) in data/demo-postgres
demo-postgres: $(STAMP)
	$(VENV)/bin/aipulse demo --postgres --data-dir data/demo-postgres

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) -m pip install -q vaderSentiment
	$(PY) bench/crawl_bench.py
	$(PY) bench/stance_eval.py
	$(PY) bench/search.py
	$(PY) bench/search_pg.py
	$(PY) bench/embed_cpu.py
	$(PY) bench/search_scale.py
	$(PY) bench/ingest.py
	$(PY) bench/ingest_cli.py
	$(PY) bench/model_load.py
	$(PY) bench/demo.py
	$(PY) bench/daemon_stop.py
	$(PY) bench/cpu_report.py
	$(PY) bench/figures.py

lint: $(STAMP)
	$(PY) -m pip install -q ruff mypy
	$(VENV)/bin/ruff check --select E,F,W,B --line-length 135 aipulse crawlers pipeline index scheduler.py tests bench scripts
	$(VENV)/bin/mypy --ignore-missing-imports aipulse crawlers pipeline index scheduler.py

clean:
	rm -rf $(VENV) data build *.egg-info
