"""Widgets, dialogs and item models. They show and forward; every decision is made in app/."""
