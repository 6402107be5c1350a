"""The compliance dashboard at /dashboard: auditor login, charts and tables from the audit trail.

`dashboard_routes(cfg)` gives the routes to add to the app before its catch-all route.
"""

from __future__ import annotations

from pathlib import Path

from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from gateway.config import GatewayConfig
from gateway.dashboard.session import SessionSigner
from gateway.dashboard.views import DashboardViews
from gateway.secrets import gateway_secret

STATIC = Path(__file__).resolve().parent / "static"


def dashboard_routes(cfg: GatewayConfig) -> list[BaseRoute]:
    views = DashboardViews(SessionSigner(gateway_secret(cfg)))
    return [
        Route("/dashboard", views.page, methods=["GET"]),
        Route("/dashboard/login", views.login, methods=["POST"]),
        Route("/dashboard/logout", views.logout, methods=["POST"]),
        Route("/dashboard/data.json", views.data, methods=["GET"]),
        Route("/dashboard/export.{fmt}", views.export, methods=["GET"]),
        Mount("/dashboard/static", app=StaticFiles(directory=STATIC), name="dashboard-static"),
    ]


__all__ = ["dashboard_routes"]
