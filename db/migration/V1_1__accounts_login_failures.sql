-- Failed logins are counted inside a window that starts at the first failure; without this column
-- five mistakes spread over a month would lock an account.
ALTER TABLE app_user ADD COLUMN first_failed_login_at TIMESTAMP WITH TIME ZONE;
