"""Services the UI calls: they own the clock and enforce the rules. QtCore only, never widgets."""
