-- Practice and live sessions keep their settings in the same embedded value (QuizSettings); a
-- practice run has no timer, so its column stays empty.
ALTER TABLE quiz_practice_attempt ADD COLUMN seconds_per_question INTEGER;
