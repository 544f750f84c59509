"""Care-need encryption, keys and suppressed aggregates."""
