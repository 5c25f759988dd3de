"""Process definitions as data files: one TOML file per SOP."""
