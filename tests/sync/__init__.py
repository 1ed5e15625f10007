"""Tests of sync/."""
