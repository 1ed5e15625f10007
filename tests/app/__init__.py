"""Tests of app/: the services, the encrypted store, printing and the command line."""
