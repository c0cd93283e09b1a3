"""Store -> actor network -> centrality measures -> rows, tables and pictures (``kg report``)."""
