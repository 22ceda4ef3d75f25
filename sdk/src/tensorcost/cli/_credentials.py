"""Credentials of `tensorcost login`: one JSON file per user, readable by its owner only (0600)."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ENV_CONFIG_DIR = "TENSORCOST_CONFIG_DIR"
CREDENTIALS_FILE = "credentials.json"
DEFAULT_PROFILE = "default"


def config_dir() -> Path:
    """Where the CLI keeps its files: $TENSORCOST_CONFIG_DIR, else the platform's user config dir."""
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / "tensorcost"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "tensorcost"
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "tensorcost"


def credentials_path() -> Path:
    return config_dir() / CREDENTIALS_FILE


@dataclass(frozen=True)
class StoredLogin:
    """What `tensorcost login` keeps for one profile."""

    base_url: str
    tenant_id: str
    email: str
    access_token: str
    refresh_token: str


def _read_all(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise CredentialsError(
            f"cannot read {path}: {exc}; delete it and run `tensorcost login` again"
        ) from None
    profiles = data.get("profiles") if isinstance(data, dict) else None
    return profiles if isinstance(profiles, dict) else {}


def _write_all(path: Path, profiles: dict[str, Any]) -> None:
    """Write atomically through a fresh private file, so no other user can read or redirect a token.

    The directory is created 0700 (and tightened if it exists); the data goes to a `mkstemp`
    file in that directory (created with O_EXCL, never following a planted link, 0600),
    fsynced, then renamed over the target (a rename replaces a symlink, never writes through it).
    """
    directory = path.parent
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    if sys.platform != "win32":
        os.chmod(directory, 0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"profiles": profiles}, fh, indent=2, sort_keys=True)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if sys.platform != "win32":
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)  # the rename itself survives a crash
        finally:
            os.close(dir_fd)


class CredentialsError(Exception):
    """The credentials file cannot be used."""


def load(profile: str = DEFAULT_PROFILE) -> StoredLogin | None:
    path = credentials_path()
    entry = _read_all(path).get(profile)
    if not isinstance(entry, dict):
        return None
    if sys.platform != "win32" and path.stat().st_mode & 0o077:
        print(f"warning: {path} is readable by other users; run: chmod 600 {path}", file=sys.stderr)
    try:
        return StoredLogin(**{k: str(entry[k]) for k in StoredLogin.__dataclass_fields__})
    except KeyError as exc:
        raise CredentialsError(
            f"profile {profile!r} in {path} lacks {exc}; run `tensorcost login` again"
        ) from None


def save(login: StoredLogin, profile: str = DEFAULT_PROFILE) -> Path:
    path = credentials_path()
    profiles = _read_all(path)
    profiles[profile] = asdict(login)
    _write_all(path, profiles)
    return path


def update_tokens(profile: str, access_token: str, refresh_token: str) -> None:
    """Keep rotated tokens (the old refresh token stops working once it has been used)."""
    path = credentials_path()
    profiles = _read_all(path)
    entry = profiles.get(profile)
    if isinstance(entry, dict):
        entry.update(access_token=access_token, refresh_token=refresh_token)
        _write_all(path, profiles)


def delete(profile: str = DEFAULT_PROFILE) -> bool:
    path = credentials_path()
    profiles = _read_all(path)
    if profiles.pop(profile, None) is None:
        return False
    _write_all(path, profiles)
    return True
