def extract_quantities(text): return []
