# What exports, nesting, search, sign-up and the command line refuse.

# Nesting.
refusal-nest-empty = no hay piezas que anidar
refusal-nest-too-large = la pieza { $label } ({ NUMBER($w, minimumFractionDigits: 1) } × { NUMBER($h, minimumFractionDigits: 1) } mm con { $spacing } mm de separación) no cabe en el área útil del tablero, { NUMBER($uw, minimumFractionDigits: 1) } × { NUMBER($uh, minimumFractionDigits: 1) } mm (tablero de { $sw } × { $sh } mm menos un margen de { $margin } mm), en ninguna de las rotaciones permitidas ({ $rotations })
refusal-nest-shape = pieza { $label }: su forma no se puede anidar: { $reason }
refusal-nest-sheet-size = el tablero de { $w } × { $h } mm debe tener ambos lados mayores que 0
refusal-nest-margin-spacing = el margen de { $margin } mm y la separación de { $spacing } mm deben ser 0 o más
refusal-nest-margin-too-wide = un margen de { $margin } mm no deja nada de un tablero de { $w } × { $h } mm
refusal-nest-not-all-placed = solo se pudieron colocar { $placed } de { $count } piezas; el motor de colisiones rechazó el resto
refusal-nest-bad-strip = la tira de { $length } × { $height } no es un contenedor válido
refusal-nest-item-not-placed = una pieza no se colocó

# Exports.
refusal-export-design-problems = { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    } en el diseño o sus parámetros
refusal-export-write = { $path }: { $reason }
refusal-in-design = { $slug }: { $message }
refusal-export-material-too-thick = el material «{ $material }» tiene { $thickness } mm de espesor; la máquina «{ $machine }» corta como máximo { $max } mm
refusal-export-no-parts = el diseño «{ $slug }» no tiene piezas que cortar
refusal-export-stock-too-thick = el { $material } de { $thickness } mm es más grueso que los { $max } mm que corta la máquina «{ $machine }»
refusal-export-sheet-over-bed = un tablero de { $width } × { $height } mm no cabe en la mesa de { $bed_width } × { $bed_height } mm de «{ $machine }»; recorte el tablero o elija otra máquina
refusal-export-machine-needs-makerspace = la máquina «{ $machine }» necesita un taller que diga de quién es
refusal-export-no-such-machine = { $makerspace } no tiene ninguna máquina «{ $machine }»; sus máquinas: { $machines }
refusal-export-gcode-laser = el G-code es para fresadoras CNC; «{ $machine }» es un láser
refusal-export-gcode-needs-cnc = el G-code necesita una fresadora CNC
refusal-export-no-machine-of-kind = { $makerspace } no tiene { $kind ->
        [laser] láser
       *[cnc] fresadora CNC
    } para archivos { $format }; sus máquinas: { $machines }
refusal-export-which-material = este diseño usa { $count } materiales ({ $materials }); diga para qué material es el tablero «{ $stock }»
refusal-export-no-such-stock = { $makerspace } no tiene «{ $stock }» en existencias; sus existencias: { $stocks }
refusal-export-needs-stock = necesita { $kind } de { $thickness } mm ({ $name }); existencias de { $makerspace }: { $stocks }
refusal-export-project-no-designs = el proyecto «{ $slug }» no tiene diseños que cortar
refusal-export-project-two-machines = «{ $first }» se corta en { $first_kind ->
        [laser] un láser
       *[cnc] una fresadora CNC
    } y «{ $slug }» en { $kind ->
        [laser] un láser
       *[cnc] una fresadora CNC
    }; un trabajo se corta en una sola máquina: elija un taller y su máquina, o un formato (svg para un láser, dxf para una fresadora CNC)
refusal-export-project-no-parts = el proyecto «{ $slug }» no tiene piezas que corte esta máquina
refusal-export-nothing-to-build = el diseño no tiene piezas que construir

# Search queries.
refusal-search-not-a-number = { $filter }: «{ $text }» no es un número
refusal-search-bed = bed: «{ $text }» no tiene la forma ANCHOxALTO en mm, por ejemplo 600x400
refusal-search-too-long = la búsqueda tiene { $count } caracteres; el límite es { $max }
refusal-search-filter-needs-value = el filtro «{ $filter }:» necesita un valor, por ejemplo { $filter }:…
refusal-search-unknown-filter = filtro desconocido «{ $filter }»{ $suggestion }; los filtros son: { $filters }
refusal-search-built = built: «{ $text }» no es un número de construcciones ni «works», por ejemplo built:>0, built:3 o built:works
refusal-search-unreadable-query = no se puede leer la búsqueda «{ $query }»: { $reason }
refusal-search-unreadable-author = no se puede leer el autor «{ $author }»: { $reason }

# Accounts: sign-up and the other forms (after "field: ").
refusal-account-username-length = debe tener de { $min } a { $max } caracteres
refusal-account-username-characters = solo puede contener letras a-z, dígitos 0-9 y «-»
refusal-account-display-name-brackets = no debe contener «<» ni «>»
refusal-account-email = debe tener la forma nombre@example.org
refusal-account-password-short = debe tener al menos { $min } caracteres
refusal-account-password-long = debe tener como máximo { $max } caracteres
refusal-account-password-username = no debe ser el nombre de usuario
refusal-account-empty = no debe estar vacío
refusal-account-too-long = debe tener como máximo { $max } caracteres
refusal-account-control-characters = no debe contener caracteres de control
refusal-account-spaces = no debe contener espacios
refusal-account-not-json = no es JSON: { $reason }
refusal-account-not-a-number = debe ser un número
refusal-account-write-something = escriba algo primero
refusal-account-post-too-long = { $count } caracteres; como máximo { $max }

# The limit, then when to try again.
refusal-account-limited = { $what }; vuelva a intentarlo en { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
refusal-account-signups-limited = se pueden crear como máximo { $count } cuentas por { $per ->
        [hour] hora
       *[day] día
    } desde una misma dirección
refusal-account-storage-limited = una cuenta puede almacenar { $mb } MB en { $days } días y esta ya ha almacenado { $used } MB; esto añadiría { $adding } MB
refusal-account-posts-limited = una cuenta puede publicar { $count } preguntas y respuestas por hora
refusal-account-not-found = { $what ->
        [user] usuario no encontrado
        [proposal] propuesta no encontrada
        [question] pregunta no encontrada
        [job] trabajo no encontrado
       *[other] { $what } no encontrado
    }
refusal-accounts-schema-too-new = la base de datos de cuentas tiene la versión de esquema { $found }, más reciente que la { $supported } que conoce este Barnraise; actualice Barnraise (el archivo no se ha tocado)
refusal-account-only-maintainers-decide = solo los mantenedores de { $slug } pueden decidir sobre sus propuestas
refusal-account-proposal-decided = la propuesta { $id } ya está { $state ->
        [accepted] aceptada
        [refused] rechazada
       *[other] decidida
    }
refusal-account-proposal-being-accepted = la propuesta { $id } ya se está aceptando
refusal-account-job-over = el trabajo { $id } ya ha { $state ->
        [finished] terminado
       *[failed] fallado
    }
refusal-account-answer-the-question = { $id } es una respuesta; responda a la pregunta a la que pertenece

# The store.
refusal-store-already-a-repository = { $path } ya contiene un repositorio git; ábralo en lugar de inicializarlo
refusal-store-already-released = { $tag } ya está publicada; publique primero una versión nueva
refusal-store-author-needs-email = el autor «{ $name }» necesita una dirección de correo: escriba "Nombre <email>"
refusal-store-build-exists = ya existe un registro de construcción «{ $id }» de «{ $slug }»
refusal-store-ca-empty = { $path }: no contiene ningún certificado (bloque -----BEGIN CERTIFICATE-----)
refusal-store-ca-not-pem = { $path }: no es un archivo PEM de certificados (bloques -----BEGIN CERTIFICATE-----)
refusal-store-ca-too-large = { $path }: un archivo de CA de { $size } bytes supera los { $max } bytes admitidos
refusal-store-cannot-fetch = no se puede traer del nodo «{ $peer }»: { $reason }
refusal-store-cannot-fork = no se puede derivar «{ $slug }» bajo { $license }: { $reason }
refusal-store-empty = el depósito está vacío
refusal-store-file-name-not-utf8 = { $path }: los nombres de archivo deben ser UTF-8
refusal-store-file-too-large = { $path }: { $size } bytes superan el límite de { $mib } MiB por archivo
refusal-store-manifest-uneditable = «{ $slug }»: design.toml no se puede editar: { $reason }
refusal-store-no-readable-manifest = «{ $slug }» no tiene un design.toml legible
refusal-store-not-a-build-id = «{ $id }» no es un identificador de registro de construcción
refusal-store-not-a-commit = «{ $id }» no es un identificador de commit
refusal-store-not-a-git-url = «{ $url }» no es una URL de git
refusal-store-not-a-proposal = «{ $git_ref }» no es una propuesta
refusal-store-not-an-author = «{ $text }» no es un autor de la forma "Your Name <you@example.org>"
refusal-store-not-bare = { $path } es un clon con copia de trabajo; Barnraise solo escribe en depósitos desnudos, para que ninguna copia se desvíe. Envíe en su lugar sus commits al depósito
refusal-store-not-beside-build = «{ $name }» no se puede guardar junto a un registro de construcción
refusal-store-package-no-manifest = el paquete no tiene { $file }
refusal-store-package-over-limit = { $path }: el paquete supera el límite de { $mib } MiB o { $files } archivos
refusal-store-package-too-large = el paquete tiene { $size } bytes; como máximo { $mib } MiB
refusal-store-too-many-files = el paquete tiene { $count } archivos; como máximo { $max }
refusal-store-path-not-utf8 = { $path } no es una ruta UTF-8
refusal-store-peer-exists = ya existe un nodo llamado «{ $name }»
refusal-store-peer-name = el nombre de nodo «{ $name }» debe tener solo letras minúsculas, dígitos y «-» (por ejemplo «leeds-makerspace»)
refusal-store-peer-sent-too-much = el nodo «{ $peer }» envió más de { $mib } MiB; no se tomó nada
refusal-store-project-version-not-raised = el proyecto «{ $slug }» ya está publicado en la versión { $current }; suba «version» en project.toml (por ejemplo a { $next }) para publicar un cambio
refusal-store-symlink = { $path }: los enlaces simbólicos no se guardan; copie el archivo en el paquete
refusal-store-tag-not-created = { $tag } no se creó

# The command line's own refusals (flags and commands stay as typed).
refusal-export-stock-pick = «{ $text }» no es un identificador de tablero ni material=stock-id (por ejemplo ply18=birch18)
refusal-cli-sheet = --sheet «{ $text }» no tiene la forma ANCHOxALTO en mm, por ejemplo 2440x1220
refusal-cli-size = --size «{ $text }» no tiene la forma ANCHOxALTO en píxeles (cada uno de { $min } a { $max }), por ejemplo 800x600
refusal-cli-material = --material { $reason }
refusal-cli-time-limit = --time-limit { $seconds }: indique segundos entre 0 y { $max }
refusal-cli-quantity = --design { $design }: la cantidad «{ $text }» no es un número entero
refusal-cli-project-format = --project exporta archivos de corte y hojas de construcción: use --format svg, dxf, gcode, pdf o all
refusal-cli-project-params = --param y --material se fijan por diseño en project.toml, no para todo un proyecto
refusal-cli-addr = --addr «{ $text }» no tiene la forma HOST:PUERTO, por ejemplo 127.0.0.1:8080
refusal-cli-jobs = --jobs { $jobs }: indique de 1 a { $max }
refusal-cli-addr-in-use = { $addr } está en uso: otro programa (u otro barnraise serve) escucha ahí; elija otra con --addr
refusal-cli-no-author = este cambio no tiene autor
refusal-cli-cannot-write = no se puede escribir { $path }: { $reason }
refusal-cli-unknown-argument = argumento inesperado «{ $arg }»{ $suggestion }
refusal-cli-unknown-command = orden desconocida «{ $command }»{ $suggestion }
refusal-cli-invalid-value = valor «{ $value }» no válido para { $arg }: use uno de { $valid }
refusal-cli-empty-value = { $arg } necesita un valor
refusal-cli-no-language = no hay idioma de interfaz «{ $value }»; elija uno de: { $valid }
refusal-cli-bad-value = valor «{ $value }» no válido para { $arg }
refusal-cli-missing-argument = faltan los siguientes argumentos obligatorios: { $args }
refusal-cli-missing-command = indique una orden: barnraise --help las lista
refusal-cli-conflict = { $arg } no se puede usar con { $other }
refusal-cli-unexpected-value = { $arg } recibió un valor que no admite
refusal-param-not-a-pair = «{ $text }» no tiene la forma nombre=valor (p. ej. thickness=17.4)
refusal-gcode-too-deep = { $what }: el corte llega a { $depth } mm de profundidad con el sobrecorte, pero la máquina alcanza como mucho { $limit } mm
refusal-gcode-tabs = { $what }: { $count } puentes de { $width } mm no caben en un perímetro de { $perimeter } mm
refusal-gcode-passes = { $what }: harían falta { $passes } pasadas de { $pass_depth } mm, más de las { $max } permitidas

# Build logs, projects, imports and the editor.
refusal-build-parameter-out-of-bounds = { $name } = { $value } está fuera de los límites del diseño ({ $min } a { $max })
refusal-build-no-parameter = «{ $slug }» no tiene ningún parámetro «{ $name }»{ $suggestion }
refusal-build-photo = foto { $name }: { $reason }
refusal-build-photo-not-sent = la foto «{ $name }» está en la lista pero no se envió
refusal-build-manifest-not-sent = el registro menciona el manifest.json de la exportación, pero no se envió con él
refusal-build-revision-lacks-design = la revisión { $revision } del depósito no contiene «{ $slug }»
refusal-build-invalid-at-revision = «{ $slug }» no es válido en la revisión { $revision }
refusal-build-no-revision = la revisión «{ $revision }» no está en este depósito (indique un commit de main, como los lista `history`, o déjela vacía para la versión actual)
refusal-build-other-version = la versión { $version } difiere de la { $held } que contiene la revisión
refusal-build-no-makerspace = no hay ningún taller «{ $space }» en el depósito{ $suggestion }; indique en su lugar 'place' y 'country'
refusal-build-future-date = la fecha { $date } está en el futuro
refusal-build-not-an-export-manifest = no es el manifest.json de una exportación de Barnraise: { $reason }
refusal-build-too-many-photos = { $count } fotos; un registro de construcción lleva como máximo { $max }
refusal-edited-manifest-too-large = design.toml tiene { $kib } KiB; como máximo { $max } KiB
refusal-import-no-okh-manifests = no hay manifiestos OKH aquí (se buscó { $names } en el árbol de carpetas)
refusal-no-such-file-or-folder = no existe ese archivo o carpeta

# Importing DXF and SVG cut files.
refusal-import-binary-dxf = el DXF binario no se lee: guarde el dibujo como DXF ASCII (R12 a R2018)
refusal-import-dxf-binary-data = no es un archivo DXF: contiene datos binarios (DXF es texto)
refusal-import-dxf-unreadable = no es un archivo DXF legible: { $reason }
refusal-import-dxf-gave-up = no es un archivo DXF legible (el lector se rindió)
refusal-import-too-many-entities = { $count } entidades superan el límite de { $max }; divida el dibujo
refusal-import-too-many-expanded = más de { $max } entidades al expandir los bloques; divida el dibujo
refusal-import-no-entities = no es un archivo DXF: no hay sección ENTITIES (¿está truncado?)
refusal-import-svg-not-utf8 = no es un archivo SVG: no es texto UTF-8
refusal-import-svg-entities = SVG rechazado, su DOCTYPE declara entidades: podrían apuntar a otros archivos y nunca se expanden; quite el bloque <!DOCTYPE …>
refusal-import-svg-too-many-nodes = más de { $max } nodos XML: demasiado grande para importar; divida el dibujo
refusal-import-svg-too-many-elements = más de { $max } elementos (contando las copias <use>): demasiado grande para importar
refusal-import-svg-too-many-points = más de { $max } puntos tras aplanar las curvas: demasiado grande para importar
refusal-import-svg-unreadable = no es un archivo SVG: { $reason }
refusal-import-svg-gave-up = no es un archivo SVG legible (el analizador se rindió)
refusal-import-svg-root = no es un archivo SVG: el elemento raíz es <{ $name }>, no <svg>
refusal-import-thickness = un espesor de { $mm } mm no es un espesor de tablero (0 < t ≤ { $max })
refusal-import-dpi = dpi { $dpi } no está entre { $min } y { $max }
refusal-import-no-file = no se dio ningún archivo de corte
refusal-import-too-many-files = { $count } archivos superan el límite de { $max } importados a la vez
refusal-import-not-dxf-or-svg = no es un archivo DXF ni SVG (por su nombre y sus primeros bytes)
refusal-import-too-many-contours = { $count } contornos cerrados superan el límite de { $max }
refusal-import-crossing = { $what }: el contorno se cruza cerca de ({ NUMBER($x, minimumFractionDigits: 2) }; { NUMBER($y, minimumFractionDigits: 2) }) mm (no es un bucle de esquina): un trazo de corte no debe cruzarse; corrija el dibujo ahí
refusal-import-all-excluded = se excluyeron todas las piezas: nada que importar
refusal-import-nothing = no hay contornos cerrados que cortar: nada que importar
refusal-import-not-a-valid-design = las piezas importadas no forman un diseño válido: { $detail }

# What an import leaves out (warnings on the review page and in the CLI's report).
refusal-import-svg-elements-ignored = { $count ->
        [one] { $count } elemento <{ $kind }> ignorado
       *[other] { $count } elementos <{ $kind }> ignorados
    } (no es un contorno)
refusal-import-svg-viewbox = viewBox "{ $text }" no son cuatro números con un tamaño positivo: ignorado
refusal-import-svg-css-selectors = { $count ->
        [one] { $count } selector CSS distinto de .clase, #id o nombre de elemento no aplicado
       *[other] { $count } selectores CSS distintos de .clase, #id o nombres de elemento no aplicados
    }
refusal-import-svg-too-deep = anidado en más de { $max } niveles: ignorado
refusal-import-svg-transform = transform "{ $text }" no entendido ({ $reason }): elemento ignorado
refusal-import-svg-script = <script> ignorado: los scripts nunca se ejecutan
refusal-import-svg-embedded-image = <image> ignorada: no es un contorno (una imagen rasterizada incrustada)
refusal-import-svg-linked-image = <image> ignorada: no es un contorno (su enlace "{ $href }" nunca se descarga)
refusal-import-svg-foreign-object = <foreignObject> ignorado
refusal-import-svg-use-without-href = <use> sin href: ignorado
refusal-import-svg-use-outside = <use> que apunta fuera del archivo ("{ $href }") ignorado: solo se siguen las referencias dentro del archivo
refusal-import-svg-use-no-id = <use> de "#{ $id }": no existe ese id, ignorado
refusal-import-svg-use-too-deep = <use> anidado en más de { $max } niveles o en bucle: ignorado
refusal-import-svg-path-broken = datos de trazado rotos ({ $reason }): dibujado hasta ahí
refusal-import-svg-too-large = mayor que { $m } m o no finito: ignorado
refusal-import-dxf-spline = SPLINE sin puntos de control o de ajuste utilizables: ignorada
refusal-import-dxf-no-block = INSERT del bloque «{ $name }», que el archivo no define: ignorado
refusal-import-dxf-blocks-too-deep = bloques anidados en más de { $max } niveles (¿un bloque que se inserta a sí mismo?): ignorados
refusal-import-dxf-entities-ignored = { $count ->
        [one] { $count } entidad { $kind } ignorada
       *[other] { $count } entidades { $kind } ignoradas
    } (no es un contorno)
refusal-import-dxf-hidden-layer = { $count ->
        [one] { $count } entidad omitida
       *[other] { $count } entidades omitidas
    }: la capa está apagada o no se traza
refusal-import-okh-not-utf8 = no es texto UTF-8 (byte no válido en la posición { $offset }); ¿es realmente un manifiesto?
refusal-import-okh-not-a-table = el manifiesto no es una tabla de campos (clave = valor)
refusal-import-taken-as-sheet = tomado como el tablero sobre el que se disponen las piezas (un rectángulo alrededor de otras piezas), no como una pieza; márquelo como pieza si lo es
refusal-import-score-as-outline = contorno cerrado del color de marcado que contiene cortes: se corta como contorno (indique un mapa de colores si los de su taller son otros)
refusal-import-duplicate = duplicado de { $what }: descartado
refusal-import-open-contour = contorno abierto de ({ NUMBER($x1, minimumFractionDigits: 2) }; { NUMBER($y1, minimumFractionDigits: 2) }) a ({ NUMBER($x2, minimumFractionDigits: 2) }; { NUMBER($y2, minimumFractionDigits: 2) }) mm: no es un borde de pieza, ignorado
refusal-import-more-open-contours = … y { $count } contornos abiertos más
refusal-import-more-duplicates = … y { $count } líneas duplicadas más descartadas
refusal-import-loop-removed = se quitó un bucle de { NUMBER($area, minimumFractionDigits: 3) } mm² donde el contorno se cruza cerca de ({ NUMBER($x, minimumFractionDigits: 2) }; { NUMBER($y, minimumFractionDigits: 2) }) mm (un bucle de esquina o un solapamiento)
refusal-import-touches-itself = el contorno se toca a sí mismo y encierra { $count ->
        [one] { $count } región: se corta como agujero
       *[other] { $count } regiones: se cortan como agujeros
    }
refusal-import-edge-cuts = { $count ->
        [one] { $count } recorte que llega al borde del contorno restado del contorno
       *[other] { $count } recortes que llegan al borde del contorno restados del contorno
    }
refusal-import-cut-outs-merged = recortes que se solapan o se tocan fusionados en uno: { $whats }
refusal-import-split-off = los recortes separan { $count ->
        [one] { $count } trozo pequeño
       *[other] { $count } trozos pequeños
    } de la pieza: descartados
refusal-import-turned = girada { NUMBER($degrees, minimumFractionDigits: 2) }° para que sus bordes sigan x e y
refusal-import-identical = idéntica a la pieza { $label }: contada en su cantidad
