"""Reports: tables (rich), plots (matplotlib), HTML."""
