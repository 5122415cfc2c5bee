"""The web UI (Flask app factory and blueprints) arrives with the web UI issue.

It will only parse requests, call `engine.services`, and render; the engine
never imports this package.
"""
