"""Cleaning: raw item → Article with boilerplate removed, title, outlet, dateline, credit,
language and metadata publication date. See ``article`` for what ``Article.text`` holds."""

from telusur.clean.article import clean

__all__ = ["clean"]
