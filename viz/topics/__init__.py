"""Topics of a run, one module per job (importing this package imports nothing heavy):

- :mod:`.clustering`: parameters, the fit (micro-clusters, outliers, merges), the 2-D map;
- :mod:`.description`: terms, labels, translation groups, representative passages, the
  topics table (the one description step of the build and of curation);
- :mod:`.terms` (class-TF-IDF terms per language), :mod:`.tree` (the merge hierarchy),
  :mod:`.over_time` (terms per period), :mod:`.context` (the document around a passage),
  :mod:`.count` (how many topics), :mod:`.reduce` (the exact UMAP of small runs),
  :mod:`.sample` (fitting on a sample), :mod:`.coverage` and :mod:`.metrics` (quality),
  :mod:`.curation` (user changes to a stored run).
"""
