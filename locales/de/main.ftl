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
sheet-continued = { $title } (Fortsetzung)
sheet-revision = Revision { $revision }
sheet-page-heading = Platte { $number } von { $of } — { $material }, { $thickness } mm, Nutzung { $utilisation }
sheet-page-unusable = Die Größe dieser Platte ({ $width } × { $height } mm) ist nicht verwendbar; nichts wird gezeichnet.
sheet-page-scale-one = Platte { $width } × { $height } mm, im Maßstab { $scale } gezeichnet · { $parts } Teil · Kennungen in der Teilmitte
sheet-page-scale-many = Platte { $width } × { $height } mm, im Maßstab { $scale } gezeichnet · { $parts } Teile · Kennungen in der Teilmitte
sheet-page-of = Seite { $n } von { $m }
sheet-coupon-intro = Schneiden Sie zuerst diese Probe. Der Schlitz, der das Probestück von Hand fest hält, ist Ihr Spiel: Ist es nicht der Nennschlitz, rechnen Sie seine Abweichung zu den Schlitzbreiten (oder zum Werkzeugversatz) hinzu, bevor Sie die Teile schneiden. Probestück: ein Reststück der Platte, gemessen { $thickness } mm dick; Nennbreite des Schlitzes { $slot } mm.
sheet-coupon-slot = Schlitz
sheet-coupon-width = Breite (Abweichung vom Nennmaß, mm)
sheet-coupon-fit = Passung (eines ankreuzen)
sheet-coupon-ticks = ☐ locker   ☐ fest   ☐ zu eng
sheet-coupon-print = Probe im Maßstab 1:1 — mit 100 % drucken („tatsächliche Größe“, nicht „an Seite anpassen“); der Balken unten muss 50 mm messen.
sheet-coupon-scaled = Probe im Maßstab { $scale } gezeichnet (sie ist größer als die Seite): Schneiden Sie sie aus den Schneidedateien, nicht nach diesem Ausdruck.

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

## Export job page
job-title = Export: { $name }
job-at = bei
job-machine = Maschine { $machine }
job-designs = Baupläne:
job-state-queued = wartet
job-state-running = läuft
job-state-done = fertig
job-state-failed = fehlgeschlagen
job-sheets-used = { $count ->
    [one] Platte verwendet
   *[other] Platten verwendet
}; die untere Schranke nach Fläche ist { $bound }; die Teile bedecken { $used } % der Plattenfläche.
job-col-stock = Plattenvorrat
job-col-parts = Teile
job-col-sheets = Platten
job-col-lower-bound = Untere Schranke
job-col-used = Genutzt
job-col-cost = Kosten
job-ask-supplier = fragen Sie Ihren Lieferanten
job-cost-sheets = Platten: { $cost }
job-cost-with-hardware = mit Beschlägen:
job-cost-total = Gesamt mit Beschlägen:
job-sheet-label = { $material }, Platte { $number }
job-sheet-caption = { $material }, Platte { $number }: { $width } × { $height } mm, { $parts ->
    [one] { $parts } Teil
   *[other] { $parts } Teile
}, { $used } % genutzt
job-download-zip = Alles herunterladen (zip)
job-back-to-project = Zurück zum Projekt
job-built-it = Mit diesen Dateien gebaut?
job-tell = Erzählen Sie der nächsten Person, die es baut, und dem Designer, wie es gelaufen ist.
job-log-build = Ihren Bau eintragen
job-form-filled = Das Formular wird aus diesem Export ausgefüllt (Revision, Parameter, Werkstatt, Maschine), und Ihr Bau erscheint auf der Seite des Bauplans mit dem Vermerk
job-qr-code = Der zweite QR-Code der Bauanleitung führt ebenfalls hierher.
job-back-to-design = Zurück zum Bauplan

## Project page
project-designs = Baupläne
project-col-design = Bauplan
project-col-copies = Exemplare
project-col-parameters = Parameter
project-col-parts-each = Teile je Exemplar
project-col-parts = Teile
project-col-cost-each = Kosten je Exemplar
project-defaults = Standardwerte
project-total = Gesamt
project-spaces = Platten und Kosten je Werkstatt
project-estimates = Schätzungen aus der Fläche der Teile bei der Ausnutzung des Kostenmodells; der Export verschachtelt die Teile aller Baupläne gemeinsam, um die echte Zahl zu ermitteln.
project-space-cost = { $count ->
    [one] { $count } Platte
   *[other] { $count } Platten
} ({ $stock }), { $sheets } für Platten + { $hardware } für Beschläge =
project-no-stock = keine passenden Platten vorrätig
project-missing-stock = kein Vorrat für { $materials }
project-cut-it = Zuschneiden
project-export = Das ganze Projekt exportieren
project-json = Dieses Projekt als JSON
project-all = Alle Projekte

## Projects list
projects-title = Projekte
projects-intro = Mehrere Baupläne, mit Stückzahlen und Parametern, gemeinsam als ein Auftrag auf geteilten Platten zugeschnitten.
projects-invalid = ungültig ({ $count ->
    [one] { $count } Problem
   *[other] { $count } Probleme
})
count-copies = { $count ->
    [one] { $count } Exemplar
   *[other] { $count } Exemplare
}
projects-none = Noch keine Projekte. Fügen Sie einen Bauplan auf seiner Seite zu einem Projekt hinzu.

## Makerspace page and list
makerspace-feed-title = Nachbauten bei { $name }
makerspace-feed = Feed der Nachbauten hier (Atom)
makerspace-machines = Maschinen
makerspace-col-id = Id
makerspace-col-machine = Maschine
makerspace-col-kind = Art
makerspace-col-bed = Arbeitsfläche (mm)
makerspace-col-max-thickness = Max. Dicke
machine-laser = Laser
machine-cnc = CNC
makerspace-stock = Vorrat
makerspace-col-material = Material
makerspace-col-nominal = Nenndicke
makerspace-col-measured = Gemessen
makerspace-col-sheet = Platte (mm)
makerspace-col-price = Preis
makerspace-buildable = Hier baubare Baupläne
makerspace-buildable-note = Jedes Teil passt auf die größte Arbeitsfläche und jede Plattenstärke ist vorrätig:
makerspaces-title = Werkstätten
makerspaces-entry = { $machines ->
    [one] { $machines } Maschine
   *[other] { $machines } Maschinen
}, { $stock ->
    [one] { $stock } vorrätige Platte
   *[other] { $stock } vorrätige Platten
}

## Offline page
offline-title = Offline gespeichert
offline-intro = Seiten, die Sie hier öffnen, werden mit ihren Bildern auf diesem Gerät gespeichert und öffnen sich so auch ohne Netz. Diese Liste braucht das Skript der Seite.
offline-search-label = In den gespeicherten Bauplänen suchen
offline-search-placeholder = Sämaschine, Bienenstock…
offline-designs = Baupläne
offline-files = Bauanleitungen und Schneidedateien
offline-pages = Andere Seiten
offline-note = Gespeicherte Seiten werden neu geladen, sobald das Netz zurück ist. Um die Bauanleitung oder die Schneidedateien eines Exports zu behalten, drücken Sie auf seiner Seite „Offline speichern“.

## Logging a build
build-new-title = Ich habe { $name } gebaut
build-new-intro = Erzählen Sie, wie es gelaufen ist, damit die nächste Person, die es baut, und der Designer etwas daraus machen können. Ihr Eintrag wird mit dem Bauplan im Speicher abgelegt (das Format ist in
build-new-intro-end = der Barnraise-Quellen beschrieben), unter Ihrem Namen.
build-new-from-job = Mit diesen Dateien gebaut: Exportauftrag
build-new-at = bei { $makerspace }
build-new-on = auf { $machine }
build-new-revision = Revision { $revision }
build-new-manifest-fills = Sein Manifest füllt Revision, Parameter, Werkstatt, Maschine und Dicke aus und markiert den Bau als geprüft.
build-new-job-gone = Der Export, von dem dieser Link kommt, wird nicht mehr aufbewahrt ({ $reason }). Laden Sie unten die Datei
build-new-job-gone-end = hoch, die mit Ihren Schneidedateien kam, um Ihren Bau als mit diesen Dateien gebaut zu markieren.
build-new-from-revision = Geschnitten aus Revision
build-new-from-revision-end = des Bauplans.
build-new-outcome = Wie ist es gelaufen?
build-new-date = Fertig am
build-new-no-makerspace = — in keiner dieser Werkstätten —
build-new-place = Ort
build-new-place-placeholder = Ort oder Werkstatt
build-new-place-help = wo es gebaut wurde, wenn nicht in einer Werkstatt oben
build-new-country = Land
build-new-thickness = Gemessene Dicke, mm
build-new-hours = Stunden
build-new-cost = Kosten
build-new-changes = Was haben Sie geändert?
build-new-changes-help = nötig, wenn es mit Änderungen funktioniert
build-new-notes = Notizen
build-new-manifest = Die Datei
build-new-manifest-end = des Exports (optional)
build-new-manifest-help = aus dem Ordner oder Zip der Schneidedateien, die Barnraise erzeugt hat: sie füllt Revision, Parameter, Werkstatt und Maschine aus und markiert den Bau als mit diesen Dateien gebaut
build-new-photos = Fotos (PNG oder JPEG, je bis zu 5 MB, höchstens { $count })
build-new-submit = Meinen Bau eintragen

## Importing cut files
import-title = Schneidedateien importieren
import-intro = Laden Sie die DXF- oder SVG-Dateien eines Bauplans hoch (eine Konturdatei und eine Taschendatei derselben Platte gehören zusammen). Noch wird nichts gespeichert: Sie sehen jedes gefundene Teil maßstabsgetreu gezeichnet und wählen, was Sie behalten. Dateien aus WikiHouse, boxes.py, Inkscape, Illustrator, CorelDraw, OpenSCAD und den meisten CAD-Programmen funktionieren; die Einheiten werden aus der Datei gelesen und an den Maßen geprüft.
import-files = Dateien (bis zu { $count }, insgesamt { $mb } MB)
import-submit = Hochladen und prüfen
import-review-title = Import prüfen
problems-title = Probleme
import-read-in = gelesen in
import-thickness = Plattenstärke { $thickness } mm ({ $source }); { $joints }.
import-drawing-label = Die gefundenen Teile, maßstabsgetreu ({ $width } × { $height } mm)
import-drawing-caption = { $width } × { $height } mm; der Balken ist { $bar } lang. Teile sind gefüllt, Plattenumrisse gestrichelt, was wegfällt, grau.
import-col-keep = Behalten
import-col-item = Element
import-col-what = Was
import-col-copies = Exemplare
import-col-size = Größe
import-col-joints = Verbindungen
import-col-notes = Notizen
import-keep-label = { $item } behalten
import-reading = Die Dateien lesen
import-units = Einheiten
import-dpi = Pixel pro Zoll (px)
import-dpi-placeholder = 96, 90 oder 72
import-thickness-label = Dicke (mm)
import-cut-on = Schneiden mit
import-laser = einem Laser
import-cnc = einer CNC-Fräse
import-the-design = Der Bauplan
import-slug = Kurzname
import-name = Name
import-licence = Lizenz (SPDX)
import-authors = Autoren
import-source = Quelle (woher die Dateien kommen: URL oder URL@commit)
import-update = Vorschau aktualisieren
import-create = Bauplan anlegen

## Account
account-logged-in-as = Angemeldet als
account-logout = Abmelden
account-designs = Ihre Baupläne
account-edit = bearbeiten
account-none = Noch keine.
account-create = Bauplan anlegen
account-import = Schneidedateien importieren
account-reviews = Vorschläge, die auf Sie warten
account-proposal-on = zu { $slug }
account-nothing-to-review = Nichts zu prüfen.
account-tokens = API-Tokens
account-for-scripts = Für Skripte: senden Sie
account-token-created = erstellt am { $date }
account-token-until = gültig bis { $date }
account-revoke = Widerrufen
account-token-name = Name des Tokens
account-new-token = Neues Token
account-password = Passwort und Sitzungen
account-current-password = Aktuelles Passwort
account-new-password = Neues Passwort
account-new-password-help = Mindestens 10 Zeichen; alle anderen Sitzungen werden abgemeldet
account-change-password = Passwort ändern
account-logout-everywhere = Überall abmelden

## Proposal page
proposal-by = Vorgeschlagen von
proposal-for = für
proposal-on = am { $date }
proposal-reason = Grund: { $reason }
proposal-changes = Änderungen an design.toml
proposal-accept = Annehmen und veröffentlichen
proposal-why = warum (optional)

## Fork and edit pages
fork-title = { $name } ableiten
fork-intro = Eine Ableitung ist Ihre eigene Kopie zum Anpassen. Sie hält fest, woher sie kommt, behält alle Autoren, und Sie werden ihr Betreuer. Die Lizenz ist { $license }; eine Share-Alike-Lizenz bleibt Share-Alike.
fork-build = Die Ableitung übernimmt die Änderungen des Baus von { $builder } vom { $date }: { $message }
fork-new-slug = Neuer Kurzname
fork-licence = Lizenz
fork-licence-help = SPDX-Kennung; die Lizenz des Originals muss eine Änderung erlauben
edit-new = Neuer Bauplan
edit-title = { $slug } bearbeiten
edit-maintainer = Sie betreuen diesen Bauplan: Speichern veröffentlicht eine neue Version.
edit-not-maintainer = Sie betreuen diesen Bauplan nicht: Speichern schickt Ihre Änderung als Vorschlag an seine Betreuer.
edit-raise = Erhöhen Sie
edit-raise-end = bei jeder Änderung. Das Format ist beschrieben in
edit-format-end = in den Barnraise-Quellen.
edit-line = Zeile { $line }
edit-message = Was sich geändert hat
edit-message-placeholder = Breitere Radschlitze für 16-mm-Sperrholz
edit-publish = Veröffentlichen
edit-propose = Vorschlagen

## History and lineage pages
history-of = Verlauf von
history-releases = Veröffentlichungen
history-changes = Änderungen
count-files = { $count ->
    [one] { $count } Datei
   *[other] { $count } Dateien
}
history-contributors = Mitwirkende
history-contributor = { $commits ->
    [one] { $commits } Commit
   *[other] { $commits } Commits
}, vom { $first } bis { $last }
lineage-of = Stammbaum von
lineage-original = Ein Originalbauplan.
lineage-forks = Ableitungen
lineage-from = von { $parent }
lineage-no-forks = Noch keine Ableitungen.

## New API token page
token-title = Ihr neues API-Token
token-intro = Kopieren Sie es jetzt: Es wird nur einmal angezeigt und nur als Hash gespeichert.
token-back = Zurück zu Ihrem Konto

## Words the page's script shows (web/static/app.js reads them from data-* attributes)
script-keep = Offline speichern
script-kept = Offline gespeichert
script-keeping = Wird gespeichert…
script-keep-failed = Konnte nicht gespeichert werden: bitte erneut versuchen
script-zip-name = Schneidedateien (zip)
script-no-network = Kein Netz: Das hat dieses Gerät gespeichert.
script-what-is-kept = Was gespeichert ist
offline-online = Sie sind online. Diese Seiten sind auf diesem Gerät gespeichert, für die Zeit ohne Netz.
offline-offline = Sie sind offline. Diese Seiten sind auf diesem Gerät gespeichert und öffnen sich ohne Netz.
offline-matching = Gespeicherte Baupläne zu „{ $query }“
offline-no-match = Kein gespeicherter Bauplan passt. Baupläne, die Sie online öffnen, werden gespeichert.
offline-no-designs = Noch keine Baupläne: Baupläne, die Sie online öffnen, werden gespeichert.
offline-no-files = Noch nichts: Drücken Sie auf der Seite eines Exports neben der Bauanleitung oder dem Zip auf „Offline speichern“.
offline-none = Noch nichts.

## Page titles of the pages above
account-title = Ihr Konto
token-page-title = Neues API-Token
history-title = Verlauf von { $name }
lineage-title = Stammbaum von { $name }
proposal-title = Vorschlag: { $title }
edit-fix-title = Probleme beheben

## Fehlermeldungen: was eine Ablehnung sagt (message_id von app::Error).

error-problem-count = { $count ->
        [one] { $count } Problem
       *[other] { $count } Probleme
    }
error-not-a-store = { $path } ist kein Barnraise-Speicher
error-no-design = kein Bauplan „{ $slug }“ im Speicher
error-no-design-suggest = kein Bauplan „{ $slug }“ im Speicher (meinten Sie „{ $suggestion }“?)
error-no-project = kein Projekt „{ $slug }“ im Speicher
error-no-project-suggest = kein Projekt „{ $slug }“ im Speicher (meinten Sie „{ $suggestion }“?)
error-no-revision = keine Revision „{ $rev }“ im Speicher
error-version-not-raised-publish = „{ $slug }“ ist bereits in Version { $current } veröffentlicht; erhöhen Sie „version“ in design.toml (z. B. auf { $next }), um eine Änderung zu veröffentlichen
error-version-not-raised-propose = „{ $slug }“ ist bereits in Version { $current } veröffentlicht; erhöhen Sie „version“ in design.toml (z. B. auf { $next }), um eine Änderung vorzuschlagen
error-slug-taken = ein Bauplan namens „{ $slug }“ existiert bereits; wählen Sie eine andere Kennung
error-no-makerspace = keine Werkstatt „{ $slug }“ im Speicher; bekannt sind: { $known }
error-no-makerspace-suggest = keine Werkstatt „{ $slug }“ im Speicher (meinten Sie „{ $suggestion }“?); bekannt sind: { $known }
error-proposal-stale = „{ $slug }“ hat sich geändert, nachdem dieser Vorschlag gemacht wurde; bitten Sie darum, ihn auf der aktuellen Version neu zu stellen
error-no-peer = kein Partner namens „{ $name }“
error-no-peer-suggest = kein Partner namens „{ $name }“ (meinten Sie „{ $suggestion }“?)
error-no-pending-update = keine Aktualisierung von „{ $slug }“ vom Partner „{ $peer }“ wartet auf Prüfung
error-version-would-not-rise = „{ $slug }“ des Partners hat Version { $offered }, nicht höher als unsere ({ $current }); Versionen sinken nie, daher kann sie nicht übernommen werden
error-too-many-log-ins = zu viele fehlgeschlagene Anmeldungen; versuchen Sie es in { $seconds } s erneut
error-bad-log-in = falscher Benutzername oder falsches Passwort
error-taken = { $field ->
        [username] dieser Benutzername ist bereits vergeben
        [email] diese E-Mail-Adresse ist bereits vergeben
       *[other] dieser Wert für „{ $field }“ ist bereits vergeben
    }
error-unreadable = { $path }: nicht lesbar: { $reason }
error-file-too-large = { $path }: { $size } Bytes sind mehr als die Grenze von { $limit } Bytes für diese Art von Datei
error-no-api-token = Sie haben kein API-Token { $id }
error-only-accounts-log-in = nur Konten haben Passwörter, Sitzungen und Tokens
error-only-accounts-page = nur Konten haben eine Kontoseite
error-only-accounts-tokens = nur Konten haben API-Tokens
error-no-account = kein Konto „{ $username }“: es muss sich zuerst registrieren
error-export-manifest-too-large = { $source }: das Export-Manifest hat { $size } Bytes; höchstens { $limit }
error-no-build = „{ $slug }“ hat keinen Nachbau „{ $id }“
error-build-has-no-changes = Nachbau { $id } von „{ $slug }“ nennt keine Änderungen oder Parameter zum Übernehmen
error-manifest-unreadable = design.toml: { $reason }
error-no-photo = kein Foto „{ $name }“
error-no-photo-of-build = kein Foto „{ $name }“ von Nachbau { $id }
error-path-reason = { $path }: { $reason }
error-file-over-limit = { $path }: größer als { $kb } KB, die Grenze für { $what ->
        [build-log] ein Bauprotokoll
        [photo] ein Foto
       *[manifest] ein Export-Manifest
    }
error-not-utf8-at = { $path }: kein UTF-8-Text (Byte { $byte })
error-package-has-no-manifest = das Paket hat keine design.toml
error-reserved-slug = „{ $slug }“ kann hier nicht die Kennung eines Bauplans sein (sie benennt eine Seite); wählen Sie eine andere
error-design-exists = ein Bauplan „{ $slug }“ existiert bereits: wählen Sie eine andere Kennung, oder leiten Sie ihn ab
error-svg-upload = SVG-Uploads werden abgelehnt: ein SVG kann Skripte und Verweise auf andere Dateien enthalten. Laden Sie stattdessen ein Foto oder eine Zeichnung als PNG oder JPEG hoch.
error-not-an-image-upload = nur PNG- und JPEG-Bilder können hochgeladen werden (der Inhalt der Datei ist keins von beiden)
error-image-size = ein Bild muss 1 Byte bis { $mb } MB groß sein; dieses hat { $size } Bytes
error-stored-manifest-uneditable = die gespeicherte design.toml lässt sich nicht bearbeiten: { $reason }
error-stored-manifest-no-version = die gespeicherte design.toml hat keine Version
error-no-image = kein Bild „{ $path }“
error-not-an-image = „{ $path }“ ist kein Bild
error-only-maintainers-release = nur die Betreuer von „{ $slug }“ können eine Version davon veröffentlichen
error-no-such-file-or-folder = { $name }: keine solche Datei und kein solcher Ordner
error-no-such-folder = { $name }: kein solcher Ordner
error-time-limit-range = eine Verschachtelungszeit von { $seconds } s: geben Sie Sekunden zwischen 0 und { $max } an
error-cut-width-range = { $what ->
        [kerf] eine Schnittbreite
       *[bit] ein Fräserdurchmesser
    } von { $mm } mm: geben Sie mm über 0 und höchstens { $max } an
error-sheet-range = eine Platte von { $width } × { $height } mm: beide Seiten müssen über 0 und höchstens { $max } mm lang sein
error-not-a-source-url = „{ $text }“ ist keine Quell-URL (schreiben Sie URL oder URL@commit)
error-not-utf8 = { $path }: kein UTF-8-Text
error-no-makerspace-file = keine Werkstattdatei { $name }
error-no-file-name = { $path }: kein Dateiname
error-not-a-key-file = { $path } ist keine Schlüsseldatei
error-not-a-file = { $path } ist keine Datei
error-ca-file-needs-https = eine CA-Datei ist für https://-Partner; „{ $url }“ ist keiner
error-only-maintainers-peer-updates = nur die Betreuer von „{ $slug }“ entscheiden über Aktualisierungen von Partnern
error-only-maintainers-project = nur die Betreuer des Projekts „{ $slug }“ können es ändern; leiten Sie es ab, um Ihr eigenes zu haben
error-quantity-range = eine Anzahl von { $quantity }: schneiden Sie 1 bis { $max } Exemplare eines Bauplans
error-project-exists = ein Projekt namens „{ $slug }“ existiert bereits; wählen Sie eine andere Kennung
error-no-proposal = kein Vorschlag { $id }
error-proposals-decided-by-accounts = über Vorschläge entscheiden Konten
error-only-maintainers-proposals = nur die Betreuer von „{ $slug }“ können über seine Vorschläge entscheiden
error-proposal-decided = dieser Vorschlag wurde bereits { $state ->
        [accepted] angenommen
        [refused] abgelehnt
       *[other] entschieden
    }
error-questions-by-accounts = Fragen und Antworten werden von Konten der Web-App gestellt
error-no-question = keine Frage { $id } zu „{ $slug }“
error-no-post = keine Frage oder Antwort { $id } zu „{ $slug }“
error-only-moderators-hide = nur die Betreuer von „{ $slug }“ und die Administratoren der Website blenden Fragen und Antworten aus
error-not-a-page-number = „{ $page }“ ist keine Seitenzahl
error-no-asset = keine Ressource „{ $path }“
error-too-many-exports-yours = Sie haben bereits { $count } Exporte, die warten oder laufen; warten Sie, bis einer fertig ist
error-too-many-exports = { $count } Exporte warten oder laufen bereits; versuchen Sie es in einer Minute erneut
error-busy-log-ins = der Server ist mit anderen Anmeldungen beschäftigt; versuchen Sie es gleich noch einmal
error-busy-checking = der Server prüft gerade andere Baupläne; versuchen Sie es gleich noch einmal
error-busy-drawing = der Server zeichnet gerade andere Baupläne; versuchen Sie es gleich noch einmal
error-quota = ein Konto darf höchstens { $max } { $what ->
        [upload] Foto-Uploads pro Tag
       *[change] Änderungen pro Stunde
    } machen; versuchen Sie es in { $minutes } Minuten erneut
error-form-out-of-date = dieses Formular ist veraltet (Sicherheitstoken passt nicht); laden Sie die Seite neu und versuchen Sie es noch einmal
error-log-in-to-change = Melden Sie sich an (oder senden Sie ein API-Token), um etwas zu ändern.
error-api-writes-need-token = verwenden Sie ein API-Token (Authorization: Bearer …) für Schreibzugriffe über die API
error-field-reason = { $field }: { $reason }
error-not-base64 = { $field }: kein Base64 ({ $reason })
error-no-api-route = keine solche API-Route; siehe /api/v1/openapi.json
error-request-body = der Anfragetext: { $reason }
error-web-time-limit = time_limit „{ $text }“: geben Sie Sekunden von 0 bis { $max } an
error-unknown-export-format = unbekanntes Exportformat „{ $name }“: verwenden Sie svg, dxf, gcode, pdf oder all
error-no-export-job = kein Exportauftrag „{ $id }“
error-no-job-file = Auftrag { $id } hat keine Datei „{ $name }“
error-job-not-finished = Auftrag { $id } ist noch nicht fertig ({ $state ->
        [queued] wartet
        [running] läuft
        [done] fertig
       *[failed] fehlgeschlagen
    })
error-job-of-another-design = Exportauftrag { $id } ist für „{ $job_slug }“, nicht für „{ $slug }“
error-job-not-cut-yet = Exportauftrag { $id } ist noch nicht fertig; protokollieren Sie den Nachbau, sobald seine Dateien geschnitten sind
error-form = das Formular: { $reason }
error-photo-upload-failed = Hochladen fehlgeschlagen ({ $reason }); höchstens { $count } Fotos mit je { $mb } MB
error-too-many-photos = höchstens { $count } Fotos in einem Formular
error-manifest-upload-failed = das Hochladen des Manifests ist fehlgeschlagen ({ $reason })
error-manifest-upload-too-large = Manifest: größer als { $kb } KB
error-field-too-long = { $field }: zu lang
error-upload = Hochladen: { $reason }
error-image-upload-failed = Hochladen fehlgeschlagen ({ $reason }); Bilder dürfen höchstens { $mb } MB groß sein
error-choose-image = wählen Sie ein Bild zum Hochladen
error-no-download-format = kein Download-Format „{ $format }“; verwenden Sie stl, step, png oder okh (Schnittdateien und Baublätter sind Exporte)
error-quantity-not-whole = die Anzahl „{ $text }“ ist keine ganze Zahl von Exemplaren
error-choose-project = wählen Sie ein Projekt, oder geben Sie die Kennung des neuen Projekts an
error-current-password-wrong = das aktuelle Passwort ist nicht richtig
error-too-many-drafts = zu viele Importe warten auf Prüfung; versuchen Sie es später erneut
error-no-draft = diesen Import gibt es nicht (Entwürfe werden zwei Stunden aufbewahrt); laden Sie die Dateien erneut hoch
error-import-upload-failed = Hochladen fehlgeschlagen ({ $reason }); ein Import darf { $mb } MB umfassen
error-import-too-large = ein Import umfasst höchstens { $count } Dateien und { $mb } MB
error-choose-import-file = wählen Sie eine DXF- oder SVG-Datei zum Importieren
error-not-a-positive-number = { $what ->
        [thickness] Die Dicke
        [dpi] Die Auflösung (dpi)
       *[other] { $what }
    } „{ $text }“ ist keine positive Zahl
error-unknown-unit = unbekannte Einheit „{ $unit }“
error-no-design-here = kein Bauplan „{ $slug }“
error-no-page = Unter dieser Adresse gibt es keine Seite.
error-request-too-long = die Anfrage hat zu lange gedauert; versuchen Sie es erneut
error-log-in-limited = Zu viele fehlgeschlagene Anmeldungen: Warten Sie ein paar Minuten und versuchen Sie es erneut.
error-log-in-wrong = Falscher Benutzername oder falsches Passwort.

## Verortete Probleme von Manifesten, Projekten und ihren gemeinsamen Feldern (message_id von Diagnostic).

error-field-empty = „{ $key }“ ist leer
error-field-too-many-characters = „{ $key }“ ist { $count } Zeichen lang; die Grenze ist { $max }
error-field-longer-than = „{ $key }“ ist länger als { $max } Zeichen
error-field-control-characters = „{ $key }“ enthält Steuerzeichen
error-manifest-slug-folder = die Kennung „{ $slug }“ passt nicht zum Paketordner „{ $folder }“ (benennen Sie eines von beiden um)
error-manifest-not-semver = „{ $text }“ ist keine semantische Version wie 1.2.0: { $reason }
error-manifest-not-a-language-tag = „{ $text }“ ist kein Sprach-Tag wie „en“, „de“ oder „pt-BR“
error-manifest-no-materials = der Bauplan hat Teile, aber keine [materials]: geben Sie das Plattenmaterial an, aus dem sie geschnitten werden
error-manifest-no-such-step = Schritt { $step } gibt es nicht: der Bauplan hat { $steps } { $steps ->
        [one] Schritt
       *[other] Schritte
    }
error-manifest-extra-not-a-table = „extra“ muss eine Tabelle sein
error-manifest-readiness-level = „{ $text }“ ist kein Reifegrad: verwenden Sie { $prefix }-{ $first } … { $prefix }-{ $last }
error-manifest-count-not-whole = eine Anzahl muss eine ganze Zahl sein, gefunden: { $value }
error-manifest-min-above-max = das Minimum { $min } ist größer als das Maximum { $max }
error-manifest-default-below-min = der Standardwert { $value } liegt unter dem Minimum { $min }
error-manifest-default-above-max = der Standardwert { $value } liegt über dem Maximum { $max }
error-manifest-computed-loop = berechnete Werte verweisen im Kreis aufeinander: { $names }
error-manifest-points-or-file = verwenden Sie entweder „points“ oder „points_file“, nicht beides
error-manifest-arc-direction = die Bogenrichtung „{ $text }“ muss „ccw“ oder „cw“ sein
error-manifest-direction-without-arc = „direction“ gilt nur für Bögen: fügen Sie ein „center“ hinzu
error-manifest-repeat-or-polar = verwenden Sie entweder „repeat“ oder „polar“, nicht beides
error-manifest-duplicate-label = doppelte Teilebeschriftung „{ $label }“ (auch verwendet von { $first }); Beschriftungen müssen eindeutig sein
error-manifest-label-form = die Beschriftung „{ $label }“ muss aus 1 bis 24 Buchstaben, Ziffern, „-“ oder „_“ bestehen (sie wird auf das Teil graviert)
error-manifest-grain = die Faserrichtung „{ $text }“ muss „x“ oder „y“ sein
error-manifest-material-has-no-grain = das Material „{ $material }“ hat keine Faserrichtung (grain = false); entfernen Sie „grain“ oder setzen Sie grain = true beim Material
error-manifest-engraving-length = ein gravierter Text muss 1 bis 80 Zeichen auf einer Zeile lang sein
error-project-slug-folder = die Kennung „{ $slug }“ weicht vom Projektordner „{ $folder }“ ab; beide müssen gleich sein
error-project-version = die Version „{ $text }“ ist keine Version wie 1.2.0 (Haupt.Neben.Patch)
error-project-no-designs = ein Projekt braucht mindestens einen Bauplan: fügen Sie einen Eintrag [[designs]] mit einer Kennung hinzu
error-project-too-many-designs = { $count } Baupläne; ein Projekt umfasst höchstens { $max }
error-project-listed-twice = „{ $slug }“ steht zweimal in der Liste; erhöhen Sie stattdessen die Anzahl des ersten Eintrags
error-project-quantity = die Anzahl { $quantity } liegt außerhalb des Bereichs: schneiden Sie 1 bis { $max } Exemplare eines Bauplans (lassen Sie den Bauplan weg, statt 0 anzugeben)
error-project-too-many-parameters = mehr als { $max } Parameter
error-param-not-bool = { $name } muss true oder false sein, nicht „{ $text }“
error-param-not-number = { $name } muss eine Zahl sein, nicht „{ $text }“
error-param-not-finite = { $name } muss eine endliche Zahl sein
error-param-count-not-whole = { $name } ist eine Anzahl und muss eine ganze Zahl sein, nicht { $value }
error-param-below-min = { $name } = { $value }{ $unit } liegt unter dem Minimum von { $min }{ $unit }, das dieser Bauplan erlaubt
error-param-above-max = { $name } = { $value }{ $unit } liegt über dem Maximum von { $max }{ $unit }, das dieser Bauplan erlaubt
error-shape-corner-radius = der Eckenradius { $radius } muss zwischen 0 und der Hälfte der kürzeren Seite ({ $max }) liegen
error-shape-polygon-points = das Polygon hat { $count } verschiedene Punkte; es braucht mindestens 3
error-shape-points-file-unread = die Punktdatei „{ $path }“ wurde nicht gelesen (lesen Sie das Paket mit seinen Dateien)
error-shape-polygon-too-few-points = das Polygon hat weniger als 3 verschiedene Punkte
error-shape-arc-ends = die Bogenenden liegen nicht auf einem Kreis: der Anfang ist { $start } mm vom Mittelpunkt entfernt, das Ende { $end } mm
error-shape-path-too-short = der Pfad hat weniger als 2 Segmente mit einer Länge über null
error-part-placements = { $count } Platzierungen für eine Anzahl von { $quantity }: geben Sie eine Platzierung pro Exemplar an (eine Platzierung mit `repeat` zählt als `count` Exemplare), oder keine
error-part-outline-too-far = der Umriss liegt außerhalb von ±100 m
error-country-code = das Land „{ $text }“ ist kein zweibuchstabiger ISO-3166-Code wie GB, KE oder DE
error-field-empty-leave-out = „{ $key }“ ist leer; lassen Sie es stattdessen weg
error-field-one-line = „{ $key }“ muss eine einzige Zeile sein
error-makerspace-slug-file = die Kennung „{ $slug }“ weicht vom Dateinamen „{ $stem }.toml“ ab; beide müssen gleich sein
error-makerspace-no-machine = eine Werkstatt braucht mindestens eine Maschine unter [machines.<id>]
error-makerspace-laser-no-tools = ein Laser hat keine Werkzeugdurchmesser; geben Sie stattdessen „kerf“ an
error-makerspace-cnc-only = „{ $key }“ gilt für CNC-Maschinen, nicht für Laser
error-makerspace-gcode-dialect = unbekannter G-Code-Dialekt „{ $text }“: Barnraise schreibt „grbl“ (für GRBL, grblHAL, FluidNC)
error-makerspace-overcut = der Überschnitt von { $overcut } mm geht tiefer als die Grenze der Opferplatte von { $limit } mm
error-makerspace-in-stock = in_stock { $value } muss eine ganze Zahl von Platten sein
error-makerspace-thickness-far = die gemessene Dicke von { $measured } mm liegt weit von der Nenndicke { $nominal } mm entfernt; prüfen Sie die Einheit (mm) oder die Messung
error-build-revision = die Revision „{ $text }“ ist keine Commit-Kennung (7 bis 40 Hexadezimalziffern)
error-build-version = die Version „{ $text }“ ist keine Version wie 1.2.0
error-build-cost-currency = „cost“ braucht eine „currency“ (ISO 4217, z. B. EUR)
error-build-changes-needed = das Ergebnis „works-with-changes“ braucht „changes“: schreiben Sie, was Sie geändert haben, damit die nächste Person, die es baut, und der Designer etwas daraus machen können
error-build-export-name = „export“ nennt das Export-Manifest neben dem Protokoll; es muss „{ $name }“ heißen

# `barnraise validate` and `show` in the terminal.
cli-validate-parts = { $count ->
    [one] { $count } Teil
   *[other] { $count } Teile
}
cli-validate-valid = { $count ->
    [one] { $count } Bauplan gültig
   *[other] { $count } Baupläne gültig
}
cli-show-licence-authors = Lizenz: { $licence }   Autoren: { $authors }
cli-show-derived-from = abgeleitet von: { $from }
cli-show-values = Werte:
cli-show-parts = Teile ({ $count } zu schneiden):
cli-show-label = Kennung
cli-show-quantity = Anz.
cli-show-material = Material
cli-show-thickness = St. (mm)
cli-show-width = Breite
cli-show-height = Höhe
cli-show-area = Fläche (cm²)
cli-show-name = Name
cli-show-bom = Stückliste (Beschläge):
cli-show-total = Summe
cli-show-cost = geschätzte Kosten: { $total } ({ $hardware } Beschläge + { $material } Plattenmaterial)
cli-show-cost-hardware-only = geschätzte Kosten: { $total } Beschläge (keine Werkstatt im Speicher nennt einen Preis für das Plattenmaterial)

# What the store, peer, sync, search and admin commands print in the terminal.
cli-published-added = { $slug } { $version } hinzugefügt in Commit { $commit }
cli-published-updated = { $slug } { $version } aktualisiert in Commit { $commit }
cli-proposed = Änderung an { $slug } vorgeschlagen ({ $id })
cli-list-invalid = UNGÜLTIG ({ $count ->
    [one] { $count } Problem
   *[other] { $count } Probleme
}; führen Sie `barnraise validate` auf einem Klon aus)
cli-list-count = { $count ->
    [one] { $count } Bauplan
   *[other] { $count } Baupläne
}
cli-list-count-invalid = { $count ->
    [one] { $count } Bauplan
   *[other] { $count } Baupläne
}, { $invalid } ungültig
cli-released = { $tag } veröffentlicht bei Commit { $commit }
cli-lineage-in = (in { $store })
cli-lineage-elsewhere = (in einem anderen Speicher)
cli-lineage-this = (dieser Bauplan)
cli-peer-added = Partner { $name } hinzugefügt ({ $url }); `barnraise sync { $name }` holt seine Baupläne
cli-peer-trusted-all = (vertraut für alle Baupläne)
cli-peer-trusted-for = (vertraut für { $designs })
cli-peer-ca = (Zertifikat geprüft gegen { $file })
cli-pending-unreadable = unlesbar
cli-pending-none = keine
cli-pending-line = { $version } (unsere { $ours })
cli-pending-not-above = nicht höher als unsere, kann nicht angenommen werden
cli-pending-count = { $count ->
    [one] { $count } wartende Aktualisierung
   *[other] { $count } wartende Aktualisierungen
}
cli-peer-accepted = { $slug } { $version } von Partner { $peer } angenommen in Commit { $commit }
cli-peer-refused = Aktualisierung von { $slug } durch { $peer } abgelehnt; main bleibt unverändert
cli-peer-trusts-all = { $name } darf jetzt jeden Bauplan aktualisieren
cli-peer-trusts = { $name } darf jetzt { $designs } aktualisieren
cli-peer-home-only = { $name } aktualisiert jetzt nur noch die Baupläne, deren Herkunft er ist
cli-peer-still-trusts = { $name } darf weiterhin { $designs } aktualisieren
cli-sync-peer = Partner { $peer }: { $unchanged } unverändert, { $ahead } hier neuer
cli-sync-peer-refused = { $line }, { $refused } früher abgelehnt
cli-sync-imported = importiert { $slug } { $version }
cli-sync-updated = aktualisiert { $slug } { $from } → { $to }
cli-sync-diverged = AUSEINANDERGELAUFEN { $slug }: beide Seiten haben ihn geändert; unserer bleibt, der des Partners liegt auf Zweig { $branch }
cli-sync-pending-not-home = WARTET { $slug } { $version } (unserer { $ours }): der Partner ist nicht die Herkunft dieses Bauplans; auf Zweig { $branch } zur Prüfung
cli-sync-pending-not-above = WARTET { $slug } { $version } (unserer { $ours }): seine Version ist nicht höher als unsere; auf Zweig { $branch } zur Prüfung
cli-sync-skipped = ÜBERSPRUNGEN { $slug }: beim Partner ungültig
cli-sync-project-imported = Projekt importiert { $slug } { $version }
cli-sync-project-updated = Projekt aktualisiert { $slug } { $from } → { $to }
cli-sync-project-not-home = UNSERES BEHALTEN Projekt { $slug } (unseres { $ours }, das des Partners { $version }): der Partner ist nicht die Herkunft dieses Projekts
cli-sync-project-not-above = UNSERES BEHALTEN Projekt { $slug } (unseres { $ours }, das des Partners { $version }): seine Version ist nicht höher als unsere
cli-sync-project-skipped = ÜBERSPRUNGEN Projekt { $slug }: beim Partner ungültig
cli-sync-build-taken = Nachbau-Protokoll { $id } übernommen
cli-sync-build-skipped = ÜBERSPRUNGEN Nachbau-Protokoll { $id }: beim Partner ungültig
cli-admin-added = { $name } ist Administrator
cli-facet-line = { $facet }: { $values }
cli-admin-removed = { $name } ist kein Administrator mehr

# `barnraise build add|list` in the terminal.
cli-build-logged = Nachbau { $id } von { $slug } eingetragen ({ $outcome }) als { $path } in Commit { $commit }
cli-build-logged-verified = Nachbau { $id } von { $slug } eingetragen ({ $outcome }, aus diesen Dateien gebaut) als { $path } in Commit { $commit }
cli-build-counts = { $slug }: { $total }× gebaut ({ $works } funktioniert, { $changed } funktioniert mit Änderungen, { $failed } gescheitert; { $verified } bestätigt)
cli-build-verified = bestätigt
cli-build-changed = geändert: { $changes }
cli-build-invalid = UNGÜLTIG { $id }: { $count ->
    [one] { $count } Problem
   *[other] { $count } Probleme
}

# An export job's title: what was asked.
job-what = { $format } für { $slug }
job-what-at = { $format } für { $slug } bei { $makerspace }
job-what-project = { $format } für das Projekt { $slug }
job-what-project-at = { $format } für das Projekt { $slug } bei { $makerspace }
job-format-svg = Laser-SVG
job-format-dxf = CNC-DXF
job-format-gcode = G-Code
job-format-pdf = Bauanleitung
job-format-all = Schneidedateien und Bauanleitung

# `barnraise export`, `makerspace` and `project` in the terminal.
cli-nesting = Verschachtelung
cli-nesting-progress = { $material }: { $sheets } Platte(n), untere Schranke { $bound }
cli-nesting-result = { $material }: { $parts } Teil(e) auf { $sheets } Platte(n) (untere Schranke { $bound }), { $used } % genutzt
cli-note = Hinweis: { $note }
cli-model-assembled = { $design }: { $copies } Teile, zusammengebaut ({ $litres } l Material), Körper in { $solids } s, geschrieben in { $write } s
cli-model-flat = { $design }: { $copies } Teile, flach ausgelegt ({ $litres } l Material), Körper in { $solids } s, geschrieben in { $write } s
cli-makerspace-line = { $name } ({ $town }, { $country }): { $machines } Maschine(n), { $stock } Lagerposten
cli-invalid = UNGÜLTIG: { $count ->
    [one] { $count } Problem
   *[other] { $count } Probleme
}
cli-profiles-ok = { $count ->
    [one] { $count } Profil in Ordnung
   *[other] { $count } Profile in Ordnung
}
cli-project-line = { $name } { $version }: { $designs } Bauplan/Baupläne, { $copies } Exemplar(e)
cli-project-design = { $quantity } × { $name } ({ $slug }): je { $each } Teil(e), { $parts } insgesamt
cli-project-total-parts = Teile insgesamt: { $count }
cli-project-at = bei { $makerspace }: { $sheets } Platte(n) ({ $stock }), { $total } mit Beschlägen
cli-project-no-stock = kein Lagerbestand für { $materials }
cli-project-created = Projekt { $slug } { $version } angelegt
cli-project-now = Projekt { $slug } ist jetzt { $version }
cli-project-published = Projekt { $slug } { $version } veröffentlicht
cli-project-forked = { $from } als Projekt { $slug } abgeleitet
cli-project-job = { $name } { $version }: { $designs } Bauplan/Baupläne, { $parts } Teil(e)
cli-project-cost = Kosten: { $total } ({ $sheets } Platten + { $hardware } Beschläge)
cli-import-not-written = (nicht geschrieben)
cli-import-published = (veröffentlicht)
cli-import-warning = Warnung: { $warning }
cli-import-summary = { $imported } importiert, { $warnings } mit Warnungen importiert, { $failed } gescheitert

# An export's notes: what the maker should know before cutting.
note-cnc-parts-on-laser = die Teile dieses Bauplans sind für eine CNC-Fräse gedacht; sie werden trotzdem mit dem Laser geschnitten
note-laser-parts-on-cnc = die Teile dieses Bauplans sind für einen Laser gedacht; sie werden trotzdem mit der CNC-Fräse geschnitten
note-thickness-not-a-parameter = die Stärke des Materials „{ $material }“ ist „{ $thickness }“, kein Parameter: die gemessenen { $measured } mm können nicht übernommen werden
note-thickness-given = { $name } = { $given } mm wurde angegeben, aber der Bestand { $stock } misst { $measured } mm: die Schlitze folgen dem angegebenen Wert; lassen Sie { $name } weg, um die gemessene Stärke zu verwenden
note-sheet-larger-than-bed = Platten { $stock } ({ $width } × { $height } mm) sind größer als der Tisch von { $machine } ({ $bed_width } × { $bed_height } mm): schneiden Sie sie zuerst auf Tischgröße zu
note-holes-scored = { $count } Loch/Löcher in { $material } sind kleiner als der { $bit }-mm-Fräser: sie werden 1 mm tief angerissen, um sie von Hand zu bohren
note-some-parts-flat = manche Teile haben keine Position: sie liegen flach neben dem Zusammenbau
note-all-parts-flat = dieser Bauplan hat keine Positionen: seine Teile liegen flach nebeneinander
note-of-design = { $slug }: { $note }

# Why a build log that carries an export manifest is not verified.
design-build-unverified = Nicht bestätigt:
build-unverified-other-design = das Export-Manifest gehört zu „{ $manifest }“, nicht zu „{ $slug }“
build-unverified-no-revision = das Export-Manifest nennt keine Revision des Speichers (es wurde aus einem Ordner exportiert, nicht aus dem Speicher)
build-unverified-other-revision = das Export-Manifest gehört zur Revision { $manifest }, das Protokoll zu { $log }
build-unverified-other-version = das Export-Manifest gehört zur Version { $manifest }, die Revision enthält { $version }
build-unverified-no-value = das Export-Manifest hat keinen Wert für den Parameter „{ $name }“
build-unverified-out-of-bounds = im Export-Manifest liegt { $name } = { NUMBER($value, useGrouping: "false") } außerhalb der Grenzen des Bauplans
build-unverified-no-files = das Export-Manifest listet keine Dateien
build-unverified-no-manifest = sein manifest.json fehlt oder ist unlesbar
build-unverified-unpublished-revision = die genannte Revision ist keine veröffentlichte Revision dieses Speichers

# A job's progress, as the job page shows it while it runs.
job-progress-nesting = Verschachtelung
job-progress-sheets = Verschachtelung { $material }: { $sheets } Platte(n), untere Schranke { $bound }
job-progress-ready = { $count ->
    [one] { $count } Datei bereit
   *[other] { $count } Dateien bereit
}

# The installed app, the service worker and the site's feed link.
webapp-description = Offene Hardware-Baupläne für Höfe und Werkstätten: Schneidedateien und Bauanleitungen für Ihre Werkstatt.
offline-nothing-kept = Barnraise ist offline, und diese Seite wurde auf diesem Gerät nicht gespeichert.
feed-designs-title = Barnraise: neue und geänderte Baupläne

# The command line's own words around a malformed line, and the default store.
cli-serve-running = Barnraise läuft unter { $url } (Strg-C beendet es)
cli-try-help = Weitere Informationen mit „--help“.
cli-usage = Aufruf: { $usage }
cli-created-default-store = barnraise: Standardspeicher in { $path } mit den mitgelieferten Bauplänen angelegt
