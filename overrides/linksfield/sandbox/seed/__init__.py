"""Seed data: ``fixtures`` lists the fixed rows (add a fixture there), ``seeder`` draws the rest."""

from __future__ import annotations

from .seeder import luhn_iccid, seed_store

__all__ = ["luhn_iccid", "seed_store"]
