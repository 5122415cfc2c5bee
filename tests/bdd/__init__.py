"""BDD suite: Vietnamese Gherkin features under features/, steps that drive engine.services."""
