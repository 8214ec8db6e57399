"""mlintern_nb.sandbox"""
