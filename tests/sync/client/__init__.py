"""Tests of the sync client: a laptop talking to a real server."""
