"""SQLite's integrity complaints, told to a person in one line."""

LONGEST = 160


def brief(problem: str) -> str:
    """The first real line of SQLite's complaint (its '*** in database main ***' heading
    skipped), cut to LONGEST characters; the whole text belongs in the log."""
    lines = [line.strip() for line in problem.splitlines() if line.strip()]
    meaningful = [line for line in lines if not line.startswith("***")] or lines or [""]
    first = meaningful[0]
    more = len(meaningful) > 1 or len(first) > LONGEST
    return first[:LONGEST].rstrip() + (" …" if more else "")
