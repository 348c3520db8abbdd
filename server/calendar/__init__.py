"""The reminders as an ICS calendar feed at a secret, revocable, per-user address."""
