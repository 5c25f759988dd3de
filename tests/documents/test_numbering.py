"""The letter-number register: patterns, yearly serials, typed numbers, concurrent takers."""

from datetime import date

import pytest

from monev_desktop.db.models import NomorSurat
from monev_desktop.domain.documents import KINDS
from monev_desktop.domain.errors import ValidationError
from monev_desktop.domain.numbering import NumberingRule, check_pattern, format_number
from tests.services.test_concurrency import race

LETTER = KINDS["surat_perintah.docx"]
NOTULEN = KINDS["notulen_rapat_evaluasi.docx"]


def take(services, session, kind=LETTER, day=date(2025, 3, 3)):
    with services.ctx.transaction():
        return services.documents.numbers.take(session, kind, day)


def test_patterns_and_tokens():
    rule = NumberingRule("{kode}/{urut}/{unit}/{bulan}/{tahun}", "000.8.3.3")
    assert format_number(rule, 263, "Pem", date(2025, 3, 3)) == "000.8.3.3/263/Pem/III/2025"
    with pytest.raises(ValidationError, match=r"tidak dikenal: nomor"):
        check_pattern("{kode}/{nomor}/{tahun}")
    with pytest.raises(ValidationError, match=r"harus memuat \{urut\}"):
        check_pattern("{kode}/{tahun}")


def test_serials_share_a_book_and_restart_each_year(services, people):
    assert take(services, people["kabag"]) == "000.8.3.3/1/Pem/2025"
    assert take(services, people["kabag"], NOTULEN) == "000.1.5/2/Pem/2025"
    assert take(services, people["kabag"], day=date(2026, 1, 2)) == "000.8.3.3/1/Pem/2026"
    assert take(services, people["kabag"]) == "000.8.3.3/3/Pem/2025"


def test_a_rolled_back_number_is_taken_again_never_doubled(services, people):
    with pytest.raises(RuntimeError):
        with services.ctx.transaction():
            services.documents.numbers.take(people["kabag"], LETTER, date(2025, 3, 3))
            raise RuntimeError("the document could not be written")
    assert NomorSurat.select().count() == 0
    assert take(services, people["kabag"]) == "000.8.3.3/1/Pem/2025"


def test_a_typed_srikandi_number_is_checked_and_unique(services, people):
    with services.ctx.transaction():
        services.documents.numbers.record_typed(
            people["kabag"], LETTER, " B-1/SRK/2025 ", date(2025, 3, 3)
        )
    with pytest.raises(ValidationError, match="sudah tercatat"):
        services.documents.numbers.record_typed(
            people["kabag"], LETTER, "B-1/SRK/2025", date(2025, 3, 3)
        )
    with pytest.raises(ValidationError, match="Nomor dari SRIKANDI"):
        services.documents.numbers.record_typed(
            people["kabag"], LETTER, "<script>", date(2025, 3, 3)
        )


@pytest.mark.parametrize("attempt", range(3))
def test_two_workstations_taking_numbers_at_once_never_collide(services, people, attempt):
    outcomes = race(
        *[(lambda: [take(services, people["kabag"]) for _ in range(10)]) for _ in range(2)]
    )
    assert all(kind == "ok" for kind, _ in outcomes), outcomes
    numbers = [n for _, taken in outcomes for n in taken]
    assert len(set(numbers)) == 20
    serials = sorted(r.urut for r in NomorSurat.select())
    assert serials == list(range(1, 21))
