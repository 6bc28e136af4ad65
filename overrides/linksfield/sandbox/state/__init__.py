"""What the sandbox remembers and how it tells time: the SQLite ``store`` (schema and counters), the
``order_book`` (the order state machine's rules), ``clock`` (vendor time and its wire formats) and
``cdrs`` (data CDRs, computed from a seed rather than stored)."""
