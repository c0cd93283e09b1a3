"""Event rules, one module per event family; importing this package registers them all."""

from kg.extract.rules import allegiance, defection, violence  # noqa: F401
