"""Persistence: peewee models, the connection (SQLite or PostgreSQL by URL), migrations."""
