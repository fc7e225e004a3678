# La interfaz de Barnraise en español. Mismas claves que locales/en/main.ftl.
# Vocabulario: plywood = contrachapado, sheet = tablero, cut list = lista de corte,
# bill of materials = lista de materiales, makerspace = taller comunitario / fab lab.

## Page header and footer
search-placeholder = Buscar diseños: sembradora, colmena, carreta…
search-label = Buscar diseños
search-button = Buscar
nav-browse = Explorar
nav-projects = Proyectos
nav-makerspaces = Talleres
nav-login = Entrar
nav-signup = Crear cuenta
lang-chooser = Idioma
footer-motto = Barnraise: diseño global, fabricación local.
footer-offline = Guardado sin conexión
footer-api = API

## Page titles
title-search = Búsqueda
title-login = Entrar
title-signup = Crear cuenta

## Counts
count-parts = { $count ->
    [one] { $count } pieza
   *[other] { $count } piezas
}
count-forks = { $count ->
    [one] { $count } derivado
   *[other] { $count } derivados
}
count-designs = { $count ->
    [one] { $count } diseño
   *[other] { $count } diseños
}
someone = alguien
someone-capital = Alguien

## Design cards
card-preview-alt = Vista previa de { $name }
card-cost = unos { $cost }
card-built = construido { $count } { $count ->
    [one] vez
   *[other] veces
}
card-built-works = { $count ->
    [one] { $count } funciona
   *[other] { $count } funcionan
}
card-fork-of = derivado de

## Home page
home-title = Compartir diseños en todo el mundo, fabricarlos en el lugar
home-intro = Barnraise es una biblioteca de hardware abierto para fincas y talleres: sembradoras, colmenas, carretas, bancos, bloques de pared. Cada diseño es paramétrico: indique el grosor de sus tableros y las medidas, y lleve los archivos de corte y la hoja de montaje impresa a la cortadora láser o a la fresadora CNC de su taller. Derive un diseño, adáptelo y vuelva a compartirlo.
home-browse-all = { $count ->
    [one] Ver el diseño
   *[other] Ver los { $count } diseños
}
home-find-makerspace = Encontrar un taller
home-categories = Categorías
home-recent = Cambiados hace poco
home-most-forked = Los más derivados

## Search page
search-title = Diseños
search-query-placeholder = sembradora, colmena, license:CC-BY-SA-4.0, cost:<50
search-query-label = Búsqueda
search-fits = Cabe en mi máquina
search-bed = Mesa (mm)
search-thicknesses = Grosores de tablero (mm)
search-buildable-at = Se puede hacer en
search-any-makerspace = cualquier taller
search-for = para
search-previous = Anterior
search-next = Siguiente
search-page-of = página { $page } de { $pages }
facet-category = Categoría
facet-license = Licencia
facet-material = Material
facet-process = Proceso
facet-built_at = Construido en

## Categories, materials, processes, units, outcomes, proposal states
category-farm-tool = herramienta agrícola
category-structure = construcción
category-furniture = mobiliario
category-beekeeping = apicultura
category-storage = almacenaje
category-garden = huerto
category-workshop = taller
category-animal-care = cuidado animal
category-energy = energía
category-kitchen = cocina
category-other = otros
material-plywood = contrachapado
material-osb = OSB
material-mdf = MDF
material-hardboard = tablero duro
material-acrylic = acrílico
material-hdpe = PEAD
material-polycarbonate = policarbonato
material-aluminium = aluminio
material-steel = acero
material-cardboard = cartón
material-solid-wood = madera maciza
material-other = otro
process-laser = láser
process-cnc = fresadora CNC
unit-pcs = uds.
unit-m = m
unit-m2 = m²
unit-kg = kg
unit-l = l
unit-set = juego
unit-pack = paquete
outcome-works = funciona
outcome-works-with-changes = funciona con cambios
outcome-failed = falló
proposal-open = abierta
proposal-accepted = aceptada
proposal-refused = rechazada

## Design page
design-cost = Unos { $total } de fabricación ({ $hardware } de herrajes + { $material } de tableros).
design-cost-hardware-only = Unos { $total } de herrajes para fabricarlo (tableros sin precio).
design-forked-from = Derivado de
design-forked-at = en
design-forked-in = en { $store }
design-preview-alt = Vista 3D de { $name }
design-preview-caption = Vista previa con los parámetros de abajo.
design-make-it-yours = Hágalo a su medida
design-update = Actualizar
design-downloads = Descargas
design-makerspace = Taller
design-no-makerspace = ninguno (máquina por defecto)
design-machine = Máquina
design-space-machine = la máquina del taller para estas piezas
design-stock-for = Tablero para { $material }
design-space-stock = el tablero adecuado del taller
design-files = Archivos
design-export = Exportar
design-3d = 3D:
design-okh = Manifiesto OKH
design-photos = Fotos y dibujos
design-add-photo = Añadir una foto (PNG o JPEG, hasta 5 MB)
design-upload = Subir
design-licence = Licencia: { $license }
design-authors = Autores: { $authors }
design-contributors = Colaboradores:
design-builders = Constructores:
design-built-it = lo construyó el { $date }
design-photographed-it = lo fotografió
design-history = Historial
q-login-to-ask = para hacer una pregunta.
q-ask = Preguntar
q-limits = hasta 4000 caracteres; 10 preguntas y respuestas por hora
q-ask-label = Haga una pregunta sobre este diseño
q-none = Todavía no hay preguntas.
q-answer = Responder
q-hide = Ocultar como spam
q-show = Mostrar de nuevo
q-hidden = oculto como spam
q-asked = preguntó el { $date }
q-heading = Preguntas
project-add-submit = Añadir con estos parámetros
project-add-copies = Copias
project-add-name = Nombre del proyecto nuevo
project-add-slug = Identificador del proyecto nuevo
project-add-new = un proyecto nuevo…
project-add-project = Proyecto
project-add-h = Añadir a un proyecto
build-fork-changes = Bifurcar con estos cambios
build-propose-changes = Proponer estos cambios
design-feed = Canal (Atom)
design-lineage = Linaje
design-fork = Derivar
design-propose = Proponer un cambio
design-peer-updates = Actualizaciones de otros nodos
design-peer-updates-intro = Estos depósitos cambiaron este diseño sin ser su origen, o sin subir su versión. Nada suyo se publica hasta que usted lo acepte.
design-peer-version = versión { $version } (la nuestra: { $ours })
design-peer-unreadable = ilegible
design-peer-none = ninguna
design-peer-not-above = no es más nueva que la nuestra, así que no se puede aceptar
design-accept = Aceptar
design-refuse = Rechazar
design-builds = Construcciones
design-builds-works = { $count ->
    [one] { $count } funciona tal como se diseñó
   *[other] { $count } funcionan tal como se diseñaron
}
design-builds-works-changes = { $count ->
    [one] { $count } funciona con cambios
   *[other] { $count } funcionan con cambios
}
design-builds-failed = { $count ->
    [one] { $count } falló
   *[other] { $count } fallaron
}
design-builds-verified = { $count ->
    [one] { $count } construido con los archivos de Barnraise
   *[other] { $count } construidos con los archivos de Barnraise
}
design-verified = construido con estos archivos
design-verified-title = el registro de construcción lleva el manifiesto de los archivos de corte que Barnraise hizo para esta revisión
design-build-at = en
design-build-on = con { $machine }
design-build-changed = Cambios:
design-build-photo-alt = foto de la construcción de { $builder }
design-no-builds = Nadie ha registrado todavía una construcción.
design-i-built-this = Lo he construido
design-login-to-log = para decir que lo construyó.
design-proposals = Cambios propuestos
design-cut-list = Lista de corte
design-bom = Lista de materiales
design-hardware-total = Total de herrajes
design-sheets = Tableros en un taller
design-not-stocked = no disponible
design-sheets-note = Estimado a partir de la superficie de las piezas al 75 % de cada tablero; la hoja de montaje de una exportación cuenta los tableros que el anidado usa de verdad y les pone precio.
design-assembly = Montaje
design-tools = Herramientas: { $tools }
design-translated-from = Traducido del original en { $language }; el original es el que vale.
design-also-in = Este diseño también está en:
col-label = Marca
col-part = Pieza
col-qty = Cant.
col-material = Material
col-size = Medidas (mm)
col-process = Proceso
col-item = Artículo
col-unit-cost = Precio unitario
col-total = Total
col-their-stock = Su tablero
col-sheets = Tableros (aprox.)
col-cost-about = Coste (aprox.)

## Log in and sign up
login-title = Entrar
login-button = Entrar
login-new-here = ¿Es nuevo aquí?
field-username = Nombre de usuario
field-password = Contraseña
field-display-name = Su nombre
field-email = Correo electrónico
signup-title = Crear cuenta
signup-intro = Con una cuenta puede crear diseños, derivarlos y proponer cambios a los de otras personas. Para explorar, buscar y descargar no hace falta cuenta.
signup-username-help = De 3 a 32 caracteres: a–z, 0–9 y -
signup-name-help = Se muestra como autor de sus cambios
signup-password-help = Al menos 10 caracteres
signup-button = Crear la cuenta
signup-have-account = ¿Ya tiene cuenta?

## Error pages
error-not-found = No encontrado
error-bad-request = Eso no funcionó
error-unauthorized = Entre con su cuenta
error-forbidden = No permitido
error-conflict = Eso choca con lo que está guardado
error-too-many = Demasiados intentos
error-internal = Algo falló por nuestra parte
error-internal-message = Algo falló por nuestra parte; quedó registrado. Vuelva a intentarlo, o avise a quienes administran este sitio.
error-problems = El diseño o sus parámetros tienen problemas:
error-home = Inicio
error-browse = Explorar diseños
error-http = HTTP { $status }

## Hints, as the browser phrases them
hint-choose-stock = Si le sirve un sustituto, elija uno para { $material } en la lista de tableros del formulario de exportación ({ $stocks })
hint-choose-another-makerspace = Elija otro taller, o ninguno para la máquina por defecto
hint-name-the-material = Elija un tablero para cada material ({ $materials })
hint-choose-machine = Elija una de sus máquinas ({ $machines })
hint-choose-makerspace = Elija el taller al que pertenece la máquina
hint-use-format = Elija mejor los archivos { $format }
hint-choose-sheet = Elija un tablero más pequeño, u otra máquina
hint-log-in = Entre primero con su cuenta
hint-raise-version = Suba «version» en design.toml por encima de { $current }
hint-choose-another-slug = Elija otro identificador
hint-fork = Derive «{ $slug }» para cambiarlo con otro nombre
hint-reload = Recargue la página y vuelva a intentarlo
hint-retry-in = Vuelva a intentarlo en { $seconds } s
hint-retry-later = Vuelva a intentarlo en un momento
hint-set-licence = Dé una licencia al diseño (un identificador SPDX)
hint-parameter-range = Dé a { $name } un valor dentro de sus límites

## Months (dates in words)
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Language names (in this language)
language-en = inglés
language-fr = francés
language-es = español
language-sw = suajili
language-de = alemán

## Build sheets (PDF): fixed texts
sheet-untitled = Diseño sin título
sheet-version = Versión
sheet-licence = Licencia
sheet-authors = Autores
sheet-contributors = Colaboradores
sheet-made-at = Hecho en
sheet-design-page = Página del diseño
sheet-log-your-build = Registre su construcción
sheet-bom = Lista de materiales
sheet-item = Artículo
sheet-qty = Cant.
sheet-unit = Unidad
sheet-unit-cost = Precio unitario
sheet-total = Total
sheet-supplier = Proveedor
sheet-cut-list = Lista de corte
sheet-label = Marca
sheet-name = Nombre
sheet-material = Material
sheet-thickness = Grosor mm
sheet-size = Medidas
sheet-assembly = Montaje
sheet-tools = Herramientas necesarias
sheet-step = Paso
sheet-parts = Piezas
sheet-fit-test = Prueba de ajuste

## Project cover (PDF)
sheet-stock-item = { $material }, tablero de { $width } × { $height } mm, medido a { $thickness } mm
sheet-price-ask = (precio: consulte a su proveedor)
sheet-unit-sheet = tablero
cover-item-of = { $item } ({ $slug })
cover-item-not-converted = { $item } ({ $slug }; { $cost } { $currency } cada uno, sin convertir: fuera del total)
cover-step = Separe las piezas etiquetadas de { $slug }#1/… a { $slug }#{ $copies }/… y construya cada copia con { $file } (versión { $version }).
cover-summary = { $designs ->
    [one] 1 diseño
   *[other] { $designs } diseños
}, { $copies ->
    [one] 1 pieza
   *[other] { $copies } piezas
}, cortadas juntas en tableros compartidos
cover-footer = Barnraise · proyecto { $slug } { $version } · { $designs ->
    [one] 1 diseño
   *[other] { $designs } diseños
}

## Command line
cli-internal-error = error interno
cli-hint-choose-stock = Elija un tablero con --material { $material }=<id-del-tablero> si le sirve un sustituto
cli-hint-name-the-material = escriba --material <material>=<id-del-tablero>
cli-hint-choose-machine = elija una máquina con --machine ({ $machines })
cli-hint-choose-makerspace = añada --makerspace para decir de quién es la máquina
cli-hint-use-format = use --format { $format }
cli-hint-choose-sheet = indique un --sheet más pequeño, u otra --machine
cli-hint-say-who-you-are = diga quién es con --author "Nombre <correo>" (o defina BARNRAISE_AUTHOR)
cli-hint-fork = mejor derívelo: barnraise fork { $slug } NUEVO-ID
cli-hint-retry-in = vuelva a intentarlo en { $seconds } s
cli-hint-retry-later = vuelva a intentarlo más tarde
cli-hint-create-store = cree uno con `barnraise init --store CARPETA`, o indique otro con --store
cli-hint-set-licence = indique una licencia con --license ID-SPDX
cli-hint-add-peer = añádalo con `barnraise peer add { $name } <url-git>`
cli-hint-parameter-range = indique --param { $name }=VALOR dentro de los límites que permite el diseño
