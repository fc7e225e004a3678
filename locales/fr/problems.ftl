# What is wrong with a manifest, a makerspace profile, a project or a build log.

# After an unknown word, with its leading space: "unknown field 'widht' (did you mean 'width'?)".
problem-did-you-mean = {" "}(vouliez-vous dire '{ $word }' ?)

## Reading the TOML

problem-invalid-toml = TOML non valide : { $detail }
problem-expected-found = attendu : { $expected }, trouvé : { $found }
problem-expected-found-values = attendu : { $expected }, trouvé : un tableau de { $count } { $count ->
        [one] valeur
       *[other] valeurs
    }
problem-expected-strings-found-string = attendu : un tableau de chaînes, trouvé : une chaîne (écrivez [{ $text }])
problem-unknown-key = clé inconnue « { $key } »{ $suggestion }
problem-missing-field-root = champ obligatoire « { $key } » manquant dans le manifeste
problem-missing-field = champ obligatoire « { $key } » manquant dans « { $table } »
problem-expected-table = une table
problem-expected-array = un tableau
problem-expected-string = une chaîne
problem-expected-bool = true ou false
problem-expected-number = un nombre
problem-expected-whole-number = un nombre entier
problem-expected-number-or-expression = un nombre ou une expression entre guillemets
problem-expected-point = un point [x, y]
problem-expected-triple = trois valeurs [x, y, z]
problem-expected-date = une date comme 2026-11-30
problem-expected-size = une taille [x, y] en mm
problem-expected-diameters = un tableau de diamètres en mm
problem-found-string = une chaîne ({ $value })
problem-found-integer = un entier ({ $value })
problem-found-float = un nombre décimal ({ $value })
problem-found-boolean = un booléen ({ $value })
problem-found-datetime = une date et heure ({ $value })
problem-found-array = un tableau
problem-found-table = une table

## Expressions

problem-expression-empty = expression vide
problem-expression-too-long = l'expression fait { $count } caractères ; la limite est de { $max }
problem-expression-character = l'expression « { $expression } » contient le caractère « { $char } », qui n'est pas permis (utilisez des nombres, des noms, + - * / ^, des parenthèses et des fonctions comme min(a, b))
problem-expression-unreadable-why = impossible de lire l'expression « { $expression } » : { $why }
problem-expression-unreadable = impossible de lire l'expression « { $expression } »
problem-exmex-juxtaposed = deux valeurs se suivent sans opérateur entre elles (écrivez 2 * x, pas 2 x)
problem-exmex-parentheses = les parenthèses ne correspondent pas
problem-exmex-other = { $detail }
problem-expression-unknown-name = nom inconnu « { $name } » dans l'expression « { $expression } »{ $suggestion }
problem-expression-no-value = « { $name } » n'a pas de valeur ici (il n'a pas pu être évalué)
problem-expression-cannot-evaluate = impossible d'évaluer « { $expression } » : { $detail }
problem-expression-nan = « { $expression } » n'est pas un nombre (racine carrée ou logarithme d'une valeur négative ?) avec { $values }
problem-expression-infinite = « { $expression } » est infini (division par zéro ?) avec { $values }
problem-no-parameters = aucun paramètre
problem-value-known = { $name } = { $value }
problem-value-unknown = { $name } inconnu
problem-values-and = { $list }, { $item }

## Parameters and evaluation

problem-no-such-parameter = ce plan n'a pas de paramètre « { $name } »{ $suggestion } ; il a : { $names }
problem-no-such-parameter-none = ce plan n'a pas de paramètre « { $name } »{ $suggestion } ; il n'en a aucun
problem-value-too-large = « { $expression } » = { $value } mm dépasse les { $max } mm que ce format accepte
problem-not-positive = { $what } doit dépasser 0, mais « { $expression } » = { $value }{ $context }
problem-below-one = { $what } doit valoir au moins 1, mais « { $expression } » = { $value }{ $context }
problem-with-values = {" "}(avec { $values })
problem-word-thickness = l'épaisseur
problem-word-quantity = la quantité
problem-word-width = la largeur
problem-word-height = la hauteur
problem-word-diameter = le diamètre
problem-word-repeat-count = le nombre de répétitions
problem-word-placement-repeat-count = le nombre de répétitions du placement
problem-word-slot-width = la largeur de l'encoche
problem-word-slot-depth = la profondeur de l'encoche
problem-word-tab-width = la largeur du tenon
problem-word-tab-length = la longueur du tenon
problem-word-text-height = la hauteur du texte
problem-word-other = { $word }

## Work budgets

problem-limit-copies-per-repeat = { $what } { $asked } dépasse les { $max } copies qu'une répétition peut faire
problem-limit-part-quantity = la quantité { $asked } dépasse les { $max } exemplaires permis d'une pièce
problem-limit-part-copies = le plan demande { $asked } exemplaires de pièces en tout ; la limite est de { $max } par plan
problem-limit-holes = la pièce { $part } aurait { $asked } trous ; la limite est de { $max } par pièce
problem-limit-slots = la pièce { $part } aurait { $asked } encoches ; la limite est de { $max } par pièce
problem-limit-tabs = la pièce { $part } aurait { $asked } tenons ; la limite est de { $max } par pièce
problem-limit-vertices = la pièce { $part } aurait environ { $asked } sommets une fois les arcs aplatis ; la limite est de { $max } par pièce
problem-limit-unbounded-count = le paramètre de comptage « { $name } » fixe { $drives } mais n'a pas de « max » : donnez-lui en un (au plus { $max }), pour que personne ne puisse demander un nombre illimité de copies
problem-drives-quantity = la quantité de la pièce { $part }
problem-drives-repeat = un nombre de répétitions de la pièce { $part }
problem-drives-placement-repeat = un nombre de répétitions de placement de la pièce { $part }
problem-limit-time = la vérification de la géométrie a pris plus de { $seconds } s ; simplifiez les pièces (moins de trous, moins de points)
problem-more-in-part = … et { $count } { $count ->
        [one] autre problème
       *[other] autres problèmes
    } dans la pièce { $part } (seuls les { $max } premiers sont listés)

## Manifests

problem-manifest-unread = le manifeste n'a pas pu être lu
problem-unknown-category = catégorie inconnue « { $text } »{ $suggestion } ; utilisez l'une de : { $known }
problem-translations-not-a-table = « translations » doit être une table de langues : [translations.fr]
problem-translation-language = code de langue inconnu « { $code } »{ $suggestion } ; les traductions peuvent être en : { $known }
problem-translation-original = le plan est écrit en « { $code } » (documentation-language) ; traduisez-le dans une autre langue, ou modifiez les textes originaux
problem-translation-tools = { $count } { $count ->
        [one] outil traduit
       *[other] outils traduits
    } ; le plan en liste { $tools } (traduisez chacun, dans l'ordre)
problem-no-such-label = aucune pièce n'a l'étiquette « { $label } »{ $suggestion }
problem-translation-parts-not-a-table = « parts » doit être une table : étiquette de la pièce = "nom"
problem-no-such-bom-item = aucun article de la nomenclature n'est « { $item } »{ $suggestion }
problem-translation-bom-not-a-table = « bom » doit être une table : article original = "traduction"
problem-not-a-step-number = l'étape { $value } n'est pas un numéro d'étape (1, 2, …)
problem-slug = « { $text } » n'est pas un identifiant valide : utilisez de 2 à 64 lettres minuscules, chiffres et traits d'union simples, par exemple « compost-sieve »
problem-licence-empty = la licence est vide : donnez une expression SPDX comme « CC-BY-SA-4.0 »
problem-licence-invalid = « { $text } » n'est pas une expression de licence SPDX valide : { $reason }{ $hint }
problem-licence-hint = {" "}(utilisez des identifiants SPDX comme CC-BY-SA-4.0, CERN-OHL-S-2.0, CC-BY-4.0 ou MIT)
problem-unknown-currency = devise inconnue « { $text } »{ $suggestion } : utilisez un code ISO 4217 comme EUR, GBP, USD ou KES
problem-no-authors = il faut au moins un auteur
problem-author = « { $text } » n'est ni « Nom » ni « Nom <e-mail> »
problem-path-empty = chemin vide
problem-path-absolute = « { $path } » doit être un chemin à l'intérieur du paquet, pas un chemin absolu
problem-path-backslash = « { $path } » doit utiliser « / » comme séparateur
problem-path-control-characters = « { $path } » contient des caractères de contrôle
problem-path-components = « { $path } » ne doit pas contenir de composants vides, « . » ou « .. »
problem-path-git = « { $path } » ne doit pas pointer dans .git
problem-name-invalid = « { $name } » n'est pas un nom valide : utilisez des lettres minuscules, des chiffres et « _ », en commençant par une lettre, 40 caractères au plus (par exemple « shelf_gap »)
problem-name-reserved = « { $name } » est le nom d'une fonction ou d'une constante des expressions ; choisissez un autre nom
problem-parameter-type = type de paramètre inconnu « { $text } »{ $suggestion } ; utilisez length, count, angle ou bool
problem-bool-parameter-bound = un paramètre bool n'a pas de « { $key } »
problem-computed-is-parameter = « { $name } » est déjà un paramètre ; une valeur calculée a besoin de son propre nom
problem-material-id = « { $id } » n'est pas un identifiant de matériau valide : utilisez des lettres minuscules, des chiffres, « - » et « _ »
problem-material-kind = type de matériau inconnu « { $text } »{ $suggestion } ; utilisez l'un de : { $known }
problem-nominal-thickness = l'épaisseur nominale de { $value } mm n'est pas comprise entre 0 et { $max } mm
problem-polygon-points = un polygone a besoin d'au moins 3 points, { $count } trouvé(s)
problem-path-segments = un chemin a besoin d'au moins 2 segments
problem-unknown-shape = forme inconnue « { $text } »{ $suggestion } ; utilisez rect, circle, polygon ou path
problem-direction = la direction « { $text } » doit être up, down, left ou right{ $suggestion }
problem-unknown-material = matériau inconnu « { $id } »{ $suggestion } ; déclarez-le sous [materials.{ $id }]
problem-process = le procédé « { $text } » doit être « laser » ou « cnc »{ $suggestion }
problem-rotation = la rotation { $value } doit être 0, 90, 180 ou 270
problem-rotations-empty = rotations est vide : permettez au moins [0]
problem-unknown-unit = unité inconnue « { $text } »{ $suggestion } ; utilisez l'une de : { $known }
problem-unit-cost-negative = le coût unitaire { $value } est négatif

## Points files

problem-points-file-missing = le fichier de points « { $path } » n'existe pas dans le paquet
problem-points-file = fichier de points « { $path } » : { $why }
problem-points-file-too-large = { $size } octets dépassent la limite de { $max } octets
problem-points-not-utf8 = ce n'est pas du texte UTF-8 (l'octet { $byte } ne l'est pas)
problem-points-line = ligne { $line } : deux nombres « x y » attendus, trouvé « { $text } »
problem-points-coordinates = ligne { $line } : les coordonnées doivent être finies et comprises dans ±{ $max } mm
problem-points-too-many = plus de { $max } points

## Projects and build logs

problem-project-too-large = project.toml fait { $size } octets ; la limite est de { $max }
problem-project-unread = le projet n'a pas pu être lu
problem-build-log-too-large = le journal de fabrication fait { $size } octets ; la limite est de { $max }
problem-build-log-unread = le journal de fabrication n'a pas pu être lu
problem-build-outcome = résultat inconnu « { $text } »{ $suggestion } : utilisez works, works-with-changes ou failed
problem-build-makerspace = atelier : { $why }
problem-build-material = matériau inconnu « { $text } »{ $suggestion } : utilisez l'un de { $known }
problem-build-number-range = « { $key } » vaut { $value }{ $unit } ; il doit valoir 0 ou plus et au plus { $max }{ $unit }
problem-build-date = la date « { $text } » n'est pas une date comme 2026-11-30 (année-mois-jour)
problem-build-photos = { $count } photos ; { $max } au plus
problem-build-photo-name = « { $name } » n'est pas un nom de photo : lettres minuscules, chiffres et traits d'union, puis .png ou .jpg
problem-listed-twice = « { $name } » figure deux fois

## Makerspace profiles

problem-profile-too-large = le profil fait { $size } octets ; la limite est de { $max }
problem-profile-unread = le profil n'a pas pu être lu
problem-profile-file-name = nom de fichier : { $why }
problem-colour-tolerance = colour_tolerance { $value } n'est pas compris entre 0 et { $max } (la distance RVB du noir au blanc)
problem-colour-key = « { $key } » n'est pas une couleur : écrivez "#rrggbb" (entre guillemets) ou un index de couleur AutoCAD de 1 à 255
problem-colour-operation = opération inconnue « { $text } »{ $suggestion } : utilisez l'une de { $known }
problem-id = « { $id } » n'est pas un identifiant valide : utilisez des lettres minuscules, des chiffres, « - » et « _ »
problem-number-range-positive = « { $key } » vaut { $value }{ $unit } ; il doit être supérieur à 0 et au plus { $max }{ $unit }
problem-size-values = attendu : une taille [x, y] en mm, trouvé : { $count } { $count ->
        [one] valeur
       *[other] valeurs
    }
problem-size-range = la taille [{ $x } ; { $y }] doit être supérieure à 0 et d'au plus { $max } mm par côté
problem-machine-kind = type de machine inconnu « { $text } »{ $suggestion } : utilisez laser ou cnc
problem-tool-diameter = le diamètre d'outil de { $value } mm doit être supérieur à 0 et d'au plus { $max } mm
problem-no-tool-diameters = indiquez au moins un diamètre d'outil
problem-stock-material-kind = type de matériau inconnu « { $text } »{ $suggestion } ; types connus : { $known }

## Part geometry

problem-point = ({ $x } ; { $y })
problem-span = x { $x0 }…{ $x1 }, y { $y0 }…{ $y1 }
problem-outline-crosses = le contour se croise près de { $point } : un trajet de coupe ne doit pas se croiser
problem-outline-zero-area = le contour a une aire nulle
problem-outline-not-simple = le contour n'est pas un contour fermé simple
problem-hole-crosses = le contour du trou se croise
problem-hole-crosses-near = le contour du trou se croise près de { $point }
problem-hole-outside = le trou n'est pas entièrement à l'intérieur du contour{ $hole }{ $outline } ; une découpe qui atteint le bord doit être une encoche
problem-hole-spans = {" "}(le trou couvre { $span })
problem-outline-spans = {" "}; le contour couvre { $span }
problem-holes-overlap = le trou chevauche un autre trou de la pièce { $part } près de { $point }{ $copies } : dessinez les découpes qui se chevauchent en un seul trajet
problem-hole-copies = {" "}({ $count } copies de ce trou le font)
problem-tab-off-edge = la base du tenon { $point } est à { $distance } mm du bord du contour ; « at » doit être sur le bord
problem-tab-inward = le tenon pointe vers l'intérieur de la pièce ; réglez « direction » pour qu'il s'éloigne du bord
problem-slot-off-edge = l'entrée de l'encoche { $point } est à { $distance } mm du bord du contour ; « at » doit être sur le bord dans lequel l'encoche est taillée
problem-slot-outward = l'encoche sort de la pièce au lieu d'y entrer ; réglez « direction » pour qu'elle pointe vers l'intérieur de la pièce
problem-slot-past-edge = l'encoche ({ $width } de large, { $depth } de profondeur depuis { $point }) dépasse le bord de la pièce : elle doit rester dans la pièce
problem-nothing-left = il ne reste rien de la pièce une fois les encoches et les trous découpés
problem-part-in-pieces = les encoches et les trous coupent la pièce { $part } en { $count } morceaux ; rendez-les moins profonds ou déplacez-les

## Design packages

problem-manifest-too-large = le manifeste fait { $size } octets ; la limite est de { $max } octets (1 Mio). Déplacez les longs textes dans des fichiers du paquet
problem-manifest-not-utf8 = le manifeste n'est pas en UTF-8 valide : octet { $byte } à la position { $offset } (enregistrez le fichier en UTF-8)
problem-file-missing = « { $path } » n'existe pas dans le paquet
problem-file-missing-in-folder = « { $path } » n'existe pas dans le dossier du paquet { $folder }
problem-file-outside = « { $path } » mène hors du paquet (un lien symbolique ?)
problem-file-not-a-file = « { $path } » n'est pas un fichier
problem-no-manifest-here = pas de { $file } ici : un paquet de plan est un dossier avec un { $file }
problem-cannot-read = lecture impossible : { $reason }
problem-cannot-read-folder = lecture du dossier impossible : { $reason }
problem-no-such-file-or-folder = fichier ou dossier introuvable
problem-no-packages-here = aucun paquet de plan ici (aucun { $file } dans ce dossier ni dans ses sous-dossiers)
problem-at-minimum = avec { $name } = { $value }{ $unit } (son minimum) : { $problem }
problem-at-maximum = avec { $name } = { $value }{ $unit } (son maximum) : { $problem }

## Imported manifests (OKH, TOML or YAML)

problem-manifest-too-deep = le manifeste s'imbrique sur plus de { $depth } niveaux ou contient plus de { $max } valeurs
problem-invalid-yaml = YAML non valide : { $detail }
problem-yaml-alias = les alias YAML (*nom) ne sont pas suivis ; la valeur reste vide

## Cutting a part on a machine

problem-cut-slot-too-narrow = pièce { $part } : l'encoche en { $point } fait { $width } mm de large, mais { $tool } fait { $cut } mm : impossible de tailler l'encoche
problem-cut-dogbone-through = pièce { $part } : un dogbone de { $radius } mm en { $point } traverserait le bord de la pièce ; utilisez une fraise plus petite ou déplacez l'encoche
problem-cut-hole-too-small = pièce { $part } : un trou près de { $point } est plus petit que { $tool } de { $cut } mm
problem-cut-offset = pièce { $part } : le décalage de { $offset } mm pour { $tool } laisse { $count } morceaux
problem-cut-laser-kerf = la saignée du laser
problem-cut-router-bit = la fraise
