-- Failed logins are counted inside a window that starts at the first failure; without this column
-- five mistakes spread over a month would lock an account.
ALTER TABLE app_user ADD COLUMN first_failed_login_at TIMESTAMP WITH TIME ZONE;

-- Names that belong to no account are counted and "locked" like real ones, so that the lock
-- message never tells which usernames exist. In the database rather than in memory, so that all
-- instances of a multi-instance deployment agree. Rows are deleted once there is nothing to remember.
CREATE TABLE unknown_login (
    name_key VARCHAR(64) NOT NULL PRIMARY KEY,
    failed_logins INT NOT NULL DEFAULT 0,
    first_failed_login_at TIMESTAMP WITH TIME ZONE,
    locked_until TIMESTAMP WITH TIME ZONE
);
