"""Guards against a Qt binding that breaks the app: PySide6 6.12.0 lost a reference to True on
every Signal.emit from Python, which crashed the interpreter after about a thousand emits."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    sig_counted = Signal(int)


def test_emitting_a_signal_keeps_python_reference_counts():
    emitter = _Emitter()
    received = []
    emitter.sig_counted.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for n in range(200):
        emitter.sig_counted.emit(n)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
    assert received == list(range(200))
