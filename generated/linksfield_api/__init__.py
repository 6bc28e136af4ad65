# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
"""Generated from the Linksfield OpenAPI document: models, request builders, parsers and the facade.

Nothing here sends a request: use ``linksfield.Client`` / ``linksfield.AsyncClient``, which sign
each call the way its API family expects.
"""
