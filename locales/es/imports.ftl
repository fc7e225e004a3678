# What an import found in cut files (DXF, SVG) and OKH manifests, and what it decided:
# units, thickness, joints, repairs and warnings.

## Units of a cut file, and how they were decided.

imp-unit-mm = milímetros
imp-unit-cm = centímetros
imp-unit-m = metros
imp-unit-in = pulgadas
imp-unit-ft = pies
imp-unit-pt = puntos (1/72 pulg.)
imp-unit-px = px a { $dpi } por pulgada
imp-length-m = { $m } m
imp-length-mm = { $mm } mm
imp-length-mm-fine = { NUMBER($mm, minimumFractionDigits: 2) } mm
imp-units-given = unidades: { $unit } (indicadas)
imp-units-none-in-file = el archivo no indica unidades
imp-units-insunits = $INSUNITS = { $code }
imp-units-svg-px = width/height en px ({ $dpi } por pulgada{ $drawn-by })
imp-units-as-drawn-by = , como los dibujaba { $program }
imp-units-svg-size = width/height en { $unit } con el viewBox
imp-units-svg-generator = { $program }, que dibujaba { $dpi } px por pulgada
imp-program = { $name }
imp-program-unknown = un programa desconocido
imp-program-old-inkscape = Inkscape 0.91 o anterior
imp-units-why-sheet = hay un contorno de tablero estándar dibujado en { $unit }
imp-units-why-sizes = leído en { $unit }, la pieza más grande mediría { $largest }; en { $other } mide { $other-largest }
imp-units-corrected = { $said } ({ $declared }), pero { $why }: leído en { $unit }; indique units={ $code } para imponerlo
imp-units-guessed = { $said }, pero { $why }: leído en { $unit }; indique units={ $code } para imponerlo
imp-units-assumed = { $said }: se suponen { $unit } (pieza más grande: { $largest }); indique units=in (o mm, cm, m, ft, pt, px) si no es así
imp-units-implausible = { $said }: { $unit } (pieza más grande: { $largest }, lo que parece un error; ninguna otra unidad encaja mejor); indique units para imponer otra
imp-units-declared = { $said }: { $unit }

## The sheet thickness and where it came from ($process is laser or cnc).

imp-thickness-given = indicado
imp-thickness-from-layer = del nombre de la capa del tablero en { $file }
imp-thickness-assumed = no se indicó espesor y los archivos no lo dicen: se suponen { $mm } mm para { $process ->
    [cnc] la fresadora CNC
   *[other] la cortadora láser
}; indique el espesor

## Notes on what an import found.

imp-note-parts = { $count ->
    [one] { $count } pieza
   *[other] { $count } piezas
}{ $merged }; { $joints ->
    [one] { $joints } unión que sigue
   *[other] { $joints } uniones que siguen
} el espesor ({ $thickness } mm)
imp-note-merged = {" "}({ $count ->
    [one] { $count } copia idéntica contada
   *[other] { $count } copias idénticas contadas
} como cantidad)
imp-note-made-by = { $file }: hecho con { $program }
imp-note-file-units = { $file }: { $reason }
imp-note-joints-as-drawn = las uniones se escriben tal como están dibujadas: al seguir el espesor, hacían imposible construir una pieza en los extremos del rango

## The import review: what each item is, its size and joints ($kind is slot, finger or
## mortise).

imp-item-part = pieza
imp-item-sheet-outline = contorno del tablero
imp-item-non-cut = no es para la máquina
imp-item-engraving = grabado
imp-item-score = línea de marcado
imp-item-size = { $width } × { $height } mm
imp-joint-group = { $count ->
    [1] {""}
   *[other] { $count } ×{" "}
}{ $kind ->
    [slot] ranura
    [finger] dedo
   *[other] mortaja
} { $width } mm
imp-joints-follow = { $slots ->
    [one] { $slots } ranura
   *[other] { $slots } ranuras
}, { $fingers ->
    [one] { $fingers } dedo de ensamble
   *[other] { $fingers } dedos de ensamble
} y { $mortises ->
    [one] { $mortises } mortaja
   *[other] { $mortises } mortajas
} siguen el espesor

## What an OKH manifest's import worked around. Field names and [extra.okh] stay as
## written; 'Imported design' is the name written into the design.

imp-okh-list-first = se esperaba un valor y hay una lista: se usa el primero
imp-okh-table-ignored = se esperaba un texto y hay una tabla: ignorada
imp-okh-unknown-field = campo OKH desconocido{ $suggestion }; se guarda en [extra.okh]
imp-okh-too-long = más de { $max } caracteres: acortado
imp-okh-no-name = sin nombre: el diseño se llama «Imported design»
imp-okh-version-padded = «{ $text }» no es una versión semántica; se lee como { $version }
imp-okh-not-a-version = «{ $text }» no es una versión; se usa 0.1.0 y el original se guarda en [extra.okh]
imp-okh-no-version = sin versión: se usa 0.1.0
imp-okh-no-licensor = sin licenciante (licensor): el autor figura como «{ $author }»
imp-okh-no-function = sin función (function): el resumen repite el nombre
imp-okh-image-kept = { $why }; se guarda en [extra.okh]
imp-okh-path-not-a-url = «{ $path }» no es una URL
imp-okh-path-is-a-url = «{ $path }» es una URL
imp-okh-path-leaves = «{ $path }» sale de la carpeta del manifiesto
imp-okh-path-not-a-file = «{ $path }» no es un archivo dentro de la carpeta del manifiesto
imp-okh-path-missing = «{ $path }» no existe junto al manifiesto
imp-detail = { $detail }
imp-okh-not-a-language = «{ $text }» no es un código de idioma como «en»; se guarda en [extra.okh]
imp-okh-note-parts = { $count ->
    [one] { $count } pieza OKH no tiene geometría 2D en el manifiesto: se guarda en [[extra.okh.part]] (importe sus archivos de corte como las piezas de un diseño)
   *[other] { $count } piezas OKH no tienen geometría 2D en el manifiesto: se guardan en [[extra.okh.part]] (importe sus archivos de corte como las piezas de un diseño)
}
imp-okh-text-number = «{ $text }» es texto, no un número: se lee como { $value } { $unit }
imp-okh-not-a-number = no es un número de { $unit }: descartado
imp-okh-dimensions-not-a-table = se esperaba una tabla {"{"}width, depth, height{"}"}: descartada
imp-okh-parts-not-tables = se esperaban tablas [[part]]: ignorado
imp-okh-part-not-a-table = se esperaba una tabla: ignorado
imp-okh-part-no-name = pieza sin nombre
imp-okh-no-licence = sin licencia: se pone «{ $licence }»; corríjala antes de publicar
imp-okh-no-hardware-licence = no hay licencia de hardware en la tabla: se pone «{ $licence }»
imp-okh-empty-licence = licencia vacía: se pone «{ $licence }»
imp-okh-licence-spelling = «{ $text }» no es una expresión SPDX; se lee como «{ $licence }»
imp-okh-licence-unknown = «{ $text }» no es una licencia que Barnraise conozca: se pone «{ $licence }» (el original se guarda en [extra.okh]); corríjala antes de publicar
imp-okh-number-not-a-name = un número no es un nombre: ignorado
imp-okh-author-name-used = «{ $text }» no tiene la forma «Nombre <correo>»: se usa «{ $name }»
imp-okh-not-a-name = «{ $text }» no es un nombre: ignorado
imp-okh-level-read-as = «{ $text }» se lee como «{ $level }»
imp-okh-level-unknown = «{ $text }» no está entre { $prefix }-1 y { $prefix }-{ $max }; se guarda en [extra.okh]
