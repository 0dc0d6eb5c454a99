"""Complaint Desk: write the complaint, let it cool off, then post it."""

__version__ = "0.1.0"
APP_NAME = "Complaint Desk"
APP_ID = "io.github.complaintdesk.ComplaintDesk"
