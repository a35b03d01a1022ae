"""The client's cloud PBX: extensions, recording, webhooks, WebRTC and the call flow."""
