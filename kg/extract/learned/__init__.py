"""Learned parts of extraction: a sentence detector for changes of side and pledges, used where the rules found none."""
