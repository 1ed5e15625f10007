"""``polku`` says which packages Qt's xcb platform needs instead of letting Qt abort."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

import ui.app
from ui import main as polku_main
from ui import xcbcheck

QT = Path(PySide6.__path__[0]) / "Qt"
NO_CURSOR = {"libxcb-cursor.so.0", "libxcb-keysyms.so.1"}


def _loader_without(absent: set[str]):  # type: ignore[no-untyped-def]
    def load(soname: str) -> object:
        if soname in absent:
            raise OSError(f"{soname}: cannot open shared object file")
        return object()

    return load


@pytest.mark.parametrize(
    ("env", "system", "expected"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:display=:1"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"XDG_SESSION_TYPE": "wayland"}, "linux", True),  # no compositor to talk to: X11 it is
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_when_qt_would_start_on_xcb(env: dict[str, str], system: str, expected: bool) -> None:
    assert xcbcheck.would_use_xcb(env, system) is expected


def test_missing_libraries_are_named_with_their_packages() -> None:
    problem = xcbcheck.xcb_problem({}, load=_loader_without(NO_CURSOR))
    assert problem is not None
    assert "libxcb-cursor.so.0, libxcb-keysyms.so.1" in problem
    assert "sudo apt-get install libxcb-cursor0 libxcb-keysyms1" in problem
    assert xcbcheck.xcb_problem({}, load=_loader_without(set())) is None
    assert xcbcheck.xcb_problem({"QT_QPA_PLATFORM": "offscreen"}, load=_loader_without(NO_CURSOR)) is None


def test_polku_exits_2_with_the_message_before_any_window(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(xcbcheck, "_load", _loader_without({"libxcb-cursor.so.0"}))
    started: list[object] = []

    def run_gui(args: object) -> int:
        started.append(args)
        return 0

    monkeypatch.setattr(ui.app, "run_gui", run_gui)
    assert polku_main.main([]) == 2
    assert started == []  # Qt was never asked to start
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0" in err and "sudo apt-get install libxcb-cursor0" in err
    # With the library there, the window starts as before.
    monkeypatch.setattr(xcbcheck, "_load", _loader_without(set()))
    assert polku_main.main([]) == 0 and len(started) == 1


def test_the_real_check_agrees_with_the_dynamic_linker() -> None:
    """What the check finds missing here (ctypes) is what ``ldd`` finds missing for the plugin."""
    plugin = QT / "plugins" / "platforms" / "libqxcb.so"
    if not sys.platform.startswith("linux") or not plugin.exists():
        pytest.skip("Linux with PySide6's xcb plugin only")
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
    not_found = {line.split()[0] for line in ldd.splitlines() if "not found" in line}
    assert set(xcbcheck.missing_libraries()) == not_found & set(xcbcheck.XCB_LIBRARIES)
    assert not_found <= set(xcbcheck.XCB_LIBRARIES), "a library the table does not name is missing"


def test_a_real_start_without_the_libraries_says_so(tmp_path: Path) -> None:
    """``polku`` as a person starts it, on X11: where a library is really missing (as on a fresh
    Debian), exit 2 with the packages instead of Qt's abort."""
    missing = xcbcheck.missing_libraries() if sys.platform.startswith("linux") else []
    if not missing:
        pytest.skip("every xcb library is installed here; the seam test above covers the message")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":0", POLKU_LOG_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "ui.main"], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 2, done.stderr
    assert xcbcheck.apt_command(missing) in done.stderr
    assert "Could not load the Qt platform plugin" not in done.stderr


def _needed(path: Path) -> set[str]:
    """The DT_NEEDED entries of a 64-bit little-endian ELF file (what ``readelf -d`` lists)."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1
    shoff, _, _, _, _, shentsize, shnum = struct.unpack_from("<QIHHHHH", data, 0x28)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    dynamic = next(s for s in sections if s[1] == 6)  # SHT_DYNAMIC
    strtab = sections[dynamic[6]]  # sh_link: its string table
    names = set()
    for off in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, off)
        if tag == 0:
            break
        if tag == 1:  # DT_NEEDED
            start = strtab[4] + value
            names.add(data[start : data.index(b"\0", start)].decode())
    return names


def test_the_table_names_every_library_the_plugin_needs_beyond_qtgui() -> None:
    plugin = QT / "plugins" / "platforms" / "libqxcb.so"
    if not sys.platform.startswith("linux") or not plugin.exists():
        pytest.skip("Linux with PySide6's xcb plugin only")
    needed = _needed(plugin) | _needed(QT / "lib" / "libQt6XcbQpa.so.6")
    extra = {n for n in needed - _needed(QT / "lib" / "libQt6Gui.so.6") if not n.startswith("libQt6")}
    extra -= {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1"}
    assert extra == set(xcbcheck.XCB_LIBRARIES)


def test_the_readme_names_every_package() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    line = readme[readme.index("sudo apt-get install libxcb1") :].split("```")[0]
    assert set(line.replace("\\", " ").split()[3:]) == set(xcbcheck.XCB_LIBRARIES.values())


def test_the_self_test_names_the_packages_when_the_qt_probe_dies(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import qtcheck

    abort = 'qt.qpa.plugin: Could not load the Qt platform plugin "xcb"'
    died = subprocess.CompletedProcess([], -6, "", abort)
    monkeypatch.setattr(subprocess, "run", lambda *_a, **_k: died)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(xcbcheck, "_load", _loader_without({"libxcb-cursor.so.0"}))
    result = qtcheck.check_qt_platform()
    assert not result.ok and "sudo apt-get install libxcb-cursor0" in result.detail
