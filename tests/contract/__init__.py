"""Contract tests: Schemathesis, Prism and the SDK end to end, against the mock server or a deployment."""
