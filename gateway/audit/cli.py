"""`gateway audit query|purge|report`: the compliance officer's command line.

`register(subparsers)` adds the `audit` command to the gateway's argparse parser; each handler takes
the parsed args (with `args.config`) and returns an exit code: 0 ok, 1 store error, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

from sqlalchemy.engine import Engine

from gateway.audit.export import EVENT_FORMATS, SUMMARY_COLUMNS, SUMMARY_FORMATS, TABLE_COLUMNS, summary_rows, write_rows
from gateway.audit.purge import purge_expired_stats
from gateway.audit.query import EVENT_COLUMNS, MAX_LIMIT, SUMMARY_BY, QueryError, parse_time, query_events, summary
from gateway.audit.record import OUTCOMES
from gateway.audit.writer import write_admin_event
from gateway.config import ConfigError, load_config
from gateway.db import make_engine

DEFAULT_CONFIG = "gateway.yaml"


def register(subparsers: Any) -> None:
    audit = subparsers.add_parser("audit", help="query, report on and purge the audit trail")
    commands = audit.add_subparsers(dest="audit_command", required=True)

    q = commands.add_parser("query", help="list audit events (metadata only)")
    _common(q)
    q.add_argument("--team")
    q.add_argument("--region")
    q.add_argument("--since", help="ISO 8601, inclusive")
    q.add_argument("--until", help="ISO 8601, exclusive")
    q.add_argument("--entity", help="only requests where this entity type was detected")
    q.add_argument("--outcome", choices=OUTCOMES)
    q.add_argument("--model")
    q.add_argument("--endpoint", help='route path, e.g. "/v1/chat/completions"')
    q.add_argument("--limit", type=int, help="at most this many events (default: all)")
    q.add_argument("--format", choices=EVENT_FORMATS, default="table")
    q.set_defaults(func=cmd_query)

    p = commands.add_parser("purge", help="delete audit rows past their retention; prints rows deleted")
    _common(p)
    p.set_defaults(func=cmd_purge)

    r = commands.add_parser("report", help="counts by outcome and by detected entity and action")
    _common(r)
    r.add_argument("--since", help="ISO 8601, inclusive")
    r.add_argument("--until", help="ISO 8601, exclusive")
    r.add_argument("--by", choices=SUMMARY_BY, default="day")
    r.add_argument("--endpoint", help="only requests on this route path")
    r.add_argument("--format", choices=SUMMARY_FORMATS, default="table")
    r.set_defaults(func=cmd_report)


def _common(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: without the flag here, a --config given to the top-level parser is kept.
    parser.add_argument("--config", default=argparse.SUPPRESS, help=f"gateway config file (default {DEFAULT_CONFIG})")


def _engine(args: argparse.Namespace) -> tuple[Engine, int]:
    cfg = load_config(getattr(args, "config", None) or os.environ.get("GATEWAY_CONFIG_FILE") or DEFAULT_CONFIG)
    return make_engine(cfg.database_url), cfg.audit.retention_days


def _fail(message: str, code: int) -> int:
    print(f"gateway audit: {message}", file=sys.stderr)
    return code


def _all_pages(engine: Engine, args: argparse.Namespace) -> Iterator[dict[str, Any]]:
    since, until = parse_time(args.since, param="since"), parse_time(args.until, param="until")
    remaining = args.limit
    cursor: str | None = None
    while True:
        page_size = MAX_LIMIT if remaining is None else min(MAX_LIMIT, remaining)
        rows, cursor = query_events(
            engine, team=args.team, region=args.region, since=since, until=until, entity=args.entity,
            outcome=args.outcome, model=args.model, endpoint=args.endpoint, limit=page_size, cursor=cursor,
        )
        yield from rows
        if remaining is not None:
            remaining -= len(rows)
        if cursor is None or (remaining is not None and remaining <= 0):
            return


def cmd_query(args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        return _fail("--limit must be at least 1", 2)
    try:
        engine, _ = _engine(args)
        # Parse the filters before printing anything, so a bad value never leaves half an output.
        parse_time(args.since, param="since"), parse_time(args.until, param="until")
        columns = TABLE_COLUMNS if args.format == "table" else EVENT_COLUMNS
        write_rows(_all_pages(engine, args), args.format, sys.stdout, columns)
    except (ConfigError, QueryError) as exc:
        return _fail(str(exc), 2)
    except Exception as exc:  # the store: name the failure, never its content
        return _fail(f"audit store error ({type(exc).__name__})", 1)
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    try:
        engine, retention_days = _engine(args)
        stats = purge_expired_stats(engine)
        if stats.rows:
            write_admin_event(
                engine, "audit_purged", detail=f"events={stats.events} admin={stats.admin}", retention_days=retention_days
            )
    except ConfigError as exc:
        return _fail(str(exc), 2)
    except Exception as exc:
        return _fail(f"audit store error ({type(exc).__name__})", 1)
    print(stats.rows)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    try:
        engine, _ = _engine(args)
        result = summary(
            engine, since=parse_time(args.since, param="since"), until=parse_time(args.until, param="until"), by=args.by,
            endpoint=args.endpoint,
        )
    except (ConfigError, QueryError) as exc:
        return _fail(str(exc), 2)
    except Exception as exc:
        return _fail(f"audit store error ({type(exc).__name__})", 1)
    if args.format == "json":
        print(json.dumps(result, indent=2))
    else:
        write_rows(summary_rows(result), args.format, sys.stdout, SUMMARY_COLUMNS)
    return 0
