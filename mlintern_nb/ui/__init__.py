"""mlintern_nb.ui"""
