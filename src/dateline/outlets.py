"""Who published an article: the outlet, from what was given, the URL or the dateline.

The URL's outlet is its **registered domain** (``www.bbc.co.uk`` -> ``bbc.co.uk``,
``edition.cnn.com`` -> ``cnn.com``), found with the Public Suffix List bundled in the
``publicsuffixlist`` package (read from the package, never fetched).  Wire copy without a URL takes
the agency its dateline names ("MOSCOW (Reuters) -" -> ``Reuters``).
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()  # the list bundled with the package: no network


def registered_domain(url: str | None) -> str | None:
    """The registrable domain of a URL (``https://www.bbc.co.uk/news/x`` -> ``bbc.co.uk``), else None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.strip(".").lower()
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    if "." not in host:
        return None
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        pass
    domain = _psl().privatesuffix(host)
    return str(domain) if domain else None


def outlet_key(outlet: str | None) -> str | None:
    """The form filters compare: lower case, spaces squeezed."""
    return " ".join(outlet.lower().split()) if outlet else None
