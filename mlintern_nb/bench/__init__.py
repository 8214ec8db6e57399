"""mlintern_nb.bench"""
