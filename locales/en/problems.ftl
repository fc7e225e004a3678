# What is wrong with a manifest, a makerspace profile, a project or a build log.

# After an unknown word, with its leading space: "unknown field 'widht' (did you mean 'width'?)".
problem-did-you-mean = {" "}(did you mean '{ $word }'?)

## Reading the TOML

# The detail after the colon is the TOML parser's, in English.
problem-invalid-toml = invalid TOML: { $detail }
problem-expected-found = expected { $expected }, found { $found }
problem-expected-found-values = expected { $expected }, found an array of { $count } { $count ->
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
problem-expression-too-long = expression is { $count } characters long; the limit is { $max }
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
problem-value-known = { $name } = { $value }
problem-value-unknown = { $name } unknown
problem-values-and = { $list }, { $item }

## Parameters and evaluation

problem-no-such-parameter = this design has no parameter '{ $name }'{ $suggestion }; it has: { $names }
problem-no-such-parameter-none = this design has no parameter '{ $name }'{ $suggestion }; it has: none
problem-value-too-large = '{ $expression }' = { $value } mm is larger than the { $max } mm this format accepts
# $what: one of the problem-word-… messages; $context: problem-with-values or nothing.
problem-not-positive = { $what } must be greater than 0, but '{ $expression }' = { $value }{ $context }
problem-below-one = { $what } must be at least 1, but '{ $expression }' = { $value }{ $context }
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

problem-limit-copies-per-repeat = { $what } { $asked } is more than the { $max } copies one repeat may make
problem-limit-part-quantity = quantity { $asked } is more than the { $max } copies of one part allowed
problem-limit-part-copies = the design asks for { $asked } part copies in all; the limit is { $max } per design
problem-limit-holes = part { $part } would have { $asked } holes; the limit is { $max } per part
problem-limit-slots = part { $part } would have { $asked } slots; the limit is { $max } per part
problem-limit-tabs = part { $part } would have { $asked } tabs; the limit is { $max } per part
problem-limit-vertices = part { $part } would have about { $asked } vertices once arcs are flattened; the limit is { $max } per part
# $drives: problem-drives-….
problem-limit-unbounded-count = count parameter '{ $name }' sets { $drives } but has no 'max': give it one (at most { $max }), so nobody can ask for unbounded copies
problem-drives-quantity = the quantity of part { $part }
problem-drives-repeat = a repeat count of part { $part }
problem-drives-placement-repeat = a placement repeat count of part { $part }
problem-limit-time = checking the geometry took longer than { $seconds } s; simplify the parts (fewer holes, fewer points)
problem-more-in-part = … and { $count } more problem(s) in part { $part } (only the first { $max } are listed)

## Manifests

problem-manifest-unread = the manifest could not be read
problem-unknown-category = unknown category '{ $text }'{ $suggestion }; use one of: { $known }
problem-translations-not-a-table = 'translations' must be a table of languages: [translations.fr]
problem-translation-language = unknown language code '{ $code }'{ $suggestion }; translations may be into: { $known }
problem-translation-original = the design is written in '{ $code }' (documentation-language); translate it into another language, or change the original texts
problem-translation-tools = { $count } tools translated; the design lists { $tools } (translate each, in order)
problem-no-such-label = no part is labelled '{ $label }'{ $suggestion }
problem-translation-parts-not-a-table = 'parts' must be a table: part label = "name"
problem-no-such-bom-item = no BOM item is '{ $item }'{ $suggestion }
problem-translation-bom-not-a-table = 'bom' must be a table: original item = "translation"
problem-not-a-step-number = step { $value } is not a step number (1, 2, …)
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
problem-nominal-thickness = nominal thickness { $value } mm is not between 0 and { $max } mm
problem-polygon-points = a polygon needs at least 3 points, found { $count }
problem-path-segments = a path needs at least 2 segments
problem-unknown-shape = unknown shape '{ $text }'{ $suggestion }; use rect, circle, polygon or path
problem-direction = direction '{ $text }' must be up, down, left or right{ $suggestion }
problem-unknown-material = unknown material '{ $id }'{ $suggestion }; declare it under [materials.{ $id }]
problem-process = process '{ $text }' must be 'laser' or 'cnc'{ $suggestion }
problem-rotation = rotation { $value } must be 0, 90, 180 or 270
problem-rotations-empty = rotations is empty: allow at least [0]
problem-unknown-unit = unknown unit '{ $text }'{ $suggestion }; use one of: { $known }
problem-unit-cost-negative = unit cost { $value } is negative

## Points files

problem-points-file-missing = points file '{ $path }' does not exist in the package
# $why: one of problem-points-….
problem-points-file = points file '{ $path }': { $why }
problem-points-file-too-large = { $size } bytes is more than the limit of { $max } bytes
problem-points-not-utf8 = not UTF-8 text (byte { $byte } is not)
problem-points-line = line { $line }: expected two numbers 'x y', found '{ $text }'
problem-points-coordinates = line { $line }: coordinates must be finite and within ±{ $max } mm
problem-points-too-many = more than { $max } points

## Projects and build logs

problem-project-too-large = project.toml is { $size } bytes; the limit is { $max }
problem-project-unread = the project could not be read
problem-build-log-too-large = the build log is { $size } bytes; the limit is { $max }
problem-build-log-unread = the build log could not be read
problem-build-outcome = unknown outcome '{ $text }'{ $suggestion }: use works, works-with-changes or failed
# $why: problem-slug.
problem-build-makerspace = makerspace: { $why }
problem-build-material = unknown material '{ $text }'{ $suggestion }: use one of { $known }
# $unit: " mm", " h" or nothing, after the numbers.
problem-build-number-range = '{ $key }' is { $value }{ $unit }; it must be 0 or more and at most { $max }{ $unit }
problem-build-date = date '{ $text }' is not a date like 2026-11-30 (year-month-day)
problem-build-photos = { $count } photos; at most { $max }
problem-build-photo-name = '{ $name }' is not a photo name: lowercase letters, digits and hyphens, then .png or .jpg
problem-listed-twice = '{ $name }' is listed twice

## Makerspace profiles

problem-profile-too-large = the profile is { $size } bytes; the limit is { $max }
problem-profile-unread = the profile could not be read
# $why: problem-slug.
problem-profile-file-name = file name: { $why }
problem-colour-tolerance = colour_tolerance { $value } is not between 0 and { $max } (the RGB distance from black to white)
problem-colour-key = '{ $key }' is not a colour: write "#rrggbb" (quoted) or an AutoCAD colour index 1–255
problem-colour-operation = unknown operation '{ $text }'{ $suggestion }: use one of { $known }
problem-id = '{ $id }' is not a valid id: use lowercase letters, digits, '-' and '_'
# $unit: " mm" or nothing, after the numbers.
problem-number-range-positive = '{ $key }' is { $value }{ $unit }; it must be above 0 and at most { $max }{ $unit }
problem-size-values = expected a size [x, y] in mm, found { $count } values
problem-size-range = size [{ $x }, { $y }] must be above 0 and at most { $max } mm per side
problem-machine-kind = unknown machine kind '{ $text }'{ $suggestion }: use laser or cnc
problem-tool-diameter = tool diameter { $value } mm must be above 0 and at most { $max } mm
problem-no-tool-diameters = list at least one tool diameter
problem-stock-material-kind = unknown material kind '{ $text }'{ $suggestion }; known kinds: { $known }

## Part geometry

problem-point = ({ $x }, { $y })
problem-span = x { $x0 }…{ $x1 }, y { $y0 }…{ $y1 }
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
problem-hole-copies = {" "}({ $count } copies of this hole do)
problem-tab-off-edge = tab base { $point } is { $distance } mm from the outline's edge; 'at' must lie on the edge
problem-tab-inward = tab points into the part; set 'direction' to point away from the edge
problem-slot-off-edge = slot mouth { $point } is { $distance } mm from the outline's edge; 'at' must lie on the edge the slot is cut from
problem-slot-outward = slot runs out of the part, not into it; set 'direction' to point into the part
problem-slot-past-edge = slot ({ $width } wide, { $depth } deep from { $point }) runs past the part's edge: it must lie within the part
problem-nothing-left = nothing is left of the part once slots and holes are cut
problem-part-in-pieces = slots and holes cut part { $part } into { $count } pieces; make them shallower or move them

## Design packages

problem-manifest-too-large = manifest is { $size } bytes; the limit is { $max } bytes (1 MiB). Move large text to files in the package
problem-manifest-not-utf8 = manifest is not valid UTF-8: byte { $byte } at offset { $offset } (save the file as UTF-8)
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
problem-at-minimum = at { $name } = { $value }{ $unit } (its minimum): { $problem }
problem-at-maximum = at { $name } = { $value }{ $unit } (its maximum): { $problem }

## Imported manifests (OKH, TOML or YAML)

problem-manifest-too-deep = the manifest nests deeper than { $depth } levels or holds more than { $max } values
# The detail after the colon is the YAML parser's, in English.
problem-invalid-yaml = invalid YAML: { $detail }
problem-yaml-alias = YAML aliases (*name) are not followed; the value is left empty
