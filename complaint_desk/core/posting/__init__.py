"""What leaving the app involves beyond the seams at core's top (platforms, privacy, rewrite):
each site's content rules (site_rules), the threat and extortion forms sites reject
(threat_forms, read from resources/tone/threat_forms.tsv), and splitting a long post into a
thread (thread_split). Pure: no Qt, no SQL, no clock (docs/design.md)."""
