"""Input readers: files, directories, stdin and in-memory bytes to RawItems.

One RawItem per article, or one ReadError (with a stable E1xx code) per unreadable item; bad
input never stops the rest. Formats: plain text, JSON Lines, HTML, RSS/Atom, WARC and CSV.
"""

from telusur.readers.detect import sniff
from telusur.readers.limits import MAX_BYTES, Limits
from telusur.readers.paths import read_bytes, read_paths, read_stream

__all__ = ["MAX_BYTES", "Limits", "read_bytes", "read_paths", "read_stream", "sniff"]
