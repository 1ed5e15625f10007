"""Tests of the sync server: its API, authorisation, restore and administration."""
