"""`gateway` command line: serve, migrate, keys, policy check, audit."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from gateway.config import ConfigError, GatewayConfig, load_config

DEFAULT_CONFIG = "gateway.yaml"


def _config(args: argparse.Namespace) -> GatewayConfig:
    return load_config(args.config)


def start_mock_upstreams(cfg: GatewayConfig, force: bool) -> list[str]:
    """Start the built-in mock upstream for each region without an API key (or every region when
    forced) and point the config at it through environment overrides, which worker processes inherit."""
    from gateway.mock_upstream import BackgroundServer, make_mock_app

    started = []
    for name, region in cfg.regions.items():
        if region.api_key() and not force:
            continue
        server = BackgroundServer(make_mock_app(name)).start()
        os.environ[f"GATEWAY_REGIONS__{name.upper()}__BASE_URL"] = f"{server.url}/openai/v1"
        os.environ[region.api_key_env] = "mock-upstream-key"
        started.append(f"{name} -> {server.url}/openai/v1")
    return started


def cmd_serve(args: argparse.Namespace) -> int:
    from gateway.serving import serve

    cfg = _config(args)
    if args.mock_upstream or cfg.mock_upstream_when_no_key:
        for line in start_mock_upstreams(cfg, force=args.mock_upstream):
            print(f"mock upstream (no real Synthetic key): {line}", file=sys.stderr)
    from gateway.db import migrate

    migrate(load_config(args.config).database_url)
    os.environ["GATEWAY_CONFIG_FILE"] = os.path.abspath(args.config)
    serve("gateway.app:app_from_env", factory=True, host=args.host, port=args.port, workers=args.workers)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from gateway.db import migrate

    migrate(_config(args).database_url)
    print("database schema is up to date")
    return 0


class _KeyAdmin:
    """Key commands' access to the store, with each change recorded as an admin audit event."""

    def __init__(self, cfg: GatewayConfig) -> None:
        from gateway.db import make_engine, migrate
        from gateway.keys import KeyStore
        from gateway.secrets import gateway_secret

        migrate(cfg.database_url)
        self.cfg = cfg
        self.engine = make_engine(cfg.database_url)
        self.store = KeyStore(self.engine, gateway_secret(cfg))

    def record(self, action: str, team: str | None, key_id: str) -> None:
        from gateway.audit.writer import write_admin_event

        write_admin_event(self.engine, action, team=team, key_id=key_id, retention_days=self.cfg.audit.retention_days)


def cmd_keys_create(args: argparse.Namespace) -> int:
    from gateway.policy import TEAM_NAME

    cfg = _config(args)
    if not TEAM_NAME.match(args.team):
        print("error: team names are lower-case letters, digits, '-' and '_'", file=sys.stderr)
        return 2
    if not (cfg.policies_path() / f"{args.team}.yaml").exists():
        print(f"warning: no policy file for team '{args.team}'; its requests are refused until one exists",
              file=sys.stderr)
    admin = _KeyAdmin(cfg)
    key_id, key = admin.store.create(args.team, args.role)
    admin.record("key_created", args.team, key_id)
    print(f"created {args.role} key {key_id} for team {args.team}; it is shown once, store it now:")
    print(key)
    return 0


def cmd_keys_list(args: argparse.Namespace) -> int:
    store = _KeyAdmin(_config(args)).store
    print(f"{'KEY ID':14} {'TEAM':20} {'ROLE':8} {'CREATED':25} REVOKED")
    for k in store.list(args.team):
        revoked = k.revoked_at.isoformat(timespec="seconds") if k.revoked_at else "-"
        print(f"{k.key_id:14} {k.team:20} {k.role:8} {k.created_at.isoformat(timespec='seconds'):25} {revoked}")
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    admin = _KeyAdmin(_config(args))
    if not admin.store.revoke(args.key_id):
        print(f"error: no active key with id {args.key_id}", file=sys.stderr)
        return 1
    admin.record("key_revoked", None, args.key_id)
    print(f"revoked {args.key_id}")
    return 0


def cmd_policy_check(args: argparse.Namespace) -> int:
    from pathlib import Path

    from gateway.detection.settings import extend_import_path
    from gateway.policy import check_dir

    if os.path.exists(args.config):  # policies' python_recognizers may live in detector.plugin_paths
        extend_import_path(_config(args).detector.plugin_paths)
    if args.path:
        path = Path(args.path)
    else:
        path = _config(args).policies_path() if os.path.exists(args.config) else Path("policies")
    target = path if path.is_dir() else path.parent
    errors = check_dir(target)
    if path.is_file():
        errors = [e for e in errors if e.startswith(str(path)) or e.startswith(str(target / "default.yaml"))]
    for line in errors:
        print(line, file=sys.stderr)
    if errors:
        return 1
    print(f"policies OK: {path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gateway", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def with_config(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--config", default=os.environ.get("GATEWAY_CONFIG_FILE", DEFAULT_CONFIG))
        return p

    serve = with_config(sub.add_parser("serve", help="run the gateway"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--mock-upstream", action="store_true",
                       help="serve every region from the built-in local mock upstream")
    serve.set_defaults(func=cmd_serve)

    with_config(sub.add_parser("migrate", help="create or upgrade the database schema")).set_defaults(func=cmd_migrate)

    keys = sub.add_parser("keys", help="manage team API keys").add_subparsers(dest="keys_command", required=True)
    create = with_config(keys.add_parser("create"))
    create.add_argument("--team", required=True)
    create.add_argument("--role", choices=["client", "auditor"], default="client")
    create.set_defaults(func=cmd_keys_create)
    listing = with_config(keys.add_parser("list"))
    listing.add_argument("--team")
    listing.set_defaults(func=cmd_keys_list)
    revoke = with_config(keys.add_parser("revoke"))
    revoke.add_argument("key_id")
    revoke.set_defaults(func=cmd_keys_revoke)

    policy = sub.add_parser("policy", help="policies").add_subparsers(dest="policy_command", required=True)
    check = with_config(policy.add_parser("check", help="validate policy files"))
    check.add_argument("path", nargs="?")
    check.set_defaults(func=cmd_policy_check)

    from gateway.audit.cli import register

    register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except ConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
