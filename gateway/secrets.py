"""The gateway's own secret: keys the API-key hashes and the `hash` action's tokens.

Production sets `GATEWAY_SECRET` (or the variable the config names). For a first run without one, a
random secret is created once in a 0600 file beside the config, so keys keep working across restarts.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from gateway.config import GatewayConfig

SECRET_FILE = ".gateway-secret"


def gateway_secret(cfg: GatewayConfig) -> bytes:
    value = os.environ.get(cfg.secret_env)
    if value:
        return value.encode()
    base = Path(cfg.source).parent if cfg.source else Path.cwd()
    path = base / SECRET_FILE
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        pass
    token = secrets.token_urlsafe(48).encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, token)
    finally:
        os.close(fd)
    return token
