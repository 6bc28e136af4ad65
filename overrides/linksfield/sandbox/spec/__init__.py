"""The spec as the sandbox reads it: ``index`` (operations, parameters, schemas, validators), and
the answers of operations without a handler: ``answers`` (a success example, or synthesised data),
``synthesis`` (values from a JSON Schema) and ``patterns`` (strings matching a ``pattern``)."""
