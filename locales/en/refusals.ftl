# What exports, nesting, search, sign-up and the command line refuse.

# Nesting.
refusal-nest-empty = there are no parts to nest
refusal-nest-too-large = part { $label } ({ NUMBER($w, minimumFractionDigits: 1) } × { NUMBER($h, minimumFractionDigits: 1) } mm with { $spacing } mm spacing) does not fit the usable sheet area { NUMBER($uw, minimumFractionDigits: 1) } × { NUMBER($uh, minimumFractionDigits: 1) } mm (sheet { $sw } × { $sh } mm less a { $margin } mm margin) in any allowed rotation ({ $rotations })
refusal-nest-shape = part { $label }: its shape cannot be nested: { $reason }
refusal-nest-sheet-size = sheet { $w } × { $h } mm must have both sides above 0
refusal-nest-margin-spacing = margin { $margin } mm and spacing { $spacing } mm must be 0 or more
refusal-nest-margin-too-wide = a { $margin } mm margin leaves nothing of a { $w } × { $h } mm sheet
refusal-nest-not-all-placed = only { $placed } of { $count } parts could be placed; the collision engine refused the rest
refusal-nest-bad-strip = strip { $length } × { $height } is not a valid container
refusal-nest-item-not-placed = an item was not placed

# Exports.
refusal-export-design-problems = { $count } problem(s) with the design or its parameters
refusal-export-write = { $path }: { $reason }
refusal-in-design = { $slug }: { $message }
refusal-export-material-too-thick = material '{ $material }' is { $thickness } mm thick; the machine '{ $machine }' cuts at most { $max } mm
refusal-export-no-parts = design '{ $slug }' has no parts to cut
refusal-export-stock-too-thick = { $thickness } mm { $material } is thicker than the { $max } mm the machine '{ $machine }' cuts
refusal-export-sheet-over-bed = a { $width } × { $height } mm sheet does not fit the { $bed_width } × { $bed_height } mm bed of '{ $machine }'; cut the stock down or choose another machine
refusal-export-machine-needs-makerspace = the machine '{ $machine }' needs a makerspace to say whose machine it is
refusal-export-no-such-machine = { $makerspace } has no machine '{ $machine }'; its machines: { $machines }
refusal-export-gcode-laser = G-code is for CNC routers; '{ $machine }' is a laser
refusal-export-gcode-needs-cnc = G-code needs a CNC router
refusal-export-no-machine-of-kind = { $makerspace } has no { $kind ->
        [laser] laser
       *[cnc] CNC router
    } for { $format } files; its machines: { $machines }
refusal-export-which-material = this design uses { $count } materials ({ $materials }); say which material the stock '{ $stock }' is for
refusal-export-no-such-stock = { $makerspace } stocks no '{ $stock }'; its stock: { $stocks }
refusal-export-needs-stock = needs { $thickness } mm { $kind } ({ $name }); { $makerspace } stocks { $stocks }
refusal-export-project-no-designs = project '{ $slug }' has no designs to cut
refusal-export-project-two-machines = '{ $first }' is cut on a { $first_kind } and '{ $slug }' on a { $kind }; one job is cut on one machine: choose a makerspace and its machine, or a format (svg for a laser, dxf for a CNC router)
refusal-export-project-no-parts = project '{ $slug }' has no parts this machine cuts
refusal-export-nothing-to-build = the design has no parts to build

# Search queries.
refusal-search-not-a-number = { $filter }: '{ $text }' is not a number
refusal-search-bed = bed: '{ $text }' is not WIDTHxHEIGHT in mm, e.g. 600x400
refusal-search-too-long = the query is { $count } characters long; the limit is { $max }
refusal-search-filter-needs-value = filter '{ $filter }:' needs a value, e.g. { $filter }:…
refusal-search-unknown-filter = unknown filter '{ $filter }'{ $suggestion }; filters are: { $filters }
refusal-search-built = built: '{ $text }' is not a number of builds or 'works', e.g. built:>0, built:3 or built:works
refusal-search-unreadable-query = cannot read the query '{ $query }': { $reason }
refusal-search-unreadable-author = cannot read author '{ $author }': { $reason }

# Accounts: sign-up and the other forms (after "field: ").
refusal-account-username-length = must be { $min } to { $max } characters long
refusal-account-username-characters = may only contain letters a-z, digits 0-9 and '-'
refusal-account-display-name-brackets = must not contain '<' or '>'
refusal-account-email = must look like name@example.org
refusal-account-password-short = must be at least { $min } characters long
refusal-account-password-long = must be at most { $max } characters long
refusal-account-password-username = must not be the username
refusal-account-empty = must not be empty
refusal-account-too-long = must be at most { $max } characters
refusal-account-control-characters = must not contain control characters
refusal-account-spaces = must not contain spaces
refusal-account-not-json = is not JSON: { $reason }
refusal-account-not-a-number = must be a number
refusal-account-write-something = write something first
refusal-account-post-too-long = { $count } characters; at most { $max }

# The limit, then when to try again.
refusal-account-limited = { $what }; try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
refusal-account-signups-limited = at most { $count } accounts { $per ->
        [hour] an hour
       *[day] a day
    } may be made from one address
refusal-account-storage-limited = an account may store { $mb } MB in { $days } days and this one has stored { $used } MB; this would add { $adding } MB
refusal-account-posts-limited = an account may post { $count } questions and answers an hour
refusal-account-not-found = { $what } not found
refusal-accounts-schema-too-new = the accounts database has schema version { $found }, newer than the { $supported } this Barnraise knows; upgrade Barnraise (the file was left untouched)
refusal-account-only-maintainers-decide = only maintainers of { $slug } can decide its proposals
refusal-account-proposal-decided = proposal { $id } is already { $state }
refusal-account-proposal-being-accepted = proposal { $id } is being accepted already
refusal-account-job-over = job { $id } has already { $state }
refusal-account-answer-the-question = { $id } is an answer; answer the question it belongs to

# The store.
refusal-store-already-a-repository = { $path } already holds a git repository; open it instead of initialising it
refusal-store-already-released = { $tag } is already released; publish a new version first
refusal-store-author-needs-email = author '{ $name }' needs an e-mail address: write "Name <email>"
refusal-store-build-exists = a build log '{ $id }' of '{ $slug }' exists already
refusal-store-ca-empty = { $path }: holds no certificate (-----BEGIN CERTIFICATE----- block)
refusal-store-ca-not-pem = { $path }: not a PEM file of certificates (-----BEGIN CERTIFICATE----- blocks)
refusal-store-ca-too-large = { $path }: a CA file of { $size } bytes is larger than the { $max } bytes taken
refusal-store-cannot-fetch = cannot fetch from peer '{ $peer }': { $reason }
refusal-store-cannot-fork = cannot fork '{ $slug }' under { $license }: { $reason }
refusal-store-empty = the store is empty
refusal-store-file-name-not-utf8 = { $path }: file names must be UTF-8
refusal-store-file-too-large = { $path }: { $size } bytes is over the { $mib } MiB limit for one file
refusal-store-manifest-uneditable = '{ $slug }': design.toml cannot be edited: { $reason }
refusal-store-no-readable-manifest = '{ $slug }' has no readable design.toml
refusal-store-not-a-build-id = '{ $id }' is not a build log id
refusal-store-not-a-commit = '{ $id }' is not a commit id
refusal-store-not-a-git-url = '{ $url }' is not a git URL
refusal-store-not-a-proposal = '{ $git_ref }' is not a proposal
refusal-store-not-an-author = '{ $text }' is not an author like "Your Name <you@example.org>"
refusal-store-not-bare = { $path } is a clone with a working tree; Barnraise writes only to bare stores so no checkout drifts. Push your commits to the store instead
refusal-store-not-beside-build = '{ $name }' cannot be kept beside a build log
refusal-store-package-no-manifest = the package has no { $file }
refusal-store-package-over-limit = { $path }: the package is over the limit of { $mib } MiB or { $files } files
refusal-store-package-too-large = the package is { $size } bytes; at most { $mib } MiB
refusal-store-too-many-files = the package has { $count } files; at most { $max }
refusal-store-path-not-utf8 = { $path } is not a UTF-8 path
refusal-store-peer-exists = a peer called '{ $name }' exists already
refusal-store-peer-name = peer name '{ $name }' must be lowercase letters, digits and '-' (e.g. 'leeds-makerspace')
refusal-store-peer-sent-too-much = peer '{ $peer }' sent more than { $mib } MiB; nothing was taken
refusal-store-project-version-not-raised = project '{ $slug }' is already published at version { $current }; raise 'version' in project.toml (e.g. to { $next }) to publish a change
refusal-store-symlink = { $path }: symbolic links are not stored; copy the file into the package
refusal-store-tag-not-created = { $tag } was not created

# The command line's own refusals (flags and commands stay as typed).
refusal-export-stock-pick = '{ $text }' is not a stock id or material=stock-id (e.g. ply18=birch18)
refusal-cli-sheet = --sheet '{ $text }' is not WIDTHxHEIGHT in mm, e.g. 2440x1220
refusal-cli-size = --size '{ $text }' is not WIDTHxHEIGHT in pixels (each { $min } to { $max }), e.g. 800x600
refusal-cli-material = --material { $reason }
refusal-cli-time-limit = --time-limit { $seconds }: give seconds between 0 and { $max }
refusal-cli-quantity = --design { $design }: the quantity '{ $text }' is not a whole number
refusal-cli-project-format = --project exports cut files and build sheets: use --format svg, dxf, gcode, pdf or all
refusal-cli-project-params = --param and --material are set per design in project.toml, not for a whole project
refusal-cli-addr = --addr '{ $text }' is not HOST:PORT, e.g. 127.0.0.1:8080
refusal-cli-jobs = --jobs { $jobs }: give 1 to { $max }
refusal-cli-addr-in-use = { $addr } is in use: another program (or another barnraise serve) listens there; choose another with --addr
refusal-cli-no-author = this change has no author
refusal-cli-cannot-write = cannot write { $path }: { $reason }
refusal-cli-unknown-argument = unexpected argument '{ $arg }'{ $suggestion }
refusal-cli-unknown-command = unrecognized command '{ $command }'{ $suggestion }
refusal-cli-invalid-value = invalid value '{ $value }' for { $arg }: use one of { $valid }
refusal-cli-empty-value = { $arg } needs a value
refusal-cli-no-language = no interface language '{ $value }'; choose one of: { $valid }
refusal-cli-bad-value = invalid value '{ $value }' for { $arg }
refusal-cli-missing-argument = the following required arguments were not provided: { $args }
refusal-cli-missing-command = name a command: barnraise --help lists them
refusal-cli-conflict = { $arg } cannot be used with { $other }
refusal-cli-unexpected-value = { $arg } was given a value it does not take
refusal-param-not-a-pair = '{ $text }' is not name=value (e.g. thickness=17.4)
refusal-gcode-too-deep = { $what }: the cut goes { $depth } mm deep with the overcut, but the machine reaches at most { $limit } mm
refusal-gcode-tabs = { $what }: { $count } tabs of { $width } mm do not fit on a perimeter of { $perimeter } mm
refusal-gcode-passes = { $what }: { $passes } depth passes of { $pass_depth } mm needed, more than { $max } allowed

# Build logs, projects, imports and the editor.
refusal-build-parameter-out-of-bounds = { $name } = { $value } is outside the design's bounds ({ $min } to { $max })
refusal-build-no-parameter = '{ $slug }' has no parameter '{ $name }'{ $suggestion }
refusal-build-photo = photo { $name }: { $reason }
refusal-build-photo-not-sent = photo '{ $name }' is listed but was not sent
refusal-build-manifest-not-sent = the log names the export's manifest.json, but none was sent with it
refusal-build-revision-lacks-design = revision { $revision } of the store does not hold '{ $slug }'
refusal-build-invalid-at-revision = '{ $slug }' is not valid at revision { $revision }
refusal-build-no-revision = revision '{ $revision }' is not in this store (give a commit of main, as `history` lists them, or leave it out for the current version)
refusal-build-other-version = version { $version } differs from the { $held } the revision holds
refusal-build-no-makerspace = no makerspace '{ $space }' in the store{ $suggestion }; name it with 'place' and 'country' instead
refusal-build-future-date = date { $date } is in the future
refusal-build-not-an-export-manifest = not the manifest.json of a Barnraise export: { $reason }
refusal-build-too-many-photos = { $count } photos; a build log carries at most { $max }
refusal-edited-manifest-too-large = design.toml is { $kib } KiB; at most { $max } KiB
refusal-import-no-okh-manifests = no OKH manifests here (looked for { $names } in the folder tree)
refusal-no-such-file-or-folder = no such file or folder

# Importing DXF and SVG cut files.
refusal-import-binary-dxf = binary DXF is not read: save the drawing as ASCII DXF (R12 to R2018)
refusal-import-dxf-binary-data = not a DXF file: it holds binary data (DXF is text)
refusal-import-dxf-unreadable = not a readable DXF file: { $reason }
refusal-import-dxf-gave-up = not a readable DXF file (the reader gave up)
refusal-import-too-many-entities = { $count } entities is more than the limit of { $max }; split the drawing
refusal-import-too-many-expanded = more than { $max } entities once blocks are expanded; split the drawing
refusal-import-no-entities = not a DXF file: no ENTITIES section (is it truncated?)
refusal-import-svg-not-utf8 = not an SVG file: not UTF-8 text
refusal-import-svg-entities = SVG whose DOCTYPE declares entities refused: entities could point at other files and are never expanded; remove the <!DOCTYPE …> block
refusal-import-svg-too-many-nodes = more than { $max } XML nodes: too big to import; split the drawing
refusal-import-svg-too-many-elements = more than { $max } elements (counting <use> copies): too big to import
refusal-import-svg-too-many-points = more than { $max } points after flattening curves: too big to import
refusal-import-svg-unreadable = not an SVG file: { $reason }
refusal-import-svg-gave-up = not a readable SVG file (the parser gave up)
refusal-import-svg-root = not an SVG file: the root element is <{ $name }>, not <svg>
refusal-import-thickness = thickness { $mm } mm is not a sheet thickness (0 < t ≤ { $max })
refusal-import-dpi = dpi { $dpi } is not between { $min } and { $max }
refusal-import-no-file = no cut file given
refusal-import-too-many-files = { $count } files is more than the limit of { $max } imported together
refusal-import-not-dxf-or-svg = neither a DXF nor an SVG file (by its name and its first bytes)
refusal-import-too-many-contours = { $count } closed contours is more than the limit of { $max }
refusal-import-crossing = { $what }: the outline crosses itself near ({ NUMBER($x, minimumFractionDigits: 2) }, { NUMBER($y, minimumFractionDigits: 2) }) mm (not a corner loop): a cut path must not cross itself; fix the drawing there
refusal-import-all-excluded = every part was excluded: nothing to import
refusal-import-nothing = no closed contours to cut: nothing to import
refusal-import-not-a-valid-design = the imported parts do not make a valid design: { $detail }

# What an import leaves out (warnings on the review page and in the CLI's report).
refusal-import-svg-elements-ignored = { $count } <{ $kind }> element(s) ignored (not a contour)
refusal-import-svg-viewbox = viewBox "{ $text }" is not four numbers with a positive size: ignored
refusal-import-svg-css-selectors = { $count } CSS selector(s) other than .class, #id or element names not applied
refusal-import-svg-too-deep = nested more than { $max } deep: ignored
refusal-import-svg-transform = transform "{ $text }" not understood ({ $reason }): element ignored
refusal-import-svg-script = <script> ignored: scripts are never run
refusal-import-svg-embedded-image = <image> ignored: not a contour (an embedded raster image)
refusal-import-svg-linked-image = <image> ignored: not a contour (its link "{ $href }" is never fetched)
refusal-import-svg-foreign-object = <foreignObject> ignored
refusal-import-svg-use-without-href = <use> without href: ignored
refusal-import-svg-use-outside = <use> pointing outside the file ("{ $href }") ignored: only references within the file are followed
refusal-import-svg-use-no-id = <use> of "#{ $id }": no such id, ignored
refusal-import-svg-use-too-deep = <use> nested more than { $max } deep or in a loop: ignored
refusal-import-svg-path-broken = path data broken ({ $reason }): drawn up to there
refusal-import-svg-too-large = larger than { $m } m or not finite: ignored
refusal-import-dxf-spline = SPLINE without usable control or fit points: ignored
refusal-import-dxf-no-block = INSERT of block '{ $name }', which the file does not define: ignored
refusal-import-dxf-blocks-too-deep = blocks nested more than { $max } deep (a block inserting itself?): ignored
refusal-import-dxf-entities-ignored = { $count } { $kind } { $count ->
        [one] entity
       *[other] entities
    } ignored (not a contour)
refusal-import-dxf-hidden-layer = { $count } { $count ->
        [one] entity
       *[other] entities
    } skipped: the layer is switched off or not plotted
refusal-import-okh-not-utf8 = not UTF-8 text (bad byte at offset { $offset }); is this really a manifest?
refusal-import-okh-not-a-table = the manifest is not a table of fields (key = value)
refusal-import-taken-as-sheet = taken as the sheet the parts are laid out on (a rectangle around other parts), not a part; mark it as a part if it is one
refusal-import-score-as-outline = closed score-coloured contour holding cuts: cut as an outline (pass a colour map if your shop's colours differ)
refusal-import-duplicate = duplicate of { $what }: dropped
refusal-import-open-contour = open contour from ({ NUMBER($x1, minimumFractionDigits: 2) }, { NUMBER($y1, minimumFractionDigits: 2) }) to ({ NUMBER($x2, minimumFractionDigits: 2) }, { NUMBER($y2, minimumFractionDigits: 2) }) mm: not a part edge, ignored
refusal-import-more-open-contours = … and { $count } more open contours
refusal-import-more-duplicates = … and { $count } more duplicate lines dropped
refusal-import-loop-removed = a loop of { NUMBER($area, minimumFractionDigits: 3) } mm² where the outline crosses itself near ({ NUMBER($x, minimumFractionDigits: 2) }, { NUMBER($y, minimumFractionDigits: 2) }) mm removed (a corner loop or overlap)
refusal-import-touches-itself = the outline touches itself, enclosing { $count } region(s): cut as holes
refusal-import-edge-cuts = { $count } cut-out(s) reaching the outline's edge cut from the outline
refusal-import-cut-outs-merged = overlapping or touching cut-outs merged into one: { $whats }
refusal-import-split-off = cut-outs split { $count } small piece(s) off the part: dropped
refusal-import-turned = turned by { NUMBER($degrees, minimumFractionDigits: 2) }° so its edges run along x and y
refusal-import-identical = identical to part { $label }: counted in its quantity
