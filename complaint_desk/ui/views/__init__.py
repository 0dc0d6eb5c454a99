"""The five views of the main window (Drafts, Case, Vendors, Scorecard, Copy out): each shows
what its service gives and forwards what the person does."""
