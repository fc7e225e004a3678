# L'interface de Barnraise en français. Mêmes clés que locales/en/main.ftl.
# Vocabulaire : plywood = contreplaqué, sheet = panneau, cut list = liste de découpe,
# bill of materials = nomenclature, makerspace = atelier partagé / fablab.

## Page header and footer
search-placeholder = Chercher des plans : semoir, ruche, charrette…
search-label = Chercher des plans
search-button = Chercher
nav-browse = Parcourir
nav-projects = Projets
nav-makerspaces = Ateliers
nav-login = Se connecter
nav-signup = Créer un compte
lang-chooser = Langue
footer-motto = Barnraise : concevoir en commun, fabriquer sur place.
footer-offline = Gardé hors ligne
footer-api = API

## Page titles
title-search = Recherche
title-login = Connexion
title-signup = Créer un compte

## Counts
count-parts = { $count ->
    [one] { $count } pièce
   *[other] { $count } pièces
}
count-forks = { $count ->
    [one] { $count } dérivé
   *[other] { $count } dérivés
}
count-designs = { $count ->
    [one] { $count } plan
   *[other] { $count } plans
}
someone = quelqu'un
someone-capital = Quelqu'un

## Design cards
card-preview-alt = Aperçu de { $name }
card-cost = environ { $cost }
card-built = construit { $count } fois
card-built-works = { $count ->
    [one] { $count } fonctionne
   *[other] { $count } fonctionnent
}
card-fork-of = dérivé de

## Home page
home-title = Partager les plans partout, fabriquer sur place
home-intro = Barnraise est une bibliothèque de matériel libre pour les fermes et les ateliers : semoirs, ruches, charrettes, bancs, blocs de mur. Chaque plan est paramétrique : indiquez l'épaisseur de vos panneaux et les dimensions, puis apportez les fichiers de découpe et la fiche de montage imprimée à la découpeuse laser ou à la fraiseuse CNC de votre atelier. Dérivez un plan, adaptez-le et partagez-le à votre tour.
home-browse-all = { $count ->
    [one] Voir le plan
   *[other] Voir les { $count } plans
}
home-find-makerspace = Trouver un atelier
home-categories = Catégories
home-recent = Modifiés récemment
home-most-forked = Les plus dérivés

## Search page
search-title = Plans
search-query-placeholder = semoir, ruche, license:CC-BY-SA-4.0, cost:<50
search-query-label = Recherche
search-fits = Adapté à ma machine
search-bed = Plateau (mm)
search-thicknesses = Épaisseurs de panneau (mm)
search-buildable-at = Réalisable à
search-any-makerspace = n'importe quel atelier
search-for = pour
search-previous = Précédent
search-next = Suivant
search-page-of = page { $page } sur { $pages }
facet-category = Catégorie
facet-license = Licence
facet-material = Matériau
facet-process = Procédé
facet-built_at = Fabriqué à

## Categories, materials, processes, units, outcomes, proposal states
category-farm-tool = outil agricole
category-structure = construction
category-furniture = mobilier
category-beekeeping = apiculture
category-storage = rangement
category-garden = jardin
category-workshop = atelier
category-animal-care = soin des animaux
category-energy = énergie
category-kitchen = cuisine
category-other = autre
material-plywood = contreplaqué
material-osb = OSB
material-mdf = MDF
material-hardboard = panneau dur
material-acrylic = acrylique
material-hdpe = PEHD
material-polycarbonate = polycarbonate
material-aluminium = aluminium
material-steel = acier
material-cardboard = carton
material-solid-wood = bois massif
material-other = autre
process-laser = laser
process-cnc = fraiseuse CNC
unit-pcs = pcs
unit-m = m
unit-m2 = m²
unit-kg = kg
unit-l = l
unit-set = jeu
unit-pack = paquet
outcome-works = fonctionne
outcome-works-with-changes = fonctionne avec des modifications
outcome-failed = échec
proposal-open = ouverte
proposal-accepted = acceptée
proposal-refused = refusée

## Design page
design-cost = Environ { $total } à fabriquer ({ $hardware } de quincaillerie + { $material } de panneaux).
design-cost-hardware-only = Environ { $total } de quincaillerie à fabriquer (panneaux non chiffrés).
design-forked-from = Dérivé de
design-forked-at = à
design-forked-in = dans { $store }
design-preview-alt = Aperçu 3D de { $name }
design-preview-caption = Aperçu avec les paramètres ci-dessous.
design-make-it-yours = Adaptez-le
design-update = Mettre à jour
design-downloads = Téléchargements
design-makerspace = Atelier
design-no-makerspace = aucun (machine par défaut)
design-machine = Machine
design-space-machine = la machine de l'atelier pour ces pièces
design-stock-for = Panneau pour { $material }
design-space-stock = le panneau correspondant de l'atelier
design-files = Fichiers
design-export = Exporter
design-3d = 3D :
design-okh = Manifeste OKH
design-photos = Photos et dessins
design-add-photo = Ajouter une photo (PNG ou JPEG, 5 Mo au plus)
design-upload = Envoyer
design-licence = Licence : { $license }
design-authors = Auteurs : { $authors }
design-contributors = Contributeurs :
design-builders = Constructeurs :
design-built-it = l'a construit le { $date }
design-photographed-it = l'a photographié
design-history = Historique
q-login-to-ask = pour poser une question.
q-ask = Demander
q-limits = jusqu'à 4000 caractères ; 10 questions et réponses par heure
q-ask-label = Poser une question sur ce plan
q-none = Pas encore de questions.
q-answer = Répondre
q-hide = Masquer comme indésirable
q-show = Afficher à nouveau
q-hidden = masqué comme indésirable
q-asked = a demandé le { $date }
q-heading = Questions
project-add-submit = Ajouter avec ces paramètres
project-add-copies = Exemplaires
project-add-name = Nom du nouveau projet
project-add-slug = Identifiant du nouveau projet
project-add-new = un nouveau projet…
project-add-project = Projet
project-add-h = Ajouter à un projet
build-fork-changes = Dériver avec ces modifications
build-propose-changes = Proposer ces modifications
design-feed = Flux (Atom)
design-lineage = Filiation
design-fork = Dériver
design-propose = Proposer une modification
design-peer-updates = Mises à jour venant de pairs
design-peer-updates-intro = Ces dépôts ont modifié ce plan sans en être l'origine, ou sans relever sa version. Rien de leur part n'est publié tant que vous ne l'acceptez pas.
design-peer-version = version { $version } (la nôtre : { $ours })
design-peer-unreadable = illisible
design-peer-none = aucune
design-peer-not-above = pas plus récente que la nôtre, elle ne peut donc pas être acceptée
design-accept = Accepter
design-refuse = Refuser
design-builds = Réalisations
design-builds-works = { $count ->
    [one] { $count } fonctionne tel quel
   *[other] { $count } fonctionnent tels quels
}
design-builds-works-changes = { $count ->
    [one] { $count } fonctionne avec des modifications
   *[other] { $count } fonctionnent avec des modifications
}
design-builds-failed = { $count ->
    [one] { $count } échec
   *[other] { $count } échecs
}
design-builds-verified = { $count ->
    [one] { $count } construit avec les fichiers de Barnraise
   *[other] { $count } construits avec les fichiers de Barnraise
}
design-verified = construit avec ces fichiers
design-verified-title = le journal de construction contient le manifeste des fichiers de découpe que Barnraise a produits pour cette révision
design-build-at = à
design-build-on = sur { $machine }
design-build-changed = Modifié :
design-build-photo-alt = photo de la réalisation de { $builder }
design-no-builds = Personne n'a encore signalé de réalisation.
design-i-built-this = Je l'ai construit
design-login-to-log = pour signaler que vous l'avez construit.
design-proposals = Modifications proposées
design-cut-list = Liste de découpe
design-bom = Nomenclature
design-hardware-total = Total quincaillerie
design-sheets = Panneaux dans un atelier
design-not-stocked = pas en stock
design-sheets-note = Estimation d'après la surface des pièces, à 75 % de chaque panneau ; la fiche de montage d'un export compte les panneaux réellement utilisés par l'imbrication et les chiffre.
design-assembly = Montage
design-tools = Outils : { $tools }
design-translated-from = Traduit de l'original en { $language } ; l'original fait foi.
design-also-in = Ce plan existe aussi en :
col-label = Repère
col-part = Pièce
col-qty = Qté
col-material = Matériau
col-size = Dimensions (mm)
col-process = Procédé
col-item = Article
col-unit-cost = Prix unitaire
col-total = Total
col-their-stock = Leur panneau
col-sheets = Panneaux (environ)
col-cost-about = Coût (environ)

## Log in and sign up
login-title = Connexion
login-button = Se connecter
login-new-here = Pas encore de compte ?
field-username = Nom d'utilisateur
field-password = Mot de passe
field-display-name = Votre nom
field-email = Courriel
signup-title = Créer un compte
signup-intro = Un compte permet de créer des plans, de les dériver et de proposer des modifications à ceux des autres. Parcourir, chercher et télécharger ne demandent pas de compte.
signup-username-help = 3 à 32 caractères : a–z, 0–9 et -
signup-name-help = Affiché comme auteur de vos modifications
signup-password-help = Au moins 10 caractères
signup-button = Créer le compte
signup-have-account = Déjà un compte ?

## Error pages
error-not-found = Introuvable
error-bad-request = Cela n'a pas fonctionné
error-unauthorized = Veuillez vous connecter
error-forbidden = Non autorisé
error-conflict = Cela contredit ce qui est enregistré
error-too-many = Trop de tentatives
error-internal = Un problème est survenu de notre côté
error-internal-message = Un problème est survenu de notre côté ; il a été consigné. Veuillez réessayer, ou prévenir les personnes qui gèrent ce site.
error-problems = Le plan ou ses paramètres posent problème :
error-home = Accueil
error-browse = Parcourir les plans
error-http = HTTP { $status }

## Hints, as the browser phrases them
hint-choose-stock = Si un autre panneau convient, choisissez-en un pour { $material } dans la liste des panneaux du formulaire d'export ({ $stocks })
hint-choose-another-makerspace = Choisissez un autre atelier, ou aucun pour la machine par défaut
hint-name-the-material = Choisissez un panneau pour chaque matériau ({ $materials })
hint-choose-machine = Choisissez l'une de ses machines ({ $machines })
hint-choose-makerspace = Choisissez l'atelier auquel appartient la machine
hint-use-format = Choisissez plutôt les fichiers { $format }
hint-choose-sheet = Choisissez un panneau plus petit, ou une autre machine
hint-log-in = Connectez-vous d'abord
hint-raise-version = Augmentez « version » dans design.toml au-delà de { $current }
hint-choose-another-slug = Choisissez un autre identifiant
hint-fork = Dérivez « { $slug } » pour le modifier sous un nouveau nom
hint-reload = Rechargez la page et réessayez
hint-retry-in = Réessayez dans { $seconds } s
hint-retry-later = Réessayez dans un instant
hint-set-licence = Donnez une licence au plan (un identifiant SPDX)
hint-parameter-range = Donnez à { $name } une valeur dans ses limites

## Months (dates in words)
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Language names (in this language)
language-en = anglais
language-fr = français
language-es = espagnol
language-sw = swahili
language-de = allemand

## Build sheets (PDF): fixed texts
sheet-untitled = Plan sans titre
sheet-version = Version
sheet-licence = Licence
sheet-authors = Auteurs
sheet-contributors = Contributeurs
sheet-made-at = Fabriqué à
sheet-design-page = Page du plan
sheet-log-your-build = Notez votre fabrication
sheet-bom = Nomenclature
sheet-item = Article
sheet-qty = Qté
sheet-unit = Unité
sheet-unit-cost = Prix unitaire
sheet-total = Total
sheet-supplier = Fournisseur
sheet-cut-list = Liste de découpe
sheet-label = Repère
sheet-name = Nom
sheet-material = Matériau
sheet-thickness = Épaisseur mm
sheet-size = Dimensions
sheet-assembly = Montage
sheet-tools = Outils nécessaires
sheet-step = Étape
sheet-parts = Pièces
sheet-fit-test = Test d'ajustement
sheet-continued = { $title } (suite)
sheet-revision = révision { $revision }
sheet-page-heading = Panneau { $number } sur { $of } — { $material }, { $thickness } mm, taux d'utilisation { $utilisation }
sheet-page-unusable = La taille de ce panneau ({ $width } × { $height } mm) n'est pas utilisable ; rien n'est dessiné.
sheet-page-scale-one = Panneau de { $width } × { $height } mm, dessiné à l'échelle { $scale } · { $parts } pièce · repères au centre des pièces
sheet-page-scale-many = Panneau de { $width } × { $height } mm, dessiné à l'échelle { $scale } · { $parts } pièces · repères au centre des pièces
sheet-page-of = page { $n } sur { $m }
sheet-coupon-intro = Découpez d'abord cette éprouvette. La fente qui tient fermement la pièce d'essai à la main donne votre jeu : si ce n'est pas la fente nominale, ajoutez son décalage aux largeurs de fente (ou au décalage d'outil) avant de découper les pièces. Pièce d'essai : une chute du panneau, mesurée à { $thickness } mm d'épaisseur ; largeur de fente nominale { $slot } mm.
sheet-coupon-slot = Fente
sheet-coupon-width = Largeur (écart au nominal, mm)
sheet-coupon-fit = Ajustement (cochez-en un)
sheet-coupon-ticks = ☐ lâche   ☐ ferme   ☐ trop serré
sheet-coupon-print = Éprouvette à l'échelle 1:1 — imprimez à 100 % (« taille réelle », pas « ajuster à la page ») ; la barre ci-dessous doit mesurer 50 mm.
sheet-coupon-scaled = Éprouvette dessinée à l'échelle { $scale } (elle dépasse la page) : découpez-la d'après les fichiers de découpe, pas d'après cette impression.

## Project cover (PDF)
sheet-stock-item = { $material }, panneau de { $width } × { $height } mm, mesuré à { $thickness } mm
sheet-price-ask = (prix : demandez à votre fournisseur)
sheet-unit-sheet = panneau
cover-item-of = { $item } ({ $slug })
cover-item-not-converted = { $item } ({ $slug } ; { $cost } { $currency } l'unité, non converti : hors total)
cover-step = Triez les pièces étiquetées { $slug }#1/… à { $slug }#{ $copies }/… et montez chaque exemplaire avec { $file } (version { $version }).
cover-summary = { $designs ->
    [one] 1 modèle
   *[other] { $designs } modèles
}, { $copies ->
    [one] 1 pièce
   *[other] { $copies } pièces
}, découpés ensemble sur des panneaux partagés
cover-footer = Barnraise · projet { $slug } { $version } · { $designs ->
    [one] 1 modèle
   *[other] { $designs } modèles
}

## Command line
cli-internal-error = erreur interne
cli-hint-choose-stock = Choisissez un panneau avec --material { $material }=<id-du-panneau> si un autre convient
cli-hint-name-the-material = écrivez --material <matériau>=<id-du-panneau>
cli-hint-choose-machine = choisissez une machine avec --machine ({ $machines })
cli-hint-choose-makerspace = ajoutez --makerspace pour dire à qui est la machine
cli-hint-use-format = utilisez --format { $format }
cli-hint-choose-sheet = donnez un --sheet plus petit, ou une autre --machine
cli-hint-say-who-you-are = dites qui vous êtes avec --author "Nom <courriel>" (ou définissez BARNRAISE_AUTHOR)
cli-hint-fork = dérivez-le plutôt : barnraise fork { $slug } NOUVEL-ID
cli-hint-retry-in = réessayez dans { $seconds } s
cli-hint-retry-later = réessayez plus tard
cli-hint-create-store = créez-en un avec `barnraise init --store DOSSIER`, ou indiquez-en un autre avec --store
cli-hint-set-licence = donnez une licence avec --license ID-SPDX
cli-hint-add-peer = ajoutez-le avec `barnraise peer add { $name } <url-git>`
cli-hint-parameter-range = donnez --param { $name }=VALEUR dans les limites que le plan permet

## Export job page
job-title = Export : { $name }
job-at = à
job-machine = machine { $machine }
job-designs = Plans :
job-state-queued = en attente
job-state-running = en cours
job-state-done = terminé
job-state-failed = échoué
job-sheets-used = { $count ->
    [one] panneau utilisé
   *[other] panneaux utilisés
} ; la borne inférieure par la surface est { $bound } ; les pièces occupent { $used } % de la surface des panneaux.
job-col-stock = Panneau en stock
job-col-parts = Pièces
job-col-sheets = Panneaux
job-col-lower-bound = Borne inférieure
job-col-used = Utilisé
job-col-cost = Coût
job-ask-supplier = demandez à votre fournisseur
job-cost-sheets = Panneaux : { $cost }
job-cost-with-hardware = avec la quincaillerie :
job-cost-total = Total avec la quincaillerie :
job-sheet-label = { $material }, panneau { $number }
job-sheet-caption = { $material }, panneau { $number } : { $width } × { $height } mm, { $parts ->
    [one] { $parts } pièce
   *[other] { $parts } pièces
}, { $used } % utilisé
job-download-zip = Tout télécharger (zip)
job-back-to-project = Retour au projet
job-built-it = Vous l'avez construit avec ces fichiers ?
job-tell = Dites au prochain constructeur et au concepteur comment cela s'est passé.
job-log-build = Notez votre fabrication
job-form-filled = Le formulaire est prérempli à partir de cet export (révision, paramètres, atelier, machine), et votre fabrication apparaît sur la page du plan avec la mention
job-qr-code = Le deuxième code QR de la fiche de montage mène aussi ici.
job-back-to-design = Retour au plan

## Project page
project-designs = Plans
project-col-design = Plan
project-col-copies = Exemplaires
project-col-parameters = Paramètres
project-col-parts-each = Pièces par exemplaire
project-col-parts = Pièces
project-col-cost-each = Coût par exemplaire
project-defaults = valeurs par défaut
project-total = Total
project-spaces = Panneaux et coût par atelier
project-estimates = Estimations d'après la surface des pièces, au taux d'utilisation du modèle de coût ; l'export imbrique ensemble les pièces de tous les plans pour le nombre réel.
project-space-cost = { $count ->
    [one] { $count } panneau
   *[other] { $count } panneaux
} ({ $stock }), { $sheets } de panneaux + { $hardware } de quincaillerie =
project-no-stock = aucun panneau correspondant en stock
project-missing-stock = pas de stock pour { $materials }
project-cut-it = Le découper
project-export = Exporter tout le projet
project-json = Ce projet en JSON
project-all = Tous les projets

## Projects list
projects-title = Projets
projects-intro = Plusieurs plans, avec leurs quantités et leurs paramètres, découpés ensemble en une seule tâche sur des panneaux partagés.
projects-invalid = invalide ({ $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
})
count-copies = { $count ->
    [one] { $count } exemplaire
   *[other] { $count } exemplaires
}
projects-none = Aucun projet pour l'instant. Ajoutez un plan à un projet depuis sa page.

## Makerspace page and list
makerspace-feed-title = Fabrications à { $name }
makerspace-feed = Flux des fabrications ici (Atom)
makerspace-machines = Machines
makerspace-col-id = Id
makerspace-col-machine = Machine
makerspace-col-kind = Type
makerspace-col-bed = Plateau (mm)
makerspace-col-max-thickness = Épaisseur max.
machine-laser = laser
machine-cnc = CNC
makerspace-stock = Stock
makerspace-col-material = Matériau
makerspace-col-nominal = Nominale
makerspace-col-measured = Mesurée
makerspace-col-sheet = Panneau (mm)
makerspace-col-price = Prix
makerspace-buildable = Plans réalisables ici
makerspace-buildable-note = Chaque pièce tient sur le plus grand plateau et chaque épaisseur de panneau est en stock :
makerspaces-title = Ateliers
makerspaces-entry = { $machines ->
    [one] { $machines } machine
   *[other] { $machines } machines
}, { $stock ->
    [one] { $stock } panneau en stock
   *[other] { $stock } panneaux en stock
}

## Offline page
offline-title = Gardé hors ligne
offline-intro = Les pages que vous ouvrez ici sont gardées sur cet appareil, avec leurs images, et s'ouvrent donc sans réseau. Cette liste a besoin du script de la page.
offline-search-label = Chercher dans les plans gardés
offline-search-placeholder = semoir, ruche…
offline-designs = Plans
offline-files = Fiches de montage et fichiers de découpe
offline-pages = Autres pages
offline-note = Les pages gardées sont rechargées quand le réseau revient. Pour garder la fiche de montage ou les fichiers de découpe d'un export, appuyez sur « Garder hors ligne » sur sa page.

## Logging a build
build-new-title = J'ai construit { $name }
build-new-intro = Dites comment cela s'est passé, pour que le prochain constructeur et le concepteur puissent en tenir compte. Votre journal est gardé dans le dépôt avec le plan (le format est décrit dans
build-new-intro-end = des sources de Barnraise), sous votre nom.
build-new-from-job = Construit avec ces fichiers : tâche d'export
build-new-at = à { $makerspace }
build-new-on = sur { $machine }
build-new-revision = révision { $revision }
build-new-manifest-fills = Son manifeste remplit la révision, les paramètres, l'atelier, la machine et l'épaisseur, et marque la construction comme vérifiée.
build-new-job-gone = L'export d'où vient ce lien n'est plus conservé ({ $reason }). Envoyez ci-dessous le fichier
build-new-job-gone-end = fourni avec vos fichiers de découpe pour marquer votre construction comme construite avec ces fichiers.
build-new-from-revision = Découpé à partir de la révision
build-new-from-revision-end = du plan.
build-new-outcome = Comment cela s'est-il passé ?
build-new-date = Terminé le
build-new-no-makerspace = — ailleurs que dans ces ateliers —
build-new-place = Lieu
build-new-place-placeholder = ville ou atelier
build-new-place-help = où il a été construit, si ce n'est pas dans un atelier ci-dessus
build-new-country = Pays
build-new-thickness = Épaisseur mesurée, mm
build-new-hours = Heures
build-new-cost = Coût
build-new-changes = Qu'avez-vous changé ?
build-new-changes-help = obligatoire quand il fonctionne avec des modifications
build-new-notes = Remarques
build-new-manifest = Le fichier
build-new-manifest-end = de l'export (facultatif)
build-new-manifest-help = du dossier ou du zip de fichiers de découpe produit par Barnraise : il remplit la révision, les paramètres, l'atelier et la machine, et marque la construction comme construite avec ces fichiers
build-new-photos = Photos (PNG ou JPEG, 5 Mo au plus chacune, { $count } au maximum)
build-new-submit = Enregistrer ma construction

## Importing cut files
import-title = Importer des fichiers de découpe
import-intro = Envoyez les fichiers DXF ou SVG d'un seul plan (un fichier de contours et un fichier de poches du même panneau vont ensemble). Rien n'est encore enregistré : vous verrez chaque pièce trouvée, dessinée à l'échelle, et choisirez ce que vous gardez. Les fichiers de WikiHouse, boxes.py, Inkscape, Illustrator, CorelDraw, OpenSCAD et de la plupart des logiciels de CAO conviennent ; les unités sont lues dans le fichier et vérifiées d'après les dimensions.
import-files = Fichiers ({ $count } au plus, { $mb } Mo en tout)
import-submit = Envoyer et vérifier
import-review-title = Vérifier l'import
problems-title = Problèmes
import-read-in = lu en
import-thickness = Épaisseur des panneaux { $thickness } mm ({ $source }) ; { $joints }.
import-drawing-label = Les pièces trouvées, à l'échelle ({ $width } × { $height } mm)
import-drawing-caption = { $width } × { $height } mm ; la barre mesure { $bar }. Les pièces sont pleines, les contours de panneau en pointillés, ce qui est écarté en gris.
import-col-keep = Garder
import-col-item = Élément
import-col-what = Nature
import-col-copies = Exemplaires
import-col-size = Dimensions
import-col-joints = Assemblages
import-col-notes = Remarques
import-keep-label = garder { $item }
import-reading = Lecture des fichiers
import-units = Unités
import-dpi = Pixels par pouce (px)
import-dpi-placeholder = 96, 90 ou 72
import-thickness-label = Épaisseur (mm)
import-cut-on = Découpe sur
import-laser = une découpeuse laser
import-cnc = une fraiseuse CNC
import-the-design = Le plan
import-slug = Identifiant
import-name = Nom
import-licence = Licence (SPDX)
import-authors = Auteurs
import-source = Source (d'où viennent les fichiers : URL ou URL@commit)
import-update = Mettre à jour l'aperçu
import-create = Créer le plan

## Account
account-logged-in-as = Connecté en tant que
account-logout = Se déconnecter
account-designs = Vos plans
account-edit = modifier
account-none = Aucun pour l'instant.
account-create = Créer un plan
account-import = Importer des fichiers de découpe
account-reviews = Propositions qui vous attendent
account-proposal-on = sur { $slug }
account-nothing-to-review = Rien à examiner.
account-tokens = Jetons d'API
account-for-scripts = Pour les scripts : envoyez
account-token-created = créé le { $date }
account-token-until = valable jusqu'au { $date }
account-revoke = Révoquer
account-token-name = nom du jeton
account-new-token = Nouveau jeton
account-password = Mot de passe et sessions
account-current-password = Mot de passe actuel
account-new-password = Nouveau mot de passe
account-new-password-help = Au moins 10 caractères ; toutes les autres sessions sont déconnectées
account-change-password = Changer le mot de passe
account-logout-everywhere = Se déconnecter partout

## Proposal page
proposal-by = Proposé par
proposal-for = pour
proposal-on = le { $date }
proposal-reason = Motif : { $reason }
proposal-changes = Modifications de design.toml
proposal-accept = Accepter et publier
proposal-why = pourquoi (facultatif)

## Fork and edit pages
fork-title = Dériver { $name }
fork-intro = Un dérivé est votre propre copie, à adapter. Il garde la trace de son origine, conserve tous les auteurs, et vous en devenez le mainteneur. La licence est { $license } ; une licence de partage à l'identique reste une licence de partage à l'identique.
fork-build = Le dérivé reprend les modifications de la construction de { $builder } du { $date } : { $message }
fork-new-slug = Nouvel identifiant
fork-licence = Licence
fork-licence-help = identifiant SPDX ; la licence de l'original doit permettre de la changer
edit-new = Nouveau plan
edit-title = Modifier { $slug }
edit-maintainer = Vous maintenez ce plan : enregistrer publie une nouvelle version.
edit-not-maintainer = Vous ne maintenez pas ce plan : enregistrer envoie votre modification comme proposition à ses mainteneurs.
edit-raise = Augmentez
edit-raise-end = à chaque modification. Le format est décrit dans
edit-format-end = des sources de Barnraise.
edit-line = ligne { $line }
edit-message = Ce qui a changé
edit-message-placeholder = Fentes de roue plus larges pour du contreplaqué de 16 mm
edit-publish = Publier
edit-propose = Proposer

## History and lineage pages
history-of = Historique de
history-releases = Versions publiées
history-changes = Modifications
count-files = { $count ->
    [one] { $count } fichier
   *[other] { $count } fichiers
}
history-contributors = Contributeurs
history-contributor = { $commits ->
    [one] { $commits } commit
   *[other] { $commits } commits
}, du { $first } au { $last }
lineage-of = Lignée de
lineage-original = Un plan original.
lineage-forks = Dérivés
lineage-from = de { $parent }
lineage-no-forks = Aucun dérivé pour l'instant.

## New API token page
token-title = Votre nouveau jeton d'API
token-intro = Copiez-le maintenant : il n'est affiché qu'une fois et n'est conservé que sous forme d'empreinte.
token-back = Retour à votre compte

## Words the page's script shows (web/static/app.js reads them from data-* attributes)
script-keep = Garder hors ligne
script-kept = Gardé hors ligne
script-keeping = Enregistrement…
script-keep-failed = Impossible de le garder : réessayez
script-zip-name = Fichiers de découpe (zip)
script-no-network = Pas de réseau : voici ce que cet appareil a gardé.
script-what-is-kept = Ce qui est gardé
offline-online = Vous êtes en ligne. Ces pages sont gardées sur cet appareil pour quand vous ne le serez pas.
offline-offline = Vous êtes hors ligne. Ces pages sont gardées sur cet appareil et s'ouvrent sans réseau.
offline-matching = Plans gardés correspondant à « { $query } »
offline-no-match = Aucun plan gardé ne correspond. Les plans que vous ouvrez en ligne sont gardés.
offline-no-designs = Pas encore de plans : les plans que vous ouvrez en ligne sont gardés.
offline-no-files = Rien pour l'instant : sur la page d'un export, appuyez sur « Garder hors ligne » à côté de la fiche de montage ou du zip.
offline-none = Rien pour l'instant.

## Page titles of the pages above
account-title = Votre compte
token-page-title = Nouveau jeton d'API
history-title = Historique de { $name }
lineage-title = Lignée de { $name }
proposal-title = Proposition : { $title }
edit-fix-title = Corriger les problèmes

## Messages d'erreur : ce que dit un refus (message_id d'app::Error).

error-problem-count = { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    }
error-not-a-store = { $path } n'est pas un dépôt Barnraise
error-no-design = aucun plan « { $slug } » dans le dépôt
error-no-design-suggest = aucun plan « { $slug } » dans le dépôt (vouliez-vous dire « { $suggestion } » ?)
error-no-project = aucun projet « { $slug } » dans le dépôt
error-no-project-suggest = aucun projet « { $slug } » dans le dépôt (vouliez-vous dire « { $suggestion } » ?)
error-no-revision = aucune révision « { $rev } » dans le dépôt
error-version-not-raised-publish = « { $slug } » est déjà publié en version { $current } ; augmentez « version » dans design.toml (par exemple à { $next }) pour publier une modification
error-version-not-raised-propose = « { $slug } » est déjà publié en version { $current } ; augmentez « version » dans design.toml (par exemple à { $next }) pour proposer une modification
error-slug-taken = un plan nommé « { $slug } » existe déjà ; choisissez un autre identifiant
error-no-makerspace = aucun atelier « { $slug } » dans le dépôt ; ateliers connus : { $known }
error-no-makerspace-suggest = aucun atelier « { $slug } » dans le dépôt (vouliez-vous dire « { $suggestion } » ?) ; ateliers connus : { $known }
error-proposal-stale = « { $slug } » a changé depuis cette proposition ; demandez qu'elle soit refaite sur la version actuelle
error-no-peer = aucun pair nommé « { $name } »
error-no-peer-suggest = aucun pair nommé « { $name } » (vouliez-vous dire « { $suggestion } » ?)
error-no-pending-update = aucune mise à jour de « { $slug } » venant du pair « { $peer } » n'attend d'examen
error-version-would-not-rise = le « { $slug } » du pair est en version { $offered }, qui ne dépasse pas la nôtre ({ $current }) ; les versions ne reculent jamais, il ne peut donc pas être repris
error-too-many-log-ins = trop de connexions échouées ; réessayez dans { $seconds } s
error-bad-log-in = nom d'utilisateur ou mot de passe incorrect
error-taken = { $field ->
        [username] ce nom d'utilisateur est déjà pris
        [email] cette adresse e-mail est déjà prise
       *[other] cette valeur de « { $field } » est déjà prise
    }
error-unreadable = { $path } : lecture impossible : { $reason }
error-file-too-large = { $path } : { $size } octets, c'est plus que la limite de { $limit } octets pour ce type de fichier
error-no-api-token = vous n'avez pas de jeton d'API { $id }
error-only-accounts-log-in = seuls les comptes ont des mots de passe, des sessions et des jetons
error-only-accounts-page = seuls les comptes ont une page de compte
error-only-accounts-tokens = seuls les comptes ont des jetons d'API
error-no-account = aucun compte « { $username } » : il faut d'abord s'inscrire
error-export-manifest-too-large = { $source } : le manifeste d'export fait { $size } octets ; { $limit } au plus
error-no-build = « { $slug } » n'a pas de construction « { $id } »
error-build-has-no-changes = la construction { $id } de « { $slug } » ne donne ni modifications ni paramètres à reprendre
error-manifest-unreadable = design.toml : { $reason }
error-no-photo = aucune photo « { $name } »
error-no-photo-of-build = aucune photo « { $name } » dans la construction { $id }
error-path-reason = { $path } : { $reason }
error-file-over-limit = { $path } : plus de { $kb } Ko, la limite pour { $what ->
        [build-log] un journal de construction
        [photo] une photo
       *[manifest] un manifeste d'export
    }
error-not-utf8-at = { $path } : ce n'est pas du texte UTF-8 (octet { $byte })
error-package-has-no-manifest = le paquet n'a pas de design.toml
error-reserved-slug = « { $slug } » ne peut pas être l'identifiant d'un plan ici (il désigne une page) ; choisissez-en un autre
error-design-exists = un plan « { $slug } » existe déjà : choisissez un autre identifiant, ou dérivez-le
error-svg-upload = Les envois de SVG sont refusés : un SVG peut contenir des scripts et des liens vers d'autres fichiers. Envoyez plutôt une photo ou un dessin en PNG ou JPEG.
error-not-an-image-upload = seules les images PNG et JPEG peuvent être envoyées (le contenu du fichier n'est ni l'un ni l'autre)
error-image-size = une image doit faire de 1 octet à { $mb } Mo ; celle-ci fait { $size } octets
error-stored-manifest-uneditable = le design.toml enregistré ne peut pas être modifié : { $reason }
error-stored-manifest-no-version = le design.toml enregistré n'a pas de version
error-no-image = aucune image « { $path } »
error-not-an-image = « { $path } » n'est pas une image
error-only-maintainers-release = seuls les mainteneurs de « { $slug } » peuvent en publier une version
error-no-such-file-or-folder = { $name } : fichier ou dossier introuvable
error-no-such-folder = { $name } : dossier introuvable
error-time-limit-range = un temps d'imbrication de { $seconds } s : donnez un nombre de secondes entre 0 et { $max }
error-cut-width-range = { $what ->
        [kerf] une largeur de coupe
       *[bit] un diamètre de fraise
    } de { $mm } mm : donnez une valeur en mm supérieure à 0 et d'au plus { $max }
error-sheet-range = un panneau de { $width } × { $height } mm : les deux côtés doivent dépasser 0 et mesurer au plus { $max } mm
error-not-a-source-url = « { $text } » n'est pas une URL de source (écrivez URL ou URL@commit)
error-not-utf8 = { $path } : ce n'est pas du texte UTF-8
error-no-makerspace-file = aucun fichier d'atelier { $name }
error-no-file-name = { $path } : pas de nom de fichier
error-not-a-key-file = { $path } n'est pas un fichier de clé
error-not-a-file = { $path } n'est pas un fichier
error-ca-file-needs-https = un fichier d'autorité de certification sert aux pairs en https:// ; « { $url } » n'en est pas un
error-only-maintainers-peer-updates = seuls les mainteneurs de « { $slug } » peuvent décider des mises à jour venant de pairs
error-only-maintainers-project = seuls les mainteneurs du projet « { $slug } » peuvent le modifier ; dérivez-le pour avoir le vôtre
error-quantity-range = une quantité de { $quantity } : découpez de 1 à { $max } exemplaires d'un plan
error-project-exists = un projet nommé « { $slug } » existe déjà ; choisissez un autre identifiant
error-no-proposal = aucune proposition { $id }
error-proposals-decided-by-accounts = ce sont des comptes qui décident des propositions
error-only-maintainers-proposals = seuls les mainteneurs de « { $slug } » peuvent décider de ses propositions
error-proposal-decided = cette proposition a déjà été { $state ->
        [accepted] acceptée
        [refused] refusée
       *[other] traitée
    }
error-questions-by-accounts = les questions et réponses sont publiées par des comptes de l'application web
error-no-question = aucune question { $id } sur « { $slug } »
error-no-post = aucune question ni réponse { $id } sur « { $slug } »
error-only-moderators-hide = seuls les mainteneurs de « { $slug } » et les administrateurs du site masquent des questions et des réponses
error-not-a-page-number = « { $page } » n'est pas un numéro de page
error-no-asset = aucune ressource « { $path } »
error-too-many-exports-yours = vous avez déjà { $count } exports en attente ou en cours ; attendez que l'un d'eux se termine
error-too-many-exports = { $count } exports sont déjà en attente ou en cours ; réessayez dans une minute
error-busy-log-ins = le serveur est occupé par d'autres connexions ; réessayez dans un instant
error-busy-checking = le serveur est occupé à vérifier d'autres plans ; réessayez dans un instant
error-busy-drawing = le serveur est occupé à dessiner d'autres plans ; réessayez dans un instant
error-quota = un compte peut faire au plus { $max } { $what ->
        [upload] envois de photos par jour
       *[change] modifications par heure
    } ; réessayez dans { $minutes } minutes
error-form-out-of-date = ce formulaire n'est plus à jour (jeton de sécurité différent) ; rechargez la page et réessayez
error-log-in-to-change = Connectez-vous (ou envoyez un jeton d'API) pour modifier quoi que ce soit.
error-api-writes-need-token = utilisez un jeton d'API (Authorization: Bearer …) pour écrire par l'API
error-field-reason = { $field } : { $reason }
error-not-base64 = { $field } : ce n'est pas du base64 ({ $reason })
error-no-api-route = aucune route d'API à cette adresse ; voir /api/v1/openapi.json
error-request-body = le corps de la requête : { $reason }
error-web-time-limit = time_limit « { $text } » : donnez un nombre de secondes de 0 à { $max }
error-unknown-export-format = format d'export inconnu « { $name } » : utilisez svg, dxf, gcode, pdf ou all
error-no-export-job = aucune tâche d'export « { $id } »
error-no-job-file = la tâche { $id } n'a pas de fichier « { $name } »
error-job-not-finished = la tâche { $id } n'est pas encore terminée ({ $state ->
        [queued] en attente
        [running] en cours
        [done] terminée
       *[failed] échouée
    })
error-job-of-another-design = la tâche d'export { $id } concerne « { $job_slug } », pas « { $slug } »
error-job-not-cut-yet = la tâche d'export { $id } n'est pas encore terminée ; consignez la construction une fois ses fichiers découpés
error-form = le formulaire : { $reason }
error-photo-upload-failed = l'envoi a échoué ({ $reason }) ; au plus { $count } photos de { $mb } Mo chacune
error-too-many-photos = au plus { $count } photos par formulaire
error-manifest-upload-failed = l'envoi du manifeste a échoué ({ $reason })
error-manifest-upload-too-large = manifeste : plus de { $kb } Ko
error-field-too-long = { $field } : trop long
error-upload = envoi : { $reason }
error-image-upload-failed = l'envoi a échoué ({ $reason }) ; les images font au plus { $mb } Mo
error-choose-image = choisissez une image à envoyer
error-no-download-format = aucun format de téléchargement « { $format } » ; utilisez stl, step, png ou okh (les fichiers de découpe et les fiches de construction sont des exports)
error-quantity-not-whole = la quantité « { $text } » n'est pas un nombre entier d'exemplaires
error-choose-project = choisissez un projet, ou donnez l'identifiant du nouveau projet
error-current-password-wrong = le mot de passe actuel n'est pas le bon
error-too-many-drafts = trop d'imports attendent d'être examinés ; réessayez dans un moment
error-no-draft = cet import n'existe pas (les brouillons sont gardés deux heures) ; envoyez de nouveau les fichiers
error-import-upload-failed = l'envoi a échoué ({ $reason }) ; un import peut contenir { $mb } Mo
error-import-too-large = un import contient au plus { $count } fichiers et { $mb } Mo
error-choose-import-file = choisissez un fichier DXF ou SVG à importer
error-not-a-positive-number = { $what ->
        [thickness] l'épaisseur
        [dpi] la résolution (dpi)
       *[other] { $what }
    } « { $text } » n'est pas un nombre positif
error-unknown-unit = unité inconnue « { $unit } »
error-no-design-here = aucun plan « { $slug } »
error-no-page = Il n'y a pas de page à cette adresse.
error-request-too-long = la requête a pris trop de temps ; réessayez
error-log-in-limited = Trop de connexions échouées : attendez quelques minutes et réessayez.
error-log-in-wrong = Nom d'utilisateur ou mot de passe incorrect.

## Problèmes situés des manifestes, des projets et des champs qu'ils partagent (message_id de Diagnostic).

error-field-empty = « { $key } » est vide
error-field-too-many-characters = « { $key } » fait { $count } caractères ; la limite est de { $max }
error-field-longer-than = « { $key } » dépasse { $max } caractères
error-field-control-characters = « { $key } » contient des caractères de contrôle
error-manifest-slug-folder = l'identifiant « { $slug } » ne correspond pas au dossier du paquet « { $folder } » (renommez l'un des deux)
error-manifest-not-semver = « { $text } » n'est pas une version sémantique comme 1.2.0 : { $reason }
error-manifest-not-a-language-tag = « { $text } » n'est pas une étiquette de langue comme « en », « de » ou « pt-BR »
error-manifest-no-materials = le plan a des pièces mais pas de [materials] : déclarez le matériau en panneau dans lequel elles sont découpées
error-manifest-no-such-step = l'étape { $step } n'existe pas : le plan a { $steps } { $steps ->
        [one] étape
       *[other] étapes
    }
error-manifest-extra-not-a-table = « extra » doit être une table
error-manifest-readiness-level = « { $text } » n'est pas un niveau de maturité : utilisez { $prefix }-{ $first } … { $prefix }-{ $last }
error-manifest-count-not-whole = un nombre d'unités doit être entier ; trouvé { $value }
error-manifest-min-above-max = le minimum { $min } dépasse le maximum { $max }
error-manifest-default-below-min = la valeur par défaut { $value } est inférieure au minimum { $min }
error-manifest-default-above-max = la valeur par défaut { $value } est supérieure au maximum { $max }
error-manifest-computed-loop = des valeurs calculées se réfèrent les unes aux autres en boucle : { $names }
error-manifest-points-or-file = utilisez soit « points », soit « points_file », pas les deux
error-manifest-arc-direction = le sens d'arc « { $text } » doit être « ccw » ou « cw »
error-manifest-direction-without-arc = « direction » ne s'applique qu'aux arcs : ajoutez un « center »
error-manifest-repeat-or-polar = utilisez soit « repeat », soit « polar », pas les deux
error-manifest-duplicate-label = étiquette de pièce « { $label } » en double (déjà utilisée par { $first }) ; les étiquettes doivent être uniques
error-manifest-label-form = l'étiquette « { $label } » doit compter de 1 à 24 lettres, chiffres, « - » ou « _ » (elle est gravée sur la pièce)
error-manifest-grain = le fil « { $text } » doit être « x » ou « y »
error-manifest-material-has-no-grain = le matériau « { $material } » n'a pas de fil (grain = false) ; retirez « grain » ou mettez grain = true sur le matériau
error-manifest-engraving-length = un texte gravé doit faire de 1 à 80 caractères sur une seule ligne
error-project-slug-folder = l'identifiant « { $slug } » diffère du dossier du projet « { $folder } » ; ils doivent être identiques
error-project-version = la version « { $text } » n'est pas une version comme 1.2.0 (majeure.mineure.correctif)
error-project-no-designs = un projet a besoin d'au moins un plan : ajoutez une entrée [[designs]] avec un identifiant
error-project-too-many-designs = { $count } plans ; un projet en compte au plus { $max }
error-project-listed-twice = « { $slug } » figure deux fois ; augmentez plutôt la quantité de la première entrée
error-project-quantity = la quantité { $quantity } est hors limites : découpez de 1 à { $max } exemplaires d'un plan (retirez le plan plutôt que d'indiquer 0)
error-project-too-many-parameters = plus de { $max } paramètres
error-param-not-bool = { $name } doit valoir true ou false, pas « { $text } »
error-param-not-number = { $name } doit être un nombre, pas « { $text } »
error-param-not-finite = { $name } doit être un nombre fini
error-param-count-not-whole = { $name } est un nombre d'unités et doit être entier, pas { $value }
error-param-below-min = { $name } = { $value }{ $unit } est inférieur au minimum de { $min }{ $unit } que permet ce plan
error-param-above-max = { $name } = { $value }{ $unit } est supérieur au maximum de { $max }{ $unit } que permet ce plan
error-shape-corner-radius = le rayon d'angle { $radius } doit être compris entre 0 et la moitié du plus petit côté ({ $max })
error-shape-polygon-points = le polygone a { $count } points distincts ; il lui en faut au moins 3
error-shape-points-file-unread = le fichier de points « { $path } » n'a pas été lu (lisez le paquet avec ses fichiers)
error-shape-polygon-too-few-points = le polygone a moins de 3 points distincts
error-shape-arc-ends = les extrémités de l'arc ne sont pas sur un même cercle : le début est à { $start } mm du centre, la fin à { $end } mm
error-shape-path-too-short = le tracé a moins de 2 segments de longueur non nulle
error-part-placements = { $count } placements pour une quantité de { $quantity } : donnez un placement par exemplaire (un placement avec `repeat` compte pour `count` exemplaires), ou aucun
error-part-outline-too-far = le contour sort de ±100 m
error-country-code = le pays « { $text } » n'est pas un code ISO 3166 à deux lettres comme GB, KE ou DE
error-field-empty-leave-out = « { $key } » est vide ; omettez-le plutôt
error-field-one-line = « { $key } » doit tenir sur une seule ligne
error-makerspace-slug-file = l'identifiant « { $slug } » diffère du nom de fichier « { $stem }.toml » ; ils doivent être identiques
error-makerspace-no-machine = un atelier a besoin d'au moins une machine sous [machines.<id>]
error-makerspace-laser-no-tools = un laser n'a pas de diamètres d'outil ; indiquez plutôt « kerf »
error-makerspace-cnc-only = « { $key } » concerne les machines CNC, pas les lasers
error-makerspace-gcode-dialect = dialecte G-code inconnu « { $text } » : Barnraise écrit « grbl » (compatible GRBL, grblHAL, FluidNC)
error-makerspace-overcut = la surcoupe de { $overcut } mm descend plus bas que la limite de la martyre, { $limit } mm
error-makerspace-in-stock = in_stock { $value } doit être un nombre entier de panneaux
error-makerspace-thickness-far = l'épaisseur mesurée de { $measured } mm est loin de la nominale de { $nominal } mm ; vérifiez les unités (mm) ou la mesure
error-build-revision = la révision « { $text } » n'est pas un identifiant de commit (7 à 40 chiffres hexadécimaux)
error-build-version = la version « { $text } » n'est pas une version comme 1.2.0
error-build-cost-currency = « cost » demande une « currency » (ISO 4217, par exemple EUR)
error-build-changes-needed = le résultat « works-with-changes » demande « changes » : dites ce que vous avez modifié, pour que le prochain constructeur et le concepteur puissent en tenir compte
error-build-export-name = « export » nomme le manifeste d'export gardé à côté du journal ; il doit valoir « { $name } »

# `barnraise validate` and `show` in the terminal.
cli-validate-parts = { $count ->
    [one] { $count } pièce
   *[other] { $count } pièces
}
cli-validate-valid = { $count ->
    [one] { $count } plan valide
   *[other] { $count } plans valides
}
cli-show-licence-authors = licence : { $licence }   auteurs : { $authors }
cli-show-derived-from = dérivé de : { $from }
cli-show-values = valeurs :
cli-show-parts = pièces ({ $count } à découper) :
cli-show-label = repère
cli-show-quantity = qté
cli-show-material = matériau
cli-show-thickness = ép. (mm)
cli-show-width = largeur
cli-show-height = hauteur
cli-show-area = aire (cm²)
cli-show-name = nom
cli-show-bom = nomenclature (quincaillerie) :
cli-show-total = total
cli-show-cost = coût estimé : { $total } ({ $hardware } de quincaillerie + { $material } de panneaux)
cli-show-cost-hardware-only = coût estimé : { $total } de quincaillerie (aucun atelier du dépôt ne donne le prix des panneaux)

# What the store, peer, sync, search and admin commands print in the terminal.
cli-published-added = ajouté { $slug } { $version } dans le commit { $commit }
cli-published-updated = mis à jour { $slug } { $version } dans le commit { $commit }
cli-proposed = modification proposée pour { $slug } ({ $id })
cli-list-invalid = INVALIDE ({ $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
} ; lancez `barnraise validate` sur un clone)
cli-list-count = { $count ->
    [one] { $count } plan
   *[other] { $count } plans
}
cli-list-count-invalid = { $count ->
    [one] { $count } plan
   *[other] { $count } plans
}, dont { $invalid } invalide(s)
cli-released = publié { $tag } au commit { $commit }
cli-lineage-in = (dans { $store })
cli-lineage-elsewhere = (dans un autre dépôt)
cli-lineage-this = (ce plan)
cli-peer-added = pair { $name } ajouté ({ $url }) ; lancez `barnraise sync { $name }` pour récupérer ses plans
cli-peer-trusted-all = (de confiance pour tous les plans)
cli-peer-trusted-for = (de confiance pour { $designs })
cli-peer-ca = (certificat vérifié avec { $file })
cli-pending-unreadable = illisible
cli-pending-none = aucune
cli-pending-line = { $version } (la nôtre : { $ours })
cli-pending-not-above = pas au-dessus de la nôtre, ne peut pas être acceptée
cli-pending-count = { $count ->
    [one] { $count } mise à jour en attente
   *[other] { $count } mises à jour en attente
}
cli-peer-accepted = accepté { $slug } { $version } du pair { $peer } dans le commit { $commit }
cli-peer-refused = mise à jour de { $slug } par { $peer } refusée ; main est inchangé
cli-peer-trusts-all = { $name } peut désormais mettre à jour tous les plans
cli-peer-trusts = { $name } peut désormais mettre à jour { $designs }
cli-peer-home-only = { $name } ne met plus à jour que les plans dont il est l'origine
cli-peer-still-trusts = { $name } peut encore mettre à jour { $designs }
cli-sync-peer = pair { $peer } : { $unchanged } inchangé(s), { $ahead } plus récent(s) ici
cli-sync-peer-refused = { $line }, { $refused } refusé(s) auparavant
cli-sync-imported = importé { $slug } { $version }
cli-sync-updated = mis à jour { $slug } { $from } → { $to }
cli-sync-diverged = DIVERGENT { $slug } : modifié des deux côtés ; le nôtre est gardé, celui du pair est sur la branche { $branch }
cli-sync-pending-not-home = EN ATTENTE { $slug } { $version } (le nôtre : { $ours }) : le pair n'est pas l'origine de ce plan ; sur la branche { $branch } pour relecture
cli-sync-pending-not-above = EN ATTENTE { $slug } { $version } (le nôtre : { $ours }) : sa version n'est pas au-dessus de la nôtre ; sur la branche { $branch } pour relecture
cli-sync-skipped = IGNORÉ { $slug } : invalide chez le pair
cli-sync-project-imported = projet importé { $slug } { $version }
cli-sync-project-updated = projet mis à jour { $slug } { $from } → { $to }
cli-sync-project-not-home = GARDÉ LE NÔTRE projet { $slug } (le nôtre : { $ours }, celui du pair : { $version }) : le pair n'est pas l'origine de ce projet
cli-sync-project-not-above = GARDÉ LE NÔTRE projet { $slug } (le nôtre : { $ours }, celui du pair : { $version }) : sa version n'est pas au-dessus de la nôtre
cli-sync-project-skipped = IGNORÉ projet { $slug } : invalide chez le pair
cli-sync-build-taken = journal de construction { $id } repris
cli-sync-build-skipped = IGNORÉ journal de construction { $id } : invalide chez le pair
cli-admin-added = { $name } est administrateur
cli-facet-line = { $facet } : { $values }
cli-admin-removed = { $name } n'est plus administrateur

# `barnraise build add|list` in the terminal.
cli-build-logged = construction { $id } de { $slug } consignée ({ $outcome }) sous { $path } dans le commit { $commit }
cli-build-logged-verified = construction { $id } de { $slug } consignée ({ $outcome }, fabriquée à partir de ces fichiers) sous { $path } dans le commit { $commit }
cli-build-counts = { $slug } : construit { $total } fois ({ $works } fonctionne(nt), { $changed } fonctionne(nt) avec des modifications, { $failed } échec(s) ; { $verified } vérifiée(s))
cli-build-verified = vérifiée
cli-build-changed = modifié : { $changes }
cli-build-invalid = INVALIDE { $id } : { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}

# An export job's title: what was asked.
job-what = { $format } pour { $slug }
job-what-at = { $format } pour { $slug } à { $makerspace }
job-what-project = { $format } pour le projet { $slug }
job-what-project-at = { $format } pour le projet { $slug } à { $makerspace }
job-format-svg = SVG pour laser
job-format-dxf = DXF pour CNC
job-format-gcode = G-code
job-format-pdf = fiche de montage
job-format-all = fichiers de découpe et fiche de montage

# `barnraise export`, `makerspace` and `project` in the terminal.
cli-nesting = imbrication
cli-nesting-progress = { $material } : { $sheets } panneau(x), borne inférieure { $bound }
cli-nesting-result = { $material } : { $parts } pièce(s) sur { $sheets } panneau(x) (borne inférieure { $bound }), { $used } % utilisés
cli-note = remarque : { $note }
cli-model-assembled = { $design } : { $copies } exemplaires de pièces, assemblés ({ $litres } l de matériau), solides en { $solids } s, écrits en { $write } s
cli-model-flat = { $design } : { $copies } exemplaires de pièces, disposés à plat ({ $litres } l de matériau), solides en { $solids } s, écrits en { $write } s
cli-makerspace-line = { $name } ({ $town }, { $country }) : { $machines } machine(s), { $stock } article(s) en stock
cli-invalid = INVALIDE : { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}
cli-profiles-ok = { $count ->
    [one] { $count } profil correct
   *[other] { $count } profils corrects
}
cli-project-line = { $name } { $version } : { $designs } plan(s), { $copies } exemplaire(s)
cli-project-design = { $quantity } × { $name } ({ $slug }) : { $each } pièce(s) chacun, { $parts } en tout
cli-project-total-parts = total des pièces : { $count }
cli-project-at = à { $makerspace } : { $sheets } panneau(x) ({ $stock }), { $total } avec la quincaillerie
cli-project-no-stock = pas de stock pour { $materials }
cli-project-created = projet { $slug } { $version } créé
cli-project-now = le projet { $slug } est maintenant en { $version }
cli-project-published = projet { $slug } { $version } publié
cli-project-forked = { $from } dérivé en projet { $slug }
cli-project-job = { $name } { $version } : { $designs } plan(s), { $parts } pièce(s)
cli-project-cost = coût : { $total } ({ $sheets } de panneaux + { $hardware } de quincaillerie)
cli-import-not-written = (non écrit)
cli-import-published = (publié)
cli-import-warning = avertissement : { $warning }
cli-import-summary = { $imported } importé(s), { $warnings } importé(s) avec des avertissements, { $failed } en échec

# An export's notes: what the maker should know before cutting.
note-cnc-parts-on-laser = les pièces de ce plan sont prévues pour une fraiseuse CNC ; elles sont tout de même découpées au laser
note-laser-parts-on-cnc = les pièces de ce plan sont prévues pour un laser ; elles sont tout de même découpées à la fraiseuse CNC
note-thickness-not-a-parameter = l'épaisseur du matériau « { $material } » est « { $thickness } », pas un paramètre : l'épaisseur mesurée de { $measured } mm ne peut pas être appliquée
note-thickness-given = { $name } = { $given } mm a été donné, mais le stock { $stock } mesure { $measured } mm : les fentes suivent la valeur donnée ; ne donnez pas { $name } pour utiliser l'épaisseur mesurée
note-sheet-larger-than-bed = les panneaux { $stock } ({ $width } × { $height } mm) sont plus grands que la table de { $machine } ({ $bed_width } × { $bed_height } mm) : recoupez-les d'abord à la taille de la table
note-holes-scored = { $count } trou(s) dans { $material } sont plus petits que la fraise de { $bit } mm : ils sont marqués sur 1 mm de profondeur pour être percés à la main
note-some-parts-flat = certaines pièces n'ont pas de position : elles sont posées à plat à côté de l'assemblage
note-all-parts-flat = ce plan n'a pas de positions : ses pièces sont disposées à plat, côte à côte
note-of-design = { $slug } : { $note }

# Why a build log that carries an export manifest is not verified.
design-build-unverified = Non vérifié :
build-unverified-other-design = le manifeste d'export est celui de « { $manifest } », pas de « { $slug } »
build-unverified-no-revision = le manifeste d'export ne nomme aucune révision du dépôt (il a été exporté depuis un dossier, pas depuis le dépôt)
build-unverified-other-revision = le manifeste d'export est celui de la révision { $manifest }, le journal celui de { $log }
build-unverified-other-version = le manifeste d'export est celui de la version { $manifest }, la révision contient la { $version }
build-unverified-no-value = le manifeste d'export n'a pas de valeur pour le paramètre « { $name } »
build-unverified-out-of-bounds = dans le manifeste d'export, { $name } = { NUMBER($value, useGrouping: "false") } est hors des limites du plan
build-unverified-no-files = le manifeste d'export ne liste aucun fichier
build-unverified-no-manifest = son manifest.json manque ou est illisible
build-unverified-unpublished-revision = la révision qu'il nomme n'est pas une révision publiée de ce dépôt

# A job's progress, as the job page shows it while it runs.
job-progress-nesting = imbrication
job-progress-sheets = imbrication { $material } : { $sheets } panneau(x), borne inférieure { $bound }
job-progress-ready = { $count ->
    [one] { $count } fichier prêt
   *[other] { $count } fichiers prêts
}

# The installed app, the service worker and the site's feed link.
webapp-description = Des plans de matériel libre pour les fermes et les ateliers : fichiers de découpe et fiches de montage pour votre atelier.
offline-nothing-kept = Barnraise est hors ligne et cette page n'a pas été gardée sur cet appareil.
feed-designs-title = Barnraise : plans nouveaux et modifiés

# The command line's own words around a malformed line, and the default store.
cli-serve-running = Barnraise tourne à l'adresse { $url } (Ctrl-C l'arrête)
cli-try-help = Pour en savoir plus, essayez « --help ».
cli-usage = Utilisation : { $usage }
cli-created-default-store = barnraise : dépôt par défaut créé dans { $path } avec les plans fournis
