"""Qt item models over the rows the services hand over (drafts, timelines, vendors, scorecard):
sorting keys, colours and tooltips, no rules."""
