# What exports, nesting, search, sign-up and the command line refuse.

# Nesting.
refusal-nest-empty = il n'y a aucune pièce à imbriquer
refusal-nest-too-large = la pièce { $label } ({ NUMBER($w, minimumFractionDigits: 1) } × { NUMBER($h, minimumFractionDigits: 1) } mm avec { $spacing } mm d'espacement) ne tient pas dans la surface utile du panneau, { NUMBER($uw, minimumFractionDigits: 1) } × { NUMBER($uh, minimumFractionDigits: 1) } mm (panneau de { $sw } × { $sh } mm moins une marge de { $margin } mm), dans aucune des rotations permises ({ $rotations })
refusal-nest-shape = pièce { $label } : sa forme ne peut pas être imbriquée : { $reason }
refusal-nest-sheet-size = le panneau de { $w } × { $h } mm doit avoir deux côtés supérieurs à 0
refusal-nest-margin-spacing = la marge de { $margin } mm et l'espacement de { $spacing } mm doivent valoir 0 ou plus
refusal-nest-margin-too-wide = une marge de { $margin } mm ne laisse rien d'un panneau de { $w } × { $h } mm
refusal-nest-not-all-placed = seules { $placed } pièces sur { $count } ont pu être placées ; le moteur de collisions a refusé les autres
refusal-nest-bad-strip = la bande de { $length } × { $height } n'est pas un contenant valide
refusal-nest-item-not-placed = une pièce n'a pas été placée

# Exports.
refusal-export-design-problems = { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    } dans le plan ou ses paramètres
refusal-export-write = { $path } : { $reason }
refusal-in-design = { $slug } : { $message }
refusal-export-material-too-thick = le matériau « { $material } » a { $thickness } mm d'épaisseur ; la machine « { $machine } » coupe au plus { $max } mm
refusal-export-no-parts = le plan « { $slug } » n'a aucune pièce à découper
refusal-export-stock-too-thick = le { $material } de { $thickness } mm est plus épais que les { $max } mm que coupe la machine « { $machine } »
refusal-export-sheet-over-bed = un panneau de { $width } × { $height } mm ne tient pas sur le plateau de { $bed_width } × { $bed_height } mm de « { $machine } » ; recoupez le panneau ou choisissez une autre machine
refusal-export-machine-needs-makerspace = la machine « { $machine } » demande un atelier, pour savoir à qui elle appartient
refusal-export-no-such-machine = { $makerspace } n'a pas de machine « { $machine } » ; ses machines : { $machines }
refusal-export-gcode-laser = le G-code est pour les fraiseuses CNC ; « { $machine } » est un laser
refusal-export-gcode-needs-cnc = le G-code demande une fraiseuse CNC
refusal-export-no-machine-of-kind = { $makerspace } n'a pas { $kind ->
        [laser] de laser
       *[cnc] de fraiseuse CNC
    } pour des fichiers { $format } ; ses machines : { $machines }
refusal-export-which-material = ce plan utilise { $count } matériaux ({ $materials }) ; dites pour quel matériau est le panneau « { $stock } »
refusal-export-no-such-stock = { $makerspace } n'a pas de « { $stock } » en stock ; son stock : { $stocks }
refusal-export-needs-stock = il faut du { $kind } de { $thickness } mm ({ $name }) ; en stock chez { $makerspace } : { $stocks }
refusal-export-project-no-designs = le projet « { $slug } » n'a aucun plan à découper
refusal-export-project-two-machines = « { $first } » se découpe sur { $first_kind ->
        [laser] un laser
       *[cnc] une fraiseuse CNC
    } et « { $slug } » sur { $kind ->
        [laser] un laser
       *[cnc] une fraiseuse CNC
    } ; une tâche se découpe sur une seule machine : choisissez un atelier et sa machine, ou un format (svg pour un laser, dxf pour une fraiseuse CNC)
refusal-export-project-no-parts = le projet « { $slug } » n'a aucune pièce que cette machine découpe
refusal-export-nothing-to-build = le plan n'a aucune pièce à construire

# Search queries.
refusal-search-not-a-number = { $filter } : « { $text } » n'est pas un nombre
refusal-search-bed = bed : « { $text } » n'est pas de la forme LARGEURxHAUTEUR en mm, par exemple 600x400
refusal-search-too-long = la recherche fait { $count } caractères ; la limite est de { $max }
refusal-search-filter-needs-value = le filtre « { $filter }: » demande une valeur, par exemple { $filter }:…
refusal-search-unknown-filter = filtre inconnu « { $filter } »{ $suggestion } ; les filtres sont : { $filters }
refusal-search-built = built : « { $text } » n'est ni un nombre de constructions ni « works », par exemple built:>0, built:3 ou built:works
refusal-search-unreadable-query = impossible de lire la recherche « { $query } » : { $reason }
refusal-search-unreadable-author = impossible de lire l'auteur « { $author } » : { $reason }

# Accounts: sign-up and the other forms (after "field: ").
refusal-account-username-length = doit faire de { $min } à { $max } caractères
refusal-account-username-characters = ne peut contenir que des lettres a-z, des chiffres 0-9 et « - »
refusal-account-display-name-brackets = ne doit contenir ni « < » ni « > »
refusal-account-email = doit ressembler à nom@example.org
refusal-account-password-short = doit faire au moins { $min } caractères
refusal-account-password-long = doit faire au plus { $max } caractères
refusal-account-password-username = ne doit pas être le nom d'utilisateur
refusal-account-empty = ne doit pas être vide
refusal-account-too-long = doit faire au plus { $max } caractères
refusal-account-control-characters = ne doit pas contenir de caractères de contrôle
refusal-account-spaces = ne doit pas contenir d'espaces
refusal-account-not-json = n'est pas du JSON : { $reason }
refusal-account-not-a-number = doit être un nombre
refusal-account-write-something = écrivez d'abord quelque chose
refusal-account-post-too-long = { $count } caractères ; au plus { $max }

# The limit, then when to try again.
refusal-account-limited = { $what } ; réessayez dans { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
refusal-account-signups-limited = au plus { $count } comptes par { $per ->
        [hour] heure
       *[day] jour
    } peuvent être créés depuis une même adresse
refusal-account-storage-limited = un compte peut stocker { $mb } Mo en { $days } jours ; celui-ci en a stocké { $used } Mo et ceci ajouterait { $adding } Mo
refusal-account-posts-limited = un compte peut publier { $count } questions et réponses par heure
refusal-account-not-found = { $what ->
        [user] utilisateur introuvable
        [proposal] proposition introuvable
        [question] question introuvable
        [job] tâche introuvable
       *[other] { $what } introuvable
    }
refusal-accounts-schema-too-new = la base des comptes a la version de schéma { $found }, plus récente que la { $supported } que connaît ce Barnraise ; mettez Barnraise à jour (le fichier n'a pas été modifié)
refusal-account-only-maintainers-decide = seuls les mainteneurs de { $slug } peuvent trancher ses propositions
refusal-account-proposal-decided = la proposition { $id } est déjà { $state ->
        [accepted] acceptée
        [refused] refusée
       *[other] traitée
    }
refusal-account-proposal-being-accepted = la proposition { $id } est déjà en cours d'acceptation
refusal-account-job-over = la tâche { $id } a déjà { $state ->
        [finished] fini
       *[failed] échoué
    }
refusal-account-answer-the-question = { $id } est une réponse ; répondez à la question dont elle fait partie

# The store.
refusal-store-already-a-repository = { $path } contient déjà un dépôt git ; ouvrez-le au lieu de l'initialiser
refusal-store-already-released = { $tag } est déjà publiée ; publiez d'abord une nouvelle version
refusal-store-author-needs-email = l'auteur « { $name } » doit avoir une adresse e-mail : écrivez "Nom <email>"
refusal-store-build-exists = un journal de construction « { $id } » de « { $slug } » existe déjà
refusal-store-ca-empty = { $path } : ne contient aucun certificat (bloc -----BEGIN CERTIFICATE-----)
refusal-store-ca-not-pem = { $path } : pas un fichier PEM de certificats (blocs -----BEGIN CERTIFICATE-----)
refusal-store-ca-too-large = { $path } : un fichier d'AC de { $size } octets dépasse les { $max } octets acceptés
refusal-store-cannot-fetch = impossible de récupérer depuis le pair « { $peer } » : { $reason }
refusal-store-cannot-fork = impossible de dériver « { $slug } » sous { $license } : { $reason }
refusal-store-empty = le dépôt est vide
refusal-store-file-name-not-utf8 = { $path } : les noms de fichiers doivent être en UTF-8
refusal-store-file-too-large = { $path } : { $size } octets dépassent la limite de { $mib } Mio par fichier
refusal-store-manifest-uneditable = « { $slug } » : design.toml ne peut pas être modifié : { $reason }
refusal-store-no-readable-manifest = « { $slug } » n'a pas de design.toml lisible
refusal-store-not-a-build-id = « { $id } » n'est pas un identifiant de journal de construction
refusal-store-not-a-commit = « { $id } » n'est pas un identifiant de commit
refusal-store-not-a-git-url = « { $url } » n'est pas une URL git
refusal-store-not-a-proposal = « { $git_ref } » n'est pas une proposition
refusal-store-not-an-author = « { $text } » n'est pas un auteur de la forme "Your Name <you@example.org>"
refusal-store-not-bare = { $path } est un clone avec une copie de travail ; Barnraise n'écrit que dans des dépôts nus, pour qu'aucune copie ne dérive. Poussez plutôt vos commits vers le dépôt
refusal-store-not-beside-build = « { $name } » ne peut pas être gardé à côté d'un journal de construction
refusal-store-package-no-manifest = le paquet n'a pas de { $file }
refusal-store-package-over-limit = { $path } : le paquet dépasse la limite de { $mib } Mio ou { $files } fichiers
refusal-store-package-too-large = le paquet fait { $size } octets ; au plus { $mib } Mio
refusal-store-too-many-files = le paquet a { $count } fichiers ; au plus { $max }
refusal-store-path-not-utf8 = { $path } n'est pas un chemin UTF-8
refusal-store-peer-exists = un pair nommé « { $name } » existe déjà
refusal-store-peer-name = le nom de pair « { $name } » doit être fait de lettres minuscules, de chiffres et de « - » (par exemple « leeds-makerspace »)
refusal-store-peer-sent-too-much = le pair « { $peer } » a envoyé plus de { $mib } Mio ; rien n'a été pris
refusal-store-project-version-not-raised = le projet « { $slug } » est déjà publié en version { $current } ; augmentez « version » dans project.toml (par exemple à { $next }) pour publier une modification
refusal-store-symlink = { $path } : les liens symboliques ne sont pas stockés ; copiez le fichier dans le paquet
refusal-store-tag-not-created = { $tag } n'a pas été créée

# The command line's own refusals (flags and commands stay as typed).
refusal-export-stock-pick = « { $text } » n'est ni un identifiant de panneau ni material=stock-id (par exemple ply18=birch18)
refusal-cli-sheet = --sheet « { $text } » n'est pas de la forme LARGEURxHAUTEUR en mm, par exemple 2440x1220
refusal-cli-size = --size « { $text } » n'est pas de la forme LARGEURxHAUTEUR en pixels (chacun de { $min } à { $max }), par exemple 800x600
refusal-cli-material = --material { $reason }
refusal-cli-time-limit = --time-limit { $seconds } : donnez un nombre de secondes entre 0 et { $max }
refusal-cli-quantity = --design { $design } : la quantité « { $text } » n'est pas un nombre entier
refusal-cli-project-format = --project exporte des fichiers de découpe et des fiches de montage : utilisez --format svg, dxf, gcode, pdf ou all
refusal-cli-project-params = --param et --material se règlent par plan dans project.toml, pas pour tout un projet
refusal-cli-addr = --addr « { $text } » n'est pas de la forme HÔTE:PORT, par exemple 127.0.0.1:8080
refusal-cli-jobs = --jobs { $jobs } : donnez un nombre de 1 à { $max }
refusal-cli-addr-in-use = { $addr } est occupée : un autre programme (ou un autre barnraise serve) y écoute ; choisissez-en une autre avec --addr
refusal-cli-no-author = cette modification n'a pas d'auteur
refusal-cli-cannot-write = impossible d'écrire { $path } : { $reason }
refusal-cli-unknown-argument = argument inattendu « { $arg } »{ $suggestion }
refusal-cli-unknown-command = commande inconnue « { $command } »{ $suggestion }
refusal-cli-invalid-value = valeur « { $value } » invalide pour { $arg } : utilisez l'une de { $valid }
refusal-cli-empty-value = { $arg } demande une valeur
refusal-cli-no-language = pas de langue d'interface « { $value } » ; choisissez parmi : { $valid }
refusal-cli-bad-value = valeur « { $value } » invalide pour { $arg }
refusal-cli-missing-argument = les arguments obligatoires suivants manquent : { $args }
refusal-cli-missing-command = indiquez une commande : barnraise --help les liste
refusal-cli-conflict = { $arg } ne peut pas être utilisé avec { $other }
refusal-cli-unexpected-value = { $arg } a reçu une valeur qu'il n'accepte pas
refusal-param-not-a-pair = « { $text } » n'est pas de la forme nom=valeur (p. ex. thickness=17.4)
refusal-gcode-too-deep = { $what } : la coupe descend à { $depth } mm avec le dépassement, mais la machine atteint au plus { $limit } mm
refusal-gcode-tabs = { $what } : { $count } attaches de { $width } mm ne tiennent pas sur un périmètre de { $perimeter } mm
refusal-gcode-passes = { $what } : { $passes } passes de { $pass_depth } mm nécessaires, plus que les { $max } permises

# Build logs, projects, imports and the editor.
refusal-build-parameter-out-of-bounds = { $name } = { $value } est hors des limites du plan ({ $min } à { $max })
refusal-build-no-parameter = « { $slug } » n'a pas de paramètre « { $name } »{ $suggestion }
refusal-build-photo = photo { $name } : { $reason }
refusal-build-photo-not-sent = la photo « { $name } » est listée mais n'a pas été envoyée
refusal-build-manifest-not-sent = le journal mentionne le manifest.json de l'export, mais il n'a pas été envoyé avec lui
refusal-build-revision-lacks-design = la révision { $revision } du dépôt ne contient pas « { $slug } »
refusal-build-invalid-at-revision = « { $slug } » n'est pas valide à la révision { $revision }
refusal-build-no-revision = la révision « { $revision } » n'est pas dans ce dépôt (donnez un commit de main, tel que `history` les liste, ou laissez-la vide pour la version actuelle)
refusal-build-other-version = la version { $version } diffère de la { $held } que contient la révision
refusal-build-no-makerspace = aucun atelier « { $space } » dans le dépôt{ $suggestion } ; indiquez plutôt 'place' et 'country'
refusal-build-future-date = la date { $date } est dans le futur
refusal-build-not-an-export-manifest = ce n'est pas le manifest.json d'un export Barnraise : { $reason }
refusal-build-too-many-photos = { $count } photos ; un journal de construction en porte au plus { $max }
refusal-edited-manifest-too-large = design.toml fait { $kib } Kio ; au plus { $max } Kio
refusal-import-no-okh-manifests = aucun manifeste OKH ici (recherché : { $names } dans l'arborescence)
refusal-no-such-file-or-folder = fichier ou dossier introuvable

# Importing DXF and SVG cut files.
refusal-import-binary-dxf = le DXF binaire n'est pas lu : enregistrez le dessin en DXF ASCII (R12 à R2018)
refusal-import-dxf-binary-data = pas un fichier DXF : il contient des données binaires (le DXF est du texte)
refusal-import-dxf-unreadable = pas un fichier DXF lisible : { $reason }
refusal-import-dxf-gave-up = pas un fichier DXF lisible (le lecteur a abandonné)
refusal-import-too-many-entities = { $count } entités, c'est plus que la limite de { $max } ; découpez le dessin
refusal-import-too-many-expanded = plus de { $max } entités une fois les blocs développés ; découpez le dessin
refusal-import-no-entities = pas un fichier DXF : aucune section ENTITIES (est-il tronqué ?)
refusal-import-svg-not-utf8 = pas un fichier SVG : pas du texte UTF-8
refusal-import-svg-entities = SVG refusé, son DOCTYPE déclare des entités : elles pourraient désigner d'autres fichiers et ne sont jamais développées ; retirez le bloc <!DOCTYPE …>
refusal-import-svg-too-many-nodes = plus de { $max } nœuds XML : trop gros pour être importé ; découpez le dessin
refusal-import-svg-too-many-elements = plus de { $max } éléments (en comptant les copies <use>) : trop gros pour être importé
refusal-import-svg-too-many-points = plus de { $max } points une fois les courbes aplaties : trop gros pour être importé
refusal-import-svg-unreadable = pas un fichier SVG : { $reason }
refusal-import-svg-gave-up = pas un fichier SVG lisible (l'analyseur a abandonné)
refusal-import-svg-root = pas un fichier SVG : l'élément racine est <{ $name }>, pas <svg>
refusal-import-thickness = une épaisseur de { $mm } mm n'est pas une épaisseur de panneau (0 < t ≤ { $max })
refusal-import-dpi = dpi { $dpi } n'est pas entre { $min } et { $max }
refusal-import-no-file = aucun fichier de découpe donné
refusal-import-too-many-files = { $count } fichiers, c'est plus que la limite de { $max } importés ensemble
refusal-import-not-dxf-or-svg = ni un fichier DXF ni un fichier SVG (d'après son nom et ses premiers octets)
refusal-import-too-many-contours = { $count } contours fermés, c'est plus que la limite de { $max }
refusal-import-crossing = { $what } : le contour se croise près de ({ NUMBER($x, minimumFractionDigits: 2) } ; { NUMBER($y, minimumFractionDigits: 2) }) mm (pas une boucle d'angle) : un trajet de coupe ne doit pas se croiser ; corrigez le dessin à cet endroit
refusal-import-all-excluded = toutes les pièces ont été exclues : rien à importer
refusal-import-nothing = aucun contour fermé à découper : rien à importer
refusal-import-not-a-valid-design = les pièces importées ne forment pas un plan valide : { $detail }

# What an import leaves out (warnings on the review page and in the CLI's report).
refusal-import-svg-elements-ignored = { $count ->
        [one] { $count } élément <{ $kind }> ignoré
       *[other] { $count } éléments <{ $kind }> ignorés
    } (pas un contour)
refusal-import-svg-viewbox = viewBox "{ $text }" n'est pas quatre nombres de taille positive : ignoré
refusal-import-svg-css-selectors = { $count ->
        [one] { $count } sélecteur CSS autre que .classe, #id ou nom d'élément non appliqué
       *[other] { $count } sélecteurs CSS autres que .classe, #id ou noms d'éléments non appliqués
    }
refusal-import-svg-too-deep = imbriqué sur plus de { $max } niveaux : ignoré
refusal-import-svg-transform = transform "{ $text }" non compris ({ $reason }) : élément ignoré
refusal-import-svg-script = <script> ignoré : les scripts ne sont jamais exécutés
refusal-import-svg-embedded-image = <image> ignorée : pas un contour (une image matricielle intégrée)
refusal-import-svg-linked-image = <image> ignorée : pas un contour (son lien "{ $href }" n'est jamais suivi)
refusal-import-svg-foreign-object = <foreignObject> ignoré
refusal-import-svg-use-without-href = <use> sans href : ignoré
refusal-import-svg-use-outside = <use> pointant hors du fichier ("{ $href }") ignoré : seules les références internes au fichier sont suivies
refusal-import-svg-use-no-id = <use> de "#{ $id }" : aucun id de ce nom, ignoré
refusal-import-svg-use-too-deep = <use> imbriqué sur plus de { $max } niveaux ou en boucle : ignoré
refusal-import-svg-path-broken = données de tracé cassées ({ $reason }) : dessiné jusque-là
refusal-import-svg-too-large = plus grand que { $m } m ou non fini : ignoré
refusal-import-dxf-spline = SPLINE sans points de contrôle ou d'ajustement utilisables : ignorée
refusal-import-dxf-no-block = INSERT du bloc « { $name } », que le fichier ne définit pas : ignoré
refusal-import-dxf-blocks-too-deep = blocs imbriqués sur plus de { $max } niveaux (un bloc qui s'insère lui-même ?) : ignorés
refusal-import-dxf-entities-ignored = { $count ->
        [one] { $count } entité { $kind } ignorée
       *[other] { $count } entités { $kind } ignorées
    } (pas un contour)
refusal-import-dxf-hidden-layer = { $count ->
        [one] { $count } entité ignorée
       *[other] { $count } entités ignorées
    } : le calque est éteint ou non tracé
refusal-import-okh-not-utf8 = pas du texte UTF-8 (octet invalide à la position { $offset }) ; est-ce vraiment un manifeste ?
refusal-import-okh-not-a-table = le manifeste n'est pas une table de champs (clé = valeur)
refusal-import-taken-as-sheet = pris pour le panneau sur lequel les pièces sont disposées (un rectangle autour d'autres pièces), pas pour une pièce ; marquez-le comme pièce s'il en est une
refusal-import-score-as-outline = contour fermé de la couleur du rainurage contenant des coupes : découpé comme contour (donnez une table de couleurs si celles de votre atelier diffèrent)
refusal-import-duplicate = doublon de { $what } : supprimé
refusal-import-open-contour = contour ouvert de ({ NUMBER($x1, minimumFractionDigits: 2) } ; { NUMBER($y1, minimumFractionDigits: 2) }) à ({ NUMBER($x2, minimumFractionDigits: 2) } ; { NUMBER($y2, minimumFractionDigits: 2) }) mm : pas un bord de pièce, ignoré
refusal-import-more-open-contours = … et { $count } autres contours ouverts
refusal-import-more-duplicates = … et { $count } autres lignes en double supprimées
refusal-import-loop-removed = une boucle de { NUMBER($area, minimumFractionDigits: 3) } mm², là où le contour se croise près de ({ NUMBER($x, minimumFractionDigits: 2) } ; { NUMBER($y, minimumFractionDigits: 2) }) mm, retirée (une boucle d'angle ou un chevauchement)
refusal-import-touches-itself = le contour se touche lui-même et enferme { $count ->
        [one] { $count } zone : découpée comme trou
       *[other] { $count } zones : découpées comme trous
    }
refusal-import-edge-cuts = { $count ->
        [one] { $count } découpe atteignant le bord du contour retranchée du contour
       *[other] { $count } découpes atteignant le bord du contour retranchées du contour
    }
refusal-import-cut-outs-merged = découpes qui se chevauchent ou se touchent fusionnées en une seule : { $whats }
refusal-import-split-off = les découpes détachent { $count ->
        [one] { $count } petit morceau
       *[other] { $count } petits morceaux
    } de la pièce : supprimés
refusal-import-turned = tournée de { NUMBER($degrees, minimumFractionDigits: 2) }° pour que ses bords suivent x et y
refusal-import-identical = identique à la pièce { $label } : comptée dans sa quantité
