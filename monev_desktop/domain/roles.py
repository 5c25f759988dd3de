"""The SOP's roles ("Pelaksana") and the titles printed on documents."""

from enum import StrEnum


class Role(StrEnum):
    KABAG = "kabag"
    KETUA_TIM = "ketua_tim"
    ANALIS = "analis"
    ADMIN = "admin"

    @property
    def title(self) -> str:
        return ROLE_TITLES[self]

    @classmethod
    def parse(cls, code: str) -> "Role":
        """Return the role for `code`; ValueError names the valid codes."""
        try:
            return cls(code)
        except ValueError:
            valid = ", ".join(r.value for r in cls)
            raise ValueError(f"peran '{code}' tidak dikenal (pilihan: {valid})") from None


ROLE_TITLES = {
    Role.KABAG: "Kepala Bagian Pemerintahan",
    Role.KETUA_TIM: "Ketua Tim Kerja Otonomi Daerah dan Kerja Sama",
    Role.ANALIS: "Analis Kerja Sama",
    Role.ADMIN: "Administrator Aplikasi",
}
