pytest_plugins = ["tests.gateway_fixtures", "tests.audit_fixtures", "tests.engine_fixtures"]
