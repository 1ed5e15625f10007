"""Shipped reference data (TOML). A package so that setuptools includes the data files in builds."""
