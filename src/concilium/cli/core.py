"""Core commands: validate, forecast, bodies, body, schema."""
