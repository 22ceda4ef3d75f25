__version__ = "0.1.0"
#: Sent on every request, the token refresh included.
USER_AGENT = f"tensorcost-python/{__version__}"
