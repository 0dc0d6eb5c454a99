"""Pure rules and data: no Qt, no SQL, no clock reads, no I/O beyond packaged data."""
