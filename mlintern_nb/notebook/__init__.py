"""mlintern_nb.notebook"""
