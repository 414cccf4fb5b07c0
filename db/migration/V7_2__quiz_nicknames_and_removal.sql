-- A nickname has up to 24 code points; each can take two UTF-16 units (H2 counts those), so 30 was
-- too short for emoji. The key is the nickname's look-alike skeleton (Unicode UTS #39), which can be
-- longer than the name itself.
ALTER TABLE quiz_live_player ALTER COLUMN nickname SET DATA TYPE VARCHAR(100);
ALTER TABLE quiz_live_player ALTER COLUMN nickname_key SET DATA TYPE VARCHAR(400);
-- A player the teacher removed: off the projector and out of the results, token refused. The row
-- stays so that the name stays taken in that session.
ALTER TABLE quiz_live_player ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
