# What is wrong with a manifest, a makerspace profile, a project or a build log.

# After an unknown word, with its leading space: "unknown field 'widht' (did you mean 'width'?)".
problem-did-you-mean = {" "}(meinten Sie '{ $word }'?)

## Reading the TOML

problem-invalid-toml = ungültiges TOML: { $detail }
problem-expected-found = erwartet: { $expected }, gefunden: { $found }
problem-expected-found-values = erwartet: { $expected }, gefunden: ein Array mit { $count } { $count ->
        [one] Wert
       *[other] Werten
    }
problem-expected-strings-found-string = erwartet: ein Array von Zeichenketten, gefunden: eine Zeichenkette (schreiben Sie [{ $text }])
problem-unknown-key = unbekannter Schlüssel „{ $key }“{ $suggestion }
problem-missing-field-root = das Pflichtfeld „{ $key }“ fehlt im Manifest
problem-missing-field = das Pflichtfeld „{ $key }“ fehlt in „{ $table }“
problem-expected-table = eine Tabelle
problem-expected-array = ein Array
problem-expected-string = eine Zeichenkette
problem-expected-bool = true oder false
problem-expected-number = eine Zahl
problem-expected-whole-number = eine ganze Zahl
problem-expected-number-or-expression = eine Zahl oder ein Ausdruck in Anführungszeichen
problem-expected-point = ein Punkt [x, y]
problem-expected-triple = drei Werte [x, y, z]
problem-expected-date = ein Datum wie 2026-11-30
problem-expected-size = eine Größe [x, y] in mm
problem-expected-diameters = ein Array von Durchmessern in mm
problem-found-string = eine Zeichenkette ({ $value })
problem-found-integer = eine ganze Zahl ({ $value })
problem-found-float = eine Dezimalzahl ({ $value })
problem-found-boolean = ein Wahrheitswert ({ $value })
problem-found-datetime = ein Datum mit Uhrzeit ({ $value })
problem-found-array = ein Array
problem-found-table = eine Tabelle

## Expressions

problem-expression-empty = leerer Ausdruck
problem-expression-too-long = der Ausdruck ist { $count } Zeichen lang; die Grenze ist { $max }
problem-expression-character = der Ausdruck „{ $expression }“ enthält das Zeichen „{ $char }“, das nicht erlaubt ist (verwenden Sie Zahlen, Namen, + - * / ^, Klammern und Funktionen wie min(a, b))
problem-expression-unreadable-why = der Ausdruck „{ $expression }“ kann nicht gelesen werden: { $why }
problem-expression-unreadable = der Ausdruck „{ $expression }“ kann nicht gelesen werden
problem-exmex-juxtaposed = zwei Werte stehen ohne Operator nebeneinander (schreiben Sie 2 * x, nicht 2 x)
problem-exmex-parentheses = die Klammern passen nicht zusammen
problem-exmex-other = { $detail }
problem-expression-unknown-name = unbekannter Name „{ $name }“ im Ausdruck „{ $expression }“{ $suggestion }
problem-expression-no-value = „{ $name }“ hat hier keinen Wert (er konnte nicht berechnet werden)
problem-expression-cannot-evaluate = „{ $expression }“ kann nicht berechnet werden: { $detail }
problem-expression-nan = „{ $expression }“ ist keine Zahl (Quadratwurzel oder Logarithmus eines negativen Werts?) mit { $values }
problem-expression-infinite = „{ $expression }“ ist unendlich (Division durch null?) mit { $values }
problem-no-parameters = keinen Parametern
problem-value-known = { $name } = { $value }
problem-value-unknown = { $name } unbekannt
problem-values-and = { $list }, { $item }

## Parameters and evaluation

problem-no-such-parameter = dieser Bauplan hat keinen Parameter „{ $name }“{ $suggestion }; er hat: { $names }
problem-no-such-parameter-none = dieser Bauplan hat keinen Parameter „{ $name }“{ $suggestion }; er hat keine
problem-value-too-large = „{ $expression }“ = { $value } mm ist größer als die { $max } mm, die dieses Format annimmt
problem-not-positive = { $what } muss größer als 0 sein, aber „{ $expression }“ = { $value }{ $context }
problem-below-one = { $what } muss mindestens 1 sein, aber „{ $expression }“ = { $value }{ $context }
problem-with-values = {" "}(mit { $values })
problem-word-thickness = die Dicke
problem-word-quantity = die Anzahl
problem-word-width = die Breite
problem-word-height = die Höhe
problem-word-diameter = der Durchmesser
problem-word-repeat-count = die Wiederholungszahl
problem-word-placement-repeat-count = die Wiederholungszahl der Platzierung
problem-word-slot-width = die Schlitzbreite
problem-word-slot-depth = die Schlitztiefe
problem-word-tab-width = die Zapfenbreite
problem-word-tab-length = die Zapfenlänge
problem-word-text-height = die Texthöhe
problem-word-other = { $word }

## Work budgets

problem-limit-copies-per-repeat = { $what } { $asked } ist mehr als die { $max } Kopien, die eine Wiederholung machen darf
problem-limit-part-quantity = die Anzahl { $asked } ist mehr als die { $max } erlaubten Exemplare eines Teils
problem-limit-part-copies = der Bauplan verlangt insgesamt { $asked } Teile; die Grenze ist { $max } pro Bauplan
problem-limit-holes = Teil { $part } hätte { $asked } Löcher; die Grenze ist { $max } pro Teil
problem-limit-slots = Teil { $part } hätte { $asked } Schlitze; die Grenze ist { $max } pro Teil
problem-limit-tabs = Teil { $part } hätte { $asked } Zapfen; die Grenze ist { $max } pro Teil
problem-limit-vertices = Teil { $part } hätte nach dem Glätten der Bögen etwa { $asked } Eckpunkte; die Grenze ist { $max } pro Teil
problem-limit-unbounded-count = der Zählparameter „{ $name }“ bestimmt { $drives }, hat aber kein „max“: geben Sie ihm eines (höchstens { $max }), damit niemand unbegrenzt viele Kopien verlangen kann
problem-drives-quantity = die Anzahl von Teil { $part }
problem-drives-repeat = eine Wiederholungszahl von Teil { $part }
problem-drives-placement-repeat = eine Wiederholungszahl der Platzierung von Teil { $part }
problem-limit-time = die Prüfung der Geometrie dauerte länger als { $seconds } s; vereinfachen Sie die Teile (weniger Löcher, weniger Punkte)
problem-more-in-part = … und { $count } { $count ->
        [one] weiteres Problem
       *[other] weitere Probleme
    } in Teil { $part } (nur die ersten { $max } sind aufgeführt)

## Manifests

problem-manifest-unread = das Manifest konnte nicht gelesen werden
problem-unknown-category = unbekannte Kategorie „{ $text }“{ $suggestion }; verwenden Sie eine von: { $known }
problem-translations-not-a-table = „translations“ muss eine Tabelle von Sprachen sein: [translations.fr]
problem-translation-language = unbekannter Sprachcode „{ $code }“{ $suggestion }; Übersetzungen sind möglich in: { $known }
problem-translation-original = der Bauplan ist in „{ $code }“ geschrieben (documentation-language); übersetzen Sie ihn in eine andere Sprache oder ändern Sie die Originaltexte
problem-translation-tools = { $count } { $count ->
        [one] Werkzeug übersetzt
       *[other] Werkzeuge übersetzt
    }; der Bauplan nennt { $tools } (übersetzen Sie jedes, in der Reihenfolge)
problem-no-such-label = kein Teil hat die Beschriftung „{ $label }“{ $suggestion }
problem-translation-parts-not-a-table = „parts“ muss eine Tabelle sein: Beschriftung des Teils = "Name"
problem-no-such-bom-item = kein Eintrag der Stückliste ist „{ $item }“{ $suggestion }
problem-translation-bom-not-a-table = „bom“ muss eine Tabelle sein: Originaleintrag = "Übersetzung"
problem-not-a-step-number = Schritt { $value } ist keine Schrittnummer (1, 2, …)
problem-slug = „{ $text }“ ist keine gültige Kennung: verwenden Sie 2 bis 64 Kleinbuchstaben, Ziffern und einzelne Bindestriche, z. B. „compost-sieve“
problem-licence-empty = die Lizenz ist leer: geben Sie einen SPDX-Ausdruck wie „CC-BY-SA-4.0“ an
problem-licence-invalid = „{ $text }“ ist kein gültiger SPDX-Lizenzausdruck: { $reason }{ $hint }
problem-licence-hint = {" "}(verwenden Sie SPDX-Kennungen wie CC-BY-SA-4.0, CERN-OHL-S-2.0, CC-BY-4.0 oder MIT)
problem-unknown-currency = unbekannte Währung „{ $text }“{ $suggestion }: verwenden Sie einen ISO-4217-Code wie EUR, GBP, USD oder KES
problem-no-authors = mindestens eine Autorin oder ein Autor ist nötig
problem-author = „{ $text }“ ist weder „Name“ noch „Name <E-Mail>“
problem-path-empty = leerer Pfad
problem-path-absolute = „{ $path }“ muss ein Pfad innerhalb des Pakets sein, kein absoluter Pfad
problem-path-backslash = „{ $path }“ muss „/“ als Trennzeichen verwenden
problem-path-control-characters = „{ $path }“ enthält Steuerzeichen
problem-path-components = „{ $path }“ darf keine leeren, „.“- oder „..“-Bestandteile enthalten
problem-path-git = „{ $path }“ darf nicht in .git zeigen
problem-name-invalid = „{ $name }“ ist kein gültiger Name: verwenden Sie Kleinbuchstaben, Ziffern und „_“, beginnend mit einem Buchstaben, höchstens 40 Zeichen (z. B. „shelf_gap“)
problem-name-reserved = „{ $name }“ ist der Name einer Funktion oder Konstante in Ausdrücken; wählen Sie einen anderen Namen
problem-parameter-type = unbekannter Parametertyp „{ $text }“{ $suggestion }; verwenden Sie length, count, angle oder bool
problem-bool-parameter-bound = ein bool-Parameter hat kein „{ $key }“
problem-computed-is-parameter = „{ $name }“ ist schon ein Parameter; ein berechneter Wert braucht einen eigenen Namen
problem-material-id = „{ $id }“ ist keine gültige Material-Kennung: verwenden Sie Kleinbuchstaben, Ziffern, „-“ und „_“
problem-material-kind = unbekannte Materialart „{ $text }“{ $suggestion }; verwenden Sie eine von: { $known }
problem-nominal-thickness = die Nenndicke von { $value } mm liegt nicht zwischen 0 und { $max } mm
problem-polygon-points = ein Polygon braucht mindestens 3 Punkte, gefunden: { $count }
problem-path-segments = ein Pfad braucht mindestens 2 Segmente
problem-unknown-shape = unbekannte Form „{ $text }“{ $suggestion }; verwenden Sie rect, circle, polygon oder path
problem-direction = die Richtung „{ $text }“ muss up, down, left oder right sein{ $suggestion }
problem-unknown-material = unbekanntes Material „{ $id }“{ $suggestion }; deklarieren Sie es unter [materials.{ $id }]
problem-process = das Verfahren „{ $text }“ muss „laser“ oder „cnc“ sein{ $suggestion }
problem-rotation = die Drehung { $value } muss 0, 90, 180 oder 270 sein
problem-rotations-empty = rotations ist leer: erlauben Sie mindestens [0]
problem-unknown-unit = unbekannte Einheit „{ $text }“{ $suggestion }; verwenden Sie eine von: { $known }
problem-unit-cost-negative = die Stückkosten { $value } sind negativ

## Points files

problem-points-file-missing = die Punktdatei „{ $path }“ gibt es im Paket nicht
problem-points-file = Punktdatei „{ $path }“: { $why }
problem-points-file-too-large = { $size } Bytes sind mehr als die Grenze von { $max } Bytes
problem-points-not-utf8 = kein UTF-8-Text (Byte { $byte } ist es nicht)
problem-points-line = Zeile { $line }: zwei Zahlen „x y“ erwartet, gefunden: „{ $text }“
problem-points-coordinates = Zeile { $line }: Koordinaten müssen endlich sein und innerhalb von ±{ $max } mm liegen
problem-points-too-many = mehr als { $max } Punkte

## Projects and build logs

problem-project-too-large = project.toml ist { $size } Bytes groß; die Grenze ist { $max }
problem-project-unread = das Projekt konnte nicht gelesen werden
problem-build-log-too-large = das Bauprotokoll ist { $size } Bytes groß; die Grenze ist { $max }
problem-build-log-unread = das Bauprotokoll konnte nicht gelesen werden
problem-build-outcome = unbekanntes Ergebnis „{ $text }“{ $suggestion }: verwenden Sie works, works-with-changes oder failed
problem-build-makerspace = Werkstatt: { $why }
problem-build-material = unbekanntes Material „{ $text }“{ $suggestion }: verwenden Sie eines von { $known }
problem-build-number-range = „{ $key }“ ist { $value }{ $unit }; es muss 0 oder mehr und höchstens { $max }{ $unit } sein
problem-build-date = das Datum „{ $text }“ ist kein Datum wie 2026-11-30 (Jahr-Monat-Tag)
problem-build-photos = { $count } Fotos; höchstens { $max }
problem-build-photo-name = „{ $name }“ ist kein Fotoname: Kleinbuchstaben, Ziffern und Bindestriche, dann .png oder .jpg
problem-listed-twice = „{ $name }“ steht zweimal in der Liste

## Makerspace profiles

problem-profile-too-large = das Profil ist { $size } Bytes groß; die Grenze ist { $max }
problem-profile-unread = das Profil konnte nicht gelesen werden
problem-profile-file-name = Dateiname: { $why }
problem-colour-tolerance = colour_tolerance { $value } liegt nicht zwischen 0 und { $max } (der RGB-Abstand von Schwarz zu Weiß)
problem-colour-key = „{ $key }“ ist keine Farbe: schreiben Sie "#rrggbb" (in Anführungszeichen) oder einen AutoCAD-Farbindex 1–255
problem-colour-operation = unbekannte Operation „{ $text }“{ $suggestion }: verwenden Sie eine von { $known }
problem-id = „{ $id }“ ist keine gültige Kennung: verwenden Sie Kleinbuchstaben, Ziffern, „-“ und „_“
problem-number-range-positive = „{ $key }“ ist { $value }{ $unit }; es muss über 0 und höchstens { $max }{ $unit } sein
problem-size-values = erwartet: eine Größe [x, y] in mm, gefunden: { $count } { $count ->
        [one] Wert
       *[other] Werte
    }
problem-size-range = die Größe [{ $x }; { $y }] muss über 0 und höchstens { $max } mm pro Seite sein
problem-machine-kind = unbekannte Maschinenart „{ $text }“{ $suggestion }: verwenden Sie laser oder cnc
problem-tool-diameter = der Werkzeugdurchmesser { $value } mm muss über 0 und höchstens { $max } mm sein
problem-no-tool-diameters = geben Sie mindestens einen Werkzeugdurchmesser an
problem-stock-material-kind = unbekannte Materialart „{ $text }“{ $suggestion }; bekannte Arten: { $known }

## Part geometry

problem-point = ({ $x }; { $y })
problem-span = x { $x0 }…{ $x1 }, y { $y0 }…{ $y1 }
problem-outline-crosses = die Kontur kreuzt sich bei { $point }: ein Schneidpfad darf sich nicht selbst kreuzen
problem-outline-zero-area = die Kontur hat keine Fläche
problem-outline-not-simple = die Kontur ist keine einfache geschlossene Kontur
problem-hole-crosses = die Kontur des Lochs kreuzt sich
problem-hole-crosses-near = die Kontur des Lochs kreuzt sich bei { $point }
problem-hole-outside = das Loch liegt nicht ganz innerhalb der Kontur{ $hole }{ $outline }; ein Ausschnitt, der bis zum Rand reicht, sollte ein Schlitz sein
problem-hole-spans = {" "}(das Loch reicht über { $span })
problem-outline-spans = ; die Kontur reicht über { $span }
problem-holes-overlap = das Loch überlappt ein anderes Loch von Teil { $part } bei { $point }{ $copies }: zeichnen Sie überlappende Ausschnitte als einen Pfad
problem-hole-copies = {" "}({ $count } Kopien dieses Lochs tun es)
problem-tab-off-edge = der Zapfenfuß { $point } ist { $distance } mm vom Rand der Kontur entfernt; „at“ muss auf dem Rand liegen
problem-tab-inward = der Zapfen zeigt in das Teil hinein; stellen Sie „direction“ so ein, dass er vom Rand weg zeigt
problem-slot-off-edge = die Schlitzöffnung { $point } ist { $distance } mm vom Rand der Kontur entfernt; „at“ muss auf dem Rand liegen, von dem aus der Schlitz geschnitten wird
problem-slot-outward = der Schlitz läuft aus dem Teil heraus statt hinein; stellen Sie „direction“ so ein, dass er in das Teil zeigt
problem-slot-past-edge = der Schlitz ({ $width } breit, { $depth } tief ab { $point }) reicht über den Rand des Teils: er muss innerhalb des Teils liegen
problem-nothing-left = vom Teil bleibt nichts übrig, sobald Schlitze und Löcher geschnitten sind
problem-part-in-pieces = Schlitze und Löcher teilen Teil { $part } in { $count } Stücke; machen Sie sie flacher oder verschieben Sie sie

## Design packages

problem-manifest-too-large = das Manifest ist { $size } Bytes groß; die Grenze ist { $max } Bytes (1 MiB). Verschieben Sie lange Texte in Dateien des Pakets
problem-manifest-not-utf8 = das Manifest ist kein gültiges UTF-8: Byte { $byte } an Position { $offset } (speichern Sie die Datei als UTF-8)
problem-file-missing = „{ $path }“ gibt es im Paket nicht
problem-file-missing-in-folder = „{ $path }“ gibt es im Paketordner { $folder } nicht
problem-file-outside = „{ $path }“ führt aus dem Paket hinaus (ein symbolischer Link?)
problem-file-not-a-file = „{ $path }“ ist keine Datei
problem-no-manifest-here = hier gibt es keine { $file }: ein Bauplan-Paket ist ein Ordner mit einer { $file }
problem-cannot-read = kann nicht gelesen werden: { $reason }
problem-cannot-read-folder = der Ordner kann nicht gelesen werden: { $reason }
problem-no-such-file-or-folder = diese Datei oder dieser Ordner existiert nicht
problem-no-packages-here = hier gibt es keine Bauplan-Pakete (keine { $file } darin oder in seinen Unterordnern)
problem-at-minimum = bei { $name } = { $value }{ $unit } (seinem Minimum): { $problem }
problem-at-maximum = bei { $name } = { $value }{ $unit } (seinem Maximum): { $problem }

## Imported manifests (OKH, TOML or YAML)

problem-manifest-too-deep = das Manifest ist tiefer als { $depth } Ebenen verschachtelt oder enthält mehr als { $max } Werte
problem-invalid-yaml = ungültiges YAML: { $detail }
problem-yaml-alias = YAML-Aliase (*name) werden nicht verfolgt; der Wert bleibt leer

## Cutting a part on a machine

problem-cut-slot-too-narrow = Teil { $part }: der Schlitz bei { $point } ist { $width } mm breit, aber { $tool } misst { $cut } mm: der Schlitz lässt sich nicht schneiden
problem-cut-dogbone-through = Teil { $part }: ein Dogbone von { $radius } mm bei { $point } würde durch den Rand des Teils schneiden; verwenden Sie einen kleineren Fräser oder verschieben Sie den Schlitz
problem-cut-hole-too-small = Teil { $part }: ein Loch bei { $point } ist kleiner als { $tool } von { $cut } mm
problem-cut-offset = Teil { $part }: der Versatz um { $offset } mm für { $tool } ergibt { $count } Stücke
problem-cut-laser-kerf = die Schnittfuge des Lasers
problem-cut-router-bit = der Fräser
