-- Where each row of a mapping stands, kept per issue as one compact line beside the rows
-- (`row:mechanism:status:state;…`) and rewritten in the transaction that changes any row of
-- the issue, so that the matrix of a real mapping (200 issues × 100 mechanisms) is read as 200
-- short lines rather than 20,000 rows. The rows stay the record; this is derived from them.
-- Reviewed as a pair with ../postgres/0027_mapping_cells.sql.

CREATE TABLE mapping_issue_cells (
    exercise_id INTEGER NOT NULL REFERENCES mapping_exercises (id),
    issue_id INTEGER NOT NULL REFERENCES policy_issues (id),
    cells TEXT NOT NULL,
    PRIMARY KEY (exercise_id, issue_id)
);
