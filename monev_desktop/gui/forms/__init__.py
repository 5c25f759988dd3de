"""Python generated from the top-level ui/*.ui by pyside6-uic. Generated: do not edit.

Regenerate with: for f in ui/*.ui; do pyside6-uic "$f" -o "monev_desktop/gui/forms/ui_$(basename "$f" .ui).py"; done
"""
