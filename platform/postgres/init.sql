-- One role and one database per service, plus the test databases. Safe to run again:
-- roles are created or have their password reset, databases are created only when absent.
-- Run by platform/scripts/postgres.sh as the cluster's superuser (psql, ON_ERROR_STOP).

DO $$
DECLARE
  role_name text;
BEGIN
  FOREACH role_name IN ARRAY ARRAY[
      'delivery_order', 'delivery_store', 'delivery_rider', 'delivery_billing',
      'delivery_notification', 'messaging_test']
  LOOP
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role_name) THEN
      EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', role_name, role_name);
    ELSE
      EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', role_name, role_name);
    END IF;
  END LOOP;
END
$$;

-- database → owner: each service's own database and its test database, and the database of
-- the platform/messaging library's tests.
CREATE TEMP TABLE wanted_database (name text, owner text);
INSERT INTO wanted_database VALUES
  ('delivery_order',             'delivery_order'),
  ('delivery_store',             'delivery_store'),
  ('delivery_rider',             'delivery_rider'),
  ('delivery_billing',           'delivery_billing'),
  ('delivery_notification',      'delivery_notification'),
  ('delivery_order_test',        'delivery_order'),
  ('delivery_store_test',        'delivery_store'),
  ('delivery_rider_test',        'delivery_rider'),
  ('delivery_billing_test',      'delivery_billing'),
  ('delivery_notification_test', 'delivery_notification'),
  ('messaging_test',             'messaging_test');

SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' TEMPLATE template0', w.name, w.owner)
  FROM wanted_database w
 WHERE NOT EXISTS (SELECT FROM pg_database d WHERE d.datname = w.name)
\gexec

-- Only its owner (and the superuser) may connect to a database.
SELECT format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', name) FROM wanted_database
\gexec
