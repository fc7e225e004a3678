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
sheet-continued = { $title } (continuación)
sheet-revision = revisión { $revision }
sheet-page-heading = Tablero { $number } de { $of } — { $material }, { $thickness } mm, aprovechamiento { $utilisation }
sheet-page-unusable = El tamaño de este tablero ({ $width } × { $height } mm) no se puede usar; no se dibuja nada.
sheet-page-scale-one = Tablero de { $width } × { $height } mm, dibujado a escala { $scale } · { $parts } pieza · etiquetas en el centro de las piezas
sheet-page-scale-many = Tablero de { $width } × { $height } mm, dibujado a escala { $scale } · { $parts } piezas · etiquetas en el centro de las piezas
sheet-page-of = página { $n } de { $m }
sheet-coupon-intro = Corte primero esta probeta. La ranura que sujeta con firmeza la pieza de prueba a mano es su holgura: si no es la ranura nominal, sume su desviación a los anchos de ranura (o a la compensación de la herramienta) antes de cortar las piezas. Pieza de prueba: un retal del tablero, de { $thickness } mm de espesor medido; ancho de ranura nominal { $slot } mm.
sheet-coupon-slot = Ranura
sheet-coupon-width = Ancho (desviación del nominal, mm)
sheet-coupon-fit = Ajuste (marque uno)
sheet-coupon-ticks = ☐ flojo   ☐ firme   ☐ demasiado apretado
sheet-coupon-print = Probeta a escala 1:1 — imprima al 100 % («tamaño real», no «ajustar a la página»); la barra de abajo debe medir 50 mm.
sheet-coupon-scaled = Probeta dibujada a escala { $scale } (es más grande que la página): córtela con los archivos de corte, no con esta impresión.

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

## Export job page
job-title = Exportación: { $name }
job-at = en
job-machine = máquina { $machine }
job-designs = Diseños:
job-state-queued = en cola
job-state-running = en curso
job-state-done = terminado
job-state-failed = fallido
job-sheets-used = { $count ->
    [one] tablero usado
   *[other] tableros usados
}; la cota inferior por superficie es { $bound }; las piezas ocupan el { $used } % de la superficie de los tableros.
job-col-stock = Tablero en existencia
job-col-parts = Piezas
job-col-sheets = Tableros
job-col-lower-bound = Cota inferior
job-col-used = Aprovechado
job-col-cost = Coste
job-ask-supplier = pregunte a su proveedor
job-cost-sheets = Tableros: { $cost }
job-cost-with-hardware = con los herrajes:
job-cost-total = Total con los herrajes:
job-sheet-label = { $material }, tablero { $number }
job-sheet-caption = { $material }, tablero { $number }: { $width } × { $height } mm, { $parts ->
    [one] { $parts } pieza
   *[other] { $parts } piezas
}, { $used } % aprovechado
job-download-zip = Descargar todo (zip)
job-back-to-project = Volver al proyecto
job-built-it = ¿Lo construyó con estos archivos?
job-tell = Cuente al próximo constructor y al diseñador cómo le fue.
job-log-build = Registre su construcción
job-form-filled = El formulario se rellena a partir de esta exportación (revisión, parámetros, taller, máquina), y su construcción aparece en la página del diseño con la nota
job-qr-code = El segundo código QR de la hoja de montaje también lleva aquí.
job-back-to-design = Volver al diseño

## Project page
project-designs = Diseños
project-col-design = Diseño
project-col-copies = Ejemplares
project-col-parameters = Parámetros
project-col-parts-each = Piezas por ejemplar
project-col-parts = Piezas
project-col-cost-each = Coste por ejemplar
project-defaults = valores por defecto
project-total = Total
project-spaces = Tableros y coste por taller
project-estimates = Estimaciones a partir de la superficie de las piezas, con el aprovechamiento del modelo de costes; la exportación anida juntas las piezas de todos los diseños para obtener el número real.
project-space-cost = { $count ->
    [one] { $count } tablero
   *[other] { $count } tableros
} ({ $stock }), { $sheets } de tableros + { $hardware } de herrajes =
project-no-stock = ningún tablero adecuado en existencia
project-missing-stock = no hay existencias de { $materials }
project-cut-it = Cortarlo
project-export = Exportar todo el proyecto
project-json = Este proyecto en JSON
project-all = Todos los proyectos

## Projects list
projects-title = Proyectos
projects-intro = Varios diseños, con sus cantidades y parámetros, cortados juntos como un solo trabajo en tableros compartidos.
projects-invalid = no válido ({ $count ->
    [one] { $count } problema
   *[other] { $count } problemas
})
count-copies = { $count ->
    [one] { $count } ejemplar
   *[other] { $count } ejemplares
}
projects-none = Todavía no hay proyectos. Añada un diseño a uno desde su página.

## Makerspace page and list
makerspace-feed-title = Construcciones en { $name }
makerspace-feed = Canal de las construcciones de aquí (Atom)
makerspace-machines = Máquinas
makerspace-col-id = Id
makerspace-col-machine = Máquina
makerspace-col-kind = Tipo
makerspace-col-bed = Cama (mm)
makerspace-col-max-thickness = Grosor máx.
machine-laser = láser
machine-cnc = CNC
makerspace-stock = Existencias
makerspace-col-material = Material
makerspace-col-nominal = Nominal
makerspace-col-measured = Medido
makerspace-col-sheet = Tablero (mm)
makerspace-col-price = Precio
makerspace-buildable = Diseños que se pueden construir aquí
makerspace-buildable-note = Cada pieza cabe en la cama más grande y cada grosor de tablero está en existencia:
makerspaces-title = Talleres
makerspaces-entry = { $machines ->
    [one] { $machines } máquina
   *[other] { $machines } máquinas
}, { $stock ->
    [one] { $stock } tablero en existencia
   *[other] { $stock } tableros en existencia
}

## Offline page
offline-title = Guardado sin conexión
offline-intro = Las páginas que abre aquí se guardan en este dispositivo, con sus imágenes, para que se abran sin red. Esta lista necesita el script de la página.
offline-search-label = Buscar en los diseños guardados
offline-search-placeholder = sembradora, colmena…
offline-designs = Diseños
offline-files = Hojas de montaje y archivos de corte
offline-pages = Otras páginas
offline-note = Las páginas guardadas se vuelven a descargar cuando vuelve la red. Para guardar la hoja de montaje o los archivos de corte de una exportación, pulse «Guardar sin conexión» en su página.

## Logging a build
build-new-title = He construido { $name }
build-new-intro = Cuente cómo le fue, para que el próximo constructor y el diseñador puedan tenerlo en cuenta. Su registro se guarda en el almacén con el diseño (el formato se describe en
build-new-intro-end = del código fuente de Barnraise), con su nombre.
build-new-from-job = Construido con estos archivos: trabajo de exportación
build-new-at = en { $makerspace }
build-new-on = con { $machine }
build-new-revision = revisión { $revision }
build-new-manifest-fills = Su manifiesto rellena la revisión, los parámetros, el taller, la máquina y el grosor, y marca la construcción como verificada.
build-new-job-gone = La exportación de la que viene este enlace ya no se conserva ({ $reason }). Suba abajo el archivo
build-new-job-gone-end = que venía con sus archivos de corte para marcar su construcción como construida con estos archivos.
build-new-from-revision = Cortado a partir de la revisión
build-new-from-revision-end = del diseño.
build-new-outcome = ¿Cómo le fue?
build-new-date = Terminado el
build-new-no-makerspace = — en ninguno de estos —
build-new-place = Lugar
build-new-place-placeholder = pueblo o taller
build-new-place-help = dónde se construyó, si no fue en uno de los talleres de arriba
build-new-country = País
build-new-thickness = Grosor medido, mm
build-new-hours = Horas
build-new-cost = Coste
build-new-changes = ¿Qué cambió?
build-new-changes-help = obligatorio cuando funciona con cambios
build-new-notes = Notas
build-new-manifest = El archivo
build-new-manifest-end = de la exportación (opcional)
build-new-manifest-help = de la carpeta o el zip de archivos de corte que hizo Barnraise: rellena la revisión, los parámetros, el taller y la máquina, y marca la construcción como construida con estos archivos
build-new-photos = Fotos (PNG o JPEG, hasta 5 MB cada una, como máximo { $count })
build-new-submit = Registrar mi construcción

## Importing cut files
import-title = Importar archivos de corte
import-intro = Suba los archivos DXF o SVG de un solo diseño (un archivo de contornos y un archivo de cajeados del mismo tablero van juntos). Todavía no se guarda nada: verá cada pieza encontrada, dibujada a escala, y elegirá qué conservar. Sirven los archivos de WikiHouse, boxes.py, Inkscape, Illustrator, CorelDraw, OpenSCAD y la mayoría de los programas de CAD; las unidades se leen del archivo y se comprueban con las medidas.
import-files = Archivos (hasta { $count }, { $mb } MB en total)
import-submit = Subir y revisar
import-review-title = Revisar la importación
problems-title = Problemas
import-read-in = leído en
import-thickness = Grosor del tablero { $thickness } mm ({ $source }); { $joints }.
import-drawing-label = Las piezas encontradas, a escala ({ $width } × { $height } mm)
import-drawing-caption = { $width } × { $height } mm; la barra mide { $bar }. Las piezas van rellenas, los contornos de tablero con trazos, lo que se deja fuera en gris.
import-col-keep = Conservar
import-col-item = Elemento
import-col-what = Qué es
import-col-copies = Ejemplares
import-col-size = Medidas
import-col-joints = Uniones
import-col-notes = Notas
import-keep-label = conservar { $item }
import-reading = Lectura de los archivos
import-units = Unidades
import-dpi = Píxeles por pulgada (px)
import-dpi-placeholder = 96, 90 o 72
import-thickness-label = Grosor (mm)
import-cut-on = Cortar con
import-laser = una cortadora láser
import-cnc = una fresadora CNC
import-the-design = El diseño
import-slug = Identificador
import-name = Nombre
import-licence = Licencia (SPDX)
import-authors = Autores
import-source = Origen (de dónde vienen los archivos: URL o URL@commit)
import-update = Actualizar la vista previa
import-create = Crear el diseño

## Account
account-logged-in-as = Sesión iniciada como
account-logout = Cerrar sesión
account-designs = Sus diseños
account-edit = editar
account-none = Ninguno todavía.
account-create = Crear un diseño
account-import = Importar archivos de corte
account-reviews = Propuestas que le esperan
account-proposal-on = en { $slug }
account-nothing-to-review = Nada que revisar.
account-tokens = Tokens de la API
account-for-scripts = Para scripts: envíe
account-token-created = creado el { $date }
account-token-until = válido hasta el { $date }
account-revoke = Revocar
account-token-name = nombre del token
account-new-token = Nuevo token
account-password = Contraseña y sesiones
account-current-password = Contraseña actual
account-new-password = Nueva contraseña
account-new-password-help = Al menos 10 caracteres; se cierran todas las demás sesiones
account-change-password = Cambiar la contraseña
account-logout-everywhere = Cerrar sesión en todas partes

## Proposal page
proposal-by = Propuesto por
proposal-for = para
proposal-on = el { $date }
proposal-reason = Motivo: { $reason }
proposal-changes = Cambios en design.toml
proposal-accept = Aceptar y publicar
proposal-why = por qué (opcional)

## Fork and edit pages
fork-title = Derivar { $name }
fork-intro = Un derivado es su propia copia para adaptar. Registra de dónde viene, conserva a todos los autores, y usted pasa a mantenerlo. La licencia es { $license }; una licencia de compartir igual sigue siendo de compartir igual.
fork-build = El derivado toma los cambios de la construcción de { $builder } del { $date }: { $message }
fork-new-slug = Nuevo identificador
fork-licence = Licencia
fork-licence-help = identificador SPDX; la licencia del original debe permitir cambiarla
edit-new = Nuevo diseño
edit-title = Editar { $slug }
edit-maintainer = Usted mantiene este diseño: al guardar se publica una nueva versión.
edit-not-maintainer = Usted no mantiene este diseño: al guardar, su cambio se envía como propuesta a sus responsables.
edit-raise = Aumente
edit-raise-end = en cada cambio. El formato se describe en
edit-format-end = del código fuente de Barnraise.
edit-line = línea { $line }
edit-message = Qué cambió
edit-message-placeholder = Ranuras de rueda más anchas para contrachapado de 16 mm
edit-publish = Publicar
edit-propose = Proponer

## History and lineage pages
history-of = Historial de
history-releases = Versiones publicadas
history-changes = Cambios
count-files = { $count ->
    [one] { $count } archivo
   *[other] { $count } archivos
}
history-contributors = Colaboradores
history-contributor = { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
}, del { $first } al { $last }
lineage-of = Linaje de
lineage-original = Un diseño original.
lineage-forks = Derivados
lineage-from = de { $parent }
lineage-no-forks = Todavía no hay derivados.

## New API token page
token-title = Su nuevo token de la API
token-intro = Cópielo ahora: solo se muestra una vez y solo se guarda como hash.
token-back = Volver a su cuenta

## Words the page's script shows (web/static/app.js reads them from data-* attributes)
script-keep = Guardar sin conexión
script-kept = Guardado sin conexión
script-keeping = Guardando…
script-keep-failed = No se pudo guardar: inténtelo de nuevo
script-zip-name = Archivos de corte (zip)
script-no-network = Sin red: esto es lo que guardó este dispositivo.
script-what-is-kept = Qué se guarda
offline-online = Está conectado. Estas páginas se guardan en este dispositivo para cuando no lo esté.
offline-offline = Está sin conexión. Estas páginas están guardadas en este dispositivo y se abren sin red.
offline-matching = Diseños guardados que coinciden con «{ $query }»
offline-no-match = Ningún diseño guardado coincide. Los diseños que abre con conexión se guardan.
offline-no-designs = Todavía no hay diseños: los diseños que abre con conexión se guardan.
offline-no-files = Nada todavía: en la página de una exportación, pulse «Guardar sin conexión» junto a la hoja de montaje o el zip.
offline-none = Nada todavía.

## Page titles of the pages above
account-title = Su cuenta
token-page-title = Nuevo token de la API
history-title = Historial de { $name }
lineage-title = Linaje de { $name }
proposal-title = Propuesta: { $title }
edit-fix-title = Corregir los problemas

## Mensajes de error: lo que dice un rechazo (message_id de app::Error).

error-problem-count = { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }
error-not-a-store = { $path } no es un depósito de Barnraise
error-no-design = no hay ningún diseño «{ $slug }» en el depósito
error-no-design-suggest = no hay ningún diseño «{ $slug }» en el depósito (¿quiso decir «{ $suggestion }»?)
error-no-project = no hay ningún proyecto «{ $slug }» en el depósito
error-no-project-suggest = no hay ningún proyecto «{ $slug }» en el depósito (¿quiso decir «{ $suggestion }»?)
error-no-revision = no hay ninguna revisión «{ $rev }» en el depósito
error-version-not-raised-publish = «{ $slug }» ya está publicado en la versión { $current }; suba «version» en design.toml (por ejemplo a { $next }) para publicar un cambio
error-version-not-raised-propose = «{ $slug }» ya está publicado en la versión { $current }; suba «version» en design.toml (por ejemplo a { $next }) para proponer un cambio
error-slug-taken = ya existe un diseño llamado «{ $slug }»; elija otro identificador
error-no-makerspace = no hay ningún taller «{ $slug }» en el depósito; talleres conocidos: { $known }
error-no-makerspace-suggest = no hay ningún taller «{ $slug }» en el depósito (¿quiso decir «{ $suggestion }»?); talleres conocidos: { $known }
error-proposal-stale = «{ $slug }» cambió después de hacerse esta propuesta; pida que se vuelva a hacer sobre la versión actual
error-no-peer = no hay ningún nodo llamado «{ $name }»
error-no-peer-suggest = no hay ningún nodo llamado «{ $name }» (¿quiso decir «{ $suggestion }»?)
error-no-pending-update = ninguna actualización de «{ $slug }» del nodo «{ $peer }» espera revisión
error-version-would-not-rise = el «{ $slug }» del nodo está en la versión { $offered }, que no supera la nuestra ({ $current }); las versiones nunca bajan, así que no se puede tomar
error-too-many-log-ins = demasiados intentos de entrada fallidos; vuelva a intentarlo en { $seconds } s
error-bad-log-in = nombre de usuario o contraseña incorrectos
error-taken = { $field ->
        [username] este nombre de usuario ya está en uso
        [email] esta dirección de correo ya está en uso
       *[other] este valor de «{ $field }» ya está en uso
    }
error-unreadable = { $path }: no se puede leer: { $reason }
error-file-too-large = { $path }: { $size } bytes superan el límite de { $limit } bytes para este tipo de archivo
error-no-api-token = no tiene ningún token de la API { $id }
error-only-accounts-log-in = solo las cuentas tienen contraseñas, sesiones y tokens
error-only-accounts-page = solo las cuentas tienen una página de cuenta
error-only-accounts-tokens = solo las cuentas tienen tokens de la API
error-no-account = no hay ninguna cuenta «{ $username }»: primero tiene que registrarse
error-export-manifest-too-large = { $source }: el manifiesto de exportación tiene { $size } bytes; como máximo { $limit }
error-no-build = «{ $slug }» no tiene ninguna construcción «{ $id }»
error-build-has-no-changes = la construcción { $id } de «{ $slug }» no indica cambios ni parámetros que tomar
error-manifest-unreadable = design.toml: { $reason }
error-no-photo = no hay ninguna foto «{ $name }»
error-no-photo-of-build = no hay ninguna foto «{ $name }» en la construcción { $id }
error-path-reason = { $path }: { $reason }
error-file-over-limit = { $path }: más de { $kb } KB, el límite para { $what ->
        [build-log] un registro de construcción
        [photo] una foto
       *[manifest] un manifiesto de exportación
    }
error-not-utf8-at = { $path }: no es texto UTF-8 (byte { $byte })
error-package-has-no-manifest = el paquete no tiene design.toml
error-reserved-slug = «{ $slug }» no puede ser aquí el identificador de un diseño (nombra una página); elija otro
error-design-exists = ya existe un diseño «{ $slug }»: elija otro identificador, o derívelo
error-svg-upload = No se aceptan archivos SVG: un SVG puede llevar scripts y enlaces a otros archivos. Suba en su lugar una foto o un dibujo en PNG o JPEG.
error-not-an-image-upload = solo se pueden subir imágenes PNG y JPEG (el contenido del archivo no es ninguna de las dos)
error-image-size = una imagen debe tener de 1 byte a { $mb } MB; esta tiene { $size } bytes
error-stored-manifest-uneditable = el design.toml guardado no se puede editar: { $reason }
error-stored-manifest-no-version = el design.toml guardado no tiene versión
error-no-image = no hay ninguna imagen «{ $path }»
error-not-an-image = «{ $path }» no es una imagen
error-only-maintainers-release = solo los mantenedores de «{ $slug }» pueden publicar una versión
error-no-such-file-or-folder = { $name }: no existe el archivo o la carpeta
error-no-such-folder = { $name }: no existe la carpeta
error-time-limit-range = un tiempo de anidado de { $seconds } s: indique segundos entre 0 y { $max }
error-cut-width-range = { $what ->
        [kerf] un ancho de corte
       *[bit] un diámetro de fresa
    } de { $mm } mm: indique mm por encima de 0 y como máximo { $max }
error-sheet-range = un tablero de { $width } × { $height } mm: ambos lados deben ser mayores que 0 y de { $max } mm como máximo
error-not-a-source-url = «{ $text }» no es una URL de origen (escriba URL o URL@commit)
error-not-utf8 = { $path }: no es texto UTF-8
error-no-makerspace-file = no hay ningún archivo de taller { $name }
error-no-file-name = { $path }: sin nombre de archivo
error-not-a-key-file = { $path } no es un archivo de clave
error-not-a-file = { $path } no es un archivo
error-ca-file-needs-https = un archivo de autoridad de certificación es para nodos https://; «{ $url }» no lo es
error-only-maintainers-peer-updates = solo los mantenedores de «{ $slug }» pueden decidir sobre las actualizaciones de otros nodos
error-only-maintainers-project = solo los mantenedores del proyecto «{ $slug }» pueden cambiarlo; derívelo para tener el suyo
error-quantity-range = una cantidad de { $quantity }: corte de 1 a { $max } copias de un diseño
error-project-exists = ya existe un proyecto llamado «{ $slug }»; elija otro identificador
error-no-proposal = no hay ninguna propuesta { $id }
error-proposals-decided-by-accounts = las propuestas las deciden las cuentas
error-only-maintainers-proposals = solo los mantenedores de «{ $slug }» pueden decidir sobre sus propuestas
error-proposal-decided = esta propuesta ya fue { $state ->
        [accepted] aceptada
        [refused] rechazada
       *[other] decidida
    }
error-questions-by-accounts = las preguntas y respuestas las publican cuentas de la aplicación web
error-no-question = no hay ninguna pregunta { $id } sobre «{ $slug }»
error-no-post = no hay ninguna pregunta ni respuesta { $id } sobre «{ $slug }»
error-only-moderators-hide = solo los mantenedores de «{ $slug }» y los administradores del sitio ocultan preguntas y respuestas
error-not-a-page-number = «{ $page }» no es un número de página
error-no-asset = no hay ningún recurso «{ $path }»
error-too-many-exports-yours = ya tiene { $count } exportaciones en espera o en curso; espere a que termine alguna
error-too-many-exports = ya hay { $count } exportaciones en espera o en curso; vuelva a intentarlo en un minuto
error-busy-log-ins = el servidor está ocupado con otras entradas; vuelva a intentarlo en un momento
error-busy-checking = el servidor está ocupado comprobando otros diseños; vuelva a intentarlo en un momento
error-busy-drawing = el servidor está ocupado dibujando otros diseños; vuelva a intentarlo en un momento
error-quota = una cuenta puede hacer como máximo { $max } { $what ->
        [upload] subidas de fotos al día
       *[change] cambios por hora
    }; vuelva a intentarlo en { $minutes } minutos
error-form-out-of-date = este formulario está desactualizado (el token de seguridad no coincide); recargue la página y vuelva a intentarlo
error-log-in-to-change = Entre con su cuenta (o envíe un token de la API) para cambiar cualquier cosa.
error-api-writes-need-token = use un token de la API (Authorization: Bearer …) para escribir a través de la API
error-field-reason = { $field }: { $reason }
error-not-base64 = { $field }: no es base64 ({ $reason })
error-no-api-route = no existe esa ruta de la API; consulte /api/v1/openapi.json
error-request-body = el cuerpo de la petición: { $reason }
error-web-time-limit = time_limit «{ $text }»: indique segundos de 0 a { $max }
error-unknown-export-format = formato de exportación desconocido «{ $name }»: use svg, dxf, gcode, pdf o all
error-no-export-job = no hay ningún trabajo de exportación «{ $id }»
error-no-job-file = el trabajo { $id } no tiene ningún archivo «{ $name }»
error-job-not-finished = el trabajo { $id } aún no ha terminado ({ $state ->
        [queued] en espera
        [running] en curso
        [done] terminado
       *[failed] fallido
    })
error-job-of-another-design = el trabajo de exportación { $id } es para «{ $job_slug }», no para «{ $slug }»
error-job-not-cut-yet = el trabajo de exportación { $id } aún no ha terminado; registre la construcción cuando sus archivos estén cortados
error-form = el formulario: { $reason }
error-photo-upload-failed = la subida falló ({ $reason }); como máximo { $count } fotos de { $mb } MB cada una
error-too-many-photos = como máximo { $count } fotos en un formulario
error-manifest-upload-failed = la subida del manifiesto falló ({ $reason })
error-manifest-upload-too-large = manifiesto: más de { $kb } KB
error-field-too-long = { $field }: demasiado largo
error-upload = subida: { $reason }
error-image-upload-failed = la subida falló ({ $reason }); las imágenes pueden tener como máximo { $mb } MB
error-choose-image = elija una imagen para subir
error-no-download-format = no existe el formato de descarga «{ $format }»; use stl, step, png u okh (los archivos de corte y las hojas de construcción son exportaciones)
error-quantity-not-whole = la cantidad «{ $text }» no es un número entero de copias
error-choose-project = elija un proyecto, o indique el identificador del proyecto nuevo
error-current-password-wrong = la contraseña actual no es correcta
error-too-many-drafts = hay demasiadas importaciones esperando revisión; vuelva a intentarlo dentro de un rato
error-no-draft = no existe esa importación (los borradores se guardan dos horas); vuelva a subir los archivos
error-import-upload-failed = la subida falló ({ $reason }); una importación puede tener { $mb } MB
error-import-too-large = una importación tiene como máximo { $count } archivos y { $mb } MB
error-choose-import-file = elija un archivo DXF o SVG para importar
error-not-a-positive-number = { $what ->
        [thickness] el grosor
        [dpi] la resolución (dpi)
       *[other] { $what }
    } «{ $text }» no es un número positivo
error-unknown-unit = unidad desconocida «{ $unit }»
error-no-design-here = no hay ningún diseño «{ $slug }»
error-no-page = No hay ninguna página en esta dirección.
error-request-too-long = la petición tardó demasiado; vuelva a intentarlo
error-log-in-limited = Demasiados intentos de entrada fallidos: espere unos minutos y vuelva a intentarlo.
error-log-in-wrong = Nombre de usuario o contraseña incorrectos.

## Problemas situados de manifiestos, proyectos y los campos que comparten (message_id de Diagnostic).

error-field-empty = «{ $key }» está vacío
error-field-too-many-characters = «{ $key }» tiene { $count } caracteres; el límite es { $max }
error-field-longer-than = «{ $key }» tiene más de { $max } caracteres
error-field-control-characters = «{ $key }» contiene caracteres de control
error-manifest-slug-folder = el identificador «{ $slug }» no coincide con la carpeta del paquete «{ $folder }» (cambie el nombre de uno de los dos)
error-manifest-not-semver = «{ $text }» no es una versión semántica como 1.2.0: { $reason }
error-manifest-not-a-language-tag = «{ $text }» no es una etiqueta de idioma como «en», «de» o «pt-BR»
error-manifest-no-materials = el diseño tiene piezas pero no [materials]: declare el material en tablero del que se cortan
error-manifest-no-such-step = el paso { $step } no existe: el diseño tiene { $steps } { $steps ->
        [one] paso
       *[other] pasos
    }
error-manifest-extra-not-a-table = «extra» debe ser una tabla
error-manifest-readiness-level = «{ $text }» no es un nivel de madurez: use { $prefix }-{ $first } … { $prefix }-{ $last }
error-manifest-count-not-whole = una cantidad debe ser un número entero; se encontró { $value }
error-manifest-min-above-max = el mínimo { $min } es mayor que el máximo { $max }
error-manifest-default-below-min = el valor por defecto { $value } está por debajo del mínimo { $min }
error-manifest-default-above-max = el valor por defecto { $value } está por encima del máximo { $max }
error-manifest-computed-loop = hay valores calculados que se refieren unos a otros en bucle: { $names }
error-manifest-points-or-file = use «points» o «points_file», no ambos
error-manifest-arc-direction = el sentido de arco «{ $text }» debe ser «ccw» o «cw»
error-manifest-direction-without-arc = «direction» solo se aplica a los arcos: añada un «center»
error-manifest-repeat-or-polar = use «repeat» o «polar», no ambos
error-manifest-duplicate-label = etiqueta de pieza «{ $label }» repetida (ya la usa { $first }); las etiquetas deben ser únicas
error-manifest-label-form = la etiqueta «{ $label }» debe tener de 1 a 24 letras, cifras, «-» o «_» (se graba en la pieza)
error-manifest-grain = la veta «{ $text }» debe ser «x» o «y»
error-manifest-material-has-no-grain = el material «{ $material }» no tiene veta (grain = false); quite «grain» o ponga grain = true en el material
error-manifest-engraving-length = un texto grabado debe tener de 1 a 80 caracteres en una sola línea
error-project-slug-folder = el identificador «{ $slug }» es distinto de la carpeta del proyecto «{ $folder }»; deben ser iguales
error-project-version = la versión «{ $text }» no es una versión como 1.2.0 (mayor.menor.parche)
error-project-no-designs = un proyecto necesita al menos un diseño: añada una entrada [[designs]] con un identificador
error-project-too-many-designs = { $count } diseños; un proyecto tiene como máximo { $max }
error-project-listed-twice = «{ $slug }» aparece dos veces; suba mejor la cantidad de la primera entrada
error-project-quantity = la cantidad { $quantity } está fuera de rango: corte de 1 a { $max } copias de un diseño (quite el diseño en lugar de poner 0)
error-project-too-many-parameters = más de { $max } parámetros
error-param-not-bool = { $name } debe ser true o false, no «{ $text }»
error-param-not-number = { $name } debe ser un número, no «{ $text }»
error-param-not-finite = { $name } debe ser un número finito
error-param-count-not-whole = { $name } es una cantidad y debe ser un número entero, no { $value }
error-param-below-min = { $name } = { $value }{ $unit } está por debajo del mínimo de { $min }{ $unit } que permite este diseño
error-param-above-max = { $name } = { $value }{ $unit } está por encima del máximo de { $max }{ $unit } que permite este diseño
error-shape-corner-radius = el radio de esquina { $radius } debe estar entre 0 y la mitad del lado menor ({ $max })
error-shape-polygon-points = el polígono tiene { $count } puntos distintos; necesita al menos 3
error-shape-points-file-unread = el archivo de puntos «{ $path }» no se leyó (lea el paquete con sus archivos)
error-shape-polygon-too-few-points = el polígono tiene menos de 3 puntos distintos
error-shape-arc-ends = los extremos del arco no están en un mismo círculo: el inicio está a { $start } mm del centro y el final a { $end } mm
error-shape-path-too-short = el trazado tiene menos de 2 segmentos de longitud no nula
error-part-placements = { $count } colocaciones para una cantidad de { $quantity }: dé una colocación por copia (una colocación con `repeat` cuenta como `count` copias), o ninguna
error-part-outline-too-far = el contorno queda fuera de ±100 m
error-country-code = el país «{ $text }» no es un código ISO 3166 de dos letras como GB, KE o DE
error-field-empty-leave-out = «{ $key }» está vacío; mejor omítalo
error-field-one-line = «{ $key }» debe ocupar una sola línea
error-makerspace-slug-file = el identificador «{ $slug }» es distinto del nombre de archivo «{ $stem }.toml»; deben ser iguales
error-makerspace-no-machine = un taller necesita al menos una máquina bajo [machines.<id>]
error-makerspace-laser-no-tools = un láser no tiene diámetros de herramienta; indique «kerf» en su lugar
error-makerspace-cnc-only = «{ $key }» se aplica a las máquinas CNC, no a los láseres
error-makerspace-gcode-dialect = dialecto de G-code desconocido «{ $text }»: Barnraise escribe «grbl» (funciona con GRBL, grblHAL, FluidNC)
error-makerspace-overcut = el sobrecorte de { $overcut } mm llega más hondo que el límite del tablero de sacrificio, { $limit } mm
error-makerspace-in-stock = in_stock { $value } debe ser un número entero de tableros
error-makerspace-thickness-far = el grosor medido de { $measured } mm está lejos del nominal de { $nominal } mm; revise las unidades (mm) o la medida
error-build-revision = la revisión «{ $text }» no es un identificador de commit (de 7 a 40 dígitos hexadecimales)
error-build-version = la versión «{ $text }» no es una versión como 1.2.0
error-build-cost-currency = «cost» necesita una «currency» (ISO 4217, por ejemplo EUR)
error-build-changes-needed = el resultado «works-with-changes» necesita «changes»: diga qué cambió, para que la próxima persona que lo construya y quien lo diseñó puedan tenerlo en cuenta
error-build-export-name = «export» nombra el manifiesto de exportación guardado junto al registro; debe ser «{ $name }»

# `barnraise validate` and `show` in the terminal.
cli-validate-parts = { $count ->
    [one] { $count } pieza
   *[other] { $count } piezas
}
cli-validate-valid = { $count ->
    [one] { $count } diseño válido
   *[other] { $count } diseños válidos
}
cli-show-licence-authors = licencia: { $licence }   autores: { $authors }
cli-show-derived-from = derivado de: { $from }
cli-show-values = valores:
cli-show-parts = piezas ({ $count } para cortar):
cli-show-label = etiqueta
cli-show-quantity = cant.
cli-show-material = material
cli-show-thickness = esp. (mm)
cli-show-width = ancho
cli-show-height = alto
cli-show-area = área (cm²)
cli-show-name = nombre
cli-show-bom = lista de materiales (herrajes):
cli-show-total = total
cli-show-cost = coste estimado: { $total } ({ $hardware } de herrajes + { $material } de tableros)
cli-show-cost-hardware-only = coste estimado: { $total } de herrajes (ningún taller del depósito da el precio de los tableros)

# What the store, peer, sync, search and admin commands print in the terminal.
cli-published-added = añadido { $slug } { $version } en el commit { $commit }
cli-published-updated = actualizado { $slug } { $version } en el commit { $commit }
cli-proposed = cambio propuesto para { $slug } ({ $id })
cli-list-invalid = NO VÁLIDO ({ $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}; ejecute `barnraise validate` en un clon)
cli-list-count = { $count ->
    [one] { $count } diseño
   *[other] { $count } diseños
}
cli-list-count-invalid = { $count ->
    [one] { $count } diseño
   *[other] { $count } diseños
}, { $invalid } no válido(s)
cli-released = publicado { $tag } en el commit { $commit }
cli-lineage-in = (en { $store })
cli-lineage-elsewhere = (en otro depósito)
cli-lineage-this = (este diseño)
cli-peer-added = nodo { $name } añadido ({ $url }); ejecute `barnraise sync { $name }` para traer sus diseños
cli-peer-trusted-all = (de confianza para todos los diseños)
cli-peer-trusted-for = (de confianza para { $designs })
cli-peer-ca = (certificado comprobado con { $file })
cli-pending-unreadable = ilegible
cli-pending-none = ninguna
cli-pending-line = { $version } (la nuestra: { $ours })
cli-pending-not-above = no supera la nuestra, no se puede aceptar
cli-pending-count = { $count ->
    [one] { $count } actualización pendiente
   *[other] { $count } actualizaciones pendientes
}
cli-peer-accepted = aceptado { $slug } { $version } del nodo { $peer } en el commit { $commit }
cli-peer-refused = rechazada la actualización de { $slug } de { $peer }; main no cambia
cli-peer-trusts-all = { $name } ya puede actualizar todos los diseños
cli-peer-trusts = { $name } ya puede actualizar { $designs }
cli-peer-home-only = { $name } ahora solo actualiza los diseños de los que es origen
cli-peer-still-trusts = { $name } aún puede actualizar { $designs }
cli-sync-peer = nodo { $peer }: { $unchanged } sin cambios, { $ahead } más nuevo(s) aquí
cli-sync-peer-refused = { $line }, { $refused } rechazado(s) antes
cli-sync-imported = importado { $slug } { $version }
cli-sync-updated = actualizado { $slug } { $from } → { $to }
cli-sync-diverged = DIVERGENTE { $slug }: ambos lados lo cambiaron; se conserva el nuestro, el del nodo está en la rama { $branch }
cli-sync-pending-not-home = PENDIENTE { $slug } { $version } (el nuestro: { $ours }): el nodo no es el origen de este diseño; en la rama { $branch } para revisión
cli-sync-pending-not-above = PENDIENTE { $slug } { $version } (el nuestro: { $ours }): su versión no supera la nuestra; en la rama { $branch } para revisión
cli-sync-skipped = OMITIDO { $slug }: no válido en el nodo
cli-sync-project-imported = proyecto importado { $slug } { $version }
cli-sync-project-updated = proyecto actualizado { $slug } { $from } → { $to }
cli-sync-project-not-home = SE CONSERVA EL NUESTRO proyecto { $slug } (el nuestro: { $ours }, el del nodo: { $version }): el nodo no es el origen de este proyecto
cli-sync-project-not-above = SE CONSERVA EL NUESTRO proyecto { $slug } (el nuestro: { $ours }, el del nodo: { $version }): su versión no supera la nuestra
cli-sync-project-skipped = OMITIDO proyecto { $slug }: no válido en el nodo
cli-sync-build-taken = registro de construcción { $id } tomado
cli-sync-build-skipped = OMITIDO registro de construcción { $id }: no válido en el nodo
cli-admin-added = { $name } es administrador
cli-facet-line = { $facet }: { $values }
cli-admin-removed = { $name } ya no es administrador

# `barnraise build add|list` in the terminal.
cli-build-logged = construcción { $id } de { $slug } registrada ({ $outcome }) como { $path } en el commit { $commit }
cli-build-logged-verified = construcción { $id } de { $slug } registrada ({ $outcome }, hecha con estos archivos) como { $path } en el commit { $commit }
cli-build-counts = { $slug }: construido { $total } veces ({ $works } funciona(n), { $changed } funciona(n) con cambios, { $failed } fallida(s); { $verified } verificada(s))
cli-build-verified = verificada
cli-build-changed = cambios: { $changes }
cli-build-invalid = NO VÁLIDA { $id }: { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}

# An export job's title: what was asked.
job-what = { $format } para { $slug }
job-what-at = { $format } para { $slug } en { $makerspace }
job-what-project = { $format } para el proyecto { $slug }
job-what-project-at = { $format } para el proyecto { $slug } en { $makerspace }
job-format-svg = SVG para láser
job-format-dxf = DXF para CNC
job-format-gcode = G-code
job-format-pdf = hoja de montaje
job-format-all = archivos de corte y hoja de montaje

# `barnraise export`, `makerspace` and `project` in the terminal.
cli-nesting = anidado
cli-nesting-progress = { $material }: { $sheets } tablero(s), cota inferior { $bound }
cli-nesting-result = { $material }: { $parts } pieza(s) en { $sheets } tablero(s) (cota inferior { $bound }), { $used } % aprovechado
cli-note = nota: { $note }
cli-model-assembled = { $design }: { $copies } copias de piezas, montadas ({ $litres } l de material), sólidos en { $solids } s, escritos en { $write } s
cli-model-flat = { $design }: { $copies } copias de piezas, dispuestas en plano ({ $litres } l de material), sólidos en { $solids } s, escritos en { $write } s
cli-makerspace-line = { $name } ({ $town }, { $country }): { $machines } máquina(s), { $stock } artículo(s) en existencias
cli-invalid = NO VÁLIDO: { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
}
cli-profiles-ok = { $count ->
    [one] { $count } perfil correcto
   *[other] { $count } perfiles correctos
}
cli-project-line = { $name } { $version }: { $designs } diseño(s), { $copies } copia(s)
cli-project-design = { $quantity } × { $name } ({ $slug }): { $each } pieza(s) cada uno, { $parts } en total
cli-project-total-parts = piezas en total: { $count }
cli-project-at = en { $makerspace }: { $sheets } tablero(s) ({ $stock }), { $total } con herrajes
cli-project-no-stock = sin existencias de { $materials }
cli-project-created = proyecto { $slug } { $version } creado
cli-project-now = el proyecto { $slug } ahora está en { $version }
cli-project-published = proyecto { $slug } { $version } publicado
cli-project-forked = { $from } derivado como proyecto { $slug }
cli-project-job = { $name } { $version }: { $designs } diseño(s), { $parts } pieza(s)
cli-project-cost = coste: { $total } ({ $sheets } de tableros + { $hardware } de herrajes)
cli-import-not-written = (no escrito)
cli-import-published = (publicado)
cli-import-warning = aviso: { $warning }
cli-import-summary = { $imported } importado(s), { $warnings } importado(s) con avisos, { $failed } fallido(s)

# An export's notes: what the maker should know before cutting.
note-cnc-parts-on-laser = las piezas de este diseño son para una fresadora CNC; se cortan igualmente con láser
note-laser-parts-on-cnc = las piezas de este diseño son para un láser; se cortan igualmente con fresadora CNC
note-thickness-not-a-parameter = el espesor del material «{ $material }» es «{ $thickness }», no un parámetro: no se puede aplicar el espesor medido de { $measured } mm
note-thickness-given = se indicó { $name } = { $given } mm, pero el material { $stock } mide { $measured } mm: las ranuras siguen el valor indicado; no indique { $name } para usar el espesor medido
note-sheet-larger-than-bed = los tableros { $stock } ({ $width } × { $height } mm) son más grandes que la mesa de { $machine } ({ $bed_width } × { $bed_height } mm): córtelos primero al tamaño de la mesa
note-holes-scored = { $count } agujero(s) en { $material } son más pequeños que la fresa de { $bit } mm: se marcan con 1 mm de profundidad para taladrarlos a mano
note-some-parts-flat = algunas piezas no tienen posición: quedan en plano junto al montaje
note-all-parts-flat = este diseño no tiene posiciones: sus piezas se disponen en plano, una al lado de otra
note-of-design = { $slug }: { $note }

# Why a build log that carries an export manifest is not verified.
design-build-unverified = No verificado:
build-unverified-other-design = el manifiesto de exportación es de «{ $manifest }», no de «{ $slug }»
build-unverified-no-revision = el manifiesto de exportación no nombra ninguna revisión del depósito (se exportó desde una carpeta, no desde el depósito)
build-unverified-other-revision = el manifiesto de exportación es de la revisión { $manifest }, el registro de la { $log }
build-unverified-other-version = el manifiesto de exportación es de la versión { $manifest }, la revisión contiene la { $version }
build-unverified-no-value = el manifiesto de exportación no tiene valor para el parámetro «{ $name }»
build-unverified-out-of-bounds = en el manifiesto de exportación, { $name } = { NUMBER($value, useGrouping: "false") } está fuera de los límites del diseño
build-unverified-no-files = el manifiesto de exportación no lista ningún archivo
build-unverified-no-manifest = su manifest.json falta o no se puede leer
build-unverified-unpublished-revision = la revisión que nombra no es una revisión publicada de este depósito

# A job's progress, as the job page shows it while it runs.
job-progress-nesting = anidado
job-progress-sheets = anidado { $material }: { $sheets } tablero(s), cota inferior { $bound }
job-progress-ready = { $count ->
    [one] { $count } archivo listo
   *[other] { $count } archivos listos
}

# The installed app, the service worker and the site's feed link.
webapp-description = Diseños de hardware abierto para fincas y talleres: archivos de corte y hojas de montaje para su taller.
offline-nothing-kept = Barnraise está sin conexión y esta página no se guardó en este dispositivo.
feed-designs-title = Barnraise: diseños nuevos y modificados

# The command line's own words around a malformed line, and the default store.
cli-serve-running = Barnraise está funcionando en { $url } (Ctrl-C lo detiene)
cli-try-help = Para más información, pruebe «--help».
cli-usage = Uso: { $usage }
cli-created-default-store = barnraise: se creó el depósito predeterminado en { $path } con los diseños incluidos
