"""Helpers shared by the tests (and by bench/ where it says so): no tests here."""
