PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# tesseract's Latin model without its word list, for reading line crops (see the script).
LINE_MODEL := $(VENV)/share/ceclog/tessdata/Latin_lines.traineddata
# tesseract's English word list, to tell OCR's slips from words (server/ocr/wordlist.py).
WORD_LIST := $(VENV)/share/ceclog/words/eng.txt
# Given names in many languages, to tell a person's name from other words (server/ocr/given_names.py).
GIVEN_NAMES := $(VENV)/share/ceclog/words/given-names.txt
# PP-OCR's line recogniser with its output cut to Latin-script letters (server/ocr/latin_recogniser.py).
LATIN_RECOGNISER := $(VENV)/share/ceclog/models/PP-OCRv6_rec_latin.onnx
# PP-OCR's text-line detector in 8-bit integers (server/ocr/int8_detector.py).
INT8_DETECTOR := $(VENV)/share/ceclog/models/PP-OCRv6_det_int8.onnx

.PHONY: setup packages model run test bench lint clean

setup: $(STAMP)

# tesserocr is built here against the installed tesseract (its wheel carries
# another tesseract): line crops are read by the same tesseract as the rest.
$(STAMP): pyproject.toml
	@scripts/ensure_packages.sh build
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-binary tesserocr -e '.[dev]'
	touch $(STAMP)

packages:
	@scripts/ensure_packages.sh run

model: $(LINE_MODEL) $(WORD_LIST) $(GIVEN_NAMES) $(LATIN_RECOGNISER) $(INT8_DETECTOR)

$(INT8_DETECTOR): $(STAMP) server/ocr/detector_ranges.json
	$(BIN)/python -c "from server.ocr.int8_detector import MODEL_FILE, build_int8_detector; build_int8_detector(MODEL_FILE)"

$(LATIN_RECOGNISER): $(STAMP)
	$(BIN)/python -c "from server.ocr.latin_recogniser import MODEL_FILE, build_latin_recogniser; build_latin_recogniser(MODEL_FILE)"

$(WORD_LIST): $(STAMP)
	$(BIN)/python -c "from server.ocr.wordlist import WORDS_FILE, build_word_list; build_word_list(WORDS_FILE)"

$(GIVEN_NAMES): $(STAMP)
	$(BIN)/python -c "from server.ocr.given_names import NAMES_FILE, build_given_names; build_given_names(NAMES_FILE)"

$(LINE_MODEL):
	scripts/make_line_model.sh $@

run: setup packages model
	$(BIN)/ceclog migrate
	$(BIN)/ceclog serve

test: setup
	@scripts/ensure_packages.sh test
	@$(MAKE) --no-print-directory model
	@# Across the cores (a module's tests stay on one worker, with its fixtures):
	@# much of the suite waits on servers, browsers and timeouts, not the CPU.
	$(BIN)/python -m pytest -n auto --maxprocesses 4 --dist loadfile
	@# Hosted mode: the sync, storage, worker, API and export suites again on a
	@# real PostgreSQL and a real S3-compatible server (tests/services/), one
	@# cluster and one server per worker.
	CECLOG_TEST_DATABASE=postgresql CECLOG_TEST_STORAGE=s3 $(BIN)/python -m pytest -q \
		-n auto --maxprocesses 4 tests/sync tests/api tests/documents tests/exports

bench: setup model
	@scripts/ensure_packages.sh corpus
	@for script in scripts/bench_*.py; do \
		echo "== $$script"; $(BIN)/python $$script || exit 1; \
	done

lint: setup
	$(BIN)/ruff check server tests scripts
	$(BIN)/ruff format --check server tests scripts

clean:
	rm -rf $(VENV) .pytest_cache
