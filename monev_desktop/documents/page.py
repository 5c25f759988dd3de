"""Paper size, margins and font from the office settings, applied to a rendered document."""

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document

PAPER_MM = {"F4": (215, 330), "A4": (210, 297)}


@dataclass(frozen=True)
class PageSetup:
    paper: str = "F4"
    top_cm: float = 2.0
    bottom_cm: float = 2.0
    left_cm: float = 2.5
    right_cm: float = 2.0
    font: str = "Arial"
    font_pt: float = 11.0

    def apply(self, document: "Document") -> None:
        """Set every section's paper (keeping its orientation), margins, and the body font."""
        from docx.enum.section import WD_ORIENT  # python-docx loads on first render
        from docx.oxml.ns import qn
        from docx.shared import Cm, Mm, Pt

        short, long = PAPER_MM[self.paper]
        for section in document.sections:
            landscape = section.orientation == WD_ORIENT.LANDSCAPE or (
                section.page_width
                and section.page_height
                and section.page_width > section.page_height
            )
            width, height = (long, short) if landscape else (short, long)
            section.page_width, section.page_height = Mm(width), Mm(height)
            section.top_margin, section.bottom_margin = Cm(self.top_cm), Cm(self.bottom_cm)
            section.left_margin, section.right_margin = Cm(self.left_cm), Cm(self.right_cm)
        normal = document.styles["Normal"]
        normal.font.name, normal.font.size = self.font, Pt(self.font_pt)
        fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attribute), self.font)
