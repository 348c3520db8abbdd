-- PostgreSQL: the same step as ../0009_ocr_leases.sql (timestamps are ISO UTC text there too).
-- OCR jobs are claimed with a lease, so workers in any number of processes
-- can share the queue: the worker renews its lease while it reads, and a job
-- whose lease ran out (its worker was killed) may be claimed by another.
-- lease_owner names the worker (host:pid:task) that holds or last held it.
ALTER TABLE ocr_jobs ADD COLUMN lease_owner TEXT;
ALTER TABLE ocr_jobs ADD COLUMN lease_until TEXT;

-- Jobs a stopped server left 'running' had no lease: theirs ran out already.
UPDATE ocr_jobs SET lease_until = updated_at WHERE status = 'running';

CREATE INDEX ocr_jobs_leases ON ocr_jobs(status, lease_until);
