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
