"""Fallback factory for serving the gateway in bench_http when `gateway serve` cannot start.

`gateway serve` exports GATEWAY_CONFIG_FILE for its workers, and `load_config` treats every
GATEWAY_* variable as a config override, so the served app fails with
`config_file: Extra inputs are not permitted` (reported to the lead). Until that is fixed, bench_http
runs `uvicorn --factory bench._http_gateway:create_app` with the same uvicorn settings, passing the
config path in a variable the loader does not read. It builds the app exactly as
`gateway.app.app_from_env` does.
"""

from __future__ import annotations

import os

from starlette.applications import Starlette

from gateway.app import create_app as create_gateway_app
from gateway.config import load_config


def create_app() -> Starlette:
    return create_gateway_app(load_config(os.environ["BENCH_GATEWAY_CONFIG"]))


def serve_is_broken(config: str) -> bool:
    """True when the gateway's own `serve` path would fail on the GATEWAY_CONFIG_FILE variable."""
    from gateway.config import ConfigError

    try:
        load_config(config, environ={**os.environ, "GATEWAY_CONFIG_FILE": os.path.abspath(config)})
    except ConfigError as exc:
        return "config_file" in str(exc)
    return False
