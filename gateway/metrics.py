"""Prometheus metrics. Labels are team, region, status, outcome, entity, action: never content."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

LATENCY_BUCKETS = (0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)


class GatewayMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "gateway_requests_total", "Requests by team, region, status and outcome.",
            ["team", "region", "status", "outcome"], registry=self.registry,
        )
        self.latency = Histogram(
            "gateway_request_seconds", "Whole request latency.", ["region"],
            buckets=LATENCY_BUCKETS, registry=self.registry,
        )
        self.upstream_latency = Histogram(
            "gateway_upstream_seconds", "Upstream time to response headers.", ["region"],
            buckets=LATENCY_BUCKETS, registry=self.registry,
        )
        self.detection_latency = Histogram(
            "gateway_detection_seconds", "PII detection time per request.", buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.detections = Counter(
            "gateway_pii_detections_total", "Detections by entity type and action.",
            ["entity", "action"], registry=self.registry,
        )

        self.unaudited = Counter(
            "gateway_unaudited_refusals_total",
            "Requests refused while the audit store could take no row (nothing was forwarded).",
            registry=self.registry,
        )
        self.audit_queue = Gauge(
            "gateway_audit_queue_depth", "Audit records reserved or queued, not yet written.", registry=self.registry,
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)
