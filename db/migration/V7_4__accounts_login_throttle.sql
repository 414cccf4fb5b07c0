-- Lock-out is replaced by throttling per name and source address (accounts.domain.LoginThrottle),
-- which keeps its counters in memory: a stranger's wrong passwords must not lock out the owner, so
-- there is no account-wide lock left to store.
DROP TABLE unknown_login;
ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN first_failed_login_at;
ALTER TABLE app_user DROP COLUMN locked_until;
