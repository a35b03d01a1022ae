"""The number shop: countries, directions, available numbers, orders and owned numbers."""
