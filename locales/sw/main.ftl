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
sheet-continued = { $title } (inaendelea)
sheet-revision = marekebisho { $revision }
sheet-page-heading = Ubao { $number } kati ya { $of } — { $material }, { $thickness } mm, matumizi { $utilisation }
sheet-page-unusable = Ukubwa wa ubao huu ({ $width } × { $height } mm) hautumiki; hakuna kilichochorwa.
sheet-page-scale-one = Ubao { $width } × { $height } mm, umechorwa kwa kipimo { $scale } · kipande { $parts } · lebo katikati ya vipande
sheet-page-scale-many = Ubao { $width } × { $height } mm, umechorwa kwa kipimo { $scale } · vipande { $parts } · lebo katikati ya vipande
sheet-page-of = ukurasa { $n } kati ya { $m }
sheet-coupon-intro = Kata kipande hiki cha majaribio kwanza. Mpasuo unaoshika kipande cha majaribio kwa nguvu kwa mkono ndio nafasi yako: kama si mpasuo wa kawaida, ongeza tofauti yake kwenye upana wa mipasuo (au tofauti ya kifaa) kabla ya kukata vipande. Kipande cha majaribio: kipande kilichobaki cha ubao, unene uliopimwa { $thickness } mm; upana wa kawaida wa mpasuo { $slot } mm.
sheet-coupon-slot = Mpasuo
sheet-coupon-width = Upana (tofauti na wa kawaida, mm)
sheet-coupon-fit = Kulingana (weka alama moja)
sheet-coupon-ticks = ☐ legevu   ☐ imara   ☐ imebana mno
sheet-coupon-print = Kipande cha majaribio kwa 1:1 — chapisha kwa asilimia 100 (“ukubwa halisi”, si “kutoshea ukurasa”); upau ulio chini lazima upime 50 mm.
sheet-coupon-scaled = Kipande cha majaribio kimechorwa kwa kipimo { $scale } (ni kikubwa kuliko ukurasa): kikate kutoka kwenye faili za kukata, si kutoka kwenye chapisho hili.

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

## Export job page
job-title = Uhamishaji: { $name }
job-at = katika
job-machine = mashine { $machine }
job-designs = Miundo:
job-state-queued = inasubiri
job-state-running = inaendelea
job-state-done = imekamilika
job-state-failed = imeshindikana
job-sheets-used = { $count ->
    [one] ubao umetumika
   *[other] mbao zimetumika
}; kiwango cha chini kwa eneo ni { $bound }; vipande vinachukua { $used } % ya eneo la mbao.
job-col-stock = Ubao uliopo
job-col-parts = Vipande
job-col-sheets = Mbao
job-col-lower-bound = Kiwango cha chini
job-col-used = Kilichotumika
job-col-cost = Gharama
job-ask-supplier = muulize msambazaji wako
job-cost-sheets = Mbao: { $cost }
job-cost-with-hardware = pamoja na vifaa:
job-cost-total = Jumla pamoja na vifaa:
job-sheet-label = { $material }, ubao { $number }
job-sheet-caption = { $material }, ubao { $number }: { $width } × { $height } mm, { $parts ->
    [one] kipande { $parts }
   *[other] vipande { $parts }
}, { $used } % imetumika
job-download-zip = Pakua vyote (zip)
job-back-to-project = Rudi kwenye mradi
job-built-it = Umeutengeneza kwa faili hizi?
job-tell = Mwambie mtengenezaji anayefuata na mbunifu jinsi ilivyokwenda.
job-log-build = Andika ujenzi wako
job-form-filled = Fomu inajazwa kutoka kwa uhamishaji huu (toleo, vigezo, karakana, mashine), na ujenzi wako unaonekana kwenye ukurasa wa muundo kama
job-qr-code = Msimbo QR wa pili wa karatasi ya kuunganisha unaongoza hapa pia.
job-back-to-design = Rudi kwenye muundo

## Project page
project-designs = Miundo
project-col-design = Muundo
project-col-copies = Nakala
project-col-parameters = Vigezo
project-col-parts-each = Vipande kwa kila nakala
project-col-parts = Vipande
project-col-cost-each = Gharama kwa kila nakala
project-defaults = chaguo-msingi
project-total = Jumla
project-spaces = Mbao na gharama kwa kila karakana
project-estimates = Makadirio kutoka kwa eneo la vipande kwa matumizi ya modeli ya gharama; uhamishaji hupanga vipande vya miundo yote pamoja ili kupata idadi halisi.
project-space-cost = { $count ->
    [one] ubao { $count }
   *[other] mbao { $count }
} ({ $stock }), { $sheets } za mbao + { $hardware } za vifaa =
project-no-stock = hakuna ubao unaofaa uliopo
project-missing-stock = hakuna ubao wa { $materials }
project-cut-it = Kata
project-export = Hamisha mradi wote
project-json = Mradi huu kama JSON
project-all = Miradi yote

## Projects list
projects-title = Miradi
projects-intro = Miundo kadhaa, pamoja na idadi na vigezo vyake, hukatwa pamoja kama kazi moja kwenye mbao zinazoshirikiwa.
projects-invalid = si sahihi ({ $count ->
    [one] tatizo { $count }
   *[other] matatizo { $count }
})
count-copies = { $count ->
    [one] nakala { $count }
   *[other] nakala { $count }
}
projects-none = Bado hakuna miradi. Ongeza muundo kwenye mradi kutoka kwenye ukurasa wake.

## Makerspace page and list
makerspace-feed-title = Vilivyotengenezwa katika { $name }
makerspace-feed = Mlisho wa vilivyotengenezwa hapa (Atom)
makerspace-machines = Mashine
makerspace-col-id = Kitambulisho
makerspace-col-machine = Mashine
makerspace-col-kind = Aina
makerspace-col-bed = Kitanda (mm)
makerspace-col-max-thickness = Unene wa juu
machine-laser = leza
machine-cnc = CNC
makerspace-stock = Mbao zilizopo
makerspace-col-material = Malighafi
makerspace-col-nominal = Unene rasmi
makerspace-col-measured = Unene uliopimwa
makerspace-col-sheet = Ubao (mm)
makerspace-col-price = Bei
makerspace-buildable = Miundo inayoweza kutengenezwa hapa
makerspace-buildable-note = Kila kipande kinatosha kwenye kitanda kikubwa zaidi na kila unene wa ubao upo:
makerspaces-title = Karakana
makerspaces-entry = { $machines ->
    [one] mashine { $machines }
   *[other] mashine { $machines }
}, { $stock ->
    [one] ubao { $stock } uliopo
   *[other] mbao { $stock } zilizopo
}

## Offline page
offline-title = Vilivyohifadhiwa nje ya mtandao
offline-intro = Kurasa unazofungua hapa huhifadhiwa kwenye kifaa hiki, pamoja na picha zake, ili zifunguke bila mtandao. Orodha hii inahitaji hati ya ukurasa.
offline-search-label = Tafuta katika miundo iliyohifadhiwa
offline-search-placeholder = kipanzi, mzinga…
offline-designs = Miundo
offline-files = Karatasi za kuunganisha na faili za kukata
offline-pages = Kurasa nyingine
offline-note = Kurasa zilizohifadhiwa hupakuliwa tena mtandao ukirudi. Ili kuhifadhi karatasi ya kuunganisha au faili za kukata za uhamishaji, bonyeza “Hifadhi nje ya mtandao” kwenye ukurasa wake.

## Logging a build
build-new-title = Nimetengeneza { $name }
build-new-intro = Eleza jinsi ilivyokwenda, ili mtengenezaji anayefuata na mbunifu waweze kuchukua hatua. Kumbukumbu yako huhifadhiwa kwenye hifadhi pamoja na muundo (muundo wa kumbukumbu umeelezwa katika
build-new-intro-end = ya msimbo wa Barnraise), kwa jina lako.
build-new-from-job = Imetengenezwa kwa faili hizi: kazi ya uhamishaji
build-new-at = katika { $makerspace }
build-new-on = kwa { $machine }
build-new-revision = toleo { $revision }
build-new-manifest-fills = Orodha yake hujaza toleo, vigezo, karakana, mashine na unene, na huweka alama kuwa ujenzi umethibitishwa.
build-new-job-gone = Uhamishaji ambao kiungo hiki kinatoka haujahifadhiwa tena ({ $reason }). Pakia hapa chini faili
build-new-job-gone-end = iliyokuja na faili zako za kukata ili kuweka alama kuwa ujenzi wako umetengenezwa kwa faili hizi.
build-new-from-revision = Imekatwa kutoka toleo
build-new-from-revision-end = la muundo.
build-new-outcome = Ilikwendaje?
build-new-date = Ilikamilika tarehe
build-new-no-makerspace = — si katika mojawapo ya hizi —
build-new-place = Mahali
build-new-place-placeholder = mji, au karakana
build-new-place-help = mahali kilipotengenezwa, kama si katika karakana iliyo juu
build-new-country = Nchi
build-new-thickness = Unene uliopimwa, mm
build-new-hours = Saa
build-new-cost = Gharama
build-new-changes = Ulibadilisha nini?
build-new-changes-help = inahitajika kinapofanya kazi na mabadiliko
build-new-notes = Maelezo
build-new-manifest = Faili
build-new-manifest-end = ya uhamishaji (si lazima)
build-new-manifest-help = kutoka kwenye folda au zip ya faili za kukata ambazo Barnraise ilitengeneza: hujaza toleo, vigezo, karakana na mashine, na huweka alama kuwa ujenzi umetengenezwa kwa faili hizi
build-new-photos = Picha (PNG au JPEG, hadi MB 5 kila moja, zisizozidi { $count })
build-new-submit = Andika ujenzi wangu

## Importing cut files
import-title = Leta faili za kukata
import-intro = Pakia faili za DXF au SVG za muundo mmoja (faili ya mistari ya nje na faili ya mashimo ya ubao mmoja huenda pamoja). Hakuna kinachohifadhiwa bado: utaona kila kipande kilichopatikana, kimechorwa kwa kipimo, na kuchagua cha kubaki nacho. Faili kutoka WikiHouse, boxes.py, Inkscape, Illustrator, CorelDraw, OpenSCAD na programu nyingi za CAD zinafanya kazi; vipimo husomwa kutoka kwenye faili na kukaguliwa dhidi ya ukubwa.
import-files = Faili (hadi { $count }, MB { $mb } kwa jumla)
import-submit = Pakia na ukague
import-review-title = Kagua uletaji
problems-title = Matatizo
import-read-in = imesomwa kwa
import-thickness = Unene wa ubao { $thickness } mm ({ $source }); { $joints }.
import-drawing-label = Vipande vilivyopatikana, kwa kipimo ({ $width } × { $height } mm)
import-drawing-caption = { $width } × { $height } mm; mstari wa kipimo ni { $bar }. Vipande vimejazwa rangi, mipaka ya mbao ni ya vistari, kilichoachwa ni kijivu.
import-col-keep = Baki nacho
import-col-item = Kipengee
import-col-what = Ni nini
import-col-copies = Nakala
import-col-size = Ukubwa
import-col-joints = Viungo
import-col-notes = Maelezo
import-keep-label = baki na { $item }
import-reading = Kusoma faili
import-units = Vipimo
import-dpi = Pikseli kwa inchi (px)
import-dpi-placeholder = 96, 90 au 72
import-thickness-label = Unene (mm)
import-cut-on = Kata kwa
import-laser = mashine ya leza
import-cnc = mashine ya CNC
import-the-design = Muundo
import-slug = Kitambulisho
import-name = Jina
import-licence = Leseni (SPDX)
import-authors = Waandishi
import-source = Chanzo (faili zilikotoka: URL au URL@commit)
import-update = Sasisha onyesho
import-create = Unda muundo

## Account
account-logged-in-as = Umeingia kama
account-logout = Toka
account-designs = Miundo yako
account-edit = hariri
account-none = Bado hakuna.
account-create = Unda muundo
account-import = Leta faili za kukata
account-reviews = Mapendekezo yanayokusubiri
account-proposal-on = kwa { $slug }
account-nothing-to-review = Hakuna cha kukagua.
account-tokens = Tokeni za API
account-for-scripts = Kwa hati: tuma
account-token-created = iliundwa { $date }
account-token-until = inafanya kazi hadi { $date }
account-revoke = Batilisha
account-token-name = jina la tokeni
account-new-token = Tokeni mpya
account-password = Nenosiri na vikao
account-current-password = Nenosiri la sasa
account-new-password = Nenosiri jipya
account-new-password-help = Angalau herufi 10; kila kikao kingine kinatolewa
account-change-password = Badilisha nenosiri
account-logout-everywhere = Toka kila mahali

## Proposal page
proposal-by = Imependekezwa na
proposal-for = kwa
proposal-on = tarehe { $date }
proposal-reason = Sababu: { $reason }
proposal-changes = Mabadiliko ya design.toml
proposal-accept = Kubali na uchapishe
proposal-why = kwa nini (si lazima)

## Fork and edit pages
fork-title = Chukua { $name } kama tawi
fork-intro = Tawi ni nakala yako mwenyewe ya kurekebisha. Linakumbuka lilikotoka, linabaki na kila mwandishi, na wewe unakuwa mtunzaji wake. Leseni ni { $license }; leseni ya kushiriki kwa masharti sawa inabaki hivyo.
fork-build = Tawi linachukua mabadiliko ya ujenzi wa { $builder } wa tarehe { $date }: { $message }
fork-new-slug = Kitambulisho kipya
fork-licence = Leseni
fork-licence-help = kitambulisho cha SPDX; kuibadilisha lazima kuruhusiwe na leseni ya asili
edit-new = Muundo mpya
edit-title = Hariri { $slug }
edit-maintainer = Wewe ni mtunzaji wa muundo huu: kuhifadhi kunachapisha toleo jipya.
edit-not-maintainer = Wewe si mtunzaji wa muundo huu: kuhifadhi kunatuma badiliko lako kama pendekezo kwa watunzaji wake.
edit-raise = Ongeza
edit-raise-end = kwa kila badiliko. Muundo wa faili umeelezwa katika
edit-format-end = ya msimbo wa Barnraise.
edit-line = mstari { $line }
edit-message = Kilichobadilika
edit-message-placeholder = Mipasuo mipana zaidi ya magurudumu kwa mbao za tabaka za mm 16
edit-publish = Chapisha
edit-propose = Pendekeza

## History and lineage pages
history-of = Historia ya
history-releases = Matoleo
history-changes = Mabadiliko
count-files = { $count ->
    [one] faili { $count }
   *[other] faili { $count }
}
history-contributors = Wachangiaji
history-contributor = { $commits ->
    [one] commit { $commits }
   *[other] commit { $commits }
}, kuanzia { $first } hadi { $last }
lineage-of = Ukoo wa
lineage-original = Muundo wa asili.
lineage-forks = Matawi
lineage-from = kutoka { $parent }
lineage-no-forks = Bado hakuna matawi.

## New API token page
token-title = Tokeni yako mpya ya API
token-intro = Inakili sasa: inaonyeshwa mara moja tu na huhifadhiwa kama hash tu.
token-back = Rudi kwenye akaunti yako

## Words the page's script shows (web/static/app.js reads them from data-* attributes)
script-keep = Hifadhi nje ya mtandao
script-kept = Imehifadhiwa nje ya mtandao
script-keeping = Inahifadhi…
script-keep-failed = Haikuweza kuhifadhiwa: jaribu tena
script-zip-name = Faili za kukata (zip)
script-no-network = Hakuna mtandao: hiki ndicho kifaa hiki kilichohifadhi.
script-what-is-kept = Kilichohifadhiwa
offline-online = Uko mtandaoni. Hizi zimehifadhiwa kwenye kifaa hiki kwa wakati ambao hutakuwa mtandaoni.
offline-offline = Uko nje ya mtandao. Hizi zimehifadhiwa kwenye kifaa hiki na hufunguka bila mtandao.
offline-matching = Miundo iliyohifadhiwa inayolingana na “{ $query }”
offline-no-match = Hakuna muundo uliohifadhiwa unaolingana. Miundo unayofungua ukiwa mtandaoni huhifadhiwa.
offline-no-designs = Bado hakuna miundo: miundo unayofungua ukiwa mtandaoni huhifadhiwa.
offline-no-files = Bado hakuna: kwenye ukurasa wa uhamishaji, bonyeza “Hifadhi nje ya mtandao” kando ya karatasi ya kuunganisha au zip.
offline-none = Bado hakuna.

## Page titles of the pages above
account-title = Akaunti yako
token-page-title = Tokeni mpya ya API
history-title = Historia ya { $name }
lineage-title = Ukoo wa { $name }
proposal-title = Pendekezo: { $title }
edit-fix-title = Rekebisha matatizo

## Ujumbe wa hitilafu: kile kukataa kunachosema (message_id ya app::Error).

error-problem-count = { $count ->
        [one] tatizo { $count }
       *[other] matatizo { $count }
    }
error-not-a-store = { $path } si hifadhi ya Barnraise
error-no-design = hakuna muundo '{ $slug }' katika hifadhi
error-no-design-suggest = hakuna muundo '{ $slug }' katika hifadhi (ulimaanisha '{ $suggestion }'?)
error-no-project = hakuna mradi '{ $slug }' katika hifadhi
error-no-project-suggest = hakuna mradi '{ $slug }' katika hifadhi (ulimaanisha '{ $suggestion }'?)
error-no-revision = hakuna toleo la marekebisho '{ $rev }' katika hifadhi
error-version-not-raised-publish = '{ $slug }' tayari imechapishwa katika toleo { $current }; pandisha 'version' katika design.toml (kwa mfano hadi { $next }) ili kuchapisha badiliko
error-version-not-raised-propose = '{ $slug }' tayari imechapishwa katika toleo { $current }; pandisha 'version' katika design.toml (kwa mfano hadi { $next }) ili kupendekeza badiliko
error-slug-taken = muundo unaoitwa '{ $slug }' tayari upo; chagua kitambulisho kingine
error-no-makerspace = hakuna karakana '{ $slug }' katika hifadhi; zinazojulikana: { $known }
error-no-makerspace-suggest = hakuna karakana '{ $slug }' katika hifadhi (ulimaanisha '{ $suggestion }'?); zinazojulikana: { $known }
error-proposal-stale = '{ $slug }' imebadilika baada ya pendekezo hili kutolewa; omba pendekezo litolewe tena juu ya toleo la sasa
error-no-peer = hakuna mwenza anayeitwa '{ $name }'
error-no-peer-suggest = hakuna mwenza anayeitwa '{ $name }' (ulimaanisha '{ $suggestion }'?)
error-no-pending-update = hakuna sasisho la '{ $slug }' kutoka kwa mwenza '{ $peer }' linalosubiri kukaguliwa
error-version-would-not-rise = '{ $slug }' ya mwenza ni toleo { $offered }, si juu ya letu ({ $current }); matoleo hayashuki kamwe, kwa hivyo haiwezi kuchukuliwa
error-too-many-log-ins = majaribio mengi mno ya kuingia yameshindikana; jaribu tena baada ya sekunde { $seconds }
error-bad-log-in = jina la mtumiaji au nenosiri si sahihi
error-taken = { $field ->
        [username] jina hili la mtumiaji tayari limechukuliwa
        [email] anwani hii ya barua pepe tayari imechukuliwa
       *[other] thamani hii ya '{ $field }' tayari imechukuliwa
    }
error-unreadable = { $path }: haiwezi kusomwa: { $reason }
error-file-too-large = { $path }: baiti { $size } ni zaidi ya kikomo cha baiti { $limit } kwa aina hii ya faili
error-no-api-token = huna tokeni ya API { $id }
error-only-accounts-log-in = ni akaunti pekee zilizo na manenosiri, vipindi na tokeni
error-only-accounts-page = ni akaunti pekee zilizo na ukurasa wa akaunti
error-only-accounts-tokens = ni akaunti pekee zilizo na tokeni za API
error-no-account = hakuna akaunti '{ $username }': lazima ijisajili kwanza
error-export-manifest-too-large = { $source }: orodha ya uhamishaji ina baiti { $size }; zisizozidi { $limit }
error-no-build = '{ $slug }' haina utengenezaji '{ $id }'
error-build-has-no-changes = utengenezaji { $id } wa '{ $slug }' hautaji mabadiliko wala vipimo vya kuchukua
error-manifest-unreadable = design.toml: { $reason }
error-no-photo = hakuna picha '{ $name }'
error-no-photo-of-build = hakuna picha '{ $name }' ya utengenezaji { $id }
error-path-reason = { $path }: { $reason }
error-file-over-limit = { $path }: kubwa kuliko KB { $kb }, kikomo cha { $what ->
        [build-log] kumbukumbu ya utengenezaji
        [photo] picha
       *[manifest] orodha ya uhamishaji
    }
error-not-utf8-at = { $path }: si maandishi ya UTF-8 (baiti { $byte })
error-package-has-no-manifest = kifurushi hakina design.toml
error-reserved-slug = '{ $slug }' haiwezi kuwa kitambulisho cha muundo hapa (ni jina la ukurasa); chagua kingine
error-design-exists = muundo '{ $slug }' tayari upo: chagua kitambulisho kingine, au tengeneza tawi lake
error-svg-upload = Faili za SVG hazipokelewi: SVG inaweza kubeba skripti na viungo vya faili nyingine. Pakia picha au mchoro wa PNG au JPEG badala yake.
error-not-an-image-upload = ni picha za PNG na JPEG pekee zinazoweza kupakiwa (maudhui ya faili si mojawapo)
error-image-size = picha lazima iwe kati ya baiti 1 na MB { $mb }; hii ina baiti { $size }
error-stored-manifest-uneditable = design.toml iliyohifadhiwa haiwezi kuhaririwa: { $reason }
error-stored-manifest-no-version = design.toml iliyohifadhiwa haina toleo
error-no-image = hakuna picha '{ $path }'
error-not-an-image = '{ $path }' si picha
error-only-maintainers-release = ni watunzaji wa '{ $slug }' pekee wanaoweza kutoa toleo lake
error-no-such-file-or-folder = { $name }: hakuna faili wala folda kama hiyo
error-no-such-folder = { $name }: hakuna folda kama hiyo
error-time-limit-range = muda wa kupanga vipande wa sekunde { $seconds }: toa sekunde kati ya 0 na { $max }
error-cut-width-range = { $what ->
        [kerf] upana wa mkato
       *[bit] kipenyo cha kikata
    } wa mm { $mm }: toa mm zaidi ya 0 na zisizozidi { $max }
error-sheet-range = ubao wa mm { $width } × { $height }: pande zote mbili lazima ziwe zaidi ya 0 na zisizozidi mm { $max }
error-not-a-source-url = '{ $text }' si URL ya chanzo (andika URL au URL@commit)
error-not-utf8 = { $path }: si maandishi ya UTF-8
error-no-makerspace-file = hakuna faili ya karakana { $name }
error-no-file-name = { $path }: hakuna jina la faili
error-not-a-key-file = { $path } si faili ya ufunguo
error-not-a-file = { $path } si faili
error-ca-file-needs-https = faili ya mamlaka ya vyeti ni kwa wenza wa https://; '{ $url }' si mmoja wao
error-only-maintainers-peer-updates = ni watunzaji wa '{ $slug }' pekee wanaoamua kuhusu masasisho kutoka kwa wenza
error-only-maintainers-project = ni watunzaji wa mradi '{ $slug }' pekee wanaoweza kuubadilisha; tengeneza tawi lake ili uwe na wako
error-quantity-range = idadi ya { $quantity }: kata nakala 1 hadi { $max } za muundo
error-project-exists = mradi unaoitwa '{ $slug }' tayari upo; chagua kitambulisho kingine
error-no-proposal = hakuna pendekezo { $id }
error-proposals-decided-by-accounts = mapendekezo huamuliwa na akaunti
error-only-maintainers-proposals = ni watunzaji wa '{ $slug }' pekee wanaoweza kuamua kuhusu mapendekezo yake
error-proposal-decided = pendekezo hili tayari { $state ->
        [accepted] limekubaliwa
        [refused] limekataliwa
       *[other] limeamuliwa
    }
error-questions-by-accounts = maswali na majibu hutumwa na akaunti za programu ya wavuti
error-no-question = hakuna swali { $id } kuhusu '{ $slug }'
error-no-post = hakuna swali wala jibu { $id } kuhusu '{ $slug }'
error-only-moderators-hide = ni watunzaji wa '{ $slug }' na wasimamizi wa tovuti pekee wanaoficha maswali na majibu
error-not-a-page-number = '{ $page }' si namba ya ukurasa
error-no-asset = hakuna rasilimali '{ $path }'
error-too-many-exports-yours = tayari una uhamishaji { $count } unaosubiri au unaoendelea; subiri mmoja ukamilike
error-too-many-exports = uhamishaji { $count } tayari unasubiri au unaendelea; jaribu tena baada ya dakika moja
error-busy-log-ins = seva inashughulikia maingizo mengine; jaribu tena baada ya muda mfupi
error-busy-checking = seva inakagua miundo mingine; jaribu tena baada ya muda mfupi
error-busy-drawing = seva inachora miundo mingine; jaribu tena baada ya muda mfupi
error-quota = akaunti inaweza kufanya { $what ->
        [upload] upakiaji wa picha usiozidi { $max } kwa siku
       *[change] mabadiliko yasiyozidi { $max } kwa saa
    }; jaribu tena baada ya dakika { $minutes }
error-form-out-of-date = fomu hii imepitwa na wakati (tokeni ya usalama hailingani); pakia ukurasa upya ujaribu tena
error-log-in-to-change = Ingia (au tuma tokeni ya API) ili kubadilisha chochote.
error-api-writes-need-token = tumia tokeni ya API (Authorization: Bearer …) kuandika kupitia API
error-field-reason = { $field }: { $reason }
error-not-base64 = { $field }: si base64 ({ $reason })
error-no-api-route = hakuna njia kama hiyo ya API; tazama /api/v1/openapi.json
error-request-body = kiini cha ombi: { $reason }
error-web-time-limit = time_limit '{ $text }': toa sekunde kuanzia 0 hadi { $max }
error-unknown-export-format = aina ya uhamishaji isiyojulikana '{ $name }': tumia svg, dxf, gcode, pdf au all
error-no-export-job = hakuna kazi ya uhamishaji '{ $id }'
error-no-job-file = kazi { $id } haina faili '{ $name }'
error-job-not-finished = kazi { $id } bado haijakamilika ({ $state ->
        [queued] inasubiri
        [running] inaendelea
        [done] imekamilika
       *[failed] imeshindikana
    })
error-job-of-another-design = kazi ya uhamishaji { $id } ni ya '{ $job_slug }', si ya '{ $slug }'
error-job-not-cut-yet = kazi ya uhamishaji { $id } bado haijakamilika; andika utengenezaji mara faili zake zitakapokatwa
error-form = fomu: { $reason }
error-photo-upload-failed = upakiaji umeshindikana ({ $reason }); picha zisizozidi { $count } za MB { $mb } kila moja
error-too-many-photos = picha zisizozidi { $count } katika fomu moja
error-manifest-upload-failed = upakiaji wa orodha umeshindikana ({ $reason })
error-manifest-upload-too-large = orodha: kubwa kuliko KB { $kb }
error-field-too-long = { $field }: ndefu mno
error-upload = upakiaji: { $reason }
error-image-upload-failed = upakiaji umeshindikana ({ $reason }); picha zisizidi MB { $mb }
error-choose-image = chagua picha ya kupakia
error-no-download-format = hakuna aina ya upakuaji '{ $format }'; tumia stl, step, png au okh (faili za kukata na karatasi za utengenezaji ni uhamishaji)
error-quantity-not-whole = idadi '{ $text }' si namba kamili ya nakala
error-choose-project = chagua mradi, au toa kitambulisho cha mradi mpya
error-current-password-wrong = nenosiri la sasa si sahihi
error-too-many-drafts = uingizaji mwingi mno unasubiri kukaguliwa; jaribu tena baada ya muda
error-no-draft = hakuna uingizaji kama huo (rasimu huhifadhiwa kwa saa mbili); pakia faili tena
error-import-upload-failed = upakiaji umeshindikana ({ $reason }); uingizaji unaweza kuwa na MB { $mb }
error-import-too-large = uingizaji una faili zisizozidi { $count } na MB { $mb }
error-choose-import-file = chagua faili ya DXF au SVG ya kuingiza
error-not-a-positive-number = { $what ->
        [thickness] unene
        [dpi] ubora (dpi)
       *[other] { $what }
    } '{ $text }' si namba chanya
error-unknown-unit = kipimo kisichojulikana '{ $unit }'
error-no-design-here = hakuna muundo '{ $slug }'
error-no-page = Hakuna ukurasa katika anwani hii.
error-request-too-long = ombi limechukua muda mrefu mno; jaribu tena
error-log-in-limited = Majaribio mengi mno ya kuingia yameshindikana: subiri dakika chache ujaribu tena.
error-log-in-wrong = Jina la mtumiaji au nenosiri si sahihi.

## Matatizo yenye mahali pa orodha za muundo, miradi na sehemu wanazoshiriki (message_id ya Diagnostic).

error-field-empty = '{ $key }' ni tupu
error-field-too-many-characters = '{ $key }' ina herufi { $count }; kikomo ni { $max }
error-field-longer-than = '{ $key }' ina zaidi ya herufi { $max }
error-field-control-characters = '{ $key }' ina herufi za udhibiti
error-manifest-slug-folder = kitambulisho '{ $slug }' hakilingani na folda ya kifurushi '{ $folder }' (badilisha jina la kimojawapo)
error-manifest-not-semver = '{ $text }' si toleo la kisemantiki kama 1.2.0: { $reason }
error-manifest-not-a-language-tag = '{ $text }' si alama ya lugha kama 'en', 'de' au 'pt-BR'
error-manifest-no-materials = muundo una vipande lakini hauna [materials]: taja malighafi ya ubao vinayokatwa kutoka kwayo
error-manifest-no-such-step = hatua { $step } haipo: muundo una hatua { $steps }
error-manifest-extra-not-a-table = 'extra' lazima iwe jedwali
error-manifest-readiness-level = '{ $text }' si kiwango cha utayari: tumia { $prefix }-{ $first } … { $prefix }-{ $last }
error-manifest-count-not-whole = idadi lazima iwe namba kamili, imepatikana { $value }
error-manifest-min-above-max = kiwango cha chini { $min } ni kikubwa kuliko kiwango cha juu { $max }
error-manifest-default-below-min = thamani ya kawaida { $value } iko chini ya kiwango cha chini { $min }
error-manifest-default-above-max = thamani ya kawaida { $value } iko juu ya kiwango cha juu { $max }
error-manifest-computed-loop = thamani zinazokokotolewa zinarejeleana kwa mzunguko: { $names }
error-manifest-points-or-file = tumia 'points' au 'points_file', si zote mbili
error-manifest-arc-direction = mwelekeo wa tao '{ $text }' lazima uwe 'ccw' au 'cw'
error-manifest-direction-without-arc = 'direction' inahusu matao tu: ongeza 'center'
error-manifest-repeat-or-polar = tumia 'repeat' au 'polar', si zote mbili
error-manifest-duplicate-label = lebo ya kipande '{ $label }' imerudiwa (inatumiwa pia na { $first }); lebo lazima ziwe za kipekee
error-manifest-label-form = lebo '{ $label }' lazima iwe herufi, tarakimu, '-' au '_' 1 hadi 24 (huchongwa kwenye kipande)
error-manifest-grain = mwelekeo wa nyuzi '{ $text }' lazima uwe 'x' au 'y'
error-manifest-material-has-no-grain = malighafi '{ $material }' haina mwelekeo wa nyuzi (grain = false); ondoa 'grain' au weka grain = true kwenye malighafi
error-manifest-engraving-length = maandishi yanayochongwa lazima yawe herufi 1 hadi 80 katika mstari mmoja
error-project-slug-folder = kitambulisho '{ $slug }' kinatofautiana na folda ya mradi '{ $folder }'; lazima viwe sawa
error-project-version = toleo '{ $text }' si toleo kama 1.2.0 (kuu.dogo.rekebisho)
error-project-no-designs = mradi unahitaji angalau muundo mmoja: ongeza kipengele [[designs]] chenye kitambulisho
error-project-too-many-designs = miundo { $count }; mradi unaorodhesha miundo isiyozidi { $max }
error-project-listed-twice = '{ $slug }' imeorodheshwa mara mbili; badala yake ongeza idadi ya kipengele cha kwanza
error-project-quantity = idadi { $quantity } iko nje ya mipaka: kata nakala 1 hadi { $max } za muundo (acha muundo nje badala ya 0)
error-project-too-many-parameters = vipimo zaidi ya { $max }
error-param-not-bool = { $name } lazima iwe true au false, si '{ $text }'
error-param-not-number = { $name } lazima iwe namba, si '{ $text }'
error-param-not-finite = { $name } lazima iwe namba yenye kikomo
error-param-count-not-whole = { $name } ni idadi na lazima iwe namba kamili, si { $value }
error-param-below-min = { $name } = { $value }{ $unit } iko chini ya kiwango cha chini cha { $min }{ $unit } ambacho muundo huu unaruhusu
error-param-above-max = { $name } = { $value }{ $unit } iko juu ya kiwango cha juu cha { $max }{ $unit } ambacho muundo huu unaruhusu
error-shape-corner-radius = nusu-kipenyo cha kona { $radius } lazima kiwe kati ya 0 na nusu ya upande mfupi zaidi ({ $max })
error-shape-polygon-points = poligoni ina nukta { $count } tofauti; inahitaji angalau 3
error-shape-points-file-unread = faili ya nukta '{ $path }' haikusomwa (soma kifurushi pamoja na faili zake)
error-shape-polygon-too-few-points = poligoni ina nukta tofauti chini ya 3
error-shape-arc-ends = ncha za tao haziko kwenye duara moja: mwanzo uko mm { $start } kutoka katikati, mwisho uko mm { $end }
error-shape-path-too-short = njia ina vipande chini ya 2 vyenye urefu usio sifuri
error-part-placements = nafasi { $count } kwa idadi ya { $quantity }: toa nafasi moja kwa kila nakala (nafasi yenye `repeat` inahesabiwa kama nakala `count`), au usitoe yoyote
error-part-outline-too-far = mzunguko uko nje ya ±100 m
error-country-code = nchi '{ $text }' si msimbo wa herufi mbili wa ISO 3166 kama GB, KE au DE
error-field-empty-leave-out = '{ $key }' ni tupu; badala yake iache nje
error-field-one-line = '{ $key }' lazima iwe mstari mmoja
error-makerspace-slug-file = kitambulisho '{ $slug }' kinatofautiana na jina la faili '{ $stem }.toml'; lazima viwe sawa
error-makerspace-no-machine = karakana inahitaji angalau mashine moja chini ya [machines.<id>]
error-makerspace-laser-no-tools = leza haina vipenyo vya vikata; weka 'kerf' badala yake
error-makerspace-cnc-only = '{ $key }' inahusu mashine za CNC, si leza
error-makerspace-gcode-dialect = lahaja ya G-code isiyojulikana '{ $text }': Barnraise huandika 'grbl' (inafanya kazi na GRBL, grblHAL, FluidNC)
error-makerspace-overcut = ukataji wa ziada wa mm { $overcut } unaenda chini kuliko kikomo cha ubao wa chini cha mm { $limit }
error-makerspace-in-stock = in_stock { $value } lazima iwe idadi kamili ya mbao
error-makerspace-thickness-far = unene uliopimwa wa mm { $measured } uko mbali na unene rasmi wa mm { $nominal }; kagua vipimo (mm) au upimaji
error-build-revision = toleo la marekebisho '{ $text }' si kitambulisho cha commit (tarakimu 7 hadi 40 za heksadesimali)
error-build-version = toleo '{ $text }' si toleo kama 1.2.0
error-build-cost-currency = 'cost' inahitaji 'currency' (ISO 4217, kwa mfano EUR)
error-build-changes-needed = matokeo 'works-with-changes' yanahitaji 'changes': eleza ulichobadilisha, ili mtengenezaji anayefuata na mbunifu waweze kuchukua hatua
error-build-export-name = 'export' inataja orodha ya uhamishaji iliyohifadhiwa kando ya kumbukumbu; lazima iwe "{ $name }"

# `barnraise validate` and `show` in the terminal.
cli-validate-parts = { $count ->
    [one] kipande { $count }
   *[other] vipande { $count }
}
cli-validate-valid = { $count ->
    [one] muundo { $count } halali
   *[other] miundo { $count } halali
}
cli-show-licence-authors = leseni: { $licence }   waandishi: { $authors }
cli-show-derived-from = imetokana na: { $from }
cli-show-values = thamani:
cli-show-parts = vipande ({ $count } vya kukata):
cli-show-label = lebo
cli-show-quantity = idadi
cli-show-material = nyenzo
cli-show-thickness = unene (mm)
cli-show-width = upana
cli-show-height = urefu
cli-show-area = eneo (cm²)
cli-show-name = jina
cli-show-bom = orodha ya vifaa (vifaa vya chuma):
cli-show-total = jumla
cli-show-cost = gharama inayokadiriwa: { $total } ({ $hardware } vifaa + { $material } mbao)
cli-show-cost-hardware-only = gharama inayokadiriwa: { $total } vifaa (hakuna karakana katika hifadhi inayotoa bei ya mbao)

# What the store, peer, sync, search and admin commands print in the terminal.
cli-published-added = imeongezwa { $slug } { $version } katika commit { $commit }
cli-published-updated = imesasishwa { $slug } { $version } katika commit { $commit }
cli-proposed = badiliko limependekezwa kwa { $slug } ({ $id })
cli-list-invalid = SI HALALI (matatizo { $count }; endesha `barnraise validate` kwenye nakala)
cli-list-count = { $count ->
    [one] muundo { $count }
   *[other] miundo { $count }
}
cli-list-count-invalid = { $count ->
    [one] muundo { $count }
   *[other] miundo { $count }
}, { $invalid } si halali
cli-released = imetolewa { $tag } katika commit { $commit }
cli-lineage-in = (katika { $store })
cli-lineage-elsewhere = (katika hifadhi nyingine)
cli-lineage-this = (muundo huu)
cli-peer-added = mwenza { $name } ameongezwa ({ $url }); endesha `barnraise sync { $name }` kuleta miundo yake
cli-peer-trusted-all = (anaaminiwa kwa miundo yote)
cli-peer-trusted-for = (anaaminiwa kwa { $designs })
cli-peer-ca = (cheti kinakaguliwa dhidi ya { $file })
cli-pending-unreadable = haisomeki
cli-pending-none = hakuna
cli-pending-line = { $version } (yetu { $ours })
cli-pending-not-above = si juu ya yetu, haiwezi kukubaliwa
cli-pending-count = masasisho { $count } yanasubiri
cli-peer-accepted = imekubaliwa { $slug } { $version } kutoka kwa mwenza { $peer } katika commit { $commit }
cli-peer-refused = sasisho la { $slug } kutoka kwa { $peer } limekataliwa; main haijabadilika
cli-peer-trusts-all = { $name } sasa anaweza kusasisha miundo yote
cli-peer-trusts = { $name } sasa anaweza kusasisha { $designs }
cli-peer-home-only = { $name } sasa anasasisha tu miundo ambayo yeye ni asili yake
cli-peer-still-trusts = { $name } bado anaweza kusasisha { $designs }
cli-sync-peer = mwenza { $peer }: { $unchanged } bila mabadiliko, { $ahead } mpya zaidi hapa
cli-sync-peer-refused = { $line }, { $refused } zilikataliwa awali
cli-sync-imported = imeingizwa { $slug } { $version }
cli-sync-updated = imesasishwa { $slug } { $from } → { $to }
cli-sync-diverged = IMETENGANA { $slug }: pande zote mbili ziliubadilisha; yetu imebaki, ya mwenza iko kwenye tawi { $branch }
cli-sync-pending-not-home = INASUBIRI { $slug } { $version } (yetu { $ours }): mwenza si asili ya muundo huu; kwenye tawi { $branch } kwa ukaguzi
cli-sync-pending-not-above = INASUBIRI { $slug } { $version } (yetu { $ours }): toleo lake si juu ya letu; kwenye tawi { $branch } kwa ukaguzi
cli-sync-skipped = IMERUKWA { $slug }: si halali kwa mwenza
cli-sync-project-imported = mradi umeingizwa { $slug } { $version }
cli-sync-project-updated = mradi umesasishwa { $slug } { $from } → { $to }
cli-sync-project-not-home = TUMEBAKIZA WETU mradi { $slug } (wetu { $ours }, wa mwenza { $version }): mwenza si asili ya mradi huu
cli-sync-project-not-above = TUMEBAKIZA WETU mradi { $slug } (wetu { $ours }, wa mwenza { $version }): toleo lake si juu ya letu
cli-sync-project-skipped = IMERUKWA mradi { $slug }: si halali kwa mwenza
cli-sync-build-taken = kumbukumbu ya utengenezaji { $id } imechukuliwa
cli-sync-build-skipped = IMERUKWA kumbukumbu ya utengenezaji { $id }: si halali kwa mwenza
cli-admin-added = { $name } ni msimamizi
cli-facet-line = { $facet }: { $values }
cli-admin-removed = { $name } si msimamizi tena

# `barnraise build add|list` in the terminal.
cli-build-logged = utengenezaji { $id } wa { $slug } umerekodiwa ({ $outcome }) kama { $path } katika commit { $commit }
cli-build-logged-verified = utengenezaji { $id } wa { $slug } umerekodiwa ({ $outcome }, umetengenezwa kwa faili hizi) kama { $path } katika commit { $commit }
cli-build-counts = { $slug }: umetengenezwa mara { $total } ({ $works } inafanya kazi, { $changed } inafanya kazi na mabadiliko, { $failed } imeshindwa; { $verified } imethibitishwa)
cli-build-verified = imethibitishwa
cli-build-changed = mabadiliko: { $changes }
cli-build-invalid = SI HALALI { $id }: matatizo { $count }

# An export job's title: what was asked.
job-what = { $format } za { $slug }
job-what-at = { $format } za { $slug } katika { $makerspace }
job-what-project = { $format } za mradi { $slug }
job-what-project-at = { $format } za mradi { $slug } katika { $makerspace }
job-format-svg = SVG ya leza
job-format-dxf = DXF ya CNC
job-format-gcode = G-code
job-format-pdf = karatasi ya kuunganisha
job-format-all = faili za kukata na karatasi ya kuunganisha

# `barnraise export`, `makerspace` and `project` in the terminal.
cli-nesting = kupanga
cli-nesting-progress = { $material }: mbao { $sheets }, kikomo cha chini { $bound }
cli-nesting-result = { $material }: vipande { $parts } kwenye mbao { $sheets } (kikomo cha chini { $bound }), asilimia { $used } imetumika
cli-note = dokezo: { $note }
cli-model-assembled = { $design }: nakala { $copies } za vipande, vimeunganishwa (lita { $litres } za nyenzo), yabisi kwa sekunde { $solids }, imeandikwa kwa sekunde { $write }
cli-model-flat = { $design }: nakala { $copies } za vipande, vimepangwa bapa (lita { $litres } za nyenzo), yabisi kwa sekunde { $solids }, imeandikwa kwa sekunde { $write }
cli-makerspace-line = { $name } ({ $town }, { $country }): mashine { $machines }, bidhaa { $stock } za akiba
cli-invalid = SI HALALI: matatizo { $count }
cli-profiles-ok = wasifu { $count } uko sawa
cli-project-line = { $name } { $version }: miundo { $designs }, nakala { $copies }
cli-project-design = { $quantity } × { $name } ({ $slug }): vipande { $each } kila kimoja, { $parts } kwa jumla
cli-project-total-parts = jumla ya vipande: { $count }
cli-project-at = katika { $makerspace }: mbao { $sheets } ({ $stock }), { $total } pamoja na vifaa
cli-project-no-stock = hakuna akiba ya { $materials }
cli-project-created = mradi { $slug } { $version } umeundwa
cli-project-now = mradi { $slug } sasa ni { $version }
cli-project-published = mradi { $slug } { $version } umechapishwa
cli-project-forked = { $from } imetengwa kama mradi { $slug }
cli-project-job = { $name } { $version }: miundo { $designs }, vipande { $parts }
cli-project-cost = gharama: { $total } ({ $sheets } mbao + { $hardware } vifaa)
cli-import-not-written = (haijaandikwa)
cli-import-published = (imechapishwa)
cli-import-warning = onyo: { $warning }
cli-import-summary = { $imported } zimeingizwa, { $warnings } zimeingizwa na maonyo, { $failed } zimeshindwa

# An export's notes: what the maker should know before cutting.
note-cnc-parts-on-laser = vipande vya muundo huu ni vya mashine ya CNC; vinakatwa kwa leza hata hivyo
note-laser-parts-on-cnc = vipande vya muundo huu ni vya leza; vinakatwa kwa mashine ya CNC hata hivyo
note-thickness-not-a-parameter = unene wa nyenzo '{ $material }' ni '{ $thickness }', si kipimo kinachobadilika: unene uliopimwa wa { $measured } mm hauwezi kutumika
note-thickness-given = { $name } = { $given } mm kilitolewa, lakini akiba ya { $stock } inapima { $measured } mm: mipasuo inafuata thamani iliyotolewa; usitoe { $name } ili kutumia unene uliopimwa
note-sheet-larger-than-bed = mbao za { $stock } ({ $width } × { $height } mm) ni kubwa kuliko meza ya { $machine } ({ $bed_width } × { $bed_height } mm): zikate kwanza ziingie kwenye meza
note-holes-scored = matundu { $count } katika { $material } ni madogo kuliko kikata cha { $bit } mm: yamewekwa alama ya kina cha 1 mm ili yatobolewe kwa mkono
note-some-parts-flat = baadhi ya vipande havina mahali: vimelazwa bapa kando ya muunganiko
note-all-parts-flat = muundo huu hauna mahali pa vipande: vipande vyake vimepangwa bapa, kando kwa kando
note-of-design = { $slug }: { $note }

# Why a build log that carries an export manifest is not verified.
design-build-unverified = Haijathibitishwa:
build-unverified-other-design = manifesti ya uhamishaji ni ya '{ $manifest }', si ya '{ $slug }'
build-unverified-no-revision = manifesti ya uhamishaji haitaji toleo lolote la hifadhi (ilihamishwa kutoka folda, si kutoka hifadhi)
build-unverified-other-revision = manifesti ya uhamishaji ni ya toleo { $manifest }, kumbukumbu ni ya { $log }
build-unverified-other-version = manifesti ya uhamishaji ni ya toleo { $manifest }, toleo la hifadhi lina { $version }
build-unverified-no-value = manifesti ya uhamishaji haina thamani ya kigezo '{ $name }'
build-unverified-out-of-bounds = katika manifesti ya uhamishaji, { $name } = { NUMBER($value, useGrouping: "false") } iko nje ya mipaka ya muundo
build-unverified-no-files = manifesti ya uhamishaji haiorodheshi faili yoyote
build-unverified-no-manifest = manifest.json yake haipo au haisomeki
build-unverified-unpublished-revision = toleo inalolitaja si toleo lililochapishwa la hifadhi hii

# A job's progress, as the job page shows it while it runs.
job-progress-nesting = kupanga
job-progress-sheets = kupanga { $material }: mbao { $sheets }, kikomo cha chini { $bound }
job-progress-ready = { $count ->
    [one] faili { $count } iko tayari
   *[other] faili { $count } ziko tayari
}

# The installed app, the service worker and the site's feed link.
webapp-description = Miundo ya vifaa huria kwa mashamba na karakana: faili za kukata na karatasi za kuunganisha kwa karakana yako.
offline-nothing-kept = Barnraise haiko mtandaoni na ukurasa huu haukuhifadhiwa kwenye kifaa hiki.
feed-designs-title = Barnraise: miundo mipya na iliyobadilishwa

# The command line's own words around a malformed line, and the default store.
cli-serve-running = Barnraise inaendeshwa kwenye { $url } (Ctrl-C inaisimamisha)
cli-try-help = Kwa maelezo zaidi, jaribu '--help'.
cli-usage = Matumizi: { $usage }
cli-created-default-store = barnraise: hifadhi ya msingi imeundwa katika { $path } pamoja na miundo iliyotolewa
