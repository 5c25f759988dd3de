"""Render a .docx template with docxtpl in a sandboxed, autoescaping, strict Jinja environment.

A template cannot reach Python internals (SandboxedEnvironment), values print exactly as
given (`PT A & B <Persero>` stays so), and an unknown variable is an error, not a blank.
Templates are checked before anything is written: a broken tag or an unknown variable
raises TemplateProblem naming the template and the tag.

docxtpl, python-docx and Jinja load on first use, keeping them off the app's start-up path.
"""

import hashlib
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from monev_desktop.documents.page import PageSetup, tidy_layout
from monev_desktop.domain.errors import MonevError

if TYPE_CHECKING:
    from docxtpl import DocxTemplate
    from jinja2.sandbox import SandboxedEnvironment


class TemplateProblem(MonevError):
    """A template is broken or asks for data its step does not supply."""


@dataclass(frozen=True)
class Image:
    """An image to place in a document (the letterhead's logo), `height_mm` tall."""

    path: Path
    height_mm: float = 22.0


def _with_images(value: object, template: "DocxTemplate") -> object:
    if isinstance(value, Image):
        from docx.shared import Mm
        from docxtpl import InlineImage

        return InlineImage(template, str(value.path), height=Mm(value.height_mm))
    if isinstance(value, dict):
        return {k: _with_images(v, template) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_images(v, template) for v in value]
    return value


def jinja_environment() -> "SandboxedEnvironment":
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


def text(value: object) -> object:
    """A context value: multi-line text becomes a docxtpl Listing (line breaks kept)."""
    if isinstance(value, str) and "\n" in value:
        from docxtpl import Listing

        return Listing(value)
    return "" if value is None else value


@lru_cache(maxsize=64)
def _variables(path: Path, mtime_ns: int) -> frozenset[str]:
    from docxtpl import DocxTemplate
    from jinja2 import TemplateSyntaxError

    try:
        return frozenset(DocxTemplate(path).get_undeclared_template_variables(jinja_environment()))
    except TemplateSyntaxError as exc:
        raise TemplateProblem(
            f"Templat {path.name} rusak di tag {_broken_tag(path)}: {exc.message}. "
            "Perbaiki tag itu di Word atau LibreOffice, simpan, lalu coba lagi."
        ) from exc


_TAG = re.compile(r"\{[{%].*?[}%]\}")


def _broken_tag(path: Path) -> str:
    """The tag text of the paragraph where the template's Jinja syntax breaks."""
    from docxtpl import DocxTemplate
    from jinja2 import TemplateSyntaxError

    template = DocxTemplate(path)
    template.init_docx()
    xml = template.patch_xml(template.xml_to_string(template.docx._element.body))
    lines = re.sub(r"<w:p([ >])", r"\n<w:p\1", xml).splitlines()
    try:
        jinja_environment().parse("\n".join(lines))
    except TemplateSyntaxError as exc:
        paragraph = re.sub(r"<[^>]+>", "", lines[min(exc.lineno, len(lines)) - 1])
        broken = [tag for tag in _TAG.findall(paragraph) if not _parses_alone(tag)]
        return broken[0] if broken else f"'{paragraph.strip()[:60]}'"
    return "(tidak diketahui)"


def _parses_alone(tag: str) -> bool:
    """Whether one tag is well formed by itself (a block tag may lack its end tag)."""
    from jinja2 import TemplateSyntaxError

    try:
        jinja_environment().parse(tag)
    except TemplateSyntaxError as exc:
        return "end of template" in exc.message or "unknown tag 'end" in exc.message
    return True


def template_variables(path: Path) -> frozenset[str]:
    """Top-level variables the template uses; TemplateProblem if its tags do not parse."""
    return _variables(path, path.stat().st_mtime_ns)


def check_template(path: Path, supplied: set[str]) -> None:
    """TemplateProblem naming any variable the template uses that `supplied` lacks."""
    unknown = sorted(template_variables(path) - supplied)
    if unknown:
        names = ", ".join("{{ " + u + " }}" for u in unknown)
        raise TemplateProblem(
            f"Templat {path.name} memakai variabel yang tidak dikenal: {names}. "
            f"Variabel yang tersedia: {', '.join(sorted(supplied))}."
        )


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def render_docx(path: Path, context: dict, page: PageSetup) -> bytes:
    """The filled document as .docx bytes. Raises TemplateProblem; writes nothing."""
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError

    check_template(path, set(context))
    template = DocxTemplate(path)
    try:
        template.render(
            _with_images(context, template), jinja_env=jinja_environment(), autoescape=True
        )
    except TemplateError as exc:
        raise TemplateProblem(f"Templat {path.name} tidak dapat diisi: {exc}.") from exc
    page.apply(template.docx)
    tidy_layout(template.docx)
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()
