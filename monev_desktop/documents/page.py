"""Paper size, margins and font from the office settings, applied to a rendered document;
and the layout rules every rendered document follows (`tidy_layout`)."""

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document

PAPER_MM = {"F4": (215, 330), "A4": (210, 297)}
# The elements that come before w:doNotExpandShiftReturn in w:compat (ECMA-376, CT_Compat).
BEFORE_NOT_EXPAND = (
    "useSingleBorderforContiguousCells",
    "wpJustification",
    "noTabHangInd",
    "noLeading",
    "spaceForUL",
    "noColumnBalance",
    "balanceSingleByteDoubleByteWidth",
    "noExtraLineSpacing",
    "doNotLeaveBackslashAlone",
    "ulTrailSpace",
)


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


def tidy_layout(document: "Document") -> None:
    """Layout rules for every rendered document, whatever its template says:

    - in a justified paragraph, a line ended by a line break keeps its normal word spacing
      (Word's and LibreOffice's "do not expand character spaces on a line ending with
      SHIFT+RETURN"); multi-line form text arrives as line breaks, and every line of it but
      the last was spread to the full width ("Hambatan        yang        ditemukan:");
    - a table row is not split across two pages (a row's cells stay together, as the office
      sets "Izinkan baris terpotong antarhalaman" off by hand today).
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    settings = document.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        settings.append(compat)
    if compat.find(qn("w:doNotExpandShiftReturn")) is None:
        before = {qn(f"w:{name}") for name in BEFORE_NOT_EXPAND}
        place = max((i + 1 for i, child in enumerate(compat) if child.tag in before), default=0)
        compat.insert(place, OxmlElement("w:doNotExpandShiftReturn"))
    for row in document.element.body.iter(qn("w:tr")):
        properties = row.get_or_add_trPr()
        if properties.find(qn("w:cantSplit")) is None:
            properties.append(OxmlElement("w:cantSplit"))
