"""zaddesk: a desktop console for Zadarma dealers."""

__version__ = "0.1.0"
