"""The widgets the views are built from: the draft editor and its tone panel, heat gauge and hold
badge, the banner, charts, checklists and the copy-out panels."""
