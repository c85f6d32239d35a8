"""Cross-article linking: same-origin groups (copies and renderings of one report) and stories."""

from telusur.link.features import Features, features_from
from telusur.link.linker import Linker, LinkResult, OriginGroup
from telusur.link.minhash import MinHasher
from telusur.link.origin import OriginLink
from telusur.link.stories import Story

__all__ = [
    "Features",
    "LinkResult",
    "Linker",
    "MinHasher",
    "OriginGroup",
    "OriginLink",
    "Story",
    "features_from",
]
