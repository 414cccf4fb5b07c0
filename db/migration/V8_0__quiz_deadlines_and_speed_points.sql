-- The deadline of the open question lives in its session's row, so that any instance can close it:
-- a scheduler closes rows whose closes_at has passed with a conditional update (only while the
-- question is still open), and a question survives the instance that opened it.
-- auto_reveal: at 0 s the answer shows at once; otherwise the question closes and waits for the
-- teacher. speed_points: a right answer earns more the sooner it comes (off by default).
ALTER TABLE quiz_live_session ADD COLUMN closes_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE quiz_live_session ADD COLUMN auto_reveal BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE quiz_live_session ADD COLUMN speed_points BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_quiz_live_session_closes ON quiz_live_session (state, closes_at);
