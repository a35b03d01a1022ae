"""Settings: connection profiles (keys in the keyring) and the UI language."""
