pytest_plugins = ["tests.gateway_fixtures"]
