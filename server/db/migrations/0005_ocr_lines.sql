-- What the app needs to check a reading against the certificate: every line
-- read, with its box on /page, and the size of that page.
ALTER TABLE ocr_jobs ADD COLUMN lines TEXT NOT NULL DEFAULT '[]';
ALTER TABLE ocr_jobs ADD COLUMN page TEXT;
