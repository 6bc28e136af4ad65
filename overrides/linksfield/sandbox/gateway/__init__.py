"""What stands between a client and the behaviours, in the order a request meets it: ``faults``
(what may go wrong, parsed from ``--faults``) applied by ``fault_middleware`` (with ``drop`` for a
dead socket), the input gate ``inputs``, request ``validation`` against the spec, and the answers:
``envelopes`` per family and the business ``refusals`` with their codes; ``auth`` admits a
request the way its family's gateway does (the schemes themselves, written from the server's
side, in ``signature_checks``; the answer signatures in ``response_signing``), and ``dispatch``
runs one operation end to end. Nothing is imported here: ``signature_checks`` users (the
client's tests) must not pull starlette through this package.
"""
