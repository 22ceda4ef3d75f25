"""Users, HS256 access, refresh and service tokens, and the checks every secured operation runs.

Service tokens model the reference's third flow ("backend-issued HS256 tokens with embedded
tenantId, used by partner integrations"). Where the reference is silent this mock assumes:
the claims are ``typ: "service"``, ``sub: "service:<name>"``, ``tenantId``, ``role`` (one of the
member roles, ``viewer`` by default), ``iss``, ``iat``, ``exp`` and ``jti``; the lifetime is chosen
by the issuer (90 days by default here); there is no refresh token, so an expired one is replaced
by asking the issuer (here: ``tensorcost-mock token --service``). The caller is a service principal
that belongs to exactly the one tenant of its token.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import jwt

from .clock import Clock
from .errors import ApiError
from .world import Tenant, User, active_world

ALGORITHM = "HS256"
SERVICE_ISSUER = "tensorcost-mock"
SERVICE_TTL = 90 * 86400
SERVICE_EMAIL_DOMAIN = "services.tensorcost.invalid"
ROLES = ("owner", "admin", "finops_analyst", "engineer", "viewer")
VERIFIED_CACHE_SIZE = 10_000
REALM = 'Bearer realm="tensorcost"'


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> int:
    """Seconds from ``3600``, ``45s``, ``30m``, ``12h`` or ``90d`` (ValueError otherwise)."""
    value = text.strip().lower()
    unit = _UNITS.get(value[-1:], 0)
    number = value[:-1] if unit else value
    if not number.isdigit() or int(number) == 0:
        raise ValueError(f"a lifetime is a positive number of seconds or 30m, 12h, 90d; got {text!r}")
    return int(number) * (unit or 1)


def unauthorized(code: str, message: str, *, error: str | None = "invalid_token") -> ApiError:
    """401 with the RFC 6750 ``WWW-Authenticate`` challenge."""
    challenge = REALM if error is None else f'{REALM}, error="{error}", error_description="{message}"'
    return ApiError(401, code, message, headers={"WWW-Authenticate": challenge})


class Directory:
    """Tenants, users and memberships (mutable: tenant handlers invite members and change roles)."""

    def __init__(self) -> None:
        world = active_world()
        self.tenants: dict[str, Tenant] = {t.id: t for t in world.tenants.values()}
        self.users: dict[int, User] = {u.id: u for u in world.fresh_users()}

    def by_email(self, email: str) -> User | None:
        email = email.lower()
        return next((u for u in self.users.values() if u.email.lower() == email), None)

    def role_of(self, user: User, tenant_id: str) -> str | None:
        return user.memberships.get(tenant_id)

    def members(self, tenant_id: str) -> list[tuple[User, str]]:
        return [(u, u.memberships[tenant_id]) for u in self.users.values() if tenant_id in u.memberships]


@dataclass(frozen=True)
class Principal:
    """Who is calling and in which tenant (after ``X-Active-Tenant-Id``)."""

    user: User
    tenant: Tenant
    role: str
    claims: dict[str, Any]


@dataclass
class _Family:
    """The refresh tokens of one login (RFC 6819 5.2.2.3): only the newest is redeemable."""

    user_id: int
    #: jti of the one refresh token of the family that may still be redeemed
    live: str
    #: set when an already rotated token came back: every token of the family stops working
    revoked: bool = False


class TokenService:
    def __init__(
        self,
        directory: Directory,
        clock: Clock,
        secret: str,
        access_ttl: int = 900,
        refresh_ttl: int = 30 * 86400,
    ) -> None:
        self.directory = directory
        self.clock = clock
        self.secret = secret
        self.access_ttl = access_ttl
        self.refresh_ttl = refresh_ttl
        #: family id (the ``fam`` claim of a login's refresh and access tokens) -> its state
        self._families: dict[str, _Family] = {}
        self._verified: dict[str, dict[str, Any]] = {}

    def reset(self) -> None:
        self._families.clear()

    def _encode(self, claims: dict[str, Any]) -> str:
        return jwt.encode(claims, self.secret, algorithm=ALGORITHM)

    def access_token(
        self, user: User, tenant_id: str, ttl: int | None = None, *, family: str | None = None
    ) -> str:
        """An access token; one issued with a login's ``family`` dies with that family."""
        now = int(self.clock.timestamp())
        family_claim = {} if family is None else {"fam": family}
        return self._encode(
            {
                **family_claim,
                "sub": str(user.id),
                "email": user.email,
                "role": user.memberships[tenant_id],
                "tenantId": tenant_id,
                "tenants": sorted(user.memberships),
                "iat": now,
                "exp": now + (self.access_ttl if ttl is None else ttl),
                "jti": uuid.uuid4().hex,
                "typ": "access",
            }
        )

    def service_token(
        self, tenant_id: str, *, name: str = "ci", role: str = "viewer", ttl: int | None = None
    ) -> str:
        """A long-lived token of the service principal ``name`` in one tenant (no refresh token)."""
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}, got {role!r}")
        if tenant_id not in self.directory.tenants:
            raise ValueError(f"no tenant {tenant_id}; tenants: {', '.join(self.directory.tenants)}")
        now = int(self.clock.timestamp())
        return self._encode(
            {
                "sub": f"service:{name}",
                "name": name,
                "role": role,
                "tenantId": tenant_id,
                "iss": SERVICE_ISSUER,
                "iat": now,
                "exp": now + (SERVICE_TTL if ttl is None else ttl),
                "jti": uuid.uuid4().hex,
                "typ": "service",
            }
        )

    def token_pair(self, user: User, tenant_id: str, family: str | None = None) -> dict[str, Any]:
        """``{accessToken, refreshToken, tokenType, expiresIn}`` (the spec's TokenPair), in ``family``
        (a rotation) or in a new family (a login)."""
        now = int(self.clock.timestamp())
        jti = uuid.uuid4().hex
        if family is None:
            family = uuid.uuid4().hex
            self._families[family] = _Family(user.id, jti)
        else:
            self._families[family].live = jti
        refresh = self._encode(
            {
                "fam": family,
                "sub": str(user.id),
                "tenantId": tenant_id,
                "iat": now,
                "exp": now + self.refresh_ttl,
                "jti": jti,
                "typ": "refresh",
            }
        )
        return {
            "accessToken": self.access_token(user, tenant_id, family=family),
            "refreshToken": refresh,
            "tokenType": "Bearer",
            "expiresIn": self.access_ttl,
        }

    def login(self, email: str, password: str, tenant_id: str) -> tuple[User, dict[str, Any]]:
        user = self.directory.by_email(email)
        if user is None or user.password != password:
            raise unauthorized(
                "INVALID_CREDENTIALS",
                "Email or password is wrong; check them (seeded users are in the mock's README)",
                error=None,
            )
        if tenant_id not in user.memberships:
            raise ApiError(403, "TENANT_ACCESS_DENIED", f"{user.email} is not a member of tenant {tenant_id}")
        return user, self.token_pair(user, tenant_id)

    def _decode(self, token: str) -> dict[str, Any]:
        """Verified claims. Expiry is checked by the callers against the mock's clock, not the machine's.

        Clients send one token many times and verifying costs ~100 us, so verified tokens are
        remembered (bounded); a token that fails verification is never cached.
        """
        cached = self._verified.get(token)
        if cached is not None:
            return cached
        claims: dict[str, Any] = jwt.decode(
            token,
            self.secret,
            algorithms=[ALGORITHM],
            options={"verify_exp": False, "verify_iat": False, "require": ["exp", "sub"]},
        )
        if len(self._verified) >= VERIFIED_CACHE_SIZE:
            self._verified.pop(next(iter(self._verified)))
        self._verified[token] = claims
        return claims

    def rotate(self, refresh_token: str) -> dict[str, Any]:
        """A new pair for the live refresh token of a family; the old one stops working.

        A token of the family that was already rotated is a reuse: one of its two holders is
        not the user, so the whole family (every refresh and access token of that login) is
        revoked and both must log in again.
        """
        try:
            claims = self._decode(refresh_token)
        except jwt.PyJWTError:
            claims = {}
        family = self._families.get(str(claims.get("fam"))) if claims.get("typ") == "refresh" else None
        if family is not None and not family.revoked and claims.get("jti") != family.live:
            family.revoked = True
            raise unauthorized(
                "INVALID_REFRESH_TOKEN",
                "This refresh token was already used once; every token of its session is revoked "
                "(reuse means it may be stolen); log in again with POST /v1/auth/login",
            )
        if family is None or family.revoked or claims["exp"] <= self.clock.timestamp():
            raise unauthorized(
                "INVALID_REFRESH_TOKEN",
                "The refresh token is invalid, expired, revoked or already used; log in again with POST /v1/auth/login",
            )
        user = self.directory.users.get(int(claims["sub"]))
        if user is None or claims["tenantId"] not in user.memberships:
            family.revoked = True
            raise unauthorized(
                "INVALID_REFRESH_TOKEN", "The refresh token's user no longer has access; log in again"
            )
        return self.token_pair(user, claims["tenantId"], family=str(claims["fam"]))

    def revoked(self, claims: dict[str, Any]) -> bool:
        """Whether the token's login family was revoked (a reused refresh token)."""
        family = self._families.get(str(claims.get("fam")))
        return family is not None and family.revoked

    def authenticate(self, authorization: str | None) -> tuple[User, dict[str, Any]]:
        """The user of a ``Bearer`` access token, or a 401 saying what is wrong with it."""
        if not authorization:
            raise unauthorized(
                "UNAUTHENTICATED",
                "No access token; send Authorization: Bearer <token> (get one from POST /v1/auth/login)",
                error=None,
            )
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise unauthorized(
                "INVALID_TOKEN", "The Authorization header must be 'Bearer <token>'", error="invalid_request"
            )
        try:
            claims = self._decode(token.strip())
        except jwt.InvalidSignatureError:
            raise unauthorized("INVALID_TOKEN", "The access token signature is invalid") from None
        except jwt.PyJWTError:
            raise unauthorized("INVALID_TOKEN", "The access token is malformed") from None
        typ = claims.get("typ")
        if typ == "service":
            return self._service_principal(claims)
        if typ != "access":
            raise unauthorized(
                "INVALID_TOKEN",
                "This is not an access token (a refresh token goes to POST /v1/auth/refresh-tokens)",
            )
        if claims["exp"] <= self.clock.timestamp():
            raise unauthorized(
                "TOKEN_EXPIRED", "The access token expired; refresh it with POST /v1/auth/refresh-tokens"
            )
        if self.revoked(claims):
            raise unauthorized(
                "INVALID_TOKEN", "This session was revoked (its refresh token was reused); log in again"
            )
        try:
            user = self.directory.users[int(claims["sub"])]
        except (KeyError, ValueError):
            raise unauthorized("INVALID_TOKEN", "The access token's user does not exist") from None
        return user, claims

    def _service_principal(self, claims: dict[str, Any]) -> tuple[User, dict[str, Any]]:
        """The service principal of a service token: a member of its one tenant, with its role."""
        if claims["exp"] <= self.clock.timestamp():
            raise unauthorized(
                "TOKEN_EXPIRED",
                "The service token expired; this mock mints a new one with: tensorcost-mock token --service",
            )
        tenant_id, role, name = claims.get("tenantId"), claims.get("role"), claims.get("name")
        if not isinstance(tenant_id, str) or role not in ROLES or not isinstance(name, str):
            raise unauthorized("INVALID_TOKEN", "The service token lacks its tenantId, role or name claim")
        user = User(0, f"{name}@{SERVICE_EMAIL_DOMAIN}", f"service {name}", "", {tenant_id: role})
        return user, claims

    def principal(self, user: User, claims: dict[str, Any], active_tenant: str | None) -> Principal:
        """Apply ``X-Active-Tenant-Id``: 403 TENANT_ACCESS_DENIED unless the user belongs to it."""
        tenant_id = active_tenant or claims.get("tenantId", "")
        role = self.directory.role_of(user, tenant_id)
        tenant = self.directory.tenants.get(tenant_id)
        if role is None or tenant is None:
            raise ApiError(
                403,
                "TENANT_ACCESS_DENIED",
                f"{user.email} does not belong to tenant {tenant_id}; use one of: {', '.join(sorted(user.memberships))}",
            )
        return Principal(user, tenant, role, claims)
