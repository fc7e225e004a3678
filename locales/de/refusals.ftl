# What exports, nesting, search, sign-up and the command line refuse.

# Nesting.
refusal-nest-empty = es gibt keine Teile zum Verschachteln
refusal-nest-too-large = das Teil { $label } ({ NUMBER($w, minimumFractionDigits: 1) } × { NUMBER($h, minimumFractionDigits: 1) } mm mit { $spacing } mm Abstand) passt in keiner erlaubten Drehung ({ $rotations }) auf die nutzbare Plattenfläche von { NUMBER($uw, minimumFractionDigits: 1) } × { NUMBER($uh, minimumFractionDigits: 1) } mm (Platte { $sw } × { $sh } mm abzüglich { $margin } mm Rand)
refusal-nest-shape = Teil { $label }: seine Form lässt sich nicht verschachteln: { $reason }
refusal-nest-sheet-size = bei der Platte { $w } × { $h } mm müssen beide Seiten über 0 liegen
refusal-nest-margin-spacing = Rand { $margin } mm und Abstand { $spacing } mm müssen 0 oder mehr sein
refusal-nest-margin-too-wide = ein Rand von { $margin } mm lässt von einer Platte mit { $w } × { $h } mm nichts übrig
refusal-nest-not-all-placed = nur { $placed } von { $count } Teilen ließen sich platzieren; die Kollisionsprüfung hat den Rest abgelehnt
refusal-nest-bad-strip = der Streifen { $length } × { $height } ist kein gültiger Behälter
refusal-nest-item-not-placed = ein Teil wurde nicht platziert

# Exports.
refusal-export-design-problems = { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    } mit dem Bauplan oder seinen Parametern
refusal-export-write = { $path }: { $reason }
refusal-in-design = { $slug }: { $message }
refusal-export-material-too-thick = das Material „{ $material }“ ist { $thickness } mm dick; die Maschine „{ $machine }“ schneidet höchstens { $max } mm
refusal-export-no-parts = der Bauplan „{ $slug }“ hat keine Teile zum Schneiden
refusal-export-stock-too-thick = { $thickness } mm { $material } ist dicker als die { $max } mm, die die Maschine „{ $machine }“ schneidet
refusal-export-sheet-over-bed = eine Platte mit { $width } × { $height } mm passt nicht auf das Bett von { $bed_width } × { $bed_height } mm der Maschine „{ $machine }“; schneiden Sie die Platte zu oder wählen Sie eine andere Maschine
refusal-export-machine-needs-makerspace = die Maschine „{ $machine }“ braucht eine Werkstatt, die sagt, wessen Maschine sie ist
refusal-export-no-such-machine = { $makerspace } hat keine Maschine „{ $machine }“; ihre Maschinen: { $machines }
refusal-export-gcode-laser = G-Code ist für CNC-Fräsen; „{ $machine }“ ist ein Laser
refusal-export-gcode-needs-cnc = G-Code braucht eine CNC-Fräse
refusal-export-no-machine-of-kind = { $makerspace } hat { $kind ->
        [laser] keinen Laser
       *[cnc] keine CNC-Fräse
    } für { $format }-Dateien; ihre Maschinen: { $machines }
refusal-export-which-material = dieser Bauplan verwendet { $count } Materialien ({ $materials }); sagen Sie, für welches Material die Platte „{ $stock }“ ist
refusal-export-no-such-stock = { $makerspace } führt kein „{ $stock }“; sein Lager: { $stocks }
refusal-export-needs-stock = braucht { $thickness } mm { $kind } ({ $name }); Lager von { $makerspace }: { $stocks }
refusal-export-project-no-designs = das Projekt „{ $slug }“ hat keine Baupläne zum Schneiden
refusal-export-project-two-machines = „{ $first }“ wird auf { $first_kind ->
        [laser] einem Laser
       *[cnc] einer CNC-Fräse
    } geschnitten und „{ $slug }“ auf { $kind ->
        [laser] einem Laser
       *[cnc] einer CNC-Fräse
    }; ein Auftrag wird auf einer Maschine geschnitten: wählen Sie eine Werkstatt und ihre Maschine oder ein Format (svg für einen Laser, dxf für eine CNC-Fräse)
refusal-export-project-no-parts = das Projekt „{ $slug }“ hat keine Teile, die diese Maschine schneidet
refusal-export-nothing-to-build = der Bauplan hat keine Teile zum Bauen

# Search queries.
refusal-search-not-a-number = { $filter }: „{ $text }“ ist keine Zahl
refusal-search-bed = bed: „{ $text }“ ist nicht BREITExHÖHE in mm, z. B. 600x400
refusal-search-too-long = die Suchanfrage ist { $count } Zeichen lang; die Grenze liegt bei { $max }
refusal-search-filter-needs-value = der Filter „{ $filter }:“ braucht einen Wert, z. B. { $filter }:…
refusal-search-unknown-filter = unbekannter Filter „{ $filter }“{ $suggestion }; die Filter sind: { $filters }
refusal-search-built = built: „{ $text }“ ist weder eine Anzahl von Bauten noch „works“, z. B. built:>0, built:3 oder built:works
refusal-search-unreadable-query = die Suchanfrage „{ $query }“ lässt sich nicht lesen: { $reason }
refusal-search-unreadable-author = der Autor „{ $author }“ lässt sich nicht lesen: { $reason }

# Accounts: sign-up and the other forms (after "field: ").
refusal-account-username-length = muss { $min } bis { $max } Zeichen lang sein
refusal-account-username-characters = darf nur Buchstaben a-z, Ziffern 0-9 und „-“ enthalten
refusal-account-display-name-brackets = darf weder „<“ noch „>“ enthalten
refusal-account-email = muss wie name@example.org aussehen
refusal-account-password-short = muss mindestens { $min } Zeichen lang sein
refusal-account-password-long = darf höchstens { $max } Zeichen lang sein
refusal-account-password-username = darf nicht der Benutzername sein
refusal-account-empty = darf nicht leer sein
refusal-account-too-long = darf höchstens { $max } Zeichen haben
refusal-account-control-characters = darf keine Steuerzeichen enthalten
refusal-account-spaces = darf keine Leerzeichen enthalten
refusal-account-not-json = ist kein JSON: { $reason }
refusal-account-not-a-number = muss eine Zahl sein
refusal-account-write-something = schreiben Sie zuerst etwas
refusal-account-post-too-long = { $count } Zeichen; höchstens { $max }

# The limit, then when to try again.
refusal-account-limited = { $what }; versuchen Sie es in { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } erneut
refusal-account-signups-limited = von einer Adresse aus dürfen höchstens { $count } Konten pro { $per ->
        [hour] Stunde
       *[day] Tag
    } angelegt werden
refusal-account-storage-limited = ein Konto darf in { $days } Tagen { $mb } MB speichern und dieses hat bereits { $used } MB gespeichert; dies würde { $adding } MB hinzufügen
refusal-account-posts-limited = ein Konto darf { $count } Fragen und Antworten pro Stunde veröffentlichen
refusal-account-not-found = { $what ->
        [user] Benutzer nicht gefunden
        [proposal] Vorschlag nicht gefunden
        [question] Frage nicht gefunden
        [job] Auftrag nicht gefunden
       *[other] { $what } nicht gefunden
    }
refusal-accounts-schema-too-new = die Kontendatenbank hat die Schemaversion { $found }, neuer als die { $supported }, die dieses Barnraise kennt; aktualisieren Sie Barnraise (die Datei blieb unverändert)
refusal-account-only-maintainers-decide = nur die Betreuer von { $slug } können über seine Vorschläge entscheiden
refusal-account-proposal-decided = der Vorschlag { $id } ist bereits { $state ->
        [accepted] angenommen
        [refused] abgelehnt
       *[other] entschieden
    }
refusal-account-proposal-being-accepted = der Vorschlag { $id } wird bereits angenommen
refusal-account-job-over = der Auftrag { $id } ist bereits { $state ->
        [finished] fertig
       *[failed] fehlgeschlagen
    }
refusal-account-answer-the-question = { $id } ist eine Antwort; antworten Sie auf die Frage, zu der sie gehört

# The store.
refusal-store-already-a-repository = { $path } enthält bereits ein Git-Repository; öffnen Sie es, statt es neu anzulegen
refusal-store-already-released = { $tag } ist bereits veröffentlicht; veröffentlichen Sie zuerst eine neue Version
refusal-store-author-needs-email = der Autor „{ $name }“ braucht eine E-Mail-Adresse: schreiben Sie "Name <email>"
refusal-store-build-exists = ein Baubericht „{ $id }“ von „{ $slug }“ existiert bereits
refusal-store-ca-empty = { $path }: enthält kein Zertifikat (Block -----BEGIN CERTIFICATE-----)
refusal-store-ca-not-pem = { $path }: keine PEM-Datei mit Zertifikaten (Blöcke -----BEGIN CERTIFICATE-----)
refusal-store-ca-too-large = { $path }: eine CA-Datei mit { $size } Bytes ist größer als die angenommenen { $max } Bytes
refusal-store-cannot-fetch = Abruf vom Partner „{ $peer }“ nicht möglich: { $reason }
refusal-store-cannot-fork = „{ $slug }“ lässt sich nicht unter { $license } ableiten: { $reason }
refusal-store-empty = der Speicher ist leer
refusal-store-file-name-not-utf8 = { $path }: Dateinamen müssen UTF-8 sein
refusal-store-file-too-large = { $path }: { $size } Bytes überschreiten die Grenze von { $mib } MiB pro Datei
refusal-store-manifest-uneditable = „{ $slug }“: design.toml lässt sich nicht bearbeiten: { $reason }
refusal-store-no-readable-manifest = „{ $slug }“ hat keine lesbare design.toml
refusal-store-not-a-build-id = „{ $id }“ ist keine Kennung eines Bauberichts
refusal-store-not-a-commit = „{ $id }“ ist keine Commit-Kennung
refusal-store-not-a-git-url = „{ $url }“ ist keine Git-URL
refusal-store-not-a-proposal = „{ $git_ref }“ ist kein Vorschlag
refusal-store-not-an-author = „{ $text }“ ist kein Autor der Form "Your Name <you@example.org>"
refusal-store-not-bare = { $path } ist ein Klon mit Arbeitsverzeichnis; Barnraise schreibt nur in Bare-Speicher, damit kein Checkout abweicht. Pushen Sie Ihre Commits stattdessen in den Speicher
refusal-store-not-beside-build = „{ $name }“ kann nicht neben einem Baubericht abgelegt werden
refusal-store-package-no-manifest = das Paket hat keine { $file }
refusal-store-package-over-limit = { $path }: das Paket überschreitet die Grenze von { $mib } MiB oder { $files } Dateien
refusal-store-package-too-large = das Paket hat { $size } Bytes; höchstens { $mib } MiB
refusal-store-too-many-files = das Paket hat { $count } Dateien; höchstens { $max }
refusal-store-path-not-utf8 = { $path } ist kein UTF-8-Pfad
refusal-store-peer-exists = ein Partner namens „{ $name }“ existiert bereits
refusal-store-peer-name = der Partnername „{ $name }“ darf nur Kleinbuchstaben, Ziffern und „-“ enthalten (z. B. „leeds-makerspace“)
refusal-store-peer-sent-too-much = der Partner „{ $peer }“ hat mehr als { $mib } MiB gesendet; nichts wurde übernommen
refusal-store-project-version-not-raised = das Projekt „{ $slug }“ ist bereits in Version { $current } veröffentlicht; erhöhen Sie „version“ in project.toml (z. B. auf { $next }), um eine Änderung zu veröffentlichen
refusal-store-symlink = { $path }: symbolische Links werden nicht gespeichert; kopieren Sie die Datei ins Paket
refusal-store-tag-not-created = { $tag } wurde nicht angelegt

# The command line's own refusals (flags and commands stay as typed).
refusal-export-stock-pick = „{ $text }“ ist weder eine Plattenkennung noch material=stock-id (z. B. ply18=birch18)
refusal-cli-sheet = --sheet „{ $text }“ ist nicht BREITExHÖHE in mm, z. B. 2440x1220
refusal-cli-size = --size „{ $text }“ ist nicht BREITExHÖHE in Pixeln (jeweils { $min } bis { $max }), z. B. 800x600
refusal-cli-material = --material { $reason }
refusal-cli-time-limit = --time-limit { $seconds }: geben Sie Sekunden zwischen 0 und { $max } an
refusal-cli-quantity = --design { $design }: die Menge „{ $text }“ ist keine ganze Zahl
refusal-cli-project-format = --project exportiert Schnittdateien und Bauanleitungen: verwenden Sie --format svg, dxf, gcode, pdf oder all
refusal-cli-project-params = --param und --material werden pro Bauplan in project.toml gesetzt, nicht für ein ganzes Projekt
refusal-cli-addr = --addr „{ $text }“ ist nicht HOST:PORT, z. B. 127.0.0.1:8080
refusal-cli-jobs = --jobs { $jobs }: geben Sie 1 bis { $max } an
refusal-cli-addr-in-use = { $addr } ist belegt: ein anderes Programm (oder ein anderes barnraise serve) lauscht dort; wählen Sie mit --addr eine andere
refusal-cli-no-author = diese Änderung hat keinen Autor
refusal-cli-cannot-write = { $path } lässt sich nicht schreiben: { $reason }
refusal-cli-unknown-argument = unerwartetes Argument „{ $arg }“{ $suggestion }
refusal-cli-unknown-command = unbekannter Befehl „{ $command }“{ $suggestion }
refusal-cli-invalid-value = ungültiger Wert „{ $value }“ für { $arg }: verwenden Sie einen von { $valid }
refusal-cli-empty-value = { $arg } braucht einen Wert
refusal-cli-no-language = keine Oberflächensprache „{ $value }“; wählen Sie eine von: { $valid }
refusal-cli-bad-value = ungültiger Wert „{ $value }“ für { $arg }
refusal-cli-missing-argument = folgende notwendige Argumente fehlen: { $args }
refusal-cli-missing-command = nennen Sie einen Befehl: barnraise --help listet sie auf
refusal-cli-conflict = { $arg } kann nicht zusammen mit { $other } verwendet werden
refusal-cli-unexpected-value = { $arg } hat einen Wert bekommen, den es nicht annimmt
refusal-param-not-a-pair = „{ $text }“ hat nicht die Form Name=Wert (z. B. thickness=17.4)
refusal-gcode-too-deep = { $what }: der Schnitt geht mit der Zugabe { $depth } mm tief, die Maschine erreicht aber höchstens { $limit } mm
refusal-gcode-tabs = { $what }: { $count } Haltestege von { $width } mm passen nicht auf einen Umfang von { $perimeter } mm
refusal-gcode-passes = { $what }: { $passes } Zustellungen von { $pass_depth } mm nötig, mehr als die erlaubten { $max }

# Build logs, projects, imports and the editor.
refusal-build-parameter-out-of-bounds = { $name } = { $value } liegt außerhalb der Grenzen des Bauplans ({ $min } bis { $max })
refusal-build-no-parameter = „{ $slug }“ hat keinen Parameter „{ $name }“{ $suggestion }
refusal-build-photo = Foto { $name }: { $reason }
refusal-build-photo-not-sent = das Foto „{ $name }“ ist aufgeführt, wurde aber nicht gesendet
refusal-build-manifest-not-sent = das Protokoll nennt das manifest.json des Exports, aber es wurde nicht mitgesendet
refusal-build-revision-lacks-design = die Revision { $revision } des Speichers enthält „{ $slug }“ nicht
refusal-build-invalid-at-revision = „{ $slug }“ ist in der Revision { $revision } nicht gültig
refusal-build-no-revision = die Revision „{ $revision }“ ist nicht in diesem Speicher (geben Sie einen Commit von main an, wie `history` sie auflistet, oder lassen Sie sie für die aktuelle Version weg)
refusal-build-other-version = die Version { $version } weicht von der { $held } ab, die die Revision enthält
refusal-build-no-makerspace = keine Werkstatt „{ $space }“ im Speicher{ $suggestion }; geben Sie stattdessen 'place' und 'country' an
refusal-build-future-date = das Datum { $date } liegt in der Zukunft
refusal-build-not-an-export-manifest = kein manifest.json eines Barnraise-Exports: { $reason }
refusal-build-too-many-photos = { $count } Fotos; ein Baubericht enthält höchstens { $max }
refusal-edited-manifest-too-large = design.toml hat { $kib } KiB; höchstens { $max } KiB
refusal-import-no-okh-manifests = hier gibt es keine OKH-Manifeste (gesucht wurde nach { $names } im Ordnerbaum)
refusal-no-such-file-or-folder = keine solche Datei und kein solcher Ordner

# Importing DXF and SVG cut files.
refusal-import-binary-dxf = binäres DXF wird nicht gelesen: speichern Sie die Zeichnung als ASCII-DXF (R12 bis R2018)
refusal-import-dxf-binary-data = keine DXF-Datei: sie enthält Binärdaten (DXF ist Text)
refusal-import-dxf-unreadable = keine lesbare DXF-Datei: { $reason }
refusal-import-dxf-gave-up = keine lesbare DXF-Datei (das Lesen wurde abgebrochen)
refusal-import-too-many-entities = { $count } Objekte sind mehr als die Grenze von { $max }; teilen Sie die Zeichnung auf
refusal-import-too-many-expanded = mehr als { $max } Objekte, sobald die Blöcke aufgelöst sind; teilen Sie die Zeichnung auf
refusal-import-no-entities = keine DXF-Datei: kein ENTITIES-Abschnitt (ist sie abgeschnitten?)
refusal-import-svg-not-utf8 = keine SVG-Datei: kein UTF-8-Text
refusal-import-svg-entities = SVG abgelehnt, dessen DOCTYPE Entitäten deklariert: Entitäten könnten auf andere Dateien zeigen und werden nie aufgelöst; entfernen Sie den Block <!DOCTYPE …>
refusal-import-svg-too-many-nodes = mehr als { $max } XML-Knoten: zu groß für den Import; teilen Sie die Zeichnung auf
refusal-import-svg-too-many-elements = mehr als { $max } Elemente (mit <use>-Kopien): zu groß für den Import
refusal-import-svg-too-many-points = mehr als { $max } Punkte nach dem Glätten der Kurven: zu groß für den Import
refusal-import-svg-unreadable = keine SVG-Datei: { $reason }
refusal-import-svg-gave-up = keine lesbare SVG-Datei (das Einlesen wurde abgebrochen)
refusal-import-svg-root = keine SVG-Datei: das Wurzelelement ist <{ $name }>, nicht <svg>
refusal-import-thickness = eine Dicke von { $mm } mm ist keine Plattendicke (0 < t ≤ { $max })
refusal-import-dpi = dpi { $dpi } liegt nicht zwischen { $min } und { $max }
refusal-import-no-file = keine Schnittdatei angegeben
refusal-import-too-many-files = { $count } Dateien sind mehr als die Grenze von { $max } gemeinsam importierten
refusal-import-not-dxf-or-svg = weder eine DXF- noch eine SVG-Datei (nach Name und ersten Bytes)
refusal-import-too-many-contours = { $count } geschlossene Konturen sind mehr als die Grenze von { $max }
refusal-import-crossing = { $what }: die Kontur kreuzt sich nahe ({ NUMBER($x, minimumFractionDigits: 2) }; { NUMBER($y, minimumFractionDigits: 2) }) mm (keine Eckschleife): ein Schnittpfad darf sich nicht kreuzen; korrigieren Sie die Zeichnung dort
refusal-import-all-excluded = alle Teile wurden ausgeschlossen: nichts zu importieren
refusal-import-nothing = keine geschlossenen Konturen zum Schneiden: nichts zu importieren
refusal-import-not-a-valid-design = die importierten Teile ergeben keinen gültigen Bauplan: { $detail }

# What an import leaves out (warnings on the review page and in the CLI's report).
refusal-import-svg-elements-ignored = { $count } <{ $kind }>-{ $count ->
        [one] Element
       *[other] Elemente
    } ignoriert (keine Kontur)
refusal-import-svg-viewbox = viewBox "{ $text }" sind nicht vier Zahlen mit positiver Größe: ignoriert
refusal-import-svg-css-selectors = { $count ->
        [one] { $count } CSS-Selektor außer .Klasse, #id oder Elementnamen nicht angewandt
       *[other] { $count } CSS-Selektoren außer .Klasse, #id oder Elementnamen nicht angewandt
    }
refusal-import-svg-too-deep = mehr als { $max } Ebenen tief verschachtelt: ignoriert
refusal-import-svg-transform = transform "{ $text }" nicht verstanden ({ $reason }): Element ignoriert
refusal-import-svg-script = <script> ignoriert: Skripte werden nie ausgeführt
refusal-import-svg-embedded-image = <image> ignoriert: keine Kontur (ein eingebettetes Rasterbild)
refusal-import-svg-linked-image = <image> ignoriert: keine Kontur (sein Link "{ $href }" wird nie abgerufen)
refusal-import-svg-foreign-object = <foreignObject> ignoriert
refusal-import-svg-use-without-href = <use> ohne href: ignoriert
refusal-import-svg-use-outside = <use>, das aus der Datei hinaus zeigt ("{ $href }"), ignoriert: nur Verweise innerhalb der Datei werden verfolgt
refusal-import-svg-use-no-id = <use> von "#{ $id }": keine solche id, ignoriert
refusal-import-svg-use-too-deep = <use> mehr als { $max } Ebenen tief oder in einer Schleife verschachtelt: ignoriert
refusal-import-svg-path-broken = Pfaddaten fehlerhaft ({ $reason }): bis dorthin gezeichnet
refusal-import-svg-too-large = größer als { $m } m oder nicht endlich: ignoriert
refusal-import-dxf-spline = SPLINE ohne brauchbare Kontroll- oder Stützpunkte: ignoriert
refusal-import-dxf-no-block = INSERT des Blocks „{ $name }“, den die Datei nicht definiert: ignoriert
refusal-import-dxf-blocks-too-deep = Blöcke mehr als { $max } Ebenen tief verschachtelt (ein Block, der sich selbst einfügt?): ignoriert
refusal-import-dxf-entities-ignored = { $count } { $kind }-{ $count ->
        [one] Objekt
       *[other] Objekte
    } ignoriert (keine Kontur)
refusal-import-dxf-hidden-layer = { $count } { $count ->
        [one] Objekt
       *[other] Objekte
    } übersprungen: der Layer ist ausgeschaltet oder wird nicht geplottet
refusal-import-okh-not-utf8 = kein UTF-8-Text (ungültiges Byte an Position { $offset }); ist das wirklich ein Manifest?
refusal-import-okh-not-a-table = das Manifest ist keine Tabelle von Feldern (Schlüssel = Wert)
refusal-import-taken-as-sheet = als die Platte genommen, auf der die Teile liegen (ein Rechteck um andere Teile), nicht als Teil; markieren Sie es als Teil, wenn es eines ist
refusal-import-score-as-outline = geschlossene Kontur in der Ritzfarbe mit Schnitten darin: als Umriss geschnitten (geben Sie eine Farbtabelle an, wenn die Farben Ihrer Werkstatt abweichen)
refusal-import-duplicate = Duplikat von { $what }: verworfen
refusal-import-open-contour = offene Kontur von ({ NUMBER($x1, minimumFractionDigits: 2) }; { NUMBER($y1, minimumFractionDigits: 2) }) bis ({ NUMBER($x2, minimumFractionDigits: 2) }; { NUMBER($y2, minimumFractionDigits: 2) }) mm: keine Teilkante, ignoriert
refusal-import-more-open-contours = … und { $count } weitere offene Konturen
refusal-import-more-duplicates = … und { $count } weitere doppelte Linien verworfen
refusal-import-loop-removed = eine Schleife von { NUMBER($area, minimumFractionDigits: 3) } mm², wo sich die Kontur nahe ({ NUMBER($x, minimumFractionDigits: 2) }; { NUMBER($y, minimumFractionDigits: 2) }) mm kreuzt, entfernt (eine Eckschleife oder Überlappung)
refusal-import-touches-itself = die Kontur berührt sich selbst und umschließt { $count ->
        [one] { $count } Bereich: als Loch geschnitten
       *[other] { $count } Bereiche: als Löcher geschnitten
    }
refusal-import-edge-cuts = { $count ->
        [one] { $count } Ausschnitt, der den Rand der Kontur erreicht, von der Kontur abgezogen
       *[other] { $count } Ausschnitte, die den Rand der Kontur erreichen, von der Kontur abgezogen
    }
refusal-import-cut-outs-merged = überlappende oder sich berührende Ausschnitte zu einem zusammengeführt: { $whats }
refusal-import-split-off = Ausschnitte trennen { $count ->
        [one] { $count } kleines Stück
       *[other] { $count } kleine Stücke
    } vom Teil ab: verworfen
refusal-import-turned = um { NUMBER($degrees, minimumFractionDigits: 2) }° gedreht, damit seine Kanten entlang x und y laufen
refusal-import-identical = identisch mit Teil { $label }: in dessen Menge mitgezählt
