"""Known vulnerabilities in the pinned dependencies (constraints.txt), from PyPI's own advisory data.

    python .ci/audit.py        (make audit)

pip-audit (``make audit-full``) is the tool for this, but its services (OSV, or PyPI's per-release
pages) are not reachable from every build machine. PyPI's project page is: it lists the advisories of
the newest release, so a pin that is the newest release is checked here, and any other pin is named
as not checked (raise it, or run ``make audit-full`` where OSV is reachable). Exit 1 on a known
vulnerability or when PyPI cannot be reached at all; 0 otherwise.
"""

from __future__ import annotations

import json
import sys
import urllib.request
from pathlib import Path

PYPI = "https://pypi.org/pypi/{name}/json"


def pins(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            out[name.strip()] = version.split(";")[0].strip()
    return out


def project(name: str) -> dict:  # type: ignore[type-arg]
    with urllib.request.urlopen(PYPI.format(name=name), timeout=30) as answer:
        return json.load(answer)


def main() -> int:
    found, unchecked, failed = [], [], []
    pinned = pins(Path(__file__).resolve().parent.parent / "constraints.txt")
    for name, version in sorted(pinned.items()):
        try:
            data = project(name)
        except OSError as exc:
            failed.append(f"{name}: {exc}")
            continue
        if data["info"]["version"] != version:
            unchecked.append(f"{name}=={version} (newest {data['info']['version']})")
            continue
        for vuln in data.get("vulnerabilities") or []:
            found.append(f"{name}=={version}: {vuln.get('id')} {', '.join(vuln.get('aliases') or [])}")
    checked = len(pinned) - len(unchecked) - len(failed)
    print(f"pins checked against PyPI advisories: {checked} of {len(pinned)}")
    for line in unchecked:
        print(f"not checked (not the newest release): {line}")
    for line in failed:
        print(f"could not ask PyPI: {line}")
    for line in found:
        print(f"KNOWN VULNERABILITY: {line}")
    if found or len(failed) == len(pinned):
        return 1
    print("no known vulnerabilities in the checked pins")
    return 0


if __name__ == "__main__":
    sys.exit(main())
