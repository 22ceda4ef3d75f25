"""`tensorcost login` and `tensorcost logout`."""

from __future__ import annotations

import argparse
import getpass
import os
import shlex
import sys
import time

from tensorcost import TensorCost
from tensorcost._auth import jwt_expiry, seconds_or_none
from tensorcost._client import api_origin
from tensorcost._constants import DEFAULT_BASE_URL, ENV_API_TOKEN, ENV_BASE_URL, ENV_TENANT_ID

from . import _credentials
from ._connection import tenant_option
from ._errors import EXIT_OK, UsageError
from ._output import Output


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.email}: ")
    else:
        raise UsageError("no terminal to ask for the password: pipe it in with --password-stdin")
    if not password:
        raise UsageError("the password is empty")
    return password


def login(args: argparse.Namespace, out: Output) -> int:
    base_url = args.base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    tenant_id = tenant_option(args.tenant_id)
    if not tenant_id:
        raise UsageError(f"which tenant? pass --tenant-id (or set {ENV_TENANT_ID})")
    try:
        api_origin(base_url)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    password = _password(args)
    with TensorCost(
        api_token="", base_url=base_url, timeout=args.timeout, max_retries=args.max_retries
    ) as tc:
        result = tc.auth.login(body={"email": args.email, "password": password, "tenant_id": tenant_id})
    if args.print_env:
        for name, value in (
            (ENV_BASE_URL, base_url),
            (ENV_TENANT_ID, tenant_id),
            (ENV_API_TOKEN, result.access_token),
        ):
            out.stdout.write(f"export {name}={shlex.quote(value)}\n")
        seconds = seconds_or_none(result.expires_in)
        expiry = jwt_expiry(result.access_token)
        if seconds is None and expiry is not None:
            seconds = expiry - time.time()
        lifetime = (
            f"in {int(seconds) // 60} minutes"
            if seconds is not None
            else "at a time the server did not state"
        )
        out.stderr.write(
            f"The token expires {lifetime} (enough for a short job); `tensorcost login` without "
            "--print-env refreshes itself, and longer or scheduled jobs use a service token.\n"
        )
        return EXIT_OK
    stored = _credentials.StoredLogin(
        base_url=base_url,
        tenant_id=tenant_id,
        email=args.email,
        access_token=result.access_token,
        refresh_token=result.refresh_token,
    )
    path = _credentials.save(stored, args.profile)
    out.stderr.write(
        f"Logged in as {result.user.email} ({result.user.role}) to {base_url}; credentials in {path}\n"
    )
    return EXIT_OK


def logout(args: argparse.Namespace, out: Output) -> int:
    removed = _credentials.delete(args.profile)
    out.stderr.write("Logged out.\n" if removed else f"No stored login for profile {args.profile!r}.\n")
    return EXIT_OK
