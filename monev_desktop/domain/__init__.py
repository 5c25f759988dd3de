"""The SOP and its rules in plain Python: no Qt, no peewee, no docxtpl."""
