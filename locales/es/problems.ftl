# What is wrong with a manifest, a makerspace profile, a project or a build log.

# After an unknown word, with its leading space: "unknown field 'widht' (did you mean 'width'?)".
problem-did-you-mean = {" "}(¿quiso decir '{ $word }'?)

## Reading the TOML

problem-invalid-toml = TOML no válido: { $detail }
problem-expected-found = se esperaba { $expected }, se encontró { $found }
problem-expected-found-values = se esperaba { $expected }, se encontró una lista de { $count } { $count ->
        [one] valor
       *[other] valores
    }
problem-expected-strings-found-string = se esperaba una lista de cadenas, se encontró una cadena (escriba [{ $text }])
problem-unknown-key = clave desconocida «{ $key }»{ $suggestion }
problem-missing-field-root = falta el campo obligatorio «{ $key }» en el manifiesto
problem-missing-field = falta el campo obligatorio «{ $key }» en «{ $table }»
problem-expected-table = una tabla
problem-expected-array = una lista
problem-expected-string = una cadena
problem-expected-bool = true o false
problem-expected-number = un número
problem-expected-whole-number = un número entero
problem-expected-number-or-expression = un número o una expresión entre comillas
problem-expected-point = un punto [x, y]
problem-expected-triple = tres valores [x, y, z]
problem-expected-date = una fecha como 2026-11-30
problem-expected-size = un tamaño [x, y] en mm
problem-expected-diameters = una lista de diámetros en mm
problem-found-string = una cadena ({ $value })
problem-found-integer = un entero ({ $value })
problem-found-float = un número decimal ({ $value })
problem-found-boolean = un booleano ({ $value })
problem-found-datetime = una fecha y hora ({ $value })
problem-found-array = una lista
problem-found-table = una tabla

## Expressions

problem-expression-empty = expresión vacía
problem-expression-too-long = la expresión tiene { $count } caracteres; el límite es { $max }
problem-expression-character = la expresión «{ $expression }» tiene el carácter «{ $char }», que no está permitido (use números, nombres, + - * / ^, paréntesis y funciones como min(a, b))
problem-expression-unreadable-why = no se puede leer la expresión «{ $expression }»: { $why }
problem-expression-unreadable = no se puede leer la expresión «{ $expression }»
problem-exmex-juxtaposed = hay dos valores seguidos sin un operador entre ellos (escriba 2 * x, no 2 x)
problem-exmex-parentheses = los paréntesis no coinciden
problem-exmex-other = { $detail }
problem-expression-unknown-name = nombre desconocido «{ $name }» en la expresión «{ $expression }»{ $suggestion }
problem-expression-no-value = «{ $name }» no tiene valor aquí (no se pudo evaluar)
problem-expression-cannot-evaluate = no se puede evaluar «{ $expression }»: { $detail }
problem-expression-nan = «{ $expression }» no es un número (¿raíz cuadrada o logaritmo de un valor negativo?) con { $values }
problem-expression-infinite = «{ $expression }» es infinito (¿división por cero?) con { $values }
problem-no-parameters = ningún parámetro
problem-value-known = { $name } = { $value }
problem-value-unknown = { $name } desconocido
problem-values-and = { $list }, { $item }

## Parameters and evaluation

problem-no-such-parameter = este diseño no tiene el parámetro «{ $name }»{ $suggestion }; tiene: { $names }
problem-no-such-parameter-none = este diseño no tiene el parámetro «{ $name }»{ $suggestion }; no tiene ninguno
problem-value-too-large = «{ $expression }» = { $value } mm supera los { $max } mm que acepta este formato
problem-not-positive = { $what } debe ser mayor que 0, pero «{ $expression }» = { $value }{ $context }
problem-below-one = { $what } debe ser al menos 1, pero «{ $expression }» = { $value }{ $context }
problem-with-values = {" "}(con { $values })
problem-word-thickness = el grosor
problem-word-quantity = la cantidad
problem-word-width = el ancho
problem-word-height = la altura
problem-word-diameter = el diámetro
problem-word-repeat-count = el número de repeticiones
problem-word-placement-repeat-count = el número de repeticiones de la colocación
problem-word-slot-width = el ancho de la ranura
problem-word-slot-depth = la profundidad de la ranura
problem-word-tab-width = el ancho de la lengüeta
problem-word-tab-length = el largo de la lengüeta
problem-word-text-height = la altura del texto
problem-word-other = { $word }

## Work budgets

problem-limit-copies-per-repeat = { $what } { $asked } supera las { $max } copias que puede hacer una repetición
problem-limit-part-quantity = la cantidad { $asked } supera las { $max } copias permitidas de una pieza
problem-limit-part-copies = el diseño pide { $asked } copias de piezas en total; el límite es { $max } por diseño
problem-limit-holes = la pieza { $part } tendría { $asked } agujeros; el límite es { $max } por pieza
problem-limit-slots = la pieza { $part } tendría { $asked } ranuras; el límite es { $max } por pieza
problem-limit-tabs = la pieza { $part } tendría { $asked } lengüetas; el límite es { $max } por pieza
problem-limit-vertices = la pieza { $part } tendría unos { $asked } vértices una vez aplanados los arcos; el límite es { $max } por pieza
problem-limit-unbounded-count = el parámetro de conteo «{ $name }» fija { $drives } pero no tiene «max»: dele uno (como máximo { $max }), para que nadie pueda pedir copias sin límite
problem-drives-quantity = la cantidad de la pieza { $part }
problem-drives-repeat = un número de repeticiones de la pieza { $part }
problem-drives-placement-repeat = un número de repeticiones de colocación de la pieza { $part }
problem-limit-time = la comprobación de la geometría tardó más de { $seconds } s; simplifique las piezas (menos agujeros, menos puntos)
problem-more-in-part = … y { $count } { $count ->
        [one] problema más
       *[other] problemas más
    } en la pieza { $part } (solo se listan los { $max } primeros)

## Manifests

problem-manifest-unread = no se pudo leer el manifiesto
problem-unknown-category = categoría desconocida «{ $text }»{ $suggestion }; use una de: { $known }
problem-translations-not-a-table = «translations» debe ser una tabla de idiomas: [translations.fr]
problem-translation-language = código de idioma desconocido «{ $code }»{ $suggestion }; se puede traducir a: { $known }
problem-translation-original = el diseño está escrito en «{ $code }» (documentation-language); tradúzcalo a otro idioma o cambie los textos originales
problem-translation-tools = { $count } { $count ->
        [one] herramienta traducida
       *[other] herramientas traducidas
    }; el diseño lista { $tools } (traduzca cada una, en orden)
problem-no-such-label = ninguna pieza tiene la etiqueta «{ $label }»{ $suggestion }
problem-translation-parts-not-a-table = «parts» debe ser una tabla: etiqueta de la pieza = "nombre"
problem-no-such-bom-item = ningún artículo de la lista de materiales es «{ $item }»{ $suggestion }
problem-translation-bom-not-a-table = «bom» debe ser una tabla: artículo original = "traducción"
problem-not-a-step-number = el paso { $value } no es un número de paso (1, 2, …)
problem-slug = «{ $text }» no es un identificador válido: use de 2 a 64 letras minúsculas, cifras y guiones sueltos, por ejemplo «compost-sieve»
problem-licence-empty = la licencia está vacía: dé una expresión SPDX como «CC-BY-SA-4.0»
problem-licence-invalid = «{ $text }» no es una expresión de licencia SPDX válida: { $reason }{ $hint }
problem-licence-hint = {" "}(use identificadores SPDX como CC-BY-SA-4.0, CERN-OHL-S-2.0, CC-BY-4.0 o MIT)
problem-unknown-currency = moneda desconocida «{ $text }»{ $suggestion }: use un código ISO 4217 como EUR, GBP, USD o KES
problem-no-authors = se necesita al menos un autor
problem-author = «{ $text }» no es «Nombre» ni «Nombre <correo>»
problem-path-empty = ruta vacía
problem-path-absolute = «{ $path }» debe ser una ruta dentro del paquete, no una ruta absoluta
problem-path-backslash = «{ $path }» debe usar «/» como separador
problem-path-control-characters = «{ $path }» contiene caracteres de control
problem-path-components = «{ $path }» no debe contener componentes vacíos, «.» ni «..»
problem-path-git = «{ $path }» no debe apuntar dentro de .git
problem-name-invalid = «{ $name }» no es un nombre válido: use letras minúsculas, cifras y «_», empezando por una letra, como máximo 40 caracteres (por ejemplo «shelf_gap»)
problem-name-reserved = «{ $name }» es el nombre de una función o constante de las expresiones; elija otro nombre
problem-parameter-type = tipo de parámetro desconocido «{ $text }»{ $suggestion }; use length, count, angle o bool
problem-bool-parameter-bound = un parámetro bool no tiene «{ $key }»
problem-computed-is-parameter = «{ $name }» ya es un parámetro; un valor calculado necesita su propio nombre
problem-material-id = «{ $id }» no es un identificador de material válido: use letras minúsculas, cifras, «-» y «_»
problem-material-kind = tipo de material desconocido «{ $text }»{ $suggestion }; use uno de: { $known }
problem-nominal-thickness = el grosor nominal de { $value } mm no está entre 0 y { $max } mm
problem-polygon-points = un polígono necesita al menos 3 puntos, se encontraron { $count }
problem-path-segments = un trazado necesita al menos 2 segmentos
problem-unknown-shape = forma desconocida «{ $text }»{ $suggestion }; use rect, circle, polygon o path
problem-direction = la dirección «{ $text }» debe ser up, down, left o right{ $suggestion }
problem-unknown-material = material desconocido «{ $id }»{ $suggestion }; declárelo en [materials.{ $id }]
problem-process = el proceso «{ $text }» debe ser «laser» o «cnc»{ $suggestion }
problem-rotation = la rotación { $value } debe ser 0, 90, 180 o 270
problem-rotations-empty = rotations está vacío: permita al menos [0]
problem-unknown-unit = unidad desconocida «{ $text }»{ $suggestion }; use una de: { $known }
problem-unit-cost-negative = el coste unitario { $value } es negativo

## Points files

problem-points-file-missing = el archivo de puntos «{ $path }» no existe en el paquete
problem-points-file = archivo de puntos «{ $path }»: { $why }
problem-points-file-too-large = { $size } bytes superan el límite de { $max } bytes
problem-points-not-utf8 = no es texto UTF-8 (el byte { $byte } no lo es)
problem-points-line = línea { $line }: se esperaban dos números «x y», se encontró «{ $text }»
problem-points-coordinates = línea { $line }: las coordenadas deben ser finitas y estar dentro de ±{ $max } mm
problem-points-too-many = más de { $max } puntos

## Projects and build logs

problem-project-too-large = project.toml tiene { $size } bytes; el límite es { $max }
problem-project-unread = no se pudo leer el proyecto
problem-build-log-too-large = el registro de construcción tiene { $size } bytes; el límite es { $max }
problem-build-log-unread = no se pudo leer el registro de construcción
problem-build-outcome = resultado desconocido «{ $text }»{ $suggestion }: use works, works-with-changes o failed
problem-build-makerspace = taller: { $why }
problem-build-material = material desconocido «{ $text }»{ $suggestion }: use uno de { $known }
problem-build-number-range = «{ $key }» es { $value }{ $unit }; debe ser 0 o más y como máximo { $max }{ $unit }
problem-build-date = la fecha «{ $text }» no es una fecha como 2026-11-30 (año-mes-día)
problem-build-photos = { $count } fotos; como máximo { $max }
problem-build-photo-name = «{ $name }» no es un nombre de foto: letras minúsculas, cifras y guiones, y luego .png o .jpg
problem-listed-twice = «{ $name }» aparece dos veces

## Makerspace profiles

problem-profile-too-large = el perfil tiene { $size } bytes; el límite es { $max }
problem-profile-unread = no se pudo leer el perfil
problem-profile-file-name = nombre de archivo: { $why }
problem-colour-tolerance = colour_tolerance { $value } no está entre 0 y { $max } (la distancia RGB del negro al blanco)
problem-colour-key = «{ $key }» no es un color: escriba "#rrggbb" (entre comillas) o un índice de color de AutoCAD de 1 a 255
problem-colour-operation = operación desconocida «{ $text }»{ $suggestion }: use una de { $known }
problem-id = «{ $id }» no es un identificador válido: use letras minúsculas, cifras, «-» y «_»
problem-number-range-positive = «{ $key }» es { $value }{ $unit }; debe ser mayor que 0 y como máximo { $max }{ $unit }
problem-size-values = se esperaba un tamaño [x, y] en mm, se encontraron { $count } { $count ->
        [one] valor
       *[other] valores
    }
problem-size-range = el tamaño [{ $x }; { $y }] debe ser mayor que 0 y como máximo { $max } mm por lado
problem-machine-kind = tipo de máquina desconocido «{ $text }»{ $suggestion }: use laser o cnc
problem-tool-diameter = el diámetro de herramienta de { $value } mm debe ser mayor que 0 y como máximo { $max } mm
problem-no-tool-diameters = indique al menos un diámetro de herramienta
problem-stock-material-kind = tipo de material desconocido «{ $text }»{ $suggestion }; tipos conocidos: { $known }

## Part geometry

problem-point = ({ $x }; { $y })
problem-span = x { $x0 }…{ $x1 }, y { $y0 }…{ $y1 }
problem-outline-crosses = el contorno se cruza a sí mismo cerca de { $point }: una trayectoria de corte no debe cruzarse
problem-outline-zero-area = el contorno tiene área cero
problem-outline-not-simple = el contorno no es un contorno cerrado simple
problem-hole-crosses = el contorno del agujero se cruza a sí mismo
problem-hole-crosses-near = el contorno del agujero se cruza a sí mismo cerca de { $point }
problem-hole-outside = el agujero no está del todo dentro del contorno{ $hole }{ $outline }; un recorte que llega al borde debería ser una ranura
problem-hole-spans = {" "}(el agujero abarca { $span })
problem-outline-spans = ; el contorno abarca { $span }
problem-holes-overlap = el agujero se superpone a otro agujero de la pieza { $part } cerca de { $point }{ $copies }: dibuje los recortes superpuestos como una sola trayectoria
problem-hole-copies = {" "}({ $count } copias de este agujero lo hacen)
problem-tab-off-edge = la base de la lengüeta { $point } está a { $distance } mm del borde del contorno; «at» debe estar en el borde
problem-tab-inward = la lengüeta apunta hacia dentro de la pieza; ajuste «direction» para que apunte hacia fuera del borde
problem-slot-off-edge = la boca de la ranura { $point } está a { $distance } mm del borde del contorno; «at» debe estar en el borde desde el que se corta la ranura
problem-slot-outward = la ranura sale de la pieza en lugar de entrar en ella; ajuste «direction» para que apunte hacia dentro de la pieza
problem-slot-past-edge = la ranura ({ $width } de ancho, { $depth } de profundidad desde { $point }) sobrepasa el borde de la pieza: debe quedar dentro de la pieza
problem-nothing-left = no queda nada de la pieza una vez cortadas las ranuras y los agujeros
problem-part-in-pieces = las ranuras y los agujeros cortan la pieza { $part } en { $count } trozos; hágalos menos profundos o muévalos

## Design packages

problem-manifest-too-large = el manifiesto tiene { $size } bytes; el límite es { $max } bytes (1 MiB). Mueva los textos largos a archivos del paquete
problem-manifest-not-utf8 = el manifiesto no es UTF-8 válido: byte { $byte } en la posición { $offset } (guarde el archivo como UTF-8)
problem-file-missing = «{ $path }» no existe en el paquete
problem-file-missing-in-folder = «{ $path }» no existe en la carpeta del paquete { $folder }
problem-file-outside = «{ $path }» lleva fuera del paquete (¿un enlace simbólico?)
problem-file-not-a-file = «{ $path }» no es un archivo
problem-no-manifest-here = aquí no hay { $file }: un paquete de diseño es una carpeta con un { $file }
problem-cannot-read = no se puede leer: { $reason }
problem-cannot-read-folder = no se puede leer la carpeta: { $reason }
problem-no-such-file-or-folder = no existe el archivo o la carpeta
problem-no-packages-here = aquí no hay paquetes de diseño (no hay { $file } en ella ni en sus subcarpetas)
problem-at-minimum = con { $name } = { $value }{ $unit } (su mínimo): { $problem }
problem-at-maximum = con { $name } = { $value }{ $unit } (su máximo): { $problem }

## Imported manifests (OKH, TOML or YAML)

problem-manifest-too-deep = el manifiesto anida más de { $depth } niveles o contiene más de { $max } valores
problem-invalid-yaml = YAML no válido: { $detail }
problem-yaml-alias = los alias de YAML (*nombre) no se siguen; el valor queda vacío

## Cutting a part on a machine

problem-cut-slot-too-narrow = pieza { $part }: la ranura en { $point } tiene { $width } mm de ancho, pero { $tool } mide { $cut } mm: no puede cortar la ranura
problem-cut-dogbone-through = pieza { $part }: un dogbone de { $radius } mm en { $point } atravesaría el borde de la pieza; use una fresa más pequeña o mueva la ranura
problem-cut-hole-too-small = pieza { $part }: un agujero cerca de { $point } es más pequeño que { $tool } de { $cut } mm
problem-cut-offset = pieza { $part }: el desplazamiento de { $offset } mm para { $tool } deja { $count } trozos
problem-cut-laser-kerf = el corte del láser
problem-cut-router-bit = la fresa
