-- Names the question checker and the catalogue search could not resolve, for instructors to add as
-- tools or aliases. Only the normalised name, how often and when it was last asked, and one sample
-- question (truncated): no user, address or session. The app keeps at most 1000 rows.
CREATE TABLE kb_unknown_name (
    name VARCHAR(100) NOT NULL PRIMARY KEY,
    seen_count BIGINT NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    sample VARCHAR(200)
);

CREATE INDEX ix_kb_unknown_name_last_seen ON kb_unknown_name (last_seen);
