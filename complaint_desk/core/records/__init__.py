"""The response history's rules: what contacts and responses add up to (history, case figures),
what to do next (escalation, letter, deadlines, follow-up) and reading a person's own records in
(a pasted exchange, a vendor's contact details). Pure: no Qt, no SQL, no clock (docs/design.md)."""
