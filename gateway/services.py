"""Services: the long-lived parts one gateway process wires together, started and stopped in order."""

from __future__ import annotations

from dataclasses import dataclass

import structlog
from sqlalchemy.engine import Engine

from gateway.audit.writer import AuditWriter
from gateway.config import GatewayConfig
from gateway.db import make_engine, migrate
from gateway.detection.heap import freeze_loaded_objects
from gateway.detection.service import DetectorService
from gateway.keys import KeyStore
from gateway.limits import InFlight
from gateway.metrics import GatewayMetrics
from gateway.policy import PolicyStore
from gateway.redaction import Redactor
from gateway.router import RegionRouter
from gateway.secrets import gateway_secret
from gateway.upstream import UpstreamClient

log = structlog.get_logger("gateway.services")


@dataclass
class Services:
    cfg: GatewayConfig
    db_engine: Engine
    keys: KeyStore
    policies: PolicyStore
    router: RegionRouter
    upstream: UpstreamClient
    detector: DetectorService
    redactor: Redactor
    audit: AuditWriter
    metrics: GatewayMetrics
    inflight: InFlight

    @classmethod
    def build(cls, cfg: GatewayConfig, *, auto_migrate: bool = True) -> "Services":
        if auto_migrate:
            migrate(cfg.database_url)
        engine = make_engine(cfg.database_url)
        secret = gateway_secret(cfg)
        audit = AuditWriter(
            engine,
            retention_days=cfg.audit.retention_days,
            queue_size=cfg.audit.queue_size,
            batch_size=cfg.audit.batch_size,
            purge_interval_s=cfg.audit.purge_interval_s,
        )
        inflight = InFlight()
        # Detection runs in this process only for a request that is alone in flight (service.py).
        detector = DetectorService(cfg.detector, requests_in_flight=lambda: inflight.total)

        def policy_event(action: str, team: str, detail: str) -> None:
            audit.admin(action, team=team, detail=detail)

        return cls(
            cfg=cfg,
            db_engine=engine,
            keys=KeyStore(engine, secret),
            policies=PolicyStore(cfg.policies_path(), on_event=policy_event),
            router=RegionRouter(cfg),
            upstream=UpstreamClient(cfg.timeouts),
            detector=detector,
            redactor=Redactor(detector, secret),
            audit=audit,
            metrics=GatewayMetrics(),
            inflight=inflight,
        )

    async def start(self) -> None:
        await self.audit.start()
        await self.detector.start()
        freeze_loaded_objects()  # the inline engine, policies and app stay out of later collections (detection/heap.py)
        log.info("gateway_started", regions=self.router.regions(), detector=self.detector.version)

    async def stop(self) -> None:
        await self.upstream.close()
        await self.detector.close()
        await self.audit.stop()
        self.db_engine.dispose()
