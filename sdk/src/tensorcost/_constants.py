"""Every tunable of the SDK, in one place."""

from ._version import __version__

#: Sent on every request, the token refresh included.
USER_AGENT = f"tensorcost-python/{__version__}"

DEFAULT_BASE_URL = "https://api.tensorcost.com/v1"
DEFAULT_TIMEOUT = 60.0  # seconds, per read/write/pool phase
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5  # seconds, doubled per attempt, full jitter
MAX_RETRY_DELAY = 8.0
MAX_RATE_LIMIT_WAIT = 60.0  # a server asking for longer gets RateLimitError at once
RATE_LIMIT_WINDOW = 60.0  # X-RateLimit-Limit is per minute; the bucket refills at limit/60 per s
RATE_LIMIT_STATE_TTL = 120.0  # a tenant's remembered bucket older than this is forgotten
SHARED_RATE_LIMIT_TIMEOUT = 0.25  # seconds for one Redis round trip; slower: pace locally
MAX_PLAUSIBLE_WAIT = 86_400.0  # a Retry-After or X-RateLimit-Reset further ahead is a bad header
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
TOKEN_REFRESH_LEEWAY = 30.0  # refresh an access token this many seconds before its `exp`
DOWNLOAD_CHUNK_SIZE = 64 * 1024
MAX_ERROR_BODY_CHARS = 200  # of a non-JSON error body, quoted in the message
WEBHOOK_TOLERANCE = 300  # seconds between a webhook's timestamp and now
WEBHOOK_SIGNATURE_HEADER = "X-TensorCost-Signature"
ENV_API_TOKEN = "TENSORCOST_API_TOKEN"
ENV_BASE_URL = "TENSORCOST_BASE_URL"
ENV_TENANT_ID = "TENSORCOST_TENANT_ID"
ENV_LOG = "TENSORCOST_LOG"
ENV_RATE_LIMIT_URL = "TENSORCOST_RATE_LIMIT_URL"
