"""A team's own Presidio recognizers, as a test package (imported by the gateway's detector workers
through `detector.plugin_paths`)."""
