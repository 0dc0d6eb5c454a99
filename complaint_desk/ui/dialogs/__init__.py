"""The dialogs: record forms (vendor, case, contact, response), confirmations, preferences, help,
the letter, the calm version, history and e-mail import."""
