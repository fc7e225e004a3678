# Kiolesura cha Barnraise kwa Kiswahili. Funguo sawa na locales/en/main.ftl.
# Msamiati: plywood = plywood (mbao za tabaka), sheet = ubao, cut list = orodha ya kukata,
# bill of materials = orodha ya vifaa, makerspace = karakana, design = muundo (miundo).

## Page header and footer
search-placeholder = Tafuta miundo: kipanzi, mzinga, mkokoteni…
search-label = Tafuta miundo
search-button = Tafuta
nav-browse = Vinjari
nav-projects = Miradi
nav-makerspaces = Karakana
nav-login = Ingia
nav-signup = Jisajili
lang-chooser = Lugha
footer-motto = Barnraise: buni kwa pamoja duniani, tengeneza hapa hapa.
footer-offline = Vilivyohifadhiwa nje ya mtandao
footer-api = API

## Page titles
title-search = Utafutaji
title-login = Ingia
title-signup = Jisajili

## Counts
count-parts = { $count ->
    [one] kipande { $count }
   *[other] vipande { $count }
}
count-forks = { $count ->
    [one] tawi { $count }
   *[other] matawi { $count }
}
count-designs = { $count ->
    [one] muundo { $count }
   *[other] miundo { $count }
}
someone = mtu fulani
someone-capital = Mtu fulani

## Design cards
card-preview-alt = Taswira ya { $name }
card-cost = takriban { $cost }
card-built = imetengenezwa mara { $count }
card-built-works = { $count } kati yake zinafanya kazi
card-fork-of = tawi la

## Home page
home-title = Shiriki miundo duniani kote, itengeneze hapa hapa
home-intro = Barnraise ni maktaba ya vifaa huria kwa mashamba na karakana: vipanzi, mizinga ya nyuki, mikokoteni, mabenchi, matofali ya ukuta. Kila muundo unabadilika kwa vipimo: weka unene wa mbao zako na vipimo unavyotaka, kisha peleka faili za kukata na karatasi ya kuunganisha iliyochapishwa kwenye mashine ya leza au ya CNC katika karakana yako. Chukua muundo kama tawi, uurekebishe, na uushiriki tena.
home-browse-all = { $count ->
    [one] Vinjari muundo { $count }
   *[other] Vinjari miundo yote { $count }
}
home-find-makerspace = Tafuta karakana
home-categories = Aina
home-recent = Iliyobadilishwa karibuni
home-most-forked = Yenye matawi mengi zaidi

## Search page
search-title = Miundo
search-query-placeholder = kipanzi, mzinga, license:CC-BY-SA-4.0, cost:<50
search-query-label = Swali la utafutaji
search-fits = Inatoshea mashine yangu
search-bed = Meza ya mashine (mm)
search-thicknesses = Unene wa mbao (mm)
search-buildable-at = Inaweza kutengenezwa katika
search-any-makerspace = karakana yoyote
search-for = kwa
search-previous = Iliyotangulia
search-next = Inayofuata
search-page-of = ukurasa { $page } kati ya { $pages }
facet-category = Aina
facet-license = Leseni
facet-material = Malighafi
facet-process = Mbinu
facet-built_at = Imejengwa katika

## Categories, materials, processes, units, outcomes, proposal states
category-farm-tool = zana ya shamba
category-structure = jengo
category-furniture = samani
category-beekeeping = ufugaji nyuki
category-storage = hifadhi
category-garden = bustani
category-workshop = karakana
category-animal-care = utunzaji wa wanyama
category-energy = nishati
category-kitchen = jiko
category-other = nyingine
material-plywood = plywood (mbao za tabaka)
material-osb = OSB
material-mdf = MDF
material-hardboard = hardboard
material-acrylic = akriliki
material-hdpe = HDPE
material-polycarbonate = polikaboneti
material-aluminium = alumini
material-steel = chuma
material-cardboard = kadibodi
material-solid-wood = mbao ngumu
material-other = nyingine
process-laser = leza
process-cnc = mashine ya CNC
unit-pcs = vipande
unit-m = m
unit-m2 = m²
unit-kg = kg
unit-l = l
unit-set = seti
unit-pack = pakiti
outcome-works = inafanya kazi
outcome-works-with-changes = inafanya kazi baada ya mabadiliko
outcome-failed = haikufanya kazi
proposal-open = wazi
proposal-accepted = imekubaliwa
proposal-refused = imekataliwa

## Design page
design-cost = Takriban { $total } kutengeneza ({ $hardware } vifaa + { $material } mbao).
design-cost-hardware-only = Takriban { $total } kwa vifaa (bei ya mbao haijulikani).
design-forked-from = Tawi la
design-forked-at = katika
design-forked-in = kwenye { $store }
design-preview-alt = Taswira ya 3D ya { $name }
design-preview-caption = Taswira kwa vipimo vilivyo hapa chini.
design-make-it-yours = Ufanye uwe wako
design-update = Sasisha
design-downloads = Vipakuliwa
design-makerspace = Karakana
design-no-makerspace = hakuna (mashine ya kawaida)
design-machine = Mashine
design-space-machine = mashine ya karakana kwa vipande hivi
design-stock-for = Ubao kwa { $material }
design-space-stock = ubao unaolingana katika karakana
design-files = Faili
design-export = Hamisha
design-3d = 3D:
design-okh = Faili ya OKH
design-photos = Picha na michoro
design-add-photo = Ongeza picha (PNG au JPEG, hadi MB 5)
design-upload = Pakia
design-licence = Leseni: { $license }
design-authors = Waandishi: { $authors }
design-contributors = Wachangiaji:
design-builders = Waliotengeneza:
design-built-it = aliutengeneza { $date }
design-photographed-it = aliupiga picha
design-history = Historia
q-login-to-ask = ili kuuliza swali.
q-ask = Uliza
q-limits = hadi herufi 4000; maswali na majibu 10 kwa saa
q-ask-label = Uliza swali kuhusu muundo huu
q-none = Bado hakuna maswali.
q-answer = Jibu
q-hide = Ficha kama taka
q-show = Onyesha tena
q-hidden = imefichwa kama taka
q-asked = aliuliza { $date }
q-heading = Maswali
project-add-submit = Ongeza kwa vigezo hivi
project-add-copies = Nakala
project-add-name = Jina la mradi mpya
project-add-slug = Kitambulisho cha mradi mpya
project-add-new = mradi mpya…
project-add-project = Mradi
project-add-h = Ongeza kwenye mradi
build-fork-changes = Nakili pamoja na mabadiliko haya
build-propose-changes = Pendekeza mabadiliko haya
design-feed = Mlisho (Atom)
design-lineage = Ukoo
design-fork = Tengeneza tawi
design-propose = Pendekeza mabadiliko
design-peer-updates = Masasisho kutoka kwa wenzetu
design-peer-updates-intro = Hifadhi hizi zilibadilisha muundo huu ingawa si asili yake, au hazikupandisha toleo lake. Hakuna chochote chao kinachochapishwa hadi ukikubali.
design-peer-version = toleo { $version } (letu: { $ours })
design-peer-unreadable = halisomeki
design-peer-none = hakuna
design-peer-not-above = si jipya kuliko letu, kwa hiyo haliwezi kukubaliwa
design-accept = Kubali
design-refuse = Kataa
design-builds = Vilivyotengenezwa
design-builds-works = { $count } zinafanya kazi kama zilivyobuniwa
design-builds-works-changes = { $count } zinafanya kazi baada ya mabadiliko
design-builds-failed = { $count } hazikufanya kazi
design-builds-verified = { $count } zilitengenezwa kwa faili za Barnraise
design-verified = imetengenezwa kwa faili hizi
design-verified-title = kumbukumbu ya utengenezaji ina orodha ya faili za kukata ambazo Barnraise ilitengeneza kwa toleo hili
design-build-at = katika
design-build-on = kwa { $machine }
design-build-changed = Kilichobadilishwa:
design-build-photo-alt = picha ya kilichotengenezwa na { $builder }
design-no-builds = Bado hakuna aliyeandika kwamba ameutengeneza.
design-i-built-this = Nimeutengeneza
design-login-to-log = ili kusema umeutengeneza.
design-proposals = Mabadiliko yaliyopendekezwa
design-cut-list = Orodha ya kukata
design-bom = Orodha ya vifaa
design-hardware-total = Jumla ya vifaa
design-sheets = Mbao katika karakana
design-not-stocked = haipatikani
design-sheets-note = Makadirio kutokana na eneo la vipande kwa asilimia 75 ya kila ubao; karatasi ya kuunganisha ya faili zilizohamishwa huhesabu mbao zinazotumika kweli na kuzipa bei.
design-assembly = Kuunganisha
design-tools = Zana: { $tools }
design-translated-from = Imetafsiriwa kutoka { $language }; maandishi asilia ndiyo yanayotegemewa.
design-also-in = Muundo huu unapatikana pia kwa:
col-label = Alama
col-part = Kipande
col-qty = Idadi
col-material = Malighafi
col-size = Ukubwa (mm)
col-process = Mbinu
col-item = Kifaa
col-unit-cost = Bei ya kimoja
col-total = Jumla
col-their-stock = Ubao wao
col-sheets = Mbao (takriban)
col-cost-about = Gharama (takriban)

## Log in and sign up
login-title = Ingia
login-button = Ingia
login-new-here = Mgeni hapa?
field-username = Jina la mtumiaji
field-password = Nenosiri
field-display-name = Jina lako
field-email = Barua pepe
signup-title = Jisajili
signup-intro = Akaunti inakuwezesha kuunda miundo, kutengeneza matawi yake na kupendekeza mabadiliko kwa miundo ya wengine. Kuvinjari, kutafuta na kupakua hakuhitaji akaunti.
signup-username-help = Herufi 3 hadi 32: a–z, 0–9 na -
signup-name-help = Huonyeshwa kama mwandishi wa mabadiliko yako
signup-password-help = Angalau herufi 10
signup-button = Fungua akaunti
signup-have-account = Una akaunti tayari?

## Error pages
error-not-found = Haikupatikana
error-bad-request = Hilo halikufanikiwa
error-unauthorized = Tafadhali ingia
error-forbidden = Hairuhusiwi
error-conflict = Hilo linapingana na kilichohifadhiwa
error-too-many = Majaribio mengi mno
error-internal = Hitilafu imetokea upande wetu
error-internal-message = Hitilafu imetokea upande wetu; imeandikwa kwenye kumbukumbu. Tafadhali jaribu tena, au waeleze wanaoendesha tovuti hii.
error-problems = Muundo au vipimo vyake vina matatizo:
error-home = Mwanzo
error-browse = Vinjari miundo
error-http = HTTP { $status }

## Hints, as the browser phrases them
hint-choose-stock = Kama mbadala unafaa, chagua mmoja kwa { $material } katika orodha ya mbao ya fomu ya kuhamisha ({ $stocks })
hint-choose-another-makerspace = Chagua karakana nyingine, au hakuna kwa mashine ya kawaida
hint-name-the-material = Chagua ubao kwa kila malighafi ({ $materials })
hint-choose-machine = Chagua mojawapo ya mashine zake ({ $machines })
hint-choose-makerspace = Chagua karakana inayomiliki mashine hiyo
hint-use-format = Chagua faili za { $format } badala yake
hint-choose-sheet = Chagua ubao mdogo zaidi, au mashine nyingine
hint-log-in = Ingia kwanza
hint-raise-version = Pandisha 'version' katika design.toml juu ya { $current }
hint-choose-another-slug = Chagua kitambulisho kingine
hint-fork = Tengeneza tawi la '{ $slug }' ili kulibadilisha kwa jina jipya
hint-reload = Pakia ukurasa upya kisha ujaribu tena
hint-retry-in = Jaribu tena baada ya sekunde { $seconds }
hint-retry-later = Jaribu tena baada ya muda mfupi
hint-set-licence = Upe muundo leseni (kitambulisho cha SPDX)
hint-parameter-range = Mpe { $name } thamani iliyo ndani ya mipaka yake

## Months (dates in words)
month-1 = Januari
month-2 = Februari
month-3 = Machi
month-4 = Aprili
month-5 = Mei
month-6 = Juni
month-7 = Julai
month-8 = Agosti
month-9 = Septemba
month-10 = Oktoba
month-11 = Novemba
month-12 = Desemba

## Language names (in this language)
language-en = Kiingereza
language-fr = Kifaransa
language-es = Kihispania
language-sw = Kiswahili
language-de = Kijerumani

## Build sheets (PDF): fixed texts
sheet-untitled = Muundo usio na jina
sheet-version = Toleo
sheet-licence = Leseni
sheet-authors = Waandishi
sheet-contributors = Wachangiaji
sheet-made-at = Imetengenezwa katika
sheet-design-page = Ukurasa wa muundo
sheet-log-your-build = Andika ujenzi wako
sheet-bom = Orodha ya vifaa
sheet-item = Kifaa
sheet-qty = Idadi
sheet-unit = Kipimo
sheet-unit-cost = Bei ya kimoja
sheet-total = Jumla
sheet-supplier = Msambazaji
sheet-cut-list = Orodha ya kukata
sheet-label = Alama
sheet-name = Jina
sheet-material = Malighafi
sheet-thickness = Unene mm
sheet-size = Ukubwa
sheet-assembly = Kuunganisha
sheet-tools = Zana zinazohitajika
sheet-step = Hatua ya
sheet-parts = Vipande
sheet-fit-test = Jaribio la kulingana

## Project cover (PDF)
sheet-stock-item = { $material }, ubao wa { $width } × { $height } mm, unene uliopimwa { $thickness } mm
sheet-price-ask = (bei: muulize msambazaji wako)
sheet-unit-sheet = ubao
cover-item-of = { $item } ({ $slug })
cover-item-not-converted = { $item } ({ $slug }; { $cost } { $currency } kila kimoja, haijabadilishwa: haimo kwenye jumla)
cover-step = Panga vipande vyenye lebo { $slug }#1/… hadi { $slug }#{ $copies }/… na ujenge kila nakala kwa { $file } (toleo { $version }).
cover-summary = { $designs ->
    [one] Muundo 1
   *[other] Miundo { $designs }
}, { $copies ->
    [one] kipande 1
   *[other] vipande { $copies }
}, vinakatwa pamoja kwenye mbao zinazoshirikiwa
cover-footer = Barnraise · mradi { $slug } { $version } · { $designs ->
    [one] muundo 1
   *[other] miundo { $designs }
}

## Command line
cli-internal-error = hitilafu ya ndani
cli-hint-choose-stock = Chagua ubao kwa --material { $material }=<kitambulisho-cha-ubao> kama mbadala unafaa
cli-hint-name-the-material = andika --material <malighafi>=<kitambulisho-cha-ubao>
cli-hint-choose-machine = chagua mashine kwa --machine ({ $machines })
cli-hint-choose-makerspace = ongeza --makerspace kusema mashine ni ya nani
cli-hint-use-format = tumia --format { $format }
cli-hint-choose-sheet = toa --sheet ndogo zaidi, au --machine nyingine
cli-hint-say-who-you-are = sema wewe ni nani kwa --author "Jina <barua-pepe>" (au weka BARNRAISE_AUTHOR)
cli-hint-fork = badala yake tengeneza tawi: barnraise fork { $slug } KITAMBULISHO-KIPYA
cli-hint-retry-in = jaribu tena baada ya sekunde { $seconds }
cli-hint-retry-later = jaribu tena baadaye
cli-hint-create-store = unda moja kwa `barnraise init --store FOLDA`, au taja nyingine kwa --store
cli-hint-set-licence = toa leseni kwa --license KITAMBULISHO-CHA-SPDX
cli-hint-add-peer = iongeze kwa `barnraise peer add { $name } <url-ya-git>`
cli-hint-parameter-range = toa --param { $name }=THAMANI ndani ya mipaka ambayo muundo unaruhusu
