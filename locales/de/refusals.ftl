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
    } mit dem Entwurf oder seinen Parametern
refusal-export-write = { $path }: { $reason }
refusal-in-design = { $slug }: { $message }
refusal-export-material-too-thick = das Material „{ $material }“ ist { $thickness } mm dick; die Maschine „{ $machine }“ schneidet höchstens { $max } mm
refusal-export-no-parts = der Entwurf „{ $slug }“ hat keine Teile zum Schneiden
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
refusal-export-which-material = dieser Entwurf verwendet { $count } Materialien ({ $materials }); sagen Sie, für welches Material die Platte „{ $stock }“ ist
refusal-export-no-such-stock = { $makerspace } führt kein „{ $stock }“; sein Lager: { $stocks }
refusal-export-needs-stock = braucht { $thickness } mm { $kind } ({ $name }); Lager von { $makerspace }: { $stocks }
refusal-export-project-no-designs = das Projekt „{ $slug }“ hat keine Entwürfe zum Schneiden
refusal-export-project-two-machines = „{ $first }“ wird auf { $first_kind ->
        [laser] einem Laser
       *[cnc] einer CNC-Fräse
    } geschnitten und „{ $slug }“ auf { $kind ->
        [laser] einem Laser
       *[cnc] einer CNC-Fräse
    }; ein Auftrag wird auf einer Maschine geschnitten: wählen Sie eine Werkstatt und ihre Maschine oder ein Format (svg für einen Laser, dxf für eine CNC-Fräse)
refusal-export-project-no-parts = das Projekt „{ $slug }“ hat keine Teile, die diese Maschine schneidet
refusal-export-nothing-to-build = der Entwurf hat keine Teile zum Bauen

# Search queries.
refusal-search-not-a-number = { $filter }: „{ $text }“ ist keine Zahl
refusal-search-bed = bed: „{ $text }“ ist nicht BREITExHÖHE in mm, z. B. 600x400
refusal-search-too-long = die Suchanfrage ist { $count } Zeichen lang; die Grenze liegt bei { $max }
refusal-search-filter-needs-value = der Filter „{ $filter }:“ braucht einen Wert, z. B. { $filter }:…
refusal-search-unknown-filter = unbekannter Filter „{ $filter }“{ $suggestion }; die Filter sind: { $filters }
refusal-search-built = built: „{ $text }“ ist weder eine Anzahl von Bauten noch „works“, z. B. built:>0, built:3 oder built:works
refusal-search-unreadable-query = die Suchanfrage „{ $query }“ lässt sich nicht lesen: { $reason }
refusal-search-unreadable-author = der Autor „{ $author }“ lässt sich nicht lesen: { $reason }
