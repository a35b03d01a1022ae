"""Onboarding: the wizard from a client's data to the first top-up, and its page."""
