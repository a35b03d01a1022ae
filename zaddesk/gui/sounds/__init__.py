"""The client's IVR sounds and hold music."""
