"""Data files shipped with the planner (read with importlib.resources): movie_snippets.tsv, the offline
text-classification stand-in (see LICENSE-movie-snippets.txt and build_movie_snippets.py)."""
