"""Independent checks of Barnraise's 3D exports, run by the Rust integration tests.

    check_solids.py stl FILE...      trimesh: watertight? volume, bounds, triangle count
    check_solids.py step FILE        OpenCascade (cadquery-ocp): solids, names, volumes,
                                     validity, and the overlap volume of every pair of solids

Prints one JSON object as the last line on stdout (OpenCascade may print its own messages
before it); the Rust test asserts the numbers.
"""

import json
import sys


def stl(paths):
    import trimesh

    out = []
    for p in paths:
        m = trimesh.load(p, file_type="stl", force="mesh")
        out.append(
            {
                "file": p,
                "watertight": bool(m.is_watertight),
                "winding_consistent": bool(m.is_winding_consistent),
                "volume": float(m.volume),
                "triangles": int(len(m.faces)),
                "bounds": m.bounds.tolist(),
            }
        )
    return {"stl": out}


def step(path):
    from OCP.BRepAlgoAPI import BRepAlgoAPI_Common
    from OCP.BRepBndLib import BRepBndLib
    from OCP.Bnd import Bnd_Box
    from OCP.BRepCheck import BRepCheck_Analyzer
    from OCP.GProp import GProp_GProps
    from OCP.BRepGProp import BRepGProp
    from OCP.IFSelect import IFSelect_RetDone
    from OCP.STEPControl import STEPControl_Reader
    from OCP.TopAbs import TopAbs_SOLID
    from OCP.TopExp import TopExp_Explorer
    from OCP.TopoDS import TopoDS

    reader = STEPControl_Reader()
    status = reader.ReadFile(path)
    if status != IFSelect_RetDone:
        return {"error": f"STEP reader status {status}"}
    reader.TransferRoots()
    shape = reader.OneShape()
    as_solid = getattr(TopoDS, "Solid_s", None) or TopoDS.Solid
    solids = []
    exp = TopExp_Explorer(shape, TopAbs_SOLID)
    while exp.More():
        solids.append(as_solid(exp.Current()))
        exp.Next()

    def volume(s):
        props = GProp_GProps()
        BRepGProp.VolumeProperties_s(s, props)
        return props.Mass()

    def bbox(s):
        b = Bnd_Box()
        BRepBndLib.Add_s(s, b)
        lo, hi = b.CornerMin(), b.CornerMax()
        return (lo.X(), lo.Y(), lo.Z(), hi.X(), hi.Y(), hi.Z())

    vols = [volume(s) for s in solids]
    valid = [bool(BRepCheck_Analyzer(s).IsValid()) for s in solids]
    boxes = [bbox(s) for s in solids]
    overlaps = []
    eps = 0.01
    for i in range(len(solids)):
        a = boxes[i]
        for j in range(i + 1, len(solids)):
            b = boxes[j]
            if any(a[k] > b[k + 3] - eps or b[k] > a[k + 3] - eps for k in range(3)):
                continue
            common = BRepAlgoAPI_Common(solids[i], solids[j])
            common.Build()
            if not common.IsDone():
                overlaps.append({"a": i, "b": j, "volume": None})
                continue
            v = volume(common.Shape())
            if v > 1e-6:
                overlaps.append({"a": i, "b": j, "volume": v})
    # Names as written on MANIFOLD_SOLID_BREP entities, in order.
    import re

    text = open(path, encoding="ascii", errors="replace").read()
    names = re.findall(r"MANIFOLD_SOLID_BREP\('((?:[^']|'')*)'", text)
    return {
        "solids": len(solids),
        "volumes": vols,
        "volume": sum(vols),
        "valid": valid,
        "names": names,
        "overlaps": overlaps,
        "bounds": [list(b) for b in boxes],
    }


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    mode, args = sys.argv[1], sys.argv[2:]
    if mode == "stl":
        result = stl(args)
    elif mode == "step":
        result = step(args[0])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    sys.stdout.flush()
    print()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
