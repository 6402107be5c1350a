"""Privacy-compliance gateway for LLM traffic to Synthetic."""

__version__ = "0.1.0"
