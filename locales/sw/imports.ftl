# What an import found in cut files (DXF, SVG) and OKH manifests, and what it decided:
# units, thickness, joints, repairs and warnings.
