"""The README's two commands install the system packages both through sudo and as root without
it, and say so in one line when apt-get fails, going on with the rest."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
FAILED = "timeline-app: apt-get failed"


def _commands() -> list[str]:
    lines = README.read_text(encoding="utf-8").splitlines()
    return [
        lines[i + 1]
        for i, line in enumerate(lines)
        if line == "```" and i + 1 < len(lines) and "apt-get" in lines[i + 1]
    ]


def _apt_part(command: str) -> str:
    """The command up to the virtual environment, then a marker for "the rest went on"."""
    return command[: command.index("python3 -m venv")] + " echo REST"


def _run(command: str, tmp_path: Path, tools: dict[str, str]) -> subprocess.CompletedProcess[str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name, body in tools.items():
        tool = bin_dir / name
        tool.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
        tool.chmod(0o755)
    log = tmp_path / "log"
    # Only the fake tools on PATH: the real sudo and apt-get of this machine are never run.
    environment = {"PATH": str(bin_dir), "LOG": str(log), "HOME": str(tmp_path)}
    return subprocess.run(
        ["/bin/bash", "-euo", "pipefail", "-c", _apt_part(command)],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )


APT_GET = 'echo "apt-get $1" >> "$LOG"'
SUDO = 'echo sudo >> "$LOG"; "$@"'


def test_the_readme_has_both_commands() -> None:
    assert len(_commands()) == 2


@pytest.mark.parametrize("command", _commands(), ids=["install", "tests"])
def test_as_root_without_sudo_apt_get_runs(command: str, tmp_path: Path) -> None:
    result = _run(command, tmp_path, {"apt-get": APT_GET})
    assert result.returncode == 0 and result.stdout.strip() == "REST", result.stderr
    assert (tmp_path / "log").read_text().split("\n")[:2] == ["apt-get update", "apt-get install"]
    assert FAILED not in result.stderr


@pytest.mark.parametrize("command", _commands(), ids=["install", "tests"])
def test_with_sudo_apt_get_runs_through_it(command: str, tmp_path: Path) -> None:
    result = _run(command, tmp_path, {"apt-get": APT_GET, "sudo": SUDO})
    assert result.stdout.strip() == "REST", result.stderr
    log = (tmp_path / "log").read_text().split("\n")
    assert log[:4] == ["sudo", "apt-get update", "sudo", "apt-get install"]


@pytest.mark.parametrize("command", _commands(), ids=["install", "tests"])
@pytest.mark.parametrize("tools", [{}, {"apt-get": "exit 100"}], ids=["no-apt", "apt-fails"])
def test_a_failing_apt_get_is_said_and_the_rest_goes_on(
    command: str, tools: dict[str, str], tmp_path: Path
) -> None:
    result = _run(command, tmp_path, tools)
    assert result.returncode == 0 and result.stdout.strip() == "REST"
    assert FAILED in result.stderr
