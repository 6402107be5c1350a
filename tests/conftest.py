pytest_plugins = ["tests.gateway_fixtures", "tests.audit_fixtures"]
