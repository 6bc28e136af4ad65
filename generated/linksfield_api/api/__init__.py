# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
"""Request builders, one module per operation under its tag (``request_kwargs``); the facade calls them."""
