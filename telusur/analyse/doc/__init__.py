"""The one document an article is read into: paragraphs, sentences, tokens."""
