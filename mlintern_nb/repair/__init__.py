"""mlintern_nb.repair"""
