"""What stands between a client and the behaviours, in the order a request meets it: ``faults``
(what may go wrong, parsed from ``--faults``) applied by ``fault_middleware`` (with ``drop`` for a
dead socket), the input gate ``inputs``, request ``validation`` against the spec, and the answers:
``envelopes`` per family and the business ``refusals`` with their codes.

Authentication and dispatch (``dispatch``, ``auth``, ``gateway_auth``, ``response_signing``) belong
here too; they stay at the package's top level for now. Nothing is imported here: ``gateway_auth``
users must not pull starlette through this package.
"""
