"""Tests of models/: the rules data, reference data and the checks on them."""
