"""Third-party JS and CSS for the map page: CDN links online, inlined from packages offline.

The only third-party assets a geomap page uses are Leaflet and Leaflet.markercluster, both
installed as Python packages (xstatic-*). `inline_assets` swaps each of their CDN links for
the packaged file's content, so an `--offline` page needs no network at all; any other
external script or stylesheet is an error rather than a page that silently breaks offline.
"""
from __future__ import annotations

import base64
import importlib
import mimetypes
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path


class OfflineAssetError(RuntimeError):
    """The page links a script or stylesheet that no installed package provides."""


@dataclass(frozen=True)
class Asset:
    name: str
    kind: str  # "js" or "css"
    package: str  # the xstatic module that ships the file
    filename: str
    cdn: str  # "{version}" is the packaged version, so online and offline pages run the same code

    @property
    def url(self) -> str:
        return self.cdn.format(version=_module(self.package).VERSION)

    @property
    def path(self) -> Path:
        return Path(_module(self.package).BASE_DIR) / self.filename


_LEAFLET = "https://cdn.jsdelivr.net/npm/leaflet@{version}/dist/"
_CLUSTER = "https://cdn.jsdelivr.net/npm/leaflet.markercluster@{version}/dist/"
ASSETS: tuple[Asset, ...] = (
    Asset("leaflet", "js", "xstatic.pkg.leaflet", "leaflet.js", _LEAFLET + "leaflet.js"),
    Asset("leaflet_css", "css", "xstatic.pkg.leaflet", "leaflet.css", _LEAFLET + "leaflet.css"),
    Asset("markercluster", "js", "xstatic.pkg.leaflet_markercluster", "leaflet.markercluster.js",
          _CLUSTER + "leaflet.markercluster.js"),
    Asset("markercluster_css", "css", "xstatic.pkg.leaflet_markercluster", "MarkerCluster.css",
          _CLUSTER + "MarkerCluster.css"),
    Asset("markercluster_default_css", "css", "xstatic.pkg.leaflet_markercluster", "MarkerCluster.Default.css",
          _CLUSTER + "MarkerCluster.Default.css"),
)


def _module(name: str):
    return importlib.import_module(name)


def links(*names: str, kind: str) -> list[tuple[str, str]]:
    """(name, CDN url) pairs of the named assets of one kind, as folium's default_js/default_css want them."""
    by_name = {a.name: a for a in ASSETS}
    return [(n, by_name[n].url) for n in names if by_name[n].kind == kind]


_SCRIPT_TAG = re.compile(r'<script\s+src="([^"]+)"\s*>\s*</script>', re.I)
_CSS_TAG = re.compile(r'<link\s+rel="stylesheet"\s+href="([^"]+)"\s*/?>', re.I)
_EXTERNAL = re.compile(r'<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["\']?(?:https?:)?//', re.I)
_CSS_URL = re.compile(r"url\((['\"]?)(?!data:|#)([^'\")]+)\1\)")
_SOURCE_MAP = re.compile(r"^\s*//# sourceMappingURL=.*$|/\*# sourceMappingURL=.*?\*/", re.M)


@cache
def _by_url() -> dict[str, Asset]:
    return {a.url: a for a in ASSETS}


def _data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


@cache
def inline_text(url: str) -> str:
    """The content of a known asset, made safe to place between <script> or <style> tags."""
    asset = _by_url().get(url)
    if asset is None:
        raise OfflineAssetError(f"no packaged copy of {url}; it would need the network")
    try:
        text = asset.path.read_text(encoding="utf-8")
    except OSError as exc:
        raise OfflineAssetError(f"cannot read packaged asset {asset.path}: {exc}") from exc
    text = _SOURCE_MAP.sub("", text)
    if asset.kind == "css":
        # Images the stylesheet refers to (the layer-control icon) travel inside it.
        base = asset.path.parent
        text = _CSS_URL.sub(
            lambda m: f"url({_data_uri(base / m.group(2))})" if (base / m.group(2)).is_file() else m.group(0), text
        )
        return text.replace("</style", "<\\/style")
    # Inside <script>, only "</script" (and "<!--") can end the element early.
    return text.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def inline_assets(html: str) -> str:
    """Replace the page's CDN links by the packaged files; raise OfflineAssetError for any other external asset."""
    # Checked before inlining: the packaged code itself may hold markup strings with links.
    left = _EXTERNAL.search(_CSS_TAG.sub("", _SCRIPT_TAG.sub("", html)))
    if left:
        raise OfflineAssetError(f"the page still needs the network: {left.group(0)[:120]}")
    html = _SCRIPT_TAG.sub(lambda m: f"<script>{inline_text(m.group(1))}</script>", html)
    return _CSS_TAG.sub(lambda m: f"<style>{inline_text(m.group(1))}</style>", html)
