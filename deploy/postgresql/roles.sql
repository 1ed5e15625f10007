-- The Polku server's two database roles (docs/server-guide.md, "PostgreSQL"). Run once, as the
-- PostgreSQL superuser, then database.sql:
--
--   runuser -u postgres -- psql -v owner=polku_owner -v app=polku_app \
--        -v owner_password="$OWNER_PW" -v app_password="$APP_PW" -f roles.sql
--
--   polku_owner  owns the database, its schema and every table; only `polku-server migrate` logs in
--                as it (deploy/systemd/polku-server-migrate.service).
--   polku_app    `polku-server serve`, the admin commands and the backup log in as it: it owns
--                nothing and may only read and write rows (database.sql grants exactly that).
\set ON_ERROR_STOP on

CREATE ROLE :"owner" LOGIN PASSWORD :'owner_password';
CREATE ROLE :"app" LOGIN PASSWORD :'app_password';
