"""Python generated from the top-level ui/*.ui by pyside6-uic, with each import header trimmed
to the names the form uses. Generated: do not edit.

Regenerate after editing a .ui file with: python docs/tools/make_forms.py
"""
