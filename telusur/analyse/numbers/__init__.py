"""Figures: numbers in digits and words, quantities, what they count."""
