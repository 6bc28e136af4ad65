"""Pushes to the customer's callback URL: ``outbox`` (bodies, queued in the state change's own
transaction) and ``worker`` (the background task that delivers them, reports SMS delivery and
expires orders)."""
