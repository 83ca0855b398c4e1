"""The engine, input and export layers never load Qt (house style)."""

import subprocess
import sys


def test_core_io_export_do_not_import_qt() -> None:
    code = (
        "import sys, viewer.core, viewer.io, viewer.export, viewer.cli.summary;"
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
