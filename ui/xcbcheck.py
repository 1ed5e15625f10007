"""Before Qt starts on X11: are the system libraries of Qt's xcb platform plugin installed?

When one is missing Qt does not fail politely: it prints ``Could not load the Qt platform plugin
"xcb"`` and aborts the process (a core dump on some systems). A fresh Debian or Ubuntu often lacks a
few of them (libxcb-cursor0 first of all), so ``polku`` checks first and says in words which packages
to install. No Qt is imported here: this runs before any of it is loaded.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

# What libqxcb.so and libQt6XcbQpa.so.6 need beyond what QtGui itself needs (a missing QtGui library
# is an ImportError, not an abort), with the Debian/Ubuntu package of each.
# tests/ui/test_xcbcheck.py compares this with the plugin that is installed.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

Loader = Callable[[str], object]


def would_use_xcb(env: Mapping[str, str], system: str = sys.platform) -> bool:
    """Whether Qt would start its xcb (X11) platform: on Linux, unless another platform is asked
    for (``QT_QPA_PLATFORM=offscreen``, ``wayland``…) or the session is Wayland (Qt's first choice
    there)."""
    if not system.startswith("linux"):
        return False
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested.split(";")[0].split(":")[0].strip() == "xcb"
    return not (env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"))


def _load(soname: str) -> object:
    """Load a library the way Qt's plugin will (the packaged program's own copy first)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None and (Path(bundle) / soname).exists():
        return ctypes.CDLL(str(Path(bundle) / soname))
    return ctypes.CDLL(soname)


def missing_libraries(load: Loader | None = None) -> list[str]:
    """The libraries of ``XCB_LIBRARIES`` that cannot be loaded (``load``: a seam for tests)."""
    load = load or _load
    missing = []
    for soname in XCB_LIBRARIES:
        try:
            load(soname)
        except OSError:
            missing.append(soname)
    return missing


def apt_command(sonames: list[str]) -> str:
    return "sudo apt-get install " + " ".join(sorted({XCB_LIBRARIES[s] for s in sonames}))


def explain(sonames: list[str]) -> str:
    return (
        "polku: cannot open a window: Qt's X11 (xcb) platform needs system libraries that are not "
        f"installed: {', '.join(sonames)}.\n"
        "On Debian or Ubuntu, install them with:\n"
        f"    {apt_command(sonames)}"
    )


def xcb_problem(env: Mapping[str, str] | None = None, load: Loader | None = None) -> str | None:
    """The message to print instead of starting Qt, or None when Qt may start."""
    if not would_use_xcb(os.environ if env is None else env):
        return None
    missing = missing_libraries(load)
    return explain(missing) if missing else None
