"""Word documents: sandboxed docxtpl rendering, page setup, atomic archive files, PDF export.

Knows nothing of the database: callers hand it a template path and a plain context.
"""
