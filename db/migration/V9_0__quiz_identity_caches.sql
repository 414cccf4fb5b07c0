-- A class writes its players and answers in bursts: 300 phones join within seconds, then answer
-- each question within the same second. Each of these rows takes its id from its table's identity
-- sequence, and H2 (with WRITE_DELAY 0, see H2Durability) stores the whole database file each time a
-- sequence has handed out the ids it reserved: 32 by default, so about ten extra stores per question
-- of a 300-phone class, inside the answers' requests. A JFR allocation profile of the 300 x 10 bench
-- put a tenth of the app's allocation in those stores. Reserving 1,000 ids at a time makes that at
-- most one per burst. The cost is a gap of up to 1,000 ids after a restart; the ids are only keys.
-- Practice rows are written the same way when a whole class practises at once.
-- PostgreSQL takes the same statement (its cache is per connection and gives the same kind of gaps).
ALTER TABLE quiz_live_answer ALTER COLUMN id SET CACHE 1000;
ALTER TABLE quiz_live_player ALTER COLUMN id SET CACHE 1000;
ALTER TABLE quiz_practice_item ALTER COLUMN id SET CACHE 1000;
ALTER TABLE quiz_practice_attempt ALTER COLUMN id SET CACHE 1000;
