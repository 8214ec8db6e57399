"""mlintern_nb.plan"""
