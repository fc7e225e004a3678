# What is wrong with a manifest, a makerspace profile, a project or a build log.

# After an unknown word, with its leading space: "unknown field 'widht' (did you mean 'width'?)".
problem-did-you-mean = {" "}(did you mean '{ $word }'?)

# English writes the numbers of these messages without thousands separators, as
# Barnraise always has (NUMBER(…, useGrouping: "false")); other languages group them.

## Reading the TOML

# The detail after the colon is the TOML parser's, in English.
problem-invalid-toml = invalid TOML: { $detail }
problem-expected-found = expected { $expected }, found { $found }
problem-expected-found-values = expected { $expected }, found an array of { NUMBER($count, useGrouping: "false") } { $count ->
        [one] value
       *[other] values
    }
problem-expected-strings-found-string = expected an array of strings, found a string (write [{ $text }])
problem-unknown-key = unknown key '{ $key }'{ $suggestion }
problem-missing-field-root = missing required field '{ $key }' in the manifest
problem-missing-field = missing required field '{ $key }' in '{ $table }'
# What was expected, inside problem-expected-found.
problem-expected-table = a table
problem-expected-array = an array
problem-expected-string = a string
problem-expected-bool = true or false
problem-expected-number = a number
problem-expected-whole-number = a whole number
problem-expected-number-or-expression = a number or an expression string
problem-expected-point = a point [x, y]
problem-expected-triple = three values [x, y, z]
problem-expected-date = a date like 2026-11-30
problem-expected-size = a size [x, y] in mm
problem-expected-diameters = an array of diameters in mm
# What was found, inside problem-expected-found; the value as written in the file.
problem-found-string = a string ({ $value })
problem-found-integer = an integer ({ $value })
problem-found-float = a float ({ $value })
problem-found-boolean = a boolean ({ $value })
problem-found-datetime = a date-time ({ $value })
problem-found-array = an array
problem-found-table = a table

## Expressions

problem-expression-empty = empty expression
problem-expression-too-long = expression is { NUMBER($count, useGrouping: "false") } characters long; the limit is { NUMBER($max, useGrouping: "false") }
problem-expression-character = expression '{ $expression }' has the character '{ $char }', which is not allowed (use numbers, names, + - * / ^, parentheses and functions such as min(a, b))
problem-expression-unreadable-why = cannot read expression '{ $expression }': { $why }
problem-expression-unreadable = cannot read expression '{ $expression }'
problem-exmex-juxtaposed = two values stand next to each other without an operator between them (write 2 * x, not 2 x)
problem-exmex-parentheses = the parentheses do not match
# The expression parser's own detail, in English.
problem-exmex-other = { $detail }
problem-expression-unknown-name = unknown name '{ $name }' in expression '{ $expression }'{ $suggestion }
problem-expression-no-value = '{ $name }' has no value here (it could not be evaluated)
# The detail is the expression evaluator's, in English.
problem-expression-cannot-evaluate = cannot evaluate '{ $expression }': { $detail }
# $values: problem-no-parameters, or problem-value-known/-unknown joined by problem-values-and.
problem-expression-nan = '{ $expression }' is not a number (square root or logarithm of a negative value?) with { $values }
problem-expression-infinite = '{ $expression }' is infinite (division by zero?) with { $values }
problem-no-parameters = no parameters
problem-value-known = { $name } = { NUMBER($value, useGrouping: "false") }
problem-value-unknown = { $name } unknown
problem-values-and = { $list }, { $item }

## Parameters and evaluation

problem-no-such-parameter = this design has no parameter '{ $name }'{ $suggestion }; it has: { $names }
problem-no-such-parameter-none = this design has no parameter '{ $name }'{ $suggestion }; it has: none
problem-value-too-large = '{ $expression }' = { NUMBER($value, useGrouping: "false") } mm is larger than the { NUMBER($max, useGrouping: "false") } mm this format accepts
# $what: one of the problem-word-… messages; $context: problem-with-values or nothing.
problem-not-positive = { $what } must be greater than 0, but '{ $expression }' = { NUMBER($value, useGrouping: "false") }{ $context }
problem-below-one = { $what } must be at least 1, but '{ $expression }' = { NUMBER($value, useGrouping: "false") }{ $context }
# After a value, with its leading space: " (with width = 600, thickness = 18)".
problem-with-values = {" "}(with { $values })
problem-word-thickness = thickness
problem-word-quantity = quantity
problem-word-width = width
problem-word-height = height
problem-word-diameter = diameter
problem-word-repeat-count = repeat count
problem-word-placement-repeat-count = placement repeat count
problem-word-slot-width = slot width
problem-word-slot-depth = slot depth
problem-word-tab-width = tab width
problem-word-tab-length = tab length
problem-word-text-height = text height
problem-word-other = { $word }

## Work budgets

problem-limit-copies-per-repeat = { $what } { NUMBER($asked, useGrouping: "false") } is more than the { NUMBER($max, useGrouping: "false") } copies one repeat may make
problem-limit-part-quantity = quantity { NUMBER($asked, useGrouping: "false") } is more than the { NUMBER($max, useGrouping: "false") } copies of one part allowed
problem-limit-part-copies = the design asks for { NUMBER($asked, useGrouping: "false") } part copies in all; the limit is { NUMBER($max, useGrouping: "false") } per design
problem-limit-holes = part { $part } would have { NUMBER($asked, useGrouping: "false") } holes; the limit is { NUMBER($max, useGrouping: "false") } per part
problem-limit-slots = part { $part } would have { NUMBER($asked, useGrouping: "false") } slots; the limit is { NUMBER($max, useGrouping: "false") } per part
problem-limit-tabs = part { $part } would have { NUMBER($asked, useGrouping: "false") } tabs; the limit is { NUMBER($max, useGrouping: "false") } per part
problem-limit-vertices = part { $part } would have about { NUMBER($asked, useGrouping: "false") } vertices once arcs are flattened; the limit is { NUMBER($max, useGrouping: "false") } per part
# $drives: problem-drives-….
problem-limit-unbounded-count = count parameter '{ $name }' sets { $drives } but has no 'max': give it one (at most { NUMBER($max, useGrouping: "false") }), so nobody can ask for unbounded copies
problem-drives-quantity = the quantity of part { $part }
problem-drives-repeat = a repeat count of part { $part }
problem-drives-placement-repeat = a placement repeat count of part { $part }
problem-limit-time = checking the geometry took longer than { NUMBER($seconds, useGrouping: "false") } s; simplify the parts (fewer holes, fewer points)
problem-more-in-part = … and { NUMBER($count, useGrouping: "false") } more problem(s) in part { $part } (only the first { NUMBER($max, useGrouping: "false") } are listed)

## Manifests

problem-manifest-unread = the manifest could not be read
problem-unknown-category = unknown category '{ $text }'{ $suggestion }; use one of: { $known }
problem-translations-not-a-table = 'translations' must be a table of languages: [translations.fr]
problem-translation-language = unknown language code '{ $code }'{ $suggestion }; translations may be into: { $known }
problem-translation-original = the design is written in '{ $code }' (documentation-language); translate it into another language, or change the original texts
problem-translation-tools = { NUMBER($count, useGrouping: "false") } tools translated; the design lists { NUMBER($tools, useGrouping: "false") } (translate each, in order)
problem-no-such-label = no part is labelled '{ $label }'{ $suggestion }
problem-translation-parts-not-a-table = 'parts' must be a table: part label = "name"
problem-no-such-bom-item = no BOM item is '{ $item }'{ $suggestion }
problem-translation-bom-not-a-table = 'bom' must be a table: original item = "translation"
problem-not-a-step-number = step { NUMBER($value, useGrouping: "false") } is not a step number (1, 2, …)
problem-slug = '{ $text }' is not a valid slug: use 2–64 lowercase letters, digits and single hyphens, e.g. 'compost-sieve'
problem-licence-empty = licence is empty: give an SPDX expression such as 'CC-BY-SA-4.0'
# $reason is the SPDX parser's, in English; $hint is problem-did-you-mean or problem-licence-hint.
problem-licence-invalid = '{ $text }' is not a valid SPDX licence expression: { $reason }{ $hint }
problem-licence-hint = {" "}(use SPDX identifiers such as CC-BY-SA-4.0, CERN-OHL-S-2.0, CC-BY-4.0 or MIT)
problem-unknown-currency = unknown currency '{ $text }'{ $suggestion }: use an ISO 4217 code such as EUR, GBP, USD or KES
problem-no-authors = at least one author is required
problem-author = '{ $text }' is not 'Name' or 'Name <email>'
problem-path-empty = empty path
problem-path-absolute = '{ $path }' must be a path inside the package, not an absolute path
problem-path-backslash = '{ $path }' must use '/' as the separator
problem-path-control-characters = '{ $path }' contains control characters
problem-path-components = '{ $path }' must not contain empty, '.' or '..' components
problem-path-git = '{ $path }' must not point into .git
problem-name-invalid = '{ $name }' is not a valid name: use lowercase letters, digits and '_', starting with a letter, at most 40 characters (e.g. 'shelf_gap')
problem-name-reserved = '{ $name }' is the name of a function or constant in expressions; choose another name
problem-parameter-type = unknown parameter type '{ $text }'{ $suggestion }; use length, count, angle or bool
problem-bool-parameter-bound = a bool parameter has no '{ $key }'
problem-computed-is-parameter = '{ $name }' is already a parameter; a computed value needs its own name
problem-material-id = '{ $id }' is not a valid material id: use lowercase letters, digits, '-' and '_'
problem-material-kind = unknown material kind '{ $text }'{ $suggestion }; use one of: { $known }
problem-nominal-thickness = nominal thickness { NUMBER($value, useGrouping: "false") } mm is not between 0 and { NUMBER($max, useGrouping: "false") } mm
problem-polygon-points = a polygon needs at least 3 points, found { NUMBER($count, useGrouping: "false") }
problem-path-segments = a path needs at least 2 segments
problem-unknown-shape = unknown shape '{ $text }'{ $suggestion }; use rect, circle, polygon or path
problem-direction = direction '{ $text }' must be up, down, left or right{ $suggestion }
problem-unknown-material = unknown material '{ $id }'{ $suggestion }; declare it under [materials.{ $id }]
problem-process = process '{ $text }' must be 'laser' or 'cnc'{ $suggestion }
problem-rotation = rotation { NUMBER($value, useGrouping: "false") } must be 0, 90, 180 or 270
problem-rotations-empty = rotations is empty: allow at least [0]
problem-unknown-unit = unknown unit '{ $text }'{ $suggestion }; use one of: { $known }
problem-unit-cost-negative = unit cost { NUMBER($value, useGrouping: "false") } is negative

## Points files

problem-points-file-missing = points file '{ $path }' does not exist in the package
# $why: one of problem-points-….
problem-points-file = points file '{ $path }': { $why }
problem-points-file-too-large = { NUMBER($size, useGrouping: "false") } bytes is more than the limit of { NUMBER($max, useGrouping: "false") } bytes
problem-points-not-utf8 = not UTF-8 text (byte { NUMBER($byte, useGrouping: "false") } is not)
problem-points-line = line { $line }: expected two numbers 'x y', found '{ $text }'
problem-points-coordinates = line { $line }: coordinates must be finite and within ±{ NUMBER($max, useGrouping: "false") } mm
problem-points-too-many = more than { NUMBER($max, useGrouping: "false") } points

## Projects and build logs

problem-project-too-large = project.toml is { NUMBER($size, useGrouping: "false") } bytes; the limit is { NUMBER($max, useGrouping: "false") }
problem-project-unread = the project could not be read
problem-build-log-too-large = the build log is { NUMBER($size, useGrouping: "false") } bytes; the limit is { NUMBER($max, useGrouping: "false") }
problem-build-log-unread = the build log could not be read
problem-build-outcome = unknown outcome '{ $text }'{ $suggestion }: use works, works-with-changes or failed
# $why: problem-slug.
problem-build-makerspace = makerspace: { $why }
problem-build-material = unknown material '{ $text }'{ $suggestion }: use one of { $known }
# $unit: " mm", " h" or nothing, after the numbers.
problem-build-number-range = '{ $key }' is { NUMBER($value, useGrouping: "false") }{ $unit }; it must be 0 or more and at most { NUMBER($max, useGrouping: "false") }{ $unit }
problem-build-date = date '{ $text }' is not a date like 2026-11-30 (year-month-day)
problem-build-photos = { NUMBER($count, useGrouping: "false") } photos; at most { NUMBER($max, useGrouping: "false") }
problem-build-photo-name = '{ $name }' is not a photo name: lowercase letters, digits and hyphens, then .png or .jpg
problem-listed-twice = '{ $name }' is listed twice

## Makerspace profiles

problem-profile-too-large = the profile is { NUMBER($size, useGrouping: "false") } bytes; the limit is { NUMBER($max, useGrouping: "false") }
problem-profile-unread = the profile could not be read
# $why: problem-slug.
problem-profile-file-name = file name: { $why }
problem-colour-tolerance = colour_tolerance { NUMBER($value, useGrouping: "false") } is not between 0 and { NUMBER($max, useGrouping: "false") } (the RGB distance from black to white)
problem-colour-key = '{ $key }' is not a colour: write "#rrggbb" (quoted) or an AutoCAD colour index 1–255
problem-colour-operation = unknown operation '{ $text }'{ $suggestion }: use one of { $known }
problem-id = '{ $id }' is not a valid id: use lowercase letters, digits, '-' and '_'
# $unit: " mm" or nothing, after the numbers.
problem-number-range-positive = '{ $key }' is { NUMBER($value, useGrouping: "false") }{ $unit }; it must be above 0 and at most { NUMBER($max, useGrouping: "false") }{ $unit }
problem-size-values = expected a size [x, y] in mm, found { NUMBER($count, useGrouping: "false") } values
problem-size-range = size [{ NUMBER($x, useGrouping: "false") }, { NUMBER($y, useGrouping: "false") }] must be above 0 and at most { NUMBER($max, useGrouping: "false") } mm per side
problem-machine-kind = unknown machine kind '{ $text }'{ $suggestion }: use laser or cnc
problem-tool-diameter = tool diameter { NUMBER($value, useGrouping: "false") } mm must be above 0 and at most { NUMBER($max, useGrouping: "false") } mm
problem-no-tool-diameters = list at least one tool diameter
problem-stock-material-kind = unknown material kind '{ $text }'{ $suggestion }; known kinds: { $known }

## Part geometry

problem-point = ({ NUMBER($x, useGrouping: "false") }, { NUMBER($y, useGrouping: "false") })
problem-span = x { NUMBER($x0, useGrouping: "false") }…{ NUMBER($x1, useGrouping: "false") }, y { NUMBER($y0, useGrouping: "false") }…{ NUMBER($y1, useGrouping: "false") }
# $point: problem-point.
problem-outline-crosses = outline crosses itself near { $point }: a cut path must not cross itself
problem-outline-zero-area = outline has zero area
problem-outline-not-simple = outline is not a simple closed contour
problem-hole-crosses = hole outline crosses itself
problem-hole-crosses-near = hole outline crosses itself near { $point }
# $hole: problem-hole-spans or nothing; $outline: problem-outline-spans or nothing.
problem-hole-outside = hole is not wholly inside the outline{ $hole }{ $outline }; a cut-out that reaches the edge should be a slot
problem-hole-spans = {" "}(hole spans { $span })
problem-outline-spans = ; the outline spans { $span }
# $copies: problem-hole-copies or nothing.
problem-holes-overlap = hole overlaps another hole of part { $part } near { $point }{ $copies }: draw overlapping cut-outs as one path
problem-hole-copies = {" "}({ NUMBER($count, useGrouping: "false") } copies of this hole do)
problem-tab-off-edge = tab base { $point } is { NUMBER($distance, useGrouping: "false") } mm from the outline's edge; 'at' must lie on the edge
problem-tab-inward = tab points into the part; set 'direction' to point away from the edge
problem-slot-off-edge = slot mouth { $point } is { NUMBER($distance, useGrouping: "false") } mm from the outline's edge; 'at' must lie on the edge the slot is cut from
problem-slot-outward = slot runs out of the part, not into it; set 'direction' to point into the part
problem-slot-past-edge = slot ({ NUMBER($width, useGrouping: "false") } wide, { NUMBER($depth, useGrouping: "false") } deep from { $point }) runs past the part's edge: it must lie within the part
problem-nothing-left = nothing is left of the part once slots and holes are cut
problem-part-in-pieces = slots and holes cut part { $part } into { NUMBER($count, useGrouping: "false") } pieces; make them shallower or move them

## Design packages

problem-manifest-too-large = manifest is { NUMBER($size, useGrouping: "false") } bytes; the limit is { NUMBER($max, useGrouping: "false") } bytes (1 MiB). Move large text to files in the package
problem-manifest-not-utf8 = manifest is not valid UTF-8: byte { $byte } at offset { NUMBER($offset, useGrouping: "false") } (save the file as UTF-8)
problem-file-missing = '{ $path }' does not exist in the package
problem-file-missing-in-folder = '{ $path }' does not exist in the package folder { $folder }
problem-file-outside = '{ $path }' leads outside the package (a symbolic link?)
problem-file-not-a-file = '{ $path }' is not a file
problem-no-manifest-here = no { $file } here: a design package is a folder with a { $file }
# $reason is the operating system's, in English.
problem-cannot-read = cannot read: { $reason }
problem-cannot-read-folder = cannot read folder: { $reason }
problem-no-such-file-or-folder = no such file or folder
problem-no-packages-here = no design packages here (no { $file } in it or its sub-folders)
# A problem found with a parameter at one of its bounds; $problem is that problem.
problem-at-minimum = at { $name } = { NUMBER($value, useGrouping: "false") }{ $unit } (its minimum): { $problem }
problem-at-maximum = at { $name } = { NUMBER($value, useGrouping: "false") }{ $unit } (its maximum): { $problem }

## Imported manifests (OKH, TOML or YAML)

problem-manifest-too-deep = the manifest nests deeper than { NUMBER($depth, useGrouping: "false") } levels or holds more than { NUMBER($max, useGrouping: "false") } values
# The detail after the colon is the YAML parser's, in English.
problem-invalid-yaml = invalid YAML: { $detail }
problem-yaml-alias = YAML aliases (*name) are not followed; the value is left empty

## Cutting a part on a machine

# $tool: problem-cut-laser-kerf or problem-cut-router-bit; $point: problem-point.
problem-cut-slot-too-narrow = part { $part }: slot at { $point } is { NUMBER($width, useGrouping: "false") } mm wide, but the { $tool } is { NUMBER($cut, useGrouping: "false") } mm: it cannot cut the slot
problem-cut-dogbone-through = part { $part }: a { NUMBER($radius, useGrouping: "false") } mm dogbone at { $point } would cut through the part's edge; use a smaller bit or move the slot
problem-cut-hole-too-small = part { $part }: a hole near { $point } is smaller than the { NUMBER($cut, useGrouping: "false") } mm { $tool }
problem-cut-offset = part { $part }: offsetting by { NUMBER($offset, useGrouping: "false") } mm for the { $tool } leaves { NUMBER($count, useGrouping: "false") } pieces
problem-cut-laser-kerf = laser kerf
problem-cut-router-bit = router bit
