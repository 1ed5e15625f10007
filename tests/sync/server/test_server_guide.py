"""docs/server-guide.md and the files it installs from deploy/, checked the way an operator would use
them: every file the guide names exists (and every deploy/ file is in the guide), every
``polku-server``/``polku-admin`` command line in it parses, the systemd units pass ``systemd-analyze
verify`` and its offline security check, the nginx site passes ``nginx -t`` and carries a laptop's
sync over TLS to a real server, and on PostgreSQL the database set-up works as written: roles.sql and
database.sql, ``migrate`` as the owner, ``serve --no-migrate`` as the server's role (which owns
nothing and may not change the schema), a laptop syncs, deploy/bin/polku-backup backs up, and the
guide's restore puts it back into a new database."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from app.sync_service import enroll_device, sync_now
from app.workspace import create_workspace
from sync.client.transport import HttpTransport, tls_context
from sync.server.cli import build_parser
from sync.server.cli import main as server_main
from tests.support.server import PASSWORD, REPO, ServerProcess, cli_env, polku_server, serving
from tests.support.sync import FAST, FAST_KDF, PASSPHRASE, PG_URL, add_client, free_port, wait_until_serving
from tests.support.tls import certificates

GUIDE = REPO / "docs" / "server-guide.md"
DEPLOY = REPO / "deploy"
SERVER_BIN = Path(sys.executable).parent / "polku-server"
# Where the guide installs things, and where they are in this checkout.
INSTALLED = {
    "/opt/polku/venv/bin/polku-server": str(SERVER_BIN),
    "/usr/local/sbin/polku-backup": str(DEPLOY / "bin" / "polku-backup"),
}


def shell_lines(markdown: str) -> list[str]:
    """The command lines of the guide's ```sh blocks, continuation lines joined."""
    lines: list[str] = []
    for block in re.findall(r"```sh\n(.*?)```", markdown, flags=re.S):
        for line in block.replace("\\\n", " ").splitlines():
            line = line.split(" #", 1)[0].strip()
            if line and not line.startswith("#"):
                lines.append(line)
    return lines


def test_every_file_the_guide_names_exists_and_every_deploy_file_is_in_it() -> None:
    guide = GUIDE.read_text("utf-8")
    named = {m.rstrip(".,:;)") for m in re.findall(r"\b(?:deploy|docs|sync|tests)/[\w./-]+", guide)}
    assert named, "the guide names no files"
    missing = sorted(p for p in named if not (REPO / p).exists())
    assert not missing, f"the guide names files that do not exist: {missing}"
    shipped = {str(p.relative_to(REPO)) for p in DEPLOY.rglob("*") if p.is_file()}
    unnamed = sorted(shipped - named)
    assert not unnamed, f"deploy/ files the guide does not mention: {unnamed}"


def test_every_server_command_in_the_guide_parses() -> None:
    """A typo in a subcommand or an option would stop the operator at that step."""
    parser = build_parser()
    checked = 0
    for line in shell_lines(GUIDE.read_text("utf-8")):
        words = shlex.split(line)
        starts = [i for i, w in enumerate(words) if w == "polku-admin" or w.endswith("/polku-server")]
        for start in starts:
            args: list[str] = []
            for word in words[start + 1 :]:
                if word in {"|", "&&", "||", ";", ">", "<"}:
                    break
                args.append(word)
            try:
                parser.parse_args(args)
            except SystemExit as exc:  # 0: --help
                if exc.code != 0:
                    pytest.fail(f"polku-server would refuse this line of the guide: {line}")
            checked += 1
    assert checked >= 10, f"only {checked} polku-server command lines found in the guide"


def test_serve_no_migrate_refuses_an_old_schema_and_serves_a_migrated_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the unit relies on (SQLite here; PostgreSQL with two roles below): ``serve --no-migrate``
    leaves the schema alone, says to run ``migrate`` instead of failing on the first request, and
    serves once it has run."""
    data = ["--data-dir", str(tmp_path / "srv")]
    assert server_main(["serve", "--no-migrate", *data]) == 2
    assert "none (empty database), this server version needs" in capsys.readouterr().err
    assert server_main([*data, "migrate"]) == 0
    with serving(
        tmp_path / "serve.txt", "--no-migrate", data_dir=tmp_path / "srv", env=cli_env(tmp_path)
    ) as srv:
        assert httpx.get(f"{srv.url}/healthz", timeout=10).json() == {"status": "ok"}


def _installed_copy(src: Path, folder: Path) -> Path:
    """A deploy file with the installed paths pointing at this checkout's programs."""
    content = src.read_text("utf-8")
    for installed, here in INSTALLED.items():
        content = content.replace(installed, here)
    dst = folder / src.name
    dst.write_text(content, "utf-8")
    return dst


def test_the_systemd_units_verify_and_are_sandboxed(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed (package systemd)")
    units = [_installed_copy(p, tmp_path) for p in sorted((DEPLOY / "systemd").iterdir())]
    assert {u.name for u in units} >= {"polku-server.service", "polku-server-migrate.service"}
    done = subprocess.run(
        [analyze, "verify", *map(str, units)], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")
    # The exposure score systemd itself gives (0 = locked down, 10 = none): at most 2.0 ("OK").
    for unit in sorted(u.name for u in units if u.suffix == ".service"):
        score = subprocess.run(
            [analyze, "security", "--offline=yes", "--threshold=20", str(tmp_path / unit)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=60,
        )
        assert score.returncode == 0, score.stdout[-600:] + score.stderr


def _nginx_config(folder: Path, *, https_port: int, http_port: int, upstream_port: int) -> tuple[Path, Path]:
    """deploy/nginx/polku.conf with its ports, certificate and log paths moved into ``folder``, inside
    the smallest main configuration (Debian's nginx.conf includes sites the same way); and the CA
    that signed its certificate."""
    ca, chain, private = certificates(folder / "tls")
    site = (DEPLOY / "nginx" / "polku.conf").read_text("utf-8")
    for old, new in {
        "/etc/ssl/polku/fullchain.pem": str(chain),
        "/etc/ssl/polku/privkey.pem": str(private),
        "/var/log/nginx/": f"{folder}/",
        "listen 443 ssl;": f"listen 127.0.0.1:{https_port} ssl;",
        "listen [::]:443 ssl;": "",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "listen [::]:80;": "",
        "server 127.0.0.1:8443;": f"server 127.0.0.1:{upstream_port};",
        "polku.example.fi": "127.0.0.1",
    }.items():
        assert old in site, f"deploy/nginx/polku.conf no longer has {old!r}"
        site = site.replace(old, new)
    (folder / "polku.conf").write_text(site, "utf-8")
    main = folder / "nginx.conf"
    main.write_text(
        f"pid {folder}/nginx.pid;\nerror_log {folder}/error.log;\nevents {{}}\n"
        f"http {{\n  access_log {folder}/access.log;\n  client_body_temp_path {folder}/body;\n"
        f"  proxy_temp_path {folder}/proxy;\n  include {folder}/polku.conf;\n}}\n",
        "utf-8",
    )
    return main, ca


def test_the_nginx_site_checks_and_carries_a_sync_over_tls(tmp_path: Path) -> None:
    nginx = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if nginx is None:
        pytest.skip("nginx is not installed (Debian package nginx; .ci/run installs it where apt can)")
    with serving(tmp_path / "server.txt", data_dir=tmp_path / "srv", env=cli_env(tmp_path)) as server:
        https_port, http_port = free_port(), free_port()
        conf, ca = _nginx_config(
            tmp_path, https_port=https_port, http_port=http_port, upstream_port=server.port
        )
        base = [nginx, "-p", str(tmp_path), "-e", str(tmp_path / "error.log"), "-c", str(conf)]
        check = subprocess.run([*base, "-t"], capture_output=True, text=True, timeout=60)
        assert check.returncode == 0 and "test is successful" in check.stderr, check.stderr
        proxy = subprocess.Popen([*base, "-g", "daemon off;"], stderr=subprocess.PIPE, text=True)
        ws = create_workspace(tmp_path / "laptop", PASSPHRASE, user="anna", kdf=FAST_KDF)
        url = f"https://127.0.0.1:{https_port}"
        transport = HttpTransport(url, ca_bundle=ca)
        try:
            wait_until_serving(url, proxy, verify=tls_context(ca), timeout=30)
            made = polku_server(
                tmp_path, "--data-dir", str(tmp_path / "srv"), *_ANNA, POLKU_PASSWORD=PASSWORD
            )
            assert made.returncode == 0, made.stderr
            add_client(ws, last_name="Proxied")
            enroll_device(ws, server_url=url, username="anna", password=PASSWORD, transport=transport)
            assert sync_now(ws, transport=transport, options=FAST).pushed >= 1
            # Plain HTTP answers only with the way to HTTPS.
            plain = httpx.get(f"http://127.0.0.1:{http_port}/healthz", timeout=5)
            assert plain.status_code == 301 and plain.headers["location"].startswith("https://")
        finally:
            transport.close()
            ws.close()
            proxy.terminate()
            proxy.wait(30)


_ANNA = ("create-user", "--username", "anna", "--role", "counsellor", "--municipality", "297")


# --- PostgreSQL: the guide's database set-up, server, backup and restore --------------------------


def _pg_env() -> dict[str, str]:
    """libpq's variables for the superuser of the test PostgreSQL (psql, pg_dump, pg_restore)."""
    url = make_url(PG_URL)
    env = {**os.environ, "PGHOST": url.host or "127.0.0.1", "PGPORT": str(url.port or 5432)}
    env["PGUSER"] = url.username or "postgres"
    env["PGDATABASE"] = url.database or "postgres"
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return env


def _psql(*args: str) -> None:
    done = subprocess.run(["psql", "-X", "-q", *args], capture_output=True, text=True, env=_pg_env())
    assert done.returncode == 0, done.stderr


def _sql(database: str, statement: str, **params: str) -> list[tuple[object, ...]]:
    engine = create_engine(make_url(PG_URL).set(database=database), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            result = conn.execute(text(statement), params)
            return [tuple(r) for r in result] if result.returns_rows else []
    finally:
        engine.dispose()


@contextmanager
def guide_roles() -> Iterator[dict[str, str]]:
    """roles.sql with names of this test's own (a shared PostgreSQL), dropped after with every
    database it made (each name starting with ``db``)."""
    tag = uuid.uuid4().hex[:10]
    names = {"db": f"polku_guide_{tag}", "owner": f"polku_guide_owner_{tag}", "app": f"polku_guide_app_{tag}"}
    secrets = {"owner_password": uuid.uuid4().hex, "app_password": uuid.uuid4().hex}
    try:
        _psql(
            *[f"-v{k}={v}" for k, v in {**names, **secrets}.items()],
            "-f",
            str(DEPLOY / "postgresql/roles.sql"),
        )
        yield {**names, **secrets}
    finally:
        admin = "postgres"
        like = names["db"] + "%"
        for (name,) in _sql(admin, "SELECT datname FROM pg_database WHERE datname LIKE :p", p=like):
            _sql(
                admin,
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n",
                n=str(name),
            )
            _sql(admin, f'DROP DATABASE IF EXISTS "{name}"')
        for role in (names["app"], names["owner"]):
            _sql(admin, f'DROP ROLE IF EXISTS "{role}"')


def _url(g: dict[str, str], role: str, database: str | None = None) -> str:
    url: URL = make_url(PG_URL).set(
        username=g[role], password=g[f"{role}_password"], database=database or g["db"]
    )
    return url.render_as_string(hide_password=False)


def _admin(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """``polku-server ARGV`` in this process: its exit code and what it told the operator."""
    code = server_main(list(argv))
    printed = capsys.readouterr()
    assert "Traceback" not in printed.err, printed.err
    return code, printed.out + printed.err


def _server_clients(database: str) -> int:
    rows = _sql(database, "SELECT count(*) FROM row_state WHERE entity = 'client' AND NOT deleted")
    return int(rows[0][0])  # type: ignore[call-overload]


@pytest.mark.skipif(not PG_URL, reason="needs POLKU_TEST_DATABASE_URL (PostgreSQL)")
@pytest.mark.skipif(not shutil.which("psql") or not shutil.which("pg_dump"), reason="needs psql, pg_dump")
def test_the_guides_postgresql_setup_backup_and_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with guide_roles() as g:
        db, app = g["db"], _url(g, "app")
        _psql(
            *[f"-v{k}={g[k]}" for k in ("db", "owner", "app")], "-f", str(DEPLOY / "postgresql/database.sql")
        )

        # The server's role may neither serve an empty database nor create the schema itself.
        code, said = _admin(capsys, "serve", "--no-migrate", "--database-url", app)
        assert code == 2 and "run `polku-server migrate` with the schema owner's" in said
        code, said = _admin(capsys, "--database-url", app, "migrate")
        assert code == 2 and "this database role may not change it" in said
        assert _admin(capsys, "--database-url", _url(g, "owner"), "migrate")[0] == 0
        owners = _sql(db, "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
        assert owners == [(g["owner"],)]

        # A table a later migration makes (as the owner) is the server's to write at once.
        owner_engine = create_engine(_url(g, "owner"))
        with owner_engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE guide_later_migration (id integer)")
        owner_engine.dispose()
        app_engine = create_engine(app)
        with app_engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO guide_later_migration VALUES (1)")
        app_engine.dispose()

        monkeypatch.setenv("POLKU_PASSWORD", PASSWORD)
        assert _admin(capsys, "--database-url", app, *_ANNA)[0] == 0
        backups = tmp_path / "backups"
        backups.mkdir()
        ws = create_workspace(tmp_path / "laptop", PASSPHRASE, user="anna", kdf=FAST_KDF)
        # The server as polku-server.service runs it (the same port before and after the restore).
        server = ServerProcess(tmp_path / "serve.txt", app, None, ["--no-migrate"], cli_env(tmp_path))
        try:
            server.start()
            add_client(ws, last_name="Guidecase")
            enroll_device(ws, server_url=server.url, username="anna", password=PASSWORD)
            assert sync_now(ws, options=FAST).pushed >= 1
            assert _server_clients(db) == 1
            # The backup as polku-backup.service runs it: the server's role, while serving.
            env = {**cli_env(tmp_path), "POLKU_SERVER_DATABASE_URL": app}
            env |= {"POLKU_BACKUP_DIR": str(backups), "POLKU_SERVER_BIN": str(SERVER_BIN)}
            backup = [str(DEPLOY / "bin" / "polku-backup")]
            done = subprocess.run(backup, capture_output=True, text=True, env=env, timeout=120)
            assert done.returncode == 0, done.stderr
            (dump,) = backups.glob("polku-*.dump")
            add_client(ws, last_name="Afterbackup")
            assert sync_now(ws, options=FAST).pushed >= 1
            assert _server_clients(db) == 2
            server.stop()

            # The guide's restore: the old database kept aside, a new one from database.sql, the dump
            # restored into it by the superuser, new-epoch, start.
            _psql("-c", f'ALTER DATABASE "{db}" RENAME TO "{db}_before_restore"')
            _psql(
                *[f"-v{k}={g[k]}" for k in ("db", "owner", "app")],
                "-f",
                str(DEPLOY / "postgresql/database.sql"),
            )
            restore = ["pg_restore", "--exit-on-error", "--single-transaction", f"--dbname={db}"]
            with dump.open("rb") as stdin:  # as the guide: root's shell reads the polku-only file
                done = subprocess.run(restore, stdin=stdin, capture_output=True, env=_pg_env(), timeout=120)
            assert done.returncode == 0, done.stderr.decode(errors="replace")
            assert _server_clients(db) == 1  # the backup's state
            assert _admin(capsys, "--database-url", app, "new-epoch")[0] == 0
            server.start()
            assert sync_now(ws, options=FAST).epoch_changed
            assert _server_clients(db) == 2  # the laptop sent back what the restore lost
        finally:
            server.stop()
            ws.close()
