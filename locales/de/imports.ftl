# What an import found in cut files (DXF, SVG) and OKH manifests, and what it decided:
# units, thickness, joints, repairs and warnings.

## Units of a cut file, and how they were decided.

imp-unit-mm = Millimeter
imp-unit-cm = Zentimeter
imp-unit-m = Meter
imp-unit-in = Zoll
imp-unit-ft = Fuß
imp-unit-pt = Punkt (1/72 Zoll)
imp-unit-px = px bei { $dpi } pro Zoll
imp-length-m = { $m } m
imp-length-mm = { $mm } mm
imp-length-mm-fine = { NUMBER($mm, minimumFractionDigits: 2) } mm
imp-units-given = Einheit: { $unit } (vorgegeben)
imp-units-none-in-file = keine Einheit in der Datei
imp-units-insunits = $INSUNITS = { $code }
imp-units-svg-px = width/height in px ({ $dpi } pro Zoll{ $drawn-by })
imp-units-as-drawn-by = , wie { $program } sie zeichnete
imp-units-svg-size = width/height in { $unit } mit der viewBox
imp-units-svg-generator = { $program }, das { $dpi } px pro Zoll zeichnete
imp-program = { $name }
imp-program-unknown = ein unbekanntes Programm
imp-program-old-inkscape = Inkscape 0.91 oder älter
imp-units-why-sheet = ein Standard-Plattenumriss ist in { $unit } gezeichnet
imp-units-why-sizes = in { $unit } gelesen wäre das größte Teil { $largest } groß; in { $other } ist es { $other-largest }
imp-units-corrected = { $said } ({ $declared }), aber { $why }: gelesen in { $unit }; units={ $code } angeben, um das zu erzwingen
imp-units-guessed = { $said }, aber { $why }: gelesen in { $unit }; units={ $code } angeben, um das zu erzwingen
imp-units-assumed = { $said }: { $unit } angenommen (größtes Teil: { $largest }); units=in (oder mm, cm, m, ft, pt, px) angeben, falls das falsch ist
imp-units-implausible = { $said }: { $unit } (größtes Teil: { $largest }, was falsch aussieht; keine andere Einheit passt besser); units angeben, um eine andere zu erzwingen
imp-units-declared = { $said }: { $unit }

## The sheet thickness and where it came from ($process is laser or cnc).

imp-thickness-given = vorgegeben
imp-thickness-from-layer = aus dem Namen der Plattenebene in { $file }
imp-thickness-assumed = keine Dicke angegeben und keine in den Dateien: { $mm } mm angenommen für { $process ->
    [cnc] die CNC-Fräse
   *[other] den Laser
}; Dicke angeben

## Notes on what an import found.

imp-note-parts = { $count ->
    [one] { $count } Teil
   *[other] { $count } Teile
}{ $merged }; { $joints ->
    [one] { $joints } Verbindung, die der Dicke folgt
   *[other] { $joints } Verbindungen, die der Dicke folgen
} ({ $thickness } mm)
imp-note-merged = {" "}({ $count ->
    [one] { $count } identische Kopie als Stückzahl gezählt
   *[other] { $count } identische Kopien als Stückzahl gezählt
})
imp-note-made-by = { $file }: erstellt mit { $program }
imp-note-file-units = { $file }: { $reason }
imp-note-joints-as-drawn = die Verbindungen sind wie gezeichnet geschrieben: der Dicke folgend machten sie ein Teil an den Enden des Bereichs unbaubar

## The import review: what each item is, its size and joints ($kind is slot, finger or
## mortise).

imp-item-part = Teil
imp-item-sheet-outline = Plattenumriss
imp-item-non-cut = nicht für die Maschine
imp-item-engraving = Gravur
imp-item-score = Ritzlinie
imp-item-size = { $width } × { $height } mm
imp-joint-group = { $count ->
    [1] {""}
   *[other] { $count } ×{" "}
}{ $kind ->
    [slot] Schlitz
    [finger] Fingerzinke
   *[other] Zapfenloch
} { $width } mm
imp-joints-follow = { $slots ->
    [one] { $slots } Schlitz
   *[other] { $slots } Schlitze
}, { $fingers ->
    [one] { $fingers } Fingerzinke
   *[other] { $fingers } Fingerzinken
} und { $mortises ->
    [one] { $mortises } Zapfenloch
   *[other] { $mortises } Zapfenlöcher
} folgen der Dicke

## What an OKH manifest's import worked around. Field names and [extra.okh] stay as
## written; 'Imported design' is the name written into the design.

imp-okh-list-first = ein Wert erwartet, eine Liste gefunden: der erste wird verwendet
imp-okh-table-ignored = ein Text erwartet, eine Tabelle gefunden: ignoriert
imp-okh-unknown-field = unbekanntes OKH-Feld{ $suggestion }; in [extra.okh] behalten
imp-okh-too-long = länger als { $max } Zeichen: gekürzt
imp-okh-no-name = kein Name: der Bauplan heißt „Imported design“
imp-okh-version-padded = „{ $text }“ ist keine semantische Version; gelesen als { $version }
imp-okh-not-a-version = „{ $text }“ ist keine Version; 0.1.0 wird verwendet und das Original in [extra.okh] behalten
imp-okh-no-version = keine Version: 0.1.0 wird verwendet
imp-okh-no-licensor = kein Lizenzgeber (licensor): als Autor wird „{ $author }“ angegeben
imp-okh-no-function = keine Funktion (function): die Zusammenfassung wiederholt den Namen
imp-okh-image-kept = { $why }; in [extra.okh] behalten
imp-okh-path-not-a-url = „{ $path }“ ist keine URL
imp-okh-path-is-a-url = „{ $path }“ ist eine URL
imp-okh-path-leaves = „{ $path }“ verlässt den Ordner des Manifests
imp-okh-path-not-a-file = „{ $path }“ ist keine Datei im Ordner des Manifests
imp-okh-path-missing = „{ $path }“ existiert nicht neben dem Manifest
imp-detail = { $detail }
imp-okh-not-a-language = „{ $text }“ ist kein Sprachcode wie „en“; in [extra.okh] behalten
imp-okh-note-parts = { $count ->
    [one] { $count } OKH-Teil hat keine 2D-Geometrie im Manifest: in [[extra.okh.part]] behalten (importieren Sie seine Schneidedateien als Teile eines Bauplans)
   *[other] { $count } OKH-Teile haben keine 2D-Geometrie im Manifest: in [[extra.okh.part]] behalten (importieren Sie ihre Schneidedateien als Teile eines Bauplans)
}
imp-okh-text-number = „{ $text }“ ist Text, keine Zahl: gelesen als { $value } { $unit }
imp-okh-not-a-number = keine Zahl in { $unit }: verworfen
imp-okh-dimensions-not-a-table = eine Tabelle {"{"}width, depth, height{"}"} erwartet: verworfen
imp-okh-parts-not-tables = [[part]]-Tabellen erwartet: ignoriert
imp-okh-part-not-a-table = eine Tabelle erwartet: ignoriert
imp-okh-part-no-name = Teil ohne Namen
imp-okh-no-licence = keine Lizenz: auf „{ $licence }“ gesetzt; vor dem Veröffentlichen korrigieren
imp-okh-no-hardware-licence = keine Hardware-Lizenz in der Tabelle: auf „{ $licence }“ gesetzt
imp-okh-empty-licence = leere Lizenz: auf „{ $licence }“ gesetzt
imp-okh-licence-spelling = „{ $text }“ ist kein SPDX-Ausdruck; gelesen als „{ $licence }“
imp-okh-licence-unknown = „{ $text }“ ist keine Lizenz, die Barnraise kennt: auf „{ $licence }“ gesetzt (Original in [extra.okh] behalten); vor dem Veröffentlichen korrigieren
imp-okh-number-not-a-name = eine Zahl ist kein Name: ignoriert
imp-okh-author-name-used = „{ $text }“ hat nicht die Form „Name <E-Mail>“: „{ $name }“ wird verwendet
imp-okh-not-a-name = „{ $text }“ ist kein Name: ignoriert
imp-okh-level-read-as = „{ $text }“ gelesen als „{ $level }“
imp-okh-level-unknown = „{ $text }“ liegt nicht zwischen { $prefix }-1 und { $prefix }-{ $max }; in [extra.okh] behalten
