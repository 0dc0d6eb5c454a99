"""Packaged data (lexicons, weights, icons), installed as complaint_desk.resources."""
