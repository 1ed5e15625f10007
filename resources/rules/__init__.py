"""Rules data (kotol.toml); a package only so that setuptools ships the TOML in wheels."""
