# What an import found in cut files (DXF, SVG) and OKH manifests, and what it decided:
# units, thickness, joints, repairs and warnings.

## Units of a cut file, and how they were decided. English writes numbers without
## thousands separators here, as Barnraise always has.

imp-unit-mm = millimetres
imp-unit-cm = centimetres
imp-unit-m = metres
imp-unit-in = inches
imp-unit-ft = feet
imp-unit-pt = points (1/72 in)
imp-unit-px = px at { NUMBER($dpi, useGrouping: "false") } per inch
imp-length-m = { NUMBER($m, useGrouping: "false") } m
imp-length-mm = { NUMBER($mm, useGrouping: "false") } mm
imp-length-mm-fine = { NUMBER($mm, minimumFractionDigits: 2) } mm
imp-units-given = 1 unit = 1 { $unit } (given)
imp-units-none-in-file = no units in the file
imp-units-insunits = $INSUNITS = { $code }
imp-units-svg-px = width/height in px ({ NUMBER($dpi, useGrouping: "false") } per inch{ $drawn-by })
imp-units-as-drawn-by = , as { $program } drew them
imp-units-svg-size = width/height in { $unit } with the viewBox
imp-units-svg-generator = { $program }, which drew { NUMBER($dpi, useGrouping: "false") } px per inch
imp-program = { $name }
imp-program-unknown = an unknown program
imp-program-old-inkscape = Inkscape 0.91 or older
imp-units-why-sheet = a standard sheet outline is drawn in { $unit }
imp-units-why-sizes = read in { $unit } the largest part would be { $largest }; in { $other } it is { $other-largest }
imp-units-corrected = { $said } ({ $declared }), but { $why }: read as { $unit }; pass units={ $code } to override
imp-units-guessed = { $said }, but { $why }: read as { $unit }; pass units={ $code } to override
imp-units-assumed = { $said }: { $unit } assumed (largest part { $largest }); pass units=in (or mm, cm, m, ft, pt, px) if that is wrong
imp-units-implausible = { $said }: { $unit } (largest part { $largest }, which looks wrong; no other unit fits better); pass units to override
imp-units-declared = { $said }: { $unit }

## The sheet thickness and where it came from ($process is laser or cnc).

imp-thickness-given = given
imp-thickness-from-layer = from the sheet layer's name in { $file }
imp-thickness-assumed = no thickness given and none in the files: { $mm } mm assumed for { $process }; pass thickness

## Notes on what an import found.

imp-note-parts = { NUMBER($count, useGrouping: "false") } part(s){ $merged }; { NUMBER($joints, useGrouping: "false") } joint(s) that follow the thickness ({ NUMBER($thickness, useGrouping: "false") } mm)
imp-note-merged = {" "}({ NUMBER($count, useGrouping: "false") } identical copies counted as quantities)
imp-note-made-by = { $file }: made by { $program }
imp-note-file-units = { $file }: { $reason }
imp-note-joints-as-drawn = the joints are written as drawn: over the thickness they made a part unbuildable at the range's ends

## The import review: what each item is, its size and joints ($kind is slot, finger or
## mortise).

imp-item-part = part
imp-item-sheet-outline = sheet outline
imp-item-non-cut = not for the machine
imp-item-engraving = engraving
imp-item-score = score line
imp-item-size = { NUMBER($width, useGrouping: "false") } × { NUMBER($height, useGrouping: "false") } mm
imp-joint-group = { $count ->
    [1] {""}
   *[other] { NUMBER($count, useGrouping: "false") } ×{" "}
}{ $kind } { NUMBER($width, useGrouping: "false") } mm
imp-joints-follow = { NUMBER($slots, useGrouping: "false") } slot(s), { NUMBER($fingers, useGrouping: "false") } finger notch(es) and { NUMBER($mortises, useGrouping: "false") } mortise(s) follow the thickness

## What an OKH manifest's import worked around. Field names and [extra.okh] stay as
## written; 'Imported design' is the name written into the design.

imp-okh-list-first = expected one value, found a list: the first is used
imp-okh-table-ignored = expected a text, found a table: ignored
imp-okh-unknown-field = unknown OKH field{ $suggestion }; kept in [extra.okh]
imp-okh-too-long = longer than { NUMBER($max, useGrouping: "false") } characters: shortened
imp-okh-no-name = no name: the design is called 'Imported design'
imp-okh-version-padded = '{ $text }' is not a semantic version; read as { $version }
imp-okh-not-a-version = '{ $text }' is not a version; 0.1.0 is used and the original kept in [extra.okh]
imp-okh-no-version = no version: 0.1.0 is used
imp-okh-no-licensor = no licensor: the author is given as '{ $author }'
imp-okh-no-function = no function: the summary repeats the name
imp-okh-image-kept = { $why }; kept in [extra.okh]
imp-okh-path-not-a-url = '{ $path }' is not a URL
imp-okh-path-is-a-url = '{ $path }' is a URL
imp-okh-path-leaves = '{ $path }' leaves the manifest's folder
imp-okh-path-not-a-file = '{ $path }' is not a file inside the manifest's folder
imp-okh-path-missing = '{ $path }' does not exist next to the manifest
imp-detail = { $detail }
imp-okh-not-a-language = '{ $text }' is not a language tag like 'en'; kept in [extra.okh]
imp-okh-note-parts = { NUMBER($count, useGrouping: "false") } OKH part(s) have no 2D geometry in the manifest: kept in [[extra.okh.part]] (import their cut files as the parts of a design)
imp-okh-text-number = '{ $text }' is text, not a number: read as { NUMBER($value, useGrouping: "false") } { $unit }
imp-okh-not-a-number = not a number of { $unit }: dropped
imp-okh-dimensions-not-a-table = expected a table {"{"}width, depth, height{"}"}: dropped
imp-okh-parts-not-tables = expected [[part]] tables: ignored
imp-okh-part-not-a-table = expected a table: ignored
imp-okh-part-no-name = part without a name
imp-okh-no-licence = no licence: set to '{ $licence }'; fix it before publishing
imp-okh-no-hardware-licence = no hardware licence in the table: set to '{ $licence }'
imp-okh-empty-licence = empty licence: set to '{ $licence }'
imp-okh-licence-spelling = '{ $text }' is not an SPDX expression; read as '{ $licence }'
imp-okh-licence-unknown = '{ $text }' is not a licence Barnraise knows: set to '{ $licence }' (original kept in [extra.okh]); fix it before publishing
imp-okh-number-not-a-name = a number is not a name: ignored
imp-okh-author-name-used = '{ $text }' is not 'Name <email>': '{ $name }' is used
imp-okh-not-a-name = '{ $text }' is not a name: ignored
imp-okh-level-read-as = '{ $text }' read as '{ $level }'
imp-okh-level-unknown = '{ $text }' is not { $prefix }-1 … { $prefix }-{ $max }; kept in [extra.okh]
