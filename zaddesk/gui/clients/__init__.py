"""The Clients page: the dealer's clients cached locally, their detail and money moves."""
