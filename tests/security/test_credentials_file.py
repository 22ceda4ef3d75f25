"""`tensorcost login`'s credentials file: private, written atomically, never through a planted link."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from tensorcost.cli import _credentials as credentials

LOGIN = credentials.StoredLogin(
    base_url="http://api.test/v1",
    tenant_id="3f6c2b9e-8d4a-4e7b-9c1d-2a5e8f7b6c01",
    email="ana@example.com",
    access_token="access-SECRET",
    refresh_token="refresh-SECRET",
)


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "tensorcost"
    monkeypatch.setenv(credentials.ENV_CONFIG_DIR, str(directory))
    return directory


def test_the_file_is_0600_in_a_0700_directory(config: Path) -> None:
    path = credentials.save(LOGIN)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(config).st_mode) == 0o700
    assert credentials.load() == LOGIN


def test_an_existing_loose_directory_is_tightened(config: Path) -> None:
    config.mkdir(mode=0o755)
    os.chmod(config, 0o755)
    credentials.save(LOGIN)
    assert stat.S_IMODE(os.stat(config).st_mode) == 0o700


def test_a_planted_symlink_at_the_old_temporary_name_is_not_followed(config: Path, tmp_path: Path) -> None:
    # The old code opened "<file>.tmp" with O_CREAT|O_TRUNC: a link planted there was written through.
    config.mkdir(mode=0o700)
    victim = tmp_path / "victim"
    victim.write_text("someone else's file")
    (config / "credentials.json.tmp").symlink_to(victim)
    credentials.save(LOGIN)
    assert victim.read_text() == "someone else's file"


def test_a_symlink_at_the_target_is_replaced_not_written_through(config: Path, tmp_path: Path) -> None:
    config.mkdir(mode=0o700)
    victim = tmp_path / "victim"
    victim.write_text("{}")
    (config / "credentials.json").symlink_to(victim)
    path = credentials.save(LOGIN)
    assert victim.read_text() == "{}"
    assert not path.is_symlink()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    credentials.save(LOGIN)
    before = (config / "credentials.json").read_text()

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        credentials.update_tokens("default", "new-access", "new-refresh")
    assert (config / "credentials.json").read_text() == before
    assert sorted(p.name for p in config.iterdir()) == ["credentials.json"]
