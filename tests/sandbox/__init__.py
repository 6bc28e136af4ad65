"""Integration tests of ``linksfield.sandbox`` against a real uvicorn subprocess."""
