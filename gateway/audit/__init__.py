"""The metadata-only audit trail: writer, queries, purge, CLI and HTTP endpoints."""

from gateway.audit.purge import purge_expired
from gateway.audit.query import query_events, summary
from gateway.audit.record import OUTCOMES, AuditRecord
from gateway.audit.writer import AuditTicket, AuditUnavailable, AuditWriter, write_admin_event

__all__ = [
    "OUTCOMES",
    "AuditRecord",
    "AuditTicket",
    "AuditUnavailable",
    "AuditWriter",
    "purge_expired",
    "query_events",
    "summary",
    "write_admin_event",
]
