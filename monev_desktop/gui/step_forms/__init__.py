"""One form per SOP step, each over its Designer file; `FORMS` maps the SOP's form names."""

from monev_desktop.gui.step_forms.forms import FORMS

__all__ = ["FORMS"]
