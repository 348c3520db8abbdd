"""Certificate files: what they are, whether we accept them, where they live."""
