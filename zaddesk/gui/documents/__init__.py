"""Document groups and the scans a number needs."""
