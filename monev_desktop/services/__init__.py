"""Use cases over the database: plain data in, frozen dataclasses out. No Qt."""
