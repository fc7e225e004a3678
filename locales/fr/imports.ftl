# What an import found in cut files (DXF, SVG) and OKH manifests, and what it decided:
# units, thickness, joints, repairs and warnings.

## Units of a cut file, and how they were decided.

imp-unit-mm = millimètres
imp-unit-cm = centimètres
imp-unit-m = mètres
imp-unit-in = pouces
imp-unit-ft = pieds
imp-unit-pt = points (1/72 po)
imp-unit-px = px à { $dpi } par pouce
imp-length-m = { $m } m
imp-length-mm = { $mm } mm
imp-length-mm-fine = { NUMBER($mm, minimumFractionDigits: 2) } mm
imp-units-given = unités : { $unit } (indiquées)
imp-units-none-in-file = aucune unité dans le fichier
imp-units-insunits = $INSUNITS = { $code }
imp-units-svg-px = width/height en px ({ $dpi } par pouce{ $drawn-by })
imp-units-as-drawn-by = , comme les dessinait { $program }
imp-units-svg-size = width/height en { $unit } avec la viewBox
imp-units-svg-generator = { $program }, qui dessinait { $dpi } px par pouce
imp-program = { $name }
imp-program-unknown = un programme inconnu
imp-program-old-inkscape = Inkscape 0.91 ou plus ancien
imp-units-why-sheet = un contour de panneau standard est dessiné en { $unit }
imp-units-why-sizes = lu en { $unit }, la plus grande pièce mesurerait { $largest } ; en { $other }, elle mesure { $other-largest }
imp-units-corrected = { $said } ({ $declared }), mais { $why } : lu en { $unit } ; indiquez units={ $code } pour passer outre
imp-units-guessed = { $said }, mais { $why } : lu en { $unit } ; indiquez units={ $code } pour passer outre
imp-units-assumed = { $said } : lu en { $unit } par défaut (plus grande pièce : { $largest }) ; indiquez units=in (ou mm, cm, m, ft, pt, px) si c'est faux
imp-units-implausible = { $said } : { $unit } (plus grande pièce : { $largest }, ce qui semble faux ; aucune autre unité ne convient mieux) ; indiquez units pour passer outre
imp-units-declared = { $said } : { $unit }

## The sheet thickness and where it came from ($process is laser or cnc).

imp-thickness-given = indiquée
imp-thickness-from-layer = d'après le nom du calque du panneau dans { $file }
imp-thickness-assumed = aucune épaisseur indiquée ni trouvée dans les fichiers : { $mm } mm supposés pour { $process ->
    [cnc] la fraiseuse CNC
   *[other] la découpe laser
} ; indiquez l'épaisseur

## Notes on what an import found.

imp-note-parts = { $count ->
    [one] { $count } pièce
   *[other] { $count } pièces
}{ $merged } ; { $joints ->
    [one] { $joints } assemblage qui suit
   *[other] { $joints } assemblages qui suivent
} l'épaisseur ({ $thickness } mm)
imp-note-merged = {" "}({ $count ->
    [one] { $count } copie identique comptée
   *[other] { $count } copies identiques comptées
} comme quantité)
imp-note-made-by = { $file } : créé avec { $program }
imp-note-file-units = { $file } : { $reason }
imp-note-joints-as-drawn = les assemblages sont écrits tels que dessinés : en suivant l'épaisseur, ils rendaient une pièce impossible à construire aux bornes de la plage

## The import review: what each item is, its size and joints ($kind is slot, finger or
## mortise).

imp-item-part = pièce
imp-item-sheet-outline = contour de panneau
imp-item-non-cut = pas pour la machine
imp-item-engraving = gravure
imp-item-score = ligne de marquage
imp-item-size = { $width } × { $height } mm
imp-joint-group = { $count ->
    [1] {""}
   *[other] { $count } ×{" "}
}{ $kind ->
    [slot] fente
    [finger] créneau
   *[other] mortaise
} { $width } mm
imp-joints-follow = { $slots ->
    [one] { $slots } fente
   *[other] { $slots } fentes
}, { $fingers ->
    [one] { $fingers } créneau
   *[other] { $fingers } créneaux
} et { $mortises ->
    [one] { $mortises } mortaise
   *[other] { $mortises } mortaises
} suivent l'épaisseur

## What an OKH manifest's import worked around. Field names and [extra.okh] stay as
## written; 'Imported design' is the name written into the design.

imp-okh-list-first = une seule valeur attendue, une liste trouvée : la première est utilisée
imp-okh-table-ignored = un texte attendu, une table trouvée : ignorée
imp-okh-unknown-field = champ OKH inconnu{ $suggestion } ; gardé dans [extra.okh]
imp-okh-too-long = plus de { $max } caractères : raccourci
imp-okh-no-name = pas de nom : le plan s'appelle « Imported design »
imp-okh-version-padded = « { $text } » n'est pas une version sémantique ; lu comme { $version }
imp-okh-not-a-version = « { $text } » n'est pas une version ; 0.1.0 est utilisée et l'original gardé dans [extra.okh]
imp-okh-no-version = pas de version : 0.1.0 est utilisée
imp-okh-no-licensor = pas de concédant (licensor) : l'auteur est donné comme « { $author } »
imp-okh-no-function = pas de fonction (function) : le résumé reprend le nom
imp-okh-image-kept = { $why } ; gardé dans [extra.okh]
imp-okh-path-not-a-url = « { $path } » n'est pas une URL
imp-okh-path-is-a-url = « { $path } » est une URL
imp-okh-path-leaves = « { $path } » sort du dossier du manifeste
imp-okh-path-not-a-file = « { $path } » n'est pas un fichier du dossier du manifeste
imp-okh-path-missing = « { $path } » n'existe pas à côté du manifeste
imp-detail = { $detail }
imp-okh-not-a-language = « { $text } » n'est pas un code de langue comme « en » ; gardé dans [extra.okh]
imp-okh-note-parts = { $count ->
    [one] { $count } pièce OKH n'a pas de géométrie 2D dans le manifeste : gardée dans [[extra.okh.part]] (importez ses fichiers de découpe comme pièces d'un plan)
   *[other] { $count } pièces OKH n'ont pas de géométrie 2D dans le manifeste : gardées dans [[extra.okh.part]] (importez leurs fichiers de découpe comme pièces d'un plan)
}
imp-okh-text-number = « { $text } » est du texte, pas un nombre : lu comme { $value } { $unit }
imp-okh-not-a-number = pas un nombre de { $unit } : abandonné
imp-okh-dimensions-not-a-table = une table {"{"}width, depth, height{"}"} attendue : abandonnée
imp-okh-parts-not-tables = des tables [[part]] attendues : ignoré
imp-okh-part-not-a-table = une table attendue : ignoré
imp-okh-part-no-name = pièce sans nom
imp-okh-no-licence = pas de licence : mise à « { $licence } » ; corrigez-la avant de publier
imp-okh-no-hardware-licence = pas de licence matérielle dans la table : mise à « { $licence } »
imp-okh-empty-licence = licence vide : mise à « { $licence } »
imp-okh-licence-spelling = « { $text } » n'est pas une expression SPDX ; lu comme « { $licence } »
imp-okh-licence-unknown = « { $text } » n'est pas une licence que Barnraise connaît : mise à « { $licence } » (l'original est gardé dans [extra.okh]) ; corrigez-la avant de publier
imp-okh-number-not-a-name = un nombre n'est pas un nom : ignoré
imp-okh-author-name-used = « { $text } » n'a pas la forme « Nom <e-mail> » : « { $name } » est utilisé
imp-okh-not-a-name = « { $text } » n'est pas un nom : ignoré
imp-okh-level-read-as = « { $text } » lu comme « { $level } »
imp-okh-level-unknown = « { $text } » n'est pas entre { $prefix }-1 et { $prefix }-{ $max } ; gardé dans [extra.okh]
