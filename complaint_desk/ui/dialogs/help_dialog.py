"""Help ▸ How the hold works (F1): the cooling-off rule in plain words, inside the app.

The text is the README's section "The cooling-off rule, in plain words", word for word
(tests/ui/test_keyboard.py checks that they stay the same).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from complaint_desk.ui import a11y

TITLE = "How the hold works"

HOLD_RULES = """\
- A draft waits **24 hours, plus up to 24 more the more heated it is** (heat 0 → 24 h, heat 50 →
  36 h, heat 100 → 48 h).
- The wait starts when you write the first version. **Calming the draft shortens the wait** (never
  below 24 hours from the start). **Heating it up** (more than 5 points above its calmest version
  since the wait began) **starts the wait again**, and so does rewriting most of it without making
  it calmer. Only heats scored by the same version of the tone engine are compared: after an
  update that reads the same words a little hotter, your next edit does not restart the wait.
- **Once held, held until it is ready.** A polite rewrite, thanks included, shortens the wait
  toward the 24-hour floor and never past it. A complaint that ends in "thank you" is still a
  complaint: only a note that was never held, reads calm and warm, and has no sentence that
  complains (nothing went wrong, nothing is asked for, no deadline, no next step) is not held.
  To thank a company that fixed things, answer the vendor's response with **Write an update or
  thank-you…**: a new draft, pre-filled from their response and linked to the first.
- Emptying a draft (a select-all and delete, or an undo back to nothing) does not count as a
  version the wait compares with. Bringing back words the current wait already saw (an undo,
  **History…** ▸ Restore, or typing them again) is not a rewrite: it restarts the wait only if it
  is hotter than the calmest version since the wait began, as any edit would.
- There is no override, and **everything that leaves the app passes one gate**: copy, cut and
  drag from the editor, the X11 selection (middle-click paste), Copy out, the case-file export and
  the letter to a senior manager (a held text like any draft: its copy, PDF and Markdown wait too).
  Before it decides, the gate saves the text on screen as a version, so what you copy is exactly
  what it judged, even a second after typing. A refused hand-over changes nothing; dragging never
  moves text out of a draft (it copies, and only when allowed). The case-file export leaves out
  texts still cooling off and says so. The one exception is the full-data backup and export: your
  data is yours.
- Every held draft shows its countdown (in the list and under the editor). When a hold ends you
  are told: a banner in the window, a tray message where your desktop has a tray, and at the
  next start a summary ("2 drafts are ready to review").
- **History…** shows every saved version with its heat, and what changed between any version and
  now (removed words struck out in red, added words in green).
- If you log a response from the vendor while a draft on that case is still cooling off, the app
  asks whether to withdraw it, keep holding it, or write an update or thank-you (a new draft).
  Withdrawn drafts stay in the list and their history, marked "Withdrawn", and are never copied out.
- Setting the computer's clock back releases nothing: the app never believes a time earlier than
  the latest it has seen. Setting it forward while the app runs does not either: elapsed time is
  measured with the system's monotonic clock. Dates you enter (a call, a reply) still default to
  the real time.
"""


class HelpDialog(QDialog):
    """The rules, readable with the keyboard and a screen reader; Esc or Close closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{TITLE} — Complaint Desk")
        self.resize(720, 620)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setMarkdown(f"# The cooling-off rule, in plain words\n\n{HOLD_RULES}")
        self.text.setTabChangesFocus(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        a11y.name(self.text, TITLE, "The cooling-off rule: how long a draft waits, and why")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setFocus()

    def plain_text(self) -> str:
        return self.text.toPlainText()
