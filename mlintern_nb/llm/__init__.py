"""mlintern_nb.llm"""
