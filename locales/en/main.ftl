# Barnraise's interface in English: the reference catalogue. Every other catalogue has
# exactly these keys (tests/it/languages.rs and `i18n::catalogue_problems` check it).
# Farm and workshop words: plywood, sheet, cut list, bill of materials, makerspace.

## Page header and footer
search-placeholder = Search designs: seeder, hive, cart…
search-label = Search designs
search-button = Search
nav-browse = Browse
nav-projects = Projects
nav-makerspaces = Makerspaces
nav-login = Log in
nav-signup = Sign up
lang-chooser = Language
footer-motto = Barnraise: design global, manufacture local.
footer-offline = Kept for offline
footer-api = API

## Page titles
title-search = Search
title-login = Log in
title-signup = Sign up

## Counts
count-parts = { $count ->
    [one] { $count } part
   *[other] { $count } parts
}
count-forks = { $count ->
    [one] { $count } fork
   *[other] { $count } forks
}
count-designs = { $count ->
    [one] { $count } design
   *[other] { $count } designs
}
someone = someone
someone-capital = Someone

## Design cards
card-preview-alt = Preview of { $name }
card-cost = about { $cost }
card-built = built { $count }×
card-built-works = { $count ->
    [one] { $count } of them works
   *[other] { $count } of them work
}
card-fork-of = fork of

## Home page
home-title = Share designs globally, make them locally
home-intro = Barnraise is a library of open hardware for farms and workshops: seeders, hives, carts, benches, wall blocks. Every design is parametric: set your sheet thickness and sizes, then take cut files and a printed build sheet to the laser or CNC router at your makerspace. Fork a design, adapt it, and share it back.
home-browse-all = { $count ->
    [one] Browse the { $count } design
   *[other] Browse all { $count } designs
}
home-find-makerspace = Find a makerspace
home-categories = Categories
home-recent = Recently changed
home-most-forked = Most forked

## Search page
search-title = Designs
search-query-placeholder = seeder, hive, license:CC-BY-SA-4.0, cost:<50
search-query-label = Query
search-fits = Fits my machine
search-bed = Bed (mm)
search-thicknesses = Sheet thicknesses (mm)
search-buildable-at = Buildable at
search-any-makerspace = any makerspace
search-for = for
search-previous = Previous
search-next = Next
search-page-of = page { $page } of { $pages }
facet-category = Category
facet-license = Licence
facet-material = Material
facet-process = Process
facet-built_at = Built at

## Categories, materials, processes, units, outcomes, proposal states
category-farm-tool = farm tool
category-structure = structure
category-furniture = furniture
category-beekeeping = beekeeping
category-storage = storage
category-garden = garden
category-workshop = workshop
category-animal-care = animal care
category-energy = energy
category-kitchen = kitchen
category-other = other
material-plywood = plywood
material-osb = OSB
material-mdf = MDF
material-hardboard = hardboard
material-acrylic = acrylic
material-hdpe = HDPE
material-polycarbonate = polycarbonate
material-aluminium = aluminium
material-steel = steel
material-cardboard = cardboard
material-solid-wood = solid wood
material-other = other
process-laser = laser
process-cnc = CNC router
unit-pcs = pcs
unit-m = m
unit-m2 = m²
unit-kg = kg
unit-l = l
unit-set = set
unit-pack = pack
outcome-works = works
outcome-works-with-changes = works with changes
outcome-failed = failed
proposal-open = open
proposal-accepted = accepted
proposal-refused = refused

## Design page
design-cost = About { $total } to make ({ $hardware } hardware + { $material } sheet material).
design-cost-hardware-only = About { $total } to make in hardware (sheet material not priced).
design-forked-from = Forked from
design-forked-at = at
design-forked-in = in { $store }
design-preview-alt = 3D preview of { $name }
design-preview-caption = Preview at the parameters below.
design-make-it-yours = Make it yours
design-update = Update
design-downloads = Downloads
design-makerspace = Makerspace
design-no-makerspace = none (default machine)
design-machine = Machine
design-space-machine = the space's machine for these parts
design-stock-for = Stock for { $material }
design-space-stock = the space's matching stock
design-files = Files
design-export = Export
design-3d = 3D:
design-okh = OKH manifest
design-photos = Photos and drawings
design-add-photo = Add a photo (PNG or JPEG, up to 5 MB)
design-upload = Upload
design-licence = Licence: { $license }
design-authors = Authors: { $authors }
design-contributors = Contributors:
design-builders = Builders:
design-built-it = built it { $date }
design-photographed-it = photographed it
design-history = History
q-login-to-ask = to ask a question.
q-ask = Ask
q-limits = up to 4000 characters; 10 questions and answers an hour
q-ask-label = Ask a question about this design
q-none = No questions yet.
q-answer = Answer
q-hide = Hide as spam
q-show = Show again
q-hidden = hidden as spam
q-asked = asked { $date }
q-heading = Questions
project-add-submit = Add at these parameters
project-add-copies = Copies
project-add-name = New project's name
project-add-slug = New project's slug
project-add-new = a new project…
project-add-project = Project
project-add-h = Add to a project
build-fork-changes = Fork with these changes
build-propose-changes = Propose these changes
design-feed = Feed (Atom)
design-lineage = Lineage
design-fork = Fork
design-propose = Propose a change
design-peer-updates = Updates from peers
design-peer-updates-intro = These stores changed this design but are not its home, or did not raise its version. Nothing of theirs is published until you accept it.
design-peer-version = version { $version } (ours { $ours })
design-peer-unreadable = unreadable
design-peer-none = none
design-peer-not-above = not above ours, so it cannot be accepted
design-accept = Accept
design-refuse = Refuse
design-builds = Builds
design-builds-works = { $count ->
    [one] { $count } works as designed
   *[other] { $count } work as designed
}
design-builds-works-changes = { $count ->
    [one] { $count } works with changes
   *[other] { $count } work with changes
}
design-builds-failed = { $count } failed
design-builds-verified = { $count } built from Barnraise's files
design-verified = built from these files
design-verified-title = the build log carries the manifest of the cut files Barnraise made for this revision
design-build-at = at
design-build-on = on { $machine }
design-build-changed = Changed:
design-build-photo-alt = photo of the build by { $builder }
design-no-builds = Nobody has logged a build yet.
design-i-built-this = I built this
design-login-to-log = to say you built it.
design-proposals = Proposed changes
design-cut-list = Cut list
design-bom = Bill of materials
design-hardware-total = Hardware total
design-sheets = Sheet material at a makerspace
design-not-stocked = not stocked
design-sheets-note = Estimated from the parts' area at 75 % of each sheet; the build sheet of an export counts the sheets the nesting really uses and prices them.
design-assembly = Assembly
design-tools = Tools: { $tools }
design-translated-from = Translated from { $language }; the original is authoritative.
design-also-in = This design is also written in:
col-label = Label
col-part = Part
col-qty = Qty
col-material = Material
col-size = Size (mm)
col-process = Process
col-item = Item
col-unit-cost = Unit cost
col-total = Total
col-their-stock = Their stock
col-sheets = Sheets (about)
col-cost-about = Cost (about)

## Log in and sign up
login-title = Log in
login-button = Log in
login-new-here = New here?
field-username = Username
field-password = Password
field-display-name = Your name
field-email = E-mail
signup-title = Sign up
signup-intro = An account lets you create designs, fork them and propose changes to other people's. Browsing, searching and downloading need no account.
signup-username-help = 3 to 32 characters: a–z, 0–9 and -
signup-name-help = Shown as the author of your changes
signup-password-help = At least 10 characters
signup-button = Create account
signup-have-account = Have an account?

## Error pages
error-not-found = Not found
error-bad-request = That did not work
error-unauthorized = Please log in
error-forbidden = Not allowed
error-conflict = That conflicts with what is stored
error-too-many = Too many attempts
error-internal = Something went wrong on our side
error-internal-message = Something went wrong on our side; it has been logged. Please try again, or tell the people who run this site.
error-problems = The design or its parameters have problems:
error-home = Home
error-browse = Browse designs
error-http = HTTP { $status }

## Hints, as the browser phrases them
hint-choose-stock = If a substitute will do, choose one for { $material } in the export form's stock list ({ $stocks })
hint-choose-another-makerspace = Choose another makerspace, or none for the default machine
hint-name-the-material = Choose a stock for each material ({ $materials })
hint-choose-machine = Choose one of its machines ({ $machines })
hint-choose-makerspace = Choose the makerspace the machine belongs to
hint-use-format = Choose the { $format } files instead
hint-choose-sheet = Choose a smaller sheet, or another machine
hint-log-in = Log in first
hint-raise-version = Raise 'version' in design.toml above { $current }
hint-choose-another-slug = Choose another slug
hint-fork = Fork '{ $slug }' to change it under a new name
hint-reload = Reload the page and try again
hint-retry-in = Try again in { $seconds } s
hint-retry-later = Try again in a moment
hint-set-licence = Give the design a licence (an SPDX id)
hint-parameter-range = Give { $name } a value within its bounds

## Months (dates in words)
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Language names (in this language)
language-en = English
language-fr = French
language-es = Spanish
language-sw = Swahili
language-de = German

## Build sheets (PDF): fixed texts
sheet-untitled = Untitled design
sheet-version = Version
sheet-licence = Licence
sheet-authors = Authors
sheet-contributors = Contributors
sheet-made-at = Made at
sheet-design-page = Design page
sheet-log-your-build = Log your build
sheet-bom = Bill of materials
sheet-item = Item
sheet-qty = Qty
sheet-unit = Unit
sheet-unit-cost = Unit cost
sheet-total = Total
sheet-supplier = Supplier
sheet-cut-list = Cut list
sheet-label = Label
sheet-name = Name
sheet-material = Material
sheet-thickness = Thickness mm
sheet-size = Size
sheet-assembly = Assembly
sheet-tools = Tools needed
sheet-step = Step
sheet-parts = Parts
sheet-fit-test = Fit test
sheet-continued = { $title } (continued)
sheet-revision = revision { $revision }
sheet-page-heading = Sheet { $number } of { $of } — { $material }, { $thickness } mm, utilisation { $utilisation }
sheet-page-unusable = This sheet's size ({ $width } × { $height } mm) is not usable; nothing is drawn.
sheet-page-scale-one = Sheet { $width } × { $height } mm, drawn at scale { $scale } · { $parts } part · labels at part centres
sheet-page-scale-many = Sheet { $width } × { $height } mm, drawn at scale { $scale } · { $parts } parts · labels at part centres
sheet-page-of = page { $n } of { $m }
sheet-coupon-intro = Cut this coupon first. The slot that holds the test piece firmly by hand is your clearance: if it is not the nominal slot, add its offset to the slot widths (or the tool offset) before cutting the parts. Test piece: an offcut of the sheet, measured { $thickness } mm thick; nominal slot width { $slot } mm.
sheet-coupon-slot = Slot
sheet-coupon-width = Width (offset from nominal, mm)
sheet-coupon-fit = Fit (tick one)
sheet-coupon-ticks = ☐ loose   ☐ firm   ☐ too tight
sheet-coupon-print = Coupon at 1:1 — print at 100 % (“actual size”, not “fit to page”); the bar below must measure 50 mm.
sheet-coupon-scaled = Coupon drawn at { $scale } (it is larger than the page): cut it from the cut files, not from this print.

## Project cover (PDF)
sheet-stock-item = { $material }, { $width } × { $height } mm sheet, measured { $thickness } mm
sheet-price-ask = (price: ask your supplier)
sheet-unit-sheet = sheet
cover-item-of = { $item } ({ $slug })
cover-item-not-converted = { $item } ({ $slug }; { $cost } { $currency } each, not converted: not in the total)
cover-step = Sort the parts labelled { $slug }#1/… to { $slug }#{ $copies }/… and build each copy with { $file } (version { $version }).
cover-summary = { $designs ->
    [one] 1 design
   *[other] { $designs } designs
}, { $copies ->
    [one] 1 part copy
   *[other] { $copies } part copies
}, cut together on shared sheets
cover-footer = Barnraise · project { $slug } { $version } · { $designs ->
    [one] 1 design
   *[other] { $designs } designs
}

## Command line
cli-internal-error = internal error
cli-hint-choose-stock = Choose a stock with --material { $material }=<stock-id> if a substitute will do
cli-hint-name-the-material = write --material <material>=<stock-id>
cli-hint-choose-machine = choose a machine with --machine ({ $machines })
cli-hint-choose-makerspace = add --makerspace to say whose machine it is
cli-hint-use-format = use --format { $format }
cli-hint-choose-sheet = give a smaller --sheet, or another --machine
cli-hint-say-who-you-are = say who you are with --author "Name <email>" (or set BARNRAISE_AUTHOR)
cli-hint-fork = fork it instead: barnraise fork { $slug } NEW-SLUG
cli-hint-retry-in = try again in { $seconds } s
cli-hint-retry-later = try again later
cli-hint-create-store = create one with `barnraise init --store DIR`, or name another with --store
cli-hint-set-licence = give a licence with --license SPDX-ID
cli-hint-add-peer = add it with `barnraise peer add { $name } <git-url>`
cli-hint-parameter-range = give --param { $name }=VALUE within the bounds the design allows

## Export job page
job-title = Export: { $name }
job-at = at
job-machine = machine { $machine }
job-designs = Designs:
job-state-queued = queued
job-state-running = running
job-state-done = done
job-state-failed = failed
job-sheets-used = { $count ->
    [one] sheet
   *[other] sheets
} used; the area lower bound is { $bound }; { $used } % of the sheets' area is parts.
job-col-stock = Stock
job-col-parts = Parts
job-col-sheets = Sheets
job-col-lower-bound = Lower bound
job-col-used = Used
job-col-cost = Cost
job-ask-supplier = ask your supplier
job-cost-sheets = Sheets: { $cost }
job-cost-with-hardware = with hardware:
job-cost-total = Total with hardware:
job-sheet-label = { $material } sheet { $number }
job-sheet-caption = { $material }, sheet { $number }: { $width } × { $height } mm, { $parts ->
    [one] { $parts } part
   *[other] { $parts } parts
}, { $used } % used
job-download-zip = Download everything (zip)
job-back-to-project = Back to the project
job-built-it = Built it from these files?
job-tell = Tell the next builder and the designer how it went.
job-log-build = Log your build
job-form-filled = The form is filled in from this export (revision, parameters, makerspace, machine), and your build shows on the design page as
job-qr-code = The build sheet's second QR code leads here too.
job-back-to-design = Back to the design

## Project page
project-designs = Designs
project-col-design = Design
project-col-copies = Copies
project-col-parameters = Parameters
project-col-parts-each = Parts each
project-col-parts = Parts
project-col-cost-each = Cost each
project-defaults = defaults
project-total = Total
project-spaces = Sheets and cost per makerspace
project-estimates = Estimates from part areas at the cost model's utilisation; the export nests every design's parts together for the real count.
project-space-cost = { $count ->
    [one] { $count } sheet
   *[other] { $count } sheets
} ({ $stock }), { $sheets } of sheets + { $hardware } hardware =
project-no-stock = no matching stock
project-missing-stock = no stock for { $materials }
project-cut-it = Cut it
project-export = Export the whole project
project-json = This project as JSON
project-all = All projects

## Projects list
projects-title = Projects
projects-intro = Several designs, with quantities and parameters, cut together as one job on shared sheets.
projects-invalid = invalid ({ $count ->
    [one] { $count } problem
   *[other] { $count } problems
})
count-copies = { $count ->
    [one] { $count } copy
   *[other] { $count } copies
}
projects-none = No projects yet. Add a design to one from its page.

## Makerspace page and list
makerspace-feed-title = Builds at { $name }
makerspace-feed = Feed of builds here (Atom)
makerspace-machines = Machines
makerspace-col-id = Id
makerspace-col-machine = Machine
makerspace-col-kind = Kind
makerspace-col-bed = Bed (mm)
makerspace-col-max-thickness = Max thickness
machine-laser = laser
machine-cnc = cnc
makerspace-stock = Stock
makerspace-col-material = Material
makerspace-col-nominal = Nominal
makerspace-col-measured = Measured
makerspace-col-sheet = Sheet (mm)
makerspace-col-price = Price
makerspace-buildable = Designs buildable here
makerspace-buildable-note = Every part fits the largest bed and every sheet thickness is stocked:
makerspaces-title = Makerspaces
makerspaces-entry = { $machines ->
    [one] { $machines } machine
   *[other] { $machines } machines
}, { $stock ->
    [one] { $stock } stocked sheet
   *[other] { $stock } stocked sheets
}

## Offline page
offline-title = Kept for offline
offline-intro = Pages you open here are kept on this device, with their pictures, so they open without a network. This list needs the page's script.
offline-search-label = Search the kept designs
offline-search-placeholder = seeder, hive…
offline-designs = Designs
offline-files = Build sheets and cut files
offline-pages = Other pages
offline-note = Kept pages are fetched again when the network is back. To keep an export's build sheet or cut files, press “Keep for offline” on its page.

## Logging a build
build-new-title = I built { $name }
build-new-intro = Say how it went, so the next builder and the designer can act on it. Your log is kept in the store with the design (the format is described in
build-new-intro-end = of the Barnraise source), under your name.
build-new-from-job = Built from these files: export job
build-new-at = at { $makerspace }
build-new-on = on { $machine }
build-new-revision = revision { $revision }
build-new-manifest-fills = Its manifest fills in the revision, parameters, makerspace, machine and thickness, and marks the build verified.
build-new-job-gone = The export this link came from is not kept any more ({ $reason }). Upload the
build-new-job-gone-end = that came with your cut files below to mark your build as built from these files.
build-new-from-revision = Cut from revision
build-new-from-revision-end = of the design.
build-new-outcome = How did it go?
build-new-date = Finished on
build-new-no-makerspace = — not at one of these —
build-new-place = Place
build-new-place-placeholder = town, or workshop
build-new-place-help = where it was built, when not at a makerspace above
build-new-country = Country
build-new-thickness = Measured thickness, mm
build-new-hours = Hours
build-new-cost = Cost
build-new-changes = What did you change?
build-new-changes-help = required when it works with changes
build-new-notes = Notes
build-new-manifest = The export's
build-new-manifest-end = (optional)
build-new-manifest-help = from the folder or zip of cut files Barnraise made: it fills in the revision, parameters, makerspace and machine, and marks the build as built from these files
build-new-photos = Photos (PNG or JPEG, up to 5 MB each, at most { $count })
build-new-submit = Log my build

## Importing cut files
import-title = Import cut files
import-intro = Upload the DXF or SVG files of one design (an outline file and a pocket file of the same sheet go together). Nothing is stored yet: you will see every part found, drawn to scale, and choose what to keep. Files from WikiHouse, boxes.py, Inkscape, Illustrator, CorelDraw, OpenSCAD and most CAD programs work; units are read from the file and checked against the sizes.
import-files = Files (up to { $count }, { $mb } MB in all)
import-submit = Upload and review
import-review-title = Review the import
problems-title = Problems
import-read-in = read in
import-thickness = Sheet thickness { $thickness } mm ({ $source }); { $joints }.
import-drawing-label = The parts found, to scale ({ $width } × { $height } mm)
import-drawing-caption = { $width } × { $height } mm; the bar is { $bar }. Parts are filled, sheet outlines dashed, what is left out grey.
import-col-keep = Keep
import-col-item = Item
import-col-what = What
import-col-copies = Copies
import-col-size = Size
import-col-joints = Joints
import-col-notes = Notes
import-keep-label = keep { $item }
import-reading = Reading the files
import-units = Units
import-dpi = Pixels per inch (px)
import-dpi-placeholder = 96, 90 or 72
import-thickness-label = Thickness (mm)
import-cut-on = Cut on
import-laser = a laser
import-cnc = a CNC router
import-the-design = The design
import-slug = Slug
import-name = Name
import-licence = Licence (SPDX)
import-authors = Authors
import-source = Source (where the files came from: URL or URL@commit)
import-update = Update the preview
import-create = Create the design

## Account
account-logged-in-as = Logged in as
account-logout = Log out
account-designs = Your designs
account-edit = edit
account-none = None yet.
account-create = Create a design
account-import = Import cut files
account-reviews = Proposals waiting for you
account-proposal-on = on { $slug }
account-nothing-to-review = Nothing to review.
account-tokens = API tokens
account-for-scripts = For scripts: send
account-token-created = created { $date }
account-token-until = works until { $date }
account-revoke = Revoke
account-token-name = token name
account-new-token = New token
account-password = Password and sessions
account-current-password = Current password
account-new-password = New password
account-new-password-help = At least 10 characters; every other session is logged out
account-change-password = Change password
account-logout-everywhere = Log out everywhere

## Proposal page
proposal-by = Proposed by
proposal-for = for
proposal-on = on { $date }
proposal-reason = Reason: { $reason }
proposal-changes = Changes to design.toml
proposal-accept = Accept and publish
proposal-why = why (optional)

## Fork and edit pages
fork-title = Fork { $name }
fork-intro = A fork is your own copy to adapt. It records where it came from, keeps every author, and you become its maintainer. The licence is { $license }; a share-alike licence stays share-alike.
fork-build = The fork takes the changes of the build by { $builder } on { $date }: { $message }
fork-new-slug = New slug
fork-licence = Licence
fork-licence-help = SPDX id; changing it must be allowed by the original's licence
edit-new = New design
edit-title = Edit { $slug }
edit-maintainer = You maintain this design: saving publishes a new version.
edit-not-maintainer = You do not maintain this design: saving sends your change as a proposal to its maintainers.
edit-raise = Raise
edit-raise-end = for every change. The format is described in
edit-format-end = of the Barnraise source.
edit-line = line { $line }
edit-message = What changed
edit-message-placeholder = Wider wheel slots for 16 mm ply
edit-publish = Publish
edit-propose = Propose

## History and lineage pages
history-of = History of
history-releases = Releases
history-changes = Changes
count-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
history-contributors = Contributors
history-contributor = { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
}, { $first } to { $last }
lineage-of = Lineage of
lineage-original = An original design.
lineage-forks = Forks
lineage-from = from { $parent }
lineage-no-forks = No forks yet.

## New API token page
token-title = Your new API token
token-intro = Copy it now: it is shown only once and stored only as a hash.
token-back = Back to your account

## Words the page's script shows (web/static/app.js reads them from data-* attributes)
script-keep = Keep for offline
script-kept = Kept for offline
script-keeping = Keeping…
script-keep-failed = Could not keep it: try again
script-zip-name = Cut files (zip)
script-no-network = No network: this is what this device kept.
script-what-is-kept = What is kept
offline-online = You are online. These are kept on this device for when you are not.
offline-offline = You are offline. These are kept on this device and open without a network.
offline-matching = Kept designs matching “{ $query }”
offline-no-match = No kept design matches. Designs you open while online are kept.
offline-no-designs = No designs yet: designs you open while online are kept.
offline-no-files = None yet: on an export's page, press “Keep for offline” beside the build sheet or the zip.
offline-none = None yet.

## Page titles of the pages above
account-title = Your account
token-page-title = New API token
history-title = History of { $name }
lineage-title = Lineage of { $name }
proposal-title = Proposal: { $title }
edit-fix-title = Fix the problems

## Error messages: what a refusal says (app::Error's message_id). The English text is the
## message the library writes, word for word.

error-problem-count = { $count } problem(s)
error-not-a-store = { $path } is not a Barnraise store
error-no-design = no design '{ $slug }' in the store
error-no-design-suggest = no design '{ $slug }' in the store (did you mean '{ $suggestion }'?)
error-no-project = no project '{ $slug }' in the store
error-no-project-suggest = no project '{ $slug }' in the store (did you mean '{ $suggestion }'?)
error-no-revision = no revision '{ $rev }' in the store
error-version-not-raised-publish = '{ $slug }' is already published at version { $current }; raise 'version' in design.toml (e.g. to { $next }) to publish a change
error-version-not-raised-propose = '{ $slug }' is already published at version { $current }; raise 'version' in design.toml (e.g. to { $next }) to propose a change
error-slug-taken = a design called '{ $slug }' already exists; choose another slug
error-no-makerspace = no makerspace '{ $slug }' in the store; known: { $known }
error-no-makerspace-suggest = no makerspace '{ $slug }' in the store (did you mean '{ $suggestion }'?); known: { $known }
error-proposal-stale = '{ $slug }' changed after this proposal was made; ask for the proposal to be made again on the current version
error-no-peer = no peer called '{ $name }'
error-no-peer-suggest = no peer called '{ $name }' (did you mean '{ $suggestion }'?)
error-no-pending-update = no update of '{ $slug }' from peer '{ $peer }' is waiting for review
error-version-would-not-rise = the peer's '{ $slug }' is version { $offered }, not above ours ({ $current }); versions never go down, so it cannot be taken
error-too-many-log-ins = too many failed log-ins; try again in { $seconds } s
error-bad-log-in = wrong username or password
error-taken = this { $field } is already taken
error-unreadable = { $path }: cannot read: { $reason }
error-file-too-large = { $path }: { $size } bytes is more than the limit of { $limit } bytes for this kind of file
error-no-api-token = no API token { $id } of yours
error-only-accounts-log-in = only accounts have passwords, sessions and tokens
error-only-accounts-page = only accounts have an account page
error-only-accounts-tokens = only accounts have API tokens
error-no-account = no account '{ $username }': it must sign up first
error-export-manifest-too-large = { $source }: the export manifest is { $size } bytes; at most { $limit }
error-no-build = '{ $slug }' has no build '{ $id }'
error-build-has-no-changes = build { $id } of '{ $slug }' names no changes or parameters to take
error-manifest-unreadable = design.toml: { $reason }
error-no-photo = no photo '{ $name }'
error-no-photo-of-build = no photo '{ $name }' of build { $id }
error-path-reason = { $path }: { $reason }
error-file-over-limit = { $path }: larger than { $kb } KB, the limit for { $what ->
        [build-log] a build log
        [photo] a photo
       *[manifest] an export manifest
    }
error-not-utf8-at = { $path }: not UTF-8 text (byte { $byte })
error-package-has-no-manifest = the package has no design.toml
error-reserved-slug = '{ $slug }' cannot be a design's slug here (it names a page); choose another
error-design-exists = a design '{ $slug }' exists already: choose another slug, or fork it
error-svg-upload = SVG uploads are refused: an SVG can carry scripts and links to other files. Upload a PNG or JPEG photo or drawing instead.
error-not-an-image-upload = only PNG and JPEG images can be uploaded (the file's content is neither)
error-image-size = an image must be 1 byte to { $mb } MB; this one is { $size } bytes
error-stored-manifest-uneditable = the stored design.toml cannot be edited: { $reason }
error-stored-manifest-no-version = the stored design.toml has no version
error-no-image = no image '{ $path }'
error-not-an-image = '{ $path }' is not an image
error-only-maintainers-release = only the maintainers of '{ $slug }' can release it
error-no-such-file-or-folder = { $name }: no such file or folder
error-no-such-folder = { $name }: no such folder
error-time-limit-range = a nesting time limit of { $seconds } s: give seconds between 0 and { $max }
error-cut-width-range = a { $what ->
        [kerf] kerf
       *[bit] bit diameter
    } of { $mm } mm: give mm above 0 and at most { $max }
error-sheet-range = a { $width } × { $height } mm sheet: both sides must be above 0 and at most { $max } mm
error-not-a-source-url = '{ $text }' is not a source URL (write URL or URL@commit)
error-not-utf8 = { $path }: not UTF-8 text
error-no-makerspace-file = no makerspace file { $name }
error-no-file-name = { $path }: no file name
error-not-a-key-file = { $path } is not a key file
error-not-a-file = { $path } is not a file
error-ca-file-needs-https = a CA file is for https:// peers; '{ $url }' is not one
error-only-maintainers-peer-updates = only the maintainers of '{ $slug }' can decide on updates from peers
error-only-maintainers-project = only the maintainers of project '{ $slug }' can change it; fork it to make your own
error-quantity-range = a quantity of { $quantity }: cut 1 to { $max } copies of a design
error-project-exists = a project called '{ $slug }' already exists; choose another slug
error-no-proposal = no proposal { $id }
error-proposals-decided-by-accounts = proposals are decided by accounts
error-only-maintainers-proposals = only the maintainers of '{ $slug }' can decide on its proposals
error-proposal-decided = this proposal was already { $state }
error-questions-by-accounts = questions and answers are posted by accounts of the web app
error-no-question = no question { $id } about '{ $slug }'
error-no-post = no question or answer { $id } about '{ $slug }'
error-only-moderators-hide = only the maintainers of '{ $slug }' and the site's admins hide questions and answers
error-not-a-page-number = page '{ $page }' is not a page number
error-no-asset = no asset '{ $path }'
error-too-many-exports-yours = you already have { $count } exports waiting or running; wait for one to finish
error-too-many-exports = { $count } exports are already waiting or running; try again in a minute
error-busy-log-ins = the server is busy with other log-ins; try again in a moment
error-busy-checking = the server is busy checking other designs; try again in a moment
error-busy-drawing = the server is busy drawing other designs; try again in a moment
error-quota = an account may make at most { $max } { $what ->
        [upload] photos a day
       *[change] changes an hour
    }; try again in { $minutes } minutes
error-form-out-of-date = this form is out of date (security token mismatch); reload the page and try again
error-log-in-to-change = Log in (or send an API token) to change anything.
error-api-writes-need-token = use an API token (Authorization: Bearer …) for writes through the API
error-field-reason = { $field }: { $reason }
error-not-base64 = { $field }: not base64 ({ $reason })
error-no-api-route = no such API route; see /api/v1/openapi.json
error-request-body = the request body: { $reason }
error-web-time-limit = time_limit '{ $text }': give seconds from 0 to { $max }
error-unknown-export-format = unknown export format '{ $name }': use svg, dxf, gcode, pdf or all
error-no-export-job = no export job '{ $id }'
error-no-job-file = job { $id } has no file '{ $name }'
error-job-not-finished = job { $id } is not finished yet ({ $state })
error-job-of-another-design = export job { $id } is for '{ $job_slug }', not '{ $slug }'
error-job-not-cut-yet = export job { $id } is not finished yet; log the build once its files are cut
error-form = the form: { $reason }
error-photo-upload-failed = upload failed ({ $reason }); at most { $count } photos of { $mb } MB each
error-too-many-photos = at most { $count } photos in one form
error-manifest-upload-failed = the manifest upload failed ({ $reason })
error-manifest-upload-too-large = manifest: larger than { $kb } KB
error-field-too-long = { $field }: too long
error-upload = upload: { $reason }
error-image-upload-failed = upload failed ({ $reason }); images may be at most { $mb } MB
error-choose-image = choose an image to upload
error-no-download-format = no download format '{ $format }'; use stl, step, png or okh (cut files and build sheets are exports)
error-quantity-not-whole = quantity '{ $text }' is not a whole number of copies
error-choose-project = choose a project, or give the new project's slug
error-current-password-wrong = the current password is not right
error-too-many-drafts = too many imports are waiting for review; try again in a while
error-no-draft = no such import (drafts are kept for two hours); upload the files again
error-import-upload-failed = upload failed ({ $reason }); an import may hold { $mb } MB
error-import-too-large = an import holds at most { $count } files and { $mb } MB
error-choose-import-file = choose a DXF or SVG file to import
error-not-a-positive-number = { $what } '{ $text }' is not a positive number
error-unknown-unit = unknown unit '{ $unit }'
error-no-design-here = no design '{ $slug }'
error-no-page = There is no page at this address.
error-request-too-long = the request took too long; try again
error-log-in-limited = Too many failed log-ins: wait a few minutes and try again.
error-log-in-wrong = Wrong username or password.

## Located problems of manifests, projects and the fields they share (Diagnostic's message_id).

error-field-empty = '{ $key }' is empty
error-field-too-many-characters = '{ $key }' is { $count } characters long; the limit is { $max }
error-field-longer-than = '{ $key }' is longer than { $max } characters
error-field-control-characters = '{ $key }' contains control characters
error-manifest-slug-folder = slug '{ $slug }' does not match the package folder '{ $folder }' (rename one of them)
error-manifest-not-semver = '{ $text }' is not a semantic version like 1.2.0: { $reason }
error-manifest-not-a-language-tag = '{ $text }' is not a language tag like 'en', 'de' or 'pt-BR'
error-manifest-no-materials = the design has parts but no [materials]: declare the sheet material they are cut from
error-manifest-no-such-step = step { $step } does not exist: the design has { $steps } { $steps ->
        [one] step
       *[other] steps
    }
error-manifest-extra-not-a-table = 'extra' must be a table
error-manifest-readiness-level = '{ $text }' is not a readiness level: use { $prefix }-{ $first } … { $prefix }-{ $last }
error-manifest-count-not-whole = a count must be a whole number, found { $value }
error-manifest-min-above-max = min { $min } is greater than max { $max }
error-manifest-default-below-min = default { $value } is below the minimum { $min }
error-manifest-default-above-max = default { $value } is above the maximum { $max }
error-manifest-computed-loop = computed values refer to each other in a loop: { $names }
error-manifest-points-or-file = use either 'points' or 'points_file', not both
error-manifest-arc-direction = arc direction '{ $text }' must be 'ccw' or 'cw'
error-manifest-direction-without-arc = 'direction' only applies to arcs: add a 'center'
error-manifest-repeat-or-polar = use either 'repeat' or 'polar', not both
error-manifest-duplicate-label = duplicate part label '{ $label }' (also used by { $first }); labels must be unique
error-manifest-label-form = label '{ $label }' must be 1–24 letters, digits, '-' or '_' (it is engraved on the part)
error-manifest-grain = grain '{ $text }' must be 'x' or 'y'
error-manifest-material-has-no-grain = material '{ $material }' has no grain (grain = false); remove 'grain' or set grain = true on the material
error-manifest-engraving-length = engraved text must be 1–80 characters on one line
error-project-slug-folder = slug '{ $slug }' differs from the project's folder '{ $folder }'; they must be the same
error-project-version = version '{ $text }' is not a version like 1.2.0 (major.minor.patch)
error-project-no-designs = a project needs at least one design: add a [[designs]] entry with a slug
error-project-too-many-designs = { $count } designs; a project lists at most { $max }
error-project-listed-twice = '{ $slug }' is listed twice; raise the quantity of the first entry instead
error-project-quantity = quantity { $quantity } is out of range: cut 1 to { $max } copies of a design (leave the design out instead of 0)
error-project-too-many-parameters = more than { $max } parameters
error-param-not-bool = { $name } must be true or false, not '{ $text }'
error-param-not-number = { $name } must be a number, not '{ $text }'
error-param-not-finite = { $name } must be a finite number
error-param-count-not-whole = { $name } is a count and must be a whole number, not { $value }
error-param-below-min = { $name } = { $value }{ $unit } is below the minimum { $min }{ $unit } this design allows
error-param-above-max = { $name } = { $value }{ $unit } is above the maximum { $max }{ $unit } this design allows
error-shape-corner-radius = corner radius { $radius } must be between 0 and half the smaller side ({ $max })
error-shape-polygon-points = polygon has { $count } distinct points; it needs at least 3
error-shape-points-file-unread = points file '{ $path }' was not read (read the package with its files)
error-shape-polygon-too-few-points = polygon has fewer than 3 distinct points
error-shape-arc-ends = arc ends are not on one circle: start is { $start } mm from the centre, end is { $end } mm
error-shape-path-too-short = path has fewer than 2 segments of non-zero length
error-part-placements = { $count } placements for a quantity of { $quantity }: give one placement per copy (a placement with `repeat` counts as `count` copies), or none
error-part-outline-too-far = outline lies outside ±100 m
error-country-code = country '{ $text }' is not a two-letter ISO 3166 code such as GB, KE or DE
error-field-empty-leave-out = '{ $key }' is empty; leave it out instead
error-field-one-line = '{ $key }' must be one line
error-makerspace-slug-file = slug '{ $slug }' differs from the file name '{ $stem }.toml'; they must be equal
error-makerspace-no-machine = a makerspace needs at least one machine under [machines.<id>]
error-makerspace-laser-no-tools = a laser has no tool diameters; set 'kerf' instead
error-makerspace-cnc-only = '{ $key }' applies to CNC machines, not lasers
error-makerspace-gcode-dialect = unknown G-code dialect '{ $text }': Barnraise writes 'grbl' (works with GRBL, grblHAL, FluidNC)
error-makerspace-overcut = overcut { $overcut } mm goes deeper than the spoilboard limit { $limit } mm
error-makerspace-in-stock = in_stock { $value } must be a whole number of sheets
error-makerspace-thickness-far = measured thickness { $measured } mm is far from the nominal { $nominal } mm; check the units (mm) or the measurement
error-build-revision = revision '{ $text }' is not a commit id (7 to 40 hexadecimal digits)
error-build-version = version '{ $text }' is not a version like 1.2.0
error-build-cost-currency = 'cost' needs a 'currency' (ISO 4217, e.g. EUR)
error-build-changes-needed = outcome 'works-with-changes' needs 'changes': say what you changed, so the next builder and the designer can act on it
error-build-export-name = 'export' names the export's manifest kept beside the log; it must be "{ $name }"

# `barnraise validate` and `show` in the terminal.
cli-validate-parts = { $count ->
    [one] { $count } part
   *[other] { $count } parts
}
cli-validate-valid = { $count } design(s) valid
cli-show-licence-authors = licence: { $licence }   authors: { $authors }
cli-show-derived-from = derived from: { $from }
cli-show-values = values:
cli-show-parts = parts ({ $count } to cut):
cli-show-label = label
cli-show-quantity = qty
cli-show-material = material
cli-show-thickness = t (mm)
cli-show-width = width
cli-show-height = height
cli-show-area = area (cm²)
cli-show-name = name
cli-show-bom = bill of materials (hardware):
cli-show-total = total
cli-show-cost = estimated cost: { $total } ({ $hardware } hardware + { $material } sheet material)
cli-show-cost-hardware-only = estimated cost: { $total } hardware (no makerspace in the store prices its sheet material)

# What the store, peer, sync, search and admin commands print in the terminal.
cli-published-added = added { $slug } { $version } in commit { $commit }
cli-published-updated = updated { $slug } { $version } in commit { $commit }
cli-proposed = proposed a change to { $slug } ({ $id })
cli-list-invalid = INVALID ({ $count } problem(s); run `barnraise validate` on a clone)
cli-list-count = { $count } design(s)
cli-list-count-invalid = { $count } design(s), { $invalid } invalid
cli-released = released { $tag } at commit { $commit }
cli-lineage-in = (in { $store })
cli-lineage-elsewhere = (in another store)
cli-lineage-this = (this design)
cli-peer-added = added peer { $name } ({ $url }); run `barnraise sync { $name }` to fetch its designs
cli-peer-trusted-all = (trusted for every design)
cli-peer-trusted-for = (trusted for { $designs })
cli-peer-ca = (certificate checked against { $file })
cli-pending-unreadable = unreadable
cli-pending-none = none
cli-pending-line = { $version } (ours { $ours })
cli-pending-not-above = not above ours, cannot be accepted
cli-pending-count = { $count } pending update(s)
cli-peer-accepted = accepted { $slug } { $version } from peer { $peer } in commit { $commit }
cli-peer-refused = refused { $peer }'s update of { $slug }; main is unchanged
cli-peer-trusts-all = { $name } may now update every design
cli-peer-trusts = { $name } may now update { $designs }
cli-peer-home-only = { $name } now updates only the designs it is home of
cli-peer-still-trusts = { $name } may still update { $designs }
cli-sync-peer = peer { $peer }: { $unchanged } unchanged, { $ahead } newer here
cli-sync-peer-refused = { $line }, { $refused } refused before
cli-sync-imported = imported { $slug } { $version }
cli-sync-updated = updated  { $slug } { $from } → { $to }
cli-sync-diverged = DIVERGED { $slug }: both sides changed it; kept ours, the peer's is on branch { $branch }
cli-sync-pending-not-home = PENDING  { $slug } { $version } (ours { $ours }): the peer is not this design's home; on branch { $branch } for review
cli-sync-pending-not-above = PENDING  { $slug } { $version } (ours { $ours }): its version is not above ours; on branch { $branch } for review
cli-sync-skipped = SKIPPED  { $slug }: invalid on the peer
cli-sync-project-imported = imported project { $slug } { $version }
cli-sync-project-updated = updated  project { $slug } { $from } → { $to }
cli-sync-project-not-home = KEPT OURS project { $slug } (ours { $ours }, the peer's { $version }): the peer is not this project's home
cli-sync-project-not-above = KEPT OURS project { $slug } (ours { $ours }, the peer's { $version }): its version is not above ours
cli-sync-project-skipped = SKIPPED  project { $slug }: invalid on the peer
cli-sync-build-taken = build log { $id } taken
cli-sync-build-skipped = SKIPPED  build log { $id }: invalid on the peer
cli-admin-added = { $name } is an admin
cli-facet-line = { $facet }: { $values }
cli-admin-removed = { $name } is no longer an admin

# `barnraise build add|list` in the terminal.
cli-build-logged = logged build { $id } of { $slug } ({ $outcome }) as { $path } in commit { $commit }
cli-build-logged-verified = logged build { $id } of { $slug } ({ $outcome }, built from these files) as { $path } in commit { $commit }
cli-build-counts = { $slug }: built { $total }× ({ $works } works, { $changed } works with changes, { $failed } failed; { $verified } verified)
cli-build-verified = verified
cli-build-changed = changed: { $changes }
cli-build-invalid = INVALID { $id }: { $count } problem(s)

# An export job's title: what was asked.
job-what = { $format } for { $slug }
job-what-at = { $format } for { $slug } at { $makerspace }
job-what-project = { $format } for project { $slug }
job-what-project-at = { $format } for project { $slug } at { $makerspace }
job-format-svg = laser SVG
job-format-dxf = CNC DXF
job-format-gcode = G-code
job-format-pdf = build sheet
job-format-all = cut files and build sheet

# `barnraise export`, `makerspace` and `project` in the terminal.
cli-nesting = nesting
cli-nesting-progress = { $material }: { $sheets } sheet(s), lower bound { $bound }
cli-nesting-result = { $material }: { $parts } part(s) on { $sheets } sheet(s) (lower bound { $bound }), { $used } % used
cli-note = note: { $note }
cli-model-assembled = { $design }: { $copies } part copies, assembled ({ $litres } l of material), solids in { $solids } s, written in { $write } s
cli-model-flat = { $design }: { $copies } part copies, laid out flat ({ $litres } l of material), solids in { $solids } s, written in { $write } s
cli-makerspace-line = { $name } ({ $town }, { $country }): { $machines } machine(s), { $stock } stock item(s)
cli-invalid = INVALID: { $count } problem(s)
cli-profiles-ok = { $count } profile(s) OK
cli-project-line = { $name } { $version }: { $designs } design(s), { $copies } cop(ies)
cli-project-design = { $quantity } × { $name } ({ $slug }): { $each } part(s) each, { $parts } in all
cli-project-total-parts = total parts: { $count }
cli-project-at = at { $makerspace }: { $sheets } sheet(s) ({ $stock }), { $total } with hardware
cli-project-no-stock = no stock for { $materials }
cli-project-created = created project { $slug } { $version }
cli-project-now = project { $slug } is now { $version }
cli-project-published = published project { $slug } { $version }
cli-project-forked = forked { $from } as project { $slug }
cli-project-job = { $name } { $version }: { $designs } design(s), { $parts } part(s)
cli-project-cost = cost: { $total } ({ $sheets } sheets + { $hardware } hardware)
cli-import-not-written = (not written)
cli-import-published = (published)
cli-import-warning = warning: { $warning }
cli-import-summary = { $imported } imported, { $warnings } imported with warnings, { $failed } failed

# An export's notes: what the maker should know before cutting.
note-cnc-parts-on-laser = this design's parts are meant for a CNC router; cutting them on a laser anyway
note-laser-parts-on-cnc = this design's parts are meant for a laser; cutting them on a CNC router anyway
note-thickness-not-a-parameter = material '{ $material }' thickness is '{ $thickness }', not a parameter: the measured { $measured } mm cannot be applied
note-thickness-given = { $name } = { $given } mm was given, but the { $stock } stock measures { $measured } mm: slots follow the value given; leave { $name } unset to use the measured thickness
note-sheet-larger-than-bed = { $stock } sheets ({ $width } × { $height } mm) are larger than the { $machine } bed ({ $bed_width } × { $bed_height } mm): cut them down to the bed first
note-holes-scored = { $count } hole(s) in { $material } are smaller than the { $bit } mm bit: they are marked 1 mm deep (score) for drilling by hand
note-some-parts-flat = some parts have no placements: they lie flat beside the assembly
note-all-parts-flat = this design has no placements: its parts are laid out flat, side by side
note-of-design = { $slug }: { $note }

# Why a build log that carries an export manifest is not verified.
design-build-unverified = Not verified:
build-unverified-other-design = the export manifest is for '{ $manifest }', not '{ $slug }'
build-unverified-no-revision = the export manifest names no store revision (it was exported from a folder, not from the store)
build-unverified-other-revision = the export manifest is for revision { $manifest }, the log for { $log }
build-unverified-other-version = the export manifest is for version { $manifest }, the revision holds { $version }
build-unverified-no-value = the export manifest has no value for parameter '{ $name }'
build-unverified-out-of-bounds = the export manifest's { $name } = { NUMBER($value, useGrouping: "false") } is outside the design's bounds
build-unverified-no-files = the export manifest lists no files
build-unverified-no-manifest = its manifest.json is missing or unreadable
build-unverified-unpublished-revision = the revision it names is not a published revision of this store

# A job's progress, as the job page shows it while it runs.
job-progress-nesting = nesting
job-progress-sheets = nesting { $material }: { $sheets } sheet(s), lower bound { $bound }
job-progress-ready = { $count } file(s) ready

# The installed app, the service worker and the site's feed link.
webapp-description = Open hardware designs for farms and workshops: cut files and build sheets for your makerspace.
offline-nothing-kept = Barnraise is offline and this page was not kept on this device.
feed-designs-title = Barnraise: new and changed designs

# The command line's own words around a malformed line, and the default store.
cli-serve-running = Barnraise is running at { $url } (Ctrl-C stops it)
cli-try-help = For more information, try '--help'.
cli-usage = Usage: { $usage }
cli-created-default-store = barnraise: created the default store at { $path } with the shipped designs
