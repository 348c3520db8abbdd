-- Values the reader found likely but not likely enough to fill in: offered
-- in review for the technician to take with one tap, never filled by
-- themselves. Documents read before keep none.
ALTER TABLE ocr_jobs ADD COLUMN suggestions TEXT NOT NULL DEFAULT '{}';
