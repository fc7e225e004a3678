# Die Oberfläche von Barnraise auf Deutsch. Dieselben Schlüssel wie locales/en/main.ftl.
# Wortschatz: plywood = Sperrholz, sheet = Platte, cut list = Zuschnittliste,
# bill of materials = Stückliste, makerspace = offene Werkstatt.

## Page header and footer
search-placeholder = Baupläne suchen: Sämaschine, Bienenstock, Karren…
search-label = Baupläne suchen
search-button = Suchen
nav-browse = Stöbern
nav-projects = Projekte
nav-makerspaces = Werkstätten
nav-login = Anmelden
nav-signup = Registrieren
lang-chooser = Sprache
footer-motto = Barnraise: global entwerfen, lokal fertigen.
footer-offline = Offline gespeichert
footer-api = API

## Page titles
title-search = Suche
title-login = Anmelden
title-signup = Registrieren

## Counts
count-parts = { $count ->
    [one] { $count } Teil
   *[other] { $count } Teile
}
count-forks = { $count ->
    [one] { $count } Ableitung
   *[other] { $count } Ableitungen
}
count-designs = { $count ->
    [one] { $count } Bauplan
   *[other] { $count } Baupläne
}
someone = jemand
someone-capital = Jemand

## Design cards
card-preview-alt = Vorschau von { $name }
card-cost = etwa { $cost }
card-built = { $count }× gebaut
card-built-works = { $count ->
    [one] { $count } davon funktioniert
   *[other] { $count } davon funktionieren
}
card-fork-of = abgeleitet von

## Home page
home-title = Baupläne weltweit teilen, vor Ort fertigen
home-intro = Barnraise ist eine Bibliothek offener Hardware für Höfe und Werkstätten: Sämaschinen, Bienenstöcke, Karren, Bänke, Wandelemente. Jeder Bauplan ist parametrisch: Plattenstärke und Maße einstellen, dann die Schneidedateien und die gedruckte Bauanleitung zum Laser oder zur CNC-Fräse der Werkstatt bringen. Einen Bauplan ableiten, anpassen und wieder teilen.
home-browse-all = { $count ->
    [one] Den { $count } Bauplan ansehen
   *[other] Alle { $count } Baupläne ansehen
}
home-find-makerspace = Eine Werkstatt finden
home-categories = Kategorien
home-recent = Kürzlich geändert
home-most-forked = Am häufigsten abgeleitet

## Search page
search-title = Baupläne
search-query-placeholder = Sämaschine, Bienenstock, license:CC-BY-SA-4.0, cost:<50
search-query-label = Suchanfrage
search-fits = Passt auf meine Maschine
search-bed = Arbeitsfläche (mm)
search-thicknesses = Plattenstärken (mm)
search-buildable-at = Baubar bei
search-any-makerspace = beliebige Werkstatt
search-for = für
search-previous = Zurück
search-next = Weiter
search-page-of = Seite { $page } von { $pages }
facet-category = Kategorie
facet-license = Lizenz
facet-material = Material
facet-process = Verfahren
facet-built_at = Gebaut in

## Categories, materials, processes, units, outcomes, proposal states
category-farm-tool = Hofgerät
category-structure = Bauwerk
category-furniture = Möbel
category-beekeeping = Imkerei
category-storage = Aufbewahrung
category-garden = Garten
category-workshop = Werkstatt
category-animal-care = Tierhaltung
category-energy = Energie
category-kitchen = Küche
category-other = Sonstiges
material-plywood = Sperrholz
material-osb = OSB
material-mdf = MDF
material-hardboard = Hartfaserplatte
material-acrylic = Acrylglas
material-hdpe = HDPE
material-polycarbonate = Polycarbonat
material-aluminium = Aluminium
material-steel = Stahl
material-cardboard = Pappe
material-solid-wood = Massivholz
material-other = Sonstiges
process-laser = Laser
process-cnc = CNC-Fräse
unit-pcs = Stk.
unit-m = m
unit-m2 = m²
unit-kg = kg
unit-l = l
unit-set = Satz
unit-pack = Packung
outcome-works = funktioniert
outcome-works-with-changes = funktioniert mit Änderungen
outcome-failed = gescheitert
proposal-open = offen
proposal-accepted = angenommen
proposal-refused = abgelehnt

## Design page
design-cost = Etwa { $total } in der Herstellung ({ $hardware } Beschläge + { $material } Plattenmaterial).
design-cost-hardware-only = Etwa { $total } für Beschläge (Plattenmaterial ohne Preis).
design-forked-from = Abgeleitet von
design-forked-at = bei
design-forked-in = in { $store }
design-preview-alt = 3D-Vorschau von { $name }
design-preview-caption = Vorschau mit den Parametern unten.
design-make-it-yours = Passen Sie es an
design-update = Aktualisieren
design-downloads = Downloads
design-makerspace = Werkstatt
design-no-makerspace = keine (Standardmaschine)
design-machine = Maschine
design-space-machine = die Maschine der Werkstatt für diese Teile
design-stock-for = Platte für { $material }
design-space-stock = die passende Platte der Werkstatt
design-files = Dateien
design-export = Exportieren
design-3d = 3D:
design-okh = OKH-Manifest
design-photos = Fotos und Zeichnungen
design-add-photo = Foto hinzufügen (PNG oder JPEG, bis 5 MB)
design-upload = Hochladen
design-licence = Lizenz: { $license }
design-authors = Urheber: { $authors }
design-contributors = Mitwirkende:
design-builders = Erbauer:
design-built-it = hat es am { $date } gebaut
design-photographed-it = hat es fotografiert
design-history = Verlauf
q-login-to-ask = um eine Frage zu stellen.
q-ask = Fragen
q-limits = bis zu 4000 Zeichen; 10 Fragen und Antworten pro Stunde
q-ask-label = Eine Frage zu diesem Bauplan stellen
q-none = Noch keine Fragen.
q-answer = Antworten
q-hide = Als Spam verbergen
q-show = Wieder zeigen
q-hidden = als Spam verborgen
q-asked = fragte am { $date }
q-heading = Fragen
project-add-submit = Mit diesen Parametern hinzufügen
project-add-copies = Exemplare
project-add-name = Name des neuen Projekts
project-add-slug = Kurzname des neuen Projekts
project-add-new = ein neues Projekt…
project-add-project = Projekt
project-add-h = Zu einem Projekt hinzufügen
build-fork-changes = Mit diesen Änderungen abzweigen
build-propose-changes = Diese Änderungen vorschlagen
design-feed = Feed (Atom)
design-lineage = Abstammung
design-fork = Ableiten
design-propose = Änderung vorschlagen
design-peer-updates = Aktualisierungen von Partnern
design-peer-updates-intro = Diese Speicher haben den Bauplan geändert, sind aber nicht seine Heimat oder haben seine Version nicht erhöht. Nichts davon wird veröffentlicht, bevor Sie es annehmen.
design-peer-version = Version { $version } (unsere: { $ours })
design-peer-unreadable = unlesbar
design-peer-none = keine
design-peer-not-above = nicht höher als unsere, kann also nicht angenommen werden
design-accept = Annehmen
design-refuse = Ablehnen
design-builds = Nachbauten
design-builds-works = { $count } funktionieren wie geplant
design-builds-works-changes = { $count } funktionieren mit Änderungen
design-builds-failed = { $count } gescheitert
design-builds-verified = { $count } mit den Dateien von Barnraise gebaut
design-verified = mit diesen Dateien gebaut
design-verified-title = das Bauprotokoll enthält das Manifest der Schneidedateien, die Barnraise für diese Revision erzeugt hat
design-build-at = bei
design-build-on = auf { $machine }
design-build-changed = Geändert:
design-build-photo-alt = Foto des Nachbaus von { $builder }
design-no-builds = Noch hat niemand einen Nachbau eingetragen.
design-i-built-this = Ich habe es gebaut
design-login-to-log = um zu sagen, dass Sie es gebaut haben.
design-proposals = Vorgeschlagene Änderungen
design-cut-list = Zuschnittliste
design-bom = Stückliste
design-hardware-total = Summe Beschläge
design-sheets = Plattenmaterial in einer Werkstatt
design-not-stocked = nicht vorrätig
design-sheets-note = Geschätzt aus der Fläche der Teile bei 75 % jeder Platte; die Bauanleitung eines Exports zählt die Platten, die die Verschachtelung wirklich braucht, und berechnet ihren Preis.
design-assembly = Zusammenbau
design-tools = Werkzeug: { $tools }
design-translated-from = Übersetzt aus dem Original auf { $language }; maßgeblich ist das Original.
design-also-in = Dieser Bauplan liegt auch vor auf:
col-label = Kennung
col-part = Teil
col-qty = Menge
col-material = Material
col-size = Maße (mm)
col-process = Verfahren
col-item = Artikel
col-unit-cost = Stückpreis
col-total = Summe
col-their-stock = Ihre Platte
col-sheets = Platten (etwa)
col-cost-about = Kosten (etwa)

## Log in and sign up
login-title = Anmelden
login-button = Anmelden
login-new-here = Neu hier?
field-username = Benutzername
field-password = Passwort
field-display-name = Ihr Name
field-email = E-Mail
signup-title = Registrieren
signup-intro = Mit einem Konto können Sie Baupläne anlegen, ableiten und Änderungen an den Plänen anderer vorschlagen. Stöbern, Suchen und Herunterladen gehen ohne Konto.
signup-username-help = 3 bis 32 Zeichen: a–z, 0–9 und -
signup-name-help = Wird als Urheber Ihrer Änderungen angezeigt
signup-password-help = Mindestens 10 Zeichen
signup-button = Konto anlegen
signup-have-account = Schon ein Konto?

## Error pages
error-not-found = Nicht gefunden
error-bad-request = Das hat nicht geklappt
error-unauthorized = Bitte melden Sie sich an
error-forbidden = Nicht erlaubt
error-conflict = Das widerspricht dem Gespeicherten
error-too-many = Zu viele Versuche
error-internal = Bei uns ist etwas schiefgegangen
error-internal-message = Bei uns ist etwas schiefgegangen; es wurde protokolliert. Bitte versuchen Sie es erneut oder sagen Sie den Betreibern dieser Seite Bescheid.
error-problems = Der Bauplan oder seine Parameter haben Probleme:
error-home = Startseite
error-browse = Baupläne ansehen
error-http = HTTP { $status }

## Hints, as the browser phrases them
hint-choose-stock = Wenn ein Ersatz genügt, wählen Sie im Export-Formular eine Platte für { $material } ({ $stocks })
hint-choose-another-makerspace = Wählen Sie eine andere Werkstatt, oder keine für die Standardmaschine
hint-name-the-material = Wählen Sie für jedes Material eine Platte ({ $materials })
hint-choose-machine = Wählen Sie eine ihrer Maschinen ({ $machines })
hint-choose-makerspace = Wählen Sie die Werkstatt, zu der die Maschine gehört
hint-use-format = Wählen Sie stattdessen die { $format }-Dateien
hint-choose-sheet = Wählen Sie eine kleinere Platte oder eine andere Maschine
hint-log-in = Melden Sie sich zuerst an
hint-raise-version = Erhöhen Sie „version“ in design.toml über { $current }
hint-choose-another-slug = Wählen Sie eine andere Kennung
hint-fork = Leiten Sie „{ $slug }“ ab, um es unter neuem Namen zu ändern
hint-reload = Laden Sie die Seite neu und versuchen Sie es erneut
hint-retry-in = Versuchen Sie es in { $seconds } s erneut
hint-retry-later = Versuchen Sie es gleich noch einmal
hint-set-licence = Geben Sie dem Bauplan eine Lizenz (eine SPDX-Kennung)
hint-parameter-range = Geben Sie { $name } einen Wert innerhalb seiner Grenzen

## Months (dates in words)
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

## Language names (in this language)
language-en = Englisch
language-fr = Französisch
language-es = Spanisch
language-sw = Swahili
language-de = Deutsch

## Build sheets (PDF): fixed texts
sheet-untitled = Bauplan ohne Titel
sheet-version = Version
sheet-licence = Lizenz
sheet-authors = Urheber
sheet-contributors = Mitwirkende
sheet-made-at = Gefertigt bei
sheet-design-page = Seite des Bauplans
sheet-log-your-build = Deinen Bau eintragen
sheet-bom = Stückliste
sheet-item = Artikel
sheet-qty = Menge
sheet-unit = Einheit
sheet-unit-cost = Stückpreis
sheet-total = Summe
sheet-supplier = Lieferant
sheet-cut-list = Zuschnittliste
sheet-label = Kennung
sheet-name = Name
sheet-material = Material
sheet-thickness = Stärke mm
sheet-size = Maße
sheet-assembly = Zusammenbau
sheet-tools = Benötigtes Werkzeug
sheet-step = Schritt
sheet-parts = Teile
sheet-fit-test = Passprobe

## Project cover (PDF)
sheet-stock-item = { $material }, Platte { $width } × { $height } mm, gemessen { $thickness } mm
sheet-price-ask = (Preis: bei Ihrem Lieferanten erfragen)
sheet-unit-sheet = Platte
cover-item-of = { $item } ({ $slug })
cover-item-not-converted = { $item } ({ $slug }; { $cost } { $currency } pro Stück, nicht umgerechnet: nicht in der Summe)
cover-step = Sortieren Sie die Teile mit den Etiketten { $slug }#1/… bis { $slug }#{ $copies }/… und bauen Sie jedes Exemplar nach { $file } (Version { $version }).
cover-summary = { $designs ->
    [one] 1 Entwurf
   *[other] { $designs } Entwürfe
}, { $copies ->
    [one] 1 Teil
   *[other] { $copies } Teile
}, gemeinsam auf geteilten Platten geschnitten
cover-footer = Barnraise · Projekt { $slug } { $version } · { $designs ->
    [one] 1 Entwurf
   *[other] { $designs } Entwürfe
}

## Command line
cli-internal-error = interner Fehler
cli-hint-choose-stock = Wählen Sie eine Platte mit --material { $material }=<Platten-ID>, wenn ein Ersatz genügt
cli-hint-name-the-material = schreiben Sie --material <Material>=<Platten-ID>
cli-hint-choose-machine = wählen Sie eine Maschine mit --machine ({ $machines })
cli-hint-choose-makerspace = geben Sie --makerspace an, um zu sagen, wessen Maschine es ist
cli-hint-use-format = verwenden Sie --format { $format }
cli-hint-choose-sheet = geben Sie ein kleineres --sheet oder eine andere --machine an
cli-hint-say-who-you-are = sagen Sie mit --author "Name <E-Mail>", wer Sie sind (oder setzen Sie BARNRAISE_AUTHOR)
cli-hint-fork = leiten Sie es stattdessen ab: barnraise fork { $slug } NEUE-KENNUNG
cli-hint-retry-in = versuchen Sie es in { $seconds } s erneut
cli-hint-retry-later = versuchen Sie es später erneut
cli-hint-create-store = legen Sie einen an mit `barnraise init --store ORDNER`, oder nennen Sie mit --store einen anderen
cli-hint-set-licence = geben Sie mit --license SPDX-KENNUNG eine Lizenz an
cli-hint-add-peer = fügen Sie ihn hinzu mit `barnraise peer add { $name } <Git-URL>`
cli-hint-parameter-range = geben Sie --param { $name }=WERT innerhalb der Grenzen an, die der Bauplan erlaubt
