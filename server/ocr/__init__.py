"""Read certificates: pure image and text steps around one tesseract call.

`pipeline.extract_document` is the entry point; nothing here imports Litestar.
"""
