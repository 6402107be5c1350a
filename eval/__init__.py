"""Detection evaluation harness: labelled corpora, a coverage-based scorer and reports.

Run `python -m eval --help`. See eval/README.md for corpora, label mapping and metric definitions.
"""
