"""Server settings from the environment (``POLKU_SERVER_*``) or the command line."""

from __future__ import annotations

import ipaddress
from pathlib import Path

from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from sync.protocol import MIN_PROTOCOL


class ServerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="POLKU_SERVER_")

    data_dir: Path = Path("polku-server-data")
    # Empty: an SQLite file in ``data_dir`` (no set-up). PostgreSQL: postgresql+psycopg://...
    database_url: str = ""
    # False (``serve --no-migrate``): the server's role may not change the schema; the schema owner runs
    # ``polku-server migrate`` before it starts (deploy/systemd), and the server only checks the revision.
    migrate_on_start: bool = True
    min_protocol: int = MIN_PROTOCOL
    push_batch_max: int = 500
    # Laptops ask for up to 5,000 rows a page on a large initial pull (sync.client.options).
    pull_page_max: int = 5000
    # The largest request body read (bytes); larger ones are answered with 413 before being read.
    # 32 MiB holds a full push (500 entries with long texts, snapshots after a restore) many times.
    max_body_bytes: int = 32 * 1024 * 1024
    # Failed logins: free attempts, then a wait doubling from ``throttle_base_seconds`` up to the cap.
    throttle_free_attempts: int = 3
    throttle_base_seconds: float = 1.0
    throttle_max_seconds: float = 300.0
    # Addresses whose X-Forwarded-For is trusted (the reverse proxy).
    forwarded_allow_ips: str = "127.0.0.1"
    # The key that signs the progress proofs devices show when they find the server restored from a
    # backup (docs/sync-protocol.md). Kept outside the database, so a restore does not take it back.
    # Default: ``restore-detection.key`` in ``data_dir``. Every worker of one server must share it.
    restore_key_file: Path | None = None
    # Who may read /metrics (sync/server/api/observe.py): addresses or networks, comma separated
    # (127.0.0.1, 10.20.0.0/24). Empty: /metrics is not served at all (404).
    metrics_allow: str = ""

    @field_validator("metrics_allow")
    @classmethod
    def _networks_valid(cls, value: str) -> str:
        for part in _parts(value):
            try:
                ipaddress.ip_network(part, strict=False)
            except ValueError:
                raise ValueError(
                    f"POLKU_SERVER_METRICS_ALLOW: {part!r} is not an address or a network (10.20.0.0/24)"
                ) from None
        return value

    def metrics_networks(self) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
        return [ipaddress.ip_network(part, strict=False) for part in _parts(self.metrics_allow)]

    def key_file(self) -> Path:
        return self.restore_key_file or self.data_dir / "restore-detection.key"

    def url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'polku-server.db').resolve()}"


def _parts(value: str) -> list[str]:
    return [p.strip() for p in value.split(",") if p.strip()]
