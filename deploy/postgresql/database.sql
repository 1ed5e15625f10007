-- The Polku server's database, owned by the schema owner, with the server's role allowed to read and
-- write rows and nothing else (docs/server-guide.md, "PostgreSQL"; the roles come from roles.sql).
-- Run as the PostgreSQL superuser, at set-up and again when restoring a backup into a new database:
--
--   runuser -u postgres -- psql -v db=polku -v owner=polku_owner -v app=polku_app -f database.sql
--
-- The default privileges make every table and sequence a later migration creates (as the owner)
-- readable and writable by the server's role at once, so an upgrade needs no grants by hand.
\set ON_ERROR_STOP on

CREATE DATABASE :"db" OWNER :"owner" ENCODING 'UTF8' TEMPLATE template0;
-- Only the two roles may connect (by default every role may).
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"owner";
GRANT CONNECT ON DATABASE :"db" TO :"app";

\connect :"db"
-- Up to PostgreSQL 14 every role may create tables in "public": from now on only the owner may.
ALTER SCHEMA public OWNER TO :"owner";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app";

-- Tables and sequences the owner creates from now on (every migration).
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO :"app";
