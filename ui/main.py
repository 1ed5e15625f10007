"""Entry point of ``polku``: the desktop app, and the scriptable commands of ``app.cli``.

Qt is imported only when a window or the Qt check is needed, so scripted commands start fast and
work on machines without a display.
"""

from __future__ import annotations

import sys

from app.cli import build_parser, run_command


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["_qt-probe"]:  # internal: the child process of the self-test's Qt check
        from ui.qtcheck import probe

        return probe()
    args = build_parser().parse_args(argv)
    if args.command in (None, "run", "screenshots"):
        from ui.xcbcheck import xcb_problem

        problem = xcb_problem()  # Qt would abort without these libraries: say so in words instead
        if problem is not None:
            print(problem, file=sys.stderr)
            return 2
    if args.command == "screenshots":
        from ui.screenshots import take_screenshots

        for path in take_screenshots(args.out, lang=args.lang):
            print(path)
        return 0
    if args.command in (None, "run"):
        from ui.app import run_gui

        return run_gui(args)
    from ui.qtcheck import check_qt_platform

    return run_command(args, qt_checks=(check_qt_platform,))


if __name__ == "__main__":
    sys.exit(main())
