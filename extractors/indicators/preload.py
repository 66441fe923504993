"""Importing this module parses the default indicator catalogue into its cache.

extractors.guard's forkserver imports it once, so the extraction children it forks for each
document find the catalogue parsed instead of reading the YAML again.
"""

import contextlib

from extractors.indicators.catalog import CatalogError, load_catalog

# nothing cached on a broken file: each child loads it and reports the file itself
with contextlib.suppress(CatalogError):
    load_catalog()
