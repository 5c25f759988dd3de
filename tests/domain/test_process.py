from pathlib import Path

import pytest

from monev_desktop.domain.errors import DefinitionError
from monev_desktop.domain.forms import FORMS
from monev_desktop.domain.process import OfferTo, TimeUnit, parse_process
from monev_desktop.domain.roles import Role
from monev_desktop.services.resources import SOP_DIR, known_templates, load_processes

SOP_FILE = SOP_DIR / "monev_kerja_sama.toml"


@pytest.fixture
def sop():
    return load_processes()["monev-kerja-sama"]


def test_the_sop_has_nine_steps_with_their_actors_and_outputs(sop):
    assert [s.number for s in sop.steps] == list(range(1, 10))
    assert [s.actor for s in sop.steps] == [
        Role.KABAG,
        Role.KETUA_TIM,
        Role.KETUA_TIM,
        Role.ANALIS,
        Role.ANALIS,
        Role.KETUA_TIM,
        Role.KABAG,
        Role.KABAG,
        Role.KETUA_TIM,
    ]
    assert sop.step(1).outputs == ("Surat Perintah",)
    assert sop.step(1).inputs == ("Kepwal TKKSD",)
    assert sop.step(7).participants == (Role.KETUA_TIM, Role.ANALIS)
    assert sop.step(2).offer_to is OfferTo.TEAM_LEAD
    assert sop.step(9).standard_time is None
    assert sop.sop_number == "53/000.8.3.3/11/2025"


def test_standard_times_add_up_to_the_sops_21_working_days(sop):
    assert sop.step(1).standard_time.amount == 15
    assert sop.step(1).standard_time.unit is TimeUnit.MINUTES
    assert sop.standard_working_days(minutes_per_day=510) == sop.total_working_days == 21


def test_every_step_names_an_existing_form_and_templates(sop):
    templates = known_templates()
    for step in sop.steps:
        assert step.form in FORMS
        assert step.templates and set(step.templates) <= templates


def _broken(replace_from: str, replace_to: str) -> str:
    text = SOP_FILE.read_text(encoding="utf-8")
    assert replace_from in text
    return text.replace(replace_from, replace_to, 1)


def _line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('actor = "analis"', 'actor = "analyst"', "peran 'analyst' tidak dikenal"),
        (
            'templates = ["laporan_monitoring.docx"]',
            'templates = ["laporan.docx"]',
            "templat 'laporan.docx' tidak ditemukan",
        ),
        (
            'unit = "hari_kerja" }\nform = "monitoring"',
            'unit = "jam" }\nform = "monitoring"',
            "satuan waktu 'jam' tidak dikenal",
        ),
        (
            'offer_to = "ketua_tim_siklus"',
            'offer_to = "siapa_saja"',
            "offer_to 'siapa_saja' tidak dikenal",
        ),
    ],
)
def test_a_broken_definition_names_file_line_and_problem(old, new, message):
    text = _broken(old, new)
    with pytest.raises(DefinitionError) as error:
        parse_process("monev_kerja_sama.toml", text, known_templates())
    line = _line_of(text, new.splitlines()[0])
    assert f"monev_kerja_sama.toml, baris {line}: {message}" in str(error.value)


def test_unreadable_toml_is_a_clear_error():
    with pytest.raises(DefinitionError, match="tidak dapat dibaca"):
        parse_process("rusak.toml", "[process\ncode=", set())


def test_a_second_sop_is_added_as_a_file_with_no_code_change(tmp_path: Path):
    (tmp_path / "monev_kerja_sama.toml").write_text(
        SOP_FILE.read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "fasilitasi.toml").write_text(
        """
[process]
code = "fasilitasi-kerja-sama"
title = "Fasilitasi Penyusunan Kerja Sama Daerah"
sop_number = "54/000.8.3.3/11/2025"
total_working_days = 2

[[steps]]
number = 1
title = "Menerima usulan kerja sama dari OPD"
actor = "ketua_tim"
outputs = ["Daftar usulan"]
standard_time = { amount = 1, unit = "hari_kerja" }
form = "pengolahan_hasil"

[[steps]]
number = 2
title = "Menelaah usulan"
actor = "analis"
outputs = ["Telaahan staf"]
standard_time = { amount = 1, unit = "hari_kerja" }
form = "pengolahan_hasil"
""",
        encoding="utf-8",
    )
    processes = load_processes(tmp_path)
    assert set(processes) == {"monev-kerja-sama", "fasilitasi-kerja-sama"}
    assert processes["fasilitasi-kerja-sama"].standard_working_days(510) == 2
