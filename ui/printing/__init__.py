"""Print-ready documents (case summary, referral letter, periodic recap) and the screens and
commands that preview, print and export them."""
