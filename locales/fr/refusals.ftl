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
