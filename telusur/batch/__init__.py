"""Batch mode: the per-article analysis mapped over large inputs with dask.distributed, written
as Parquet tables (see docs/batch.md), then optionally loaded into the store."""

from telusur.batch.load import load
from telusur.batch.run import BatchSummary, results, run_batch
from telusur.batch.splits import Split, plan
from telusur.batch.tables import SCHEMAS

__all__ = ["SCHEMAS", "BatchSummary", "Split", "load", "plan", "results", "run_batch"]
