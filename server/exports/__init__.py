"""Records leaving ceclog: the CSV log, the transcript PDF, certificate PDFs, backups and restore."""
