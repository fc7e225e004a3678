# What is wrong with a manifest, a makerspace profile, a project or a build log.

# After an unknown word, with its leading space: "unknown field 'widht' (did you mean 'width'?)".
problem-did-you-mean = {" "}(ulimaanisha '{ $word }'?)

## Reading the TOML

problem-invalid-toml = TOML si sahihi: { $detail }
problem-expected-found = ilitarajiwa { $expected }, imepatikana { $found }
problem-expected-found-values = ilitarajiwa { $expected }, imepatikana safu ya thamani { $count }
problem-expected-strings-found-string = ilitarajiwa safu ya maandishi, imepatikana maandishi moja (andika [{ $text }])
problem-unknown-key = ufunguo usiojulikana '{ $key }'{ $suggestion }
problem-missing-field-root = sehemu ya lazima '{ $key }' haipo kwenye manifesti
problem-missing-field = sehemu ya lazima '{ $key }' haipo kwenye '{ $table }'
problem-expected-table = jedwali
problem-expected-array = safu
problem-expected-string = maandishi
problem-expected-bool = true au false
problem-expected-number = namba
problem-expected-whole-number = namba kamili
problem-expected-number-or-expression = namba au mlinganyo katika alama za nukuu
problem-expected-point = nukta [x, y]
problem-expected-triple = thamani tatu [x, y, z]
problem-expected-date = tarehe kama 2026-11-30
problem-expected-size = ukubwa [x, y] kwa mm
problem-expected-diameters = safu ya vipenyo kwa mm
problem-found-string = maandishi ({ $value })
problem-found-integer = namba kamili ({ $value })
problem-found-float = namba ya desimali ({ $value })
problem-found-boolean = thamani ya kweli/si kweli ({ $value })
problem-found-datetime = tarehe na saa ({ $value })
problem-found-array = safu
problem-found-table = jedwali

## Expressions

problem-expression-empty = mlinganyo mtupu
problem-expression-too-long = mlinganyo una herufi { $count }; kikomo ni { $max }
problem-expression-character = mlinganyo '{ $expression }' una herufi '{ $char }', ambayo hairuhusiwi (tumia namba, majina, + - * / ^, mabano na vitendakazi kama min(a, b))
problem-expression-unreadable-why = mlinganyo '{ $expression }' hauwezi kusomwa: { $why }
problem-expression-unreadable = mlinganyo '{ $expression }' hauwezi kusomwa
problem-exmex-juxtaposed = thamani mbili zimekaa pamoja bila kiendeshi kati yao (andika 2 * x, si 2 x)
problem-exmex-parentheses = mabano hayalingani
problem-exmex-other = { $detail }
problem-expression-unknown-name = jina lisilojulikana '{ $name }' katika mlinganyo '{ $expression }'{ $suggestion }
problem-expression-no-value = '{ $name }' haina thamani hapa (haikuweza kukokotolewa)
problem-expression-cannot-evaluate = '{ $expression }' haiwezi kukokotolewa: { $detail }
problem-expression-nan = '{ $expression }' si namba (kipeuo cha pili au logariti ya thamani hasi?) kwa { $values }
problem-expression-infinite = '{ $expression }' haina kikomo (kugawanya kwa sifuri?) kwa { $values }
problem-no-parameters = bila vipimo
problem-value-known = { $name } = { $value }
problem-value-unknown = { $name } haijulikani
problem-values-and = { $list }, { $item }

## Parameters and evaluation

problem-no-such-parameter = muundo huu hauna kipimo '{ $name }'{ $suggestion }; una: { $names }
problem-no-such-parameter-none = muundo huu hauna kipimo '{ $name }'{ $suggestion }; hauna kipimo chochote
problem-value-too-large = '{ $expression }' = mm { $value } ni zaidi ya mm { $max } ambazo muundo huu wa faili unakubali
problem-not-positive = thamani ya { $what } lazima iwe zaidi ya 0, lakini '{ $expression }' = { $value }{ $context }
problem-below-one = thamani ya { $what } lazima iwe angalau 1, lakini '{ $expression }' = { $value }{ $context }
problem-with-values = {" "}(kwa { $values })
problem-word-thickness = unene
problem-word-quantity = idadi
problem-word-width = upana
problem-word-height = urefu wa juu
problem-word-diameter = kipenyo
problem-word-repeat-count = idadi ya marudio
problem-word-placement-repeat-count = idadi ya marudio ya uwekaji
problem-word-slot-width = upana wa mfereji
problem-word-slot-depth = kina cha mfereji
problem-word-tab-width = upana wa ulimi
problem-word-tab-length = urefu wa ulimi
problem-word-text-height = urefu wa maandishi
problem-word-other = { $word }

## Work budgets

problem-limit-copies-per-repeat = { $what } { $asked } ni zaidi ya nakala { $max } ambazo marudio moja yanaweza kutengeneza
problem-limit-part-quantity = idadi { $asked } ni zaidi ya nakala { $max } zinazoruhusiwa za kipande kimoja
problem-limit-part-copies = muundo unaomba nakala { $asked } za vipande kwa jumla; kikomo ni { $max } kwa kila muundo
problem-limit-holes = kipande { $part } kingekuwa na matundu { $asked }; kikomo ni { $max } kwa kila kipande
problem-limit-slots = kipande { $part } kingekuwa na mifereji { $asked }; kikomo ni { $max } kwa kila kipande
problem-limit-tabs = kipande { $part } kingekuwa na ndimi { $asked }; kikomo ni { $max } kwa kila kipande
problem-limit-vertices = kipande { $part } kingekuwa na takriban vipeo { $asked } baada ya matao kunyooshwa; kikomo ni { $max } kwa kila kipande
problem-limit-unbounded-count = kipimo cha hesabu '{ $name }' kinaweka { $drives } lakini hakina 'max': kipe kimoja (kisichozidi { $max }), ili mtu yeyote asiweze kuomba nakala bila kikomo
problem-drives-quantity = idadi ya kipande { $part }
problem-drives-repeat = idadi ya marudio ya kipande { $part }
problem-drives-placement-repeat = idadi ya marudio ya uwekaji wa kipande { $part }
problem-limit-time = ukaguzi wa jiometri ulichukua zaidi ya sekunde { $seconds }; rahisisha vipande (matundu machache, nukta chache)
problem-more-in-part = … na matatizo mengine { $count } katika kipande { $part } (ni { $max } ya kwanza tu yameorodheshwa)

## Manifests

problem-manifest-unread = manifesti haikuweza kusomwa
problem-unknown-category = aina isiyojulikana '{ $text }'{ $suggestion }; tumia mojawapo ya: { $known }
problem-translations-not-a-table = 'translations' lazima iwe jedwali la lugha: [translations.fr]
problem-translation-language = msimbo wa lugha usiojulikana '{ $code }'{ $suggestion }; tafsiri zinaweza kuwa kwa: { $known }
problem-translation-original = muundo umeandikwa kwa '{ $code }' (documentation-language); utafsiri kwa lugha nyingine, au ubadilishe maandishi ya asili
problem-translation-tools = zana { $count } zimetafsiriwa; muundo unaorodhesha { $tools } (tafsiri kila moja, kwa mpangilio)
problem-no-such-label = hakuna kipande chenye lebo '{ $label }'{ $suggestion }
problem-translation-parts-not-a-table = 'parts' lazima iwe jedwali: lebo ya kipande = "jina"
problem-no-such-bom-item = hakuna kifaa katika orodha ya vifaa kilicho '{ $item }'{ $suggestion }
problem-translation-bom-not-a-table = 'bom' lazima iwe jedwali: kifaa cha asili = "tafsiri"
problem-not-a-step-number = hatua { $value } si namba ya hatua (1, 2, …)
problem-slug = '{ $text }' si kitambulisho sahihi: tumia herufi ndogo, tarakimu na vistari kimoja-kimoja 2 hadi 64, kwa mfano 'compost-sieve'
problem-licence-empty = leseni ni tupu: toa usemi wa SPDX kama 'CC-BY-SA-4.0'
problem-licence-invalid = '{ $text }' si usemi sahihi wa leseni wa SPDX: { $reason }{ $hint }
problem-licence-hint = {" "}(tumia vitambulisho vya SPDX kama CC-BY-SA-4.0, CERN-OHL-S-2.0, CC-BY-4.0 au MIT)
problem-unknown-currency = sarafu isiyojulikana '{ $text }'{ $suggestion }: tumia msimbo wa ISO 4217 kama EUR, GBP, USD au KES
problem-no-authors = angalau mwandishi mmoja anahitajika
problem-author = '{ $text }' si 'Jina' wala 'Jina <barua pepe>'
problem-path-empty = njia tupu
problem-path-absolute = '{ $path }' lazima iwe njia ndani ya kifurushi, si njia kamili
problem-path-backslash = '{ $path }' lazima itumie '/' kama kitenganishi
problem-path-control-characters = '{ $path }' ina herufi za udhibiti
problem-path-components = '{ $path }' haipaswi kuwa na sehemu tupu, '.' au '..'
problem-path-git = '{ $path }' haipaswi kuelekeza ndani ya .git
problem-name-invalid = '{ $name }' si jina sahihi: tumia herufi ndogo, tarakimu na '_', ukianza na herufi, herufi zisizozidi 40 (kwa mfano 'shelf_gap')
problem-name-reserved = '{ $name }' ni jina la kitendakazi au kisibadilika katika milinganyo; chagua jina lingine
problem-parameter-type = aina ya kipimo isiyojulikana '{ $text }'{ $suggestion }; tumia length, count, angle au bool
problem-bool-parameter-bound = kipimo cha bool hakina '{ $key }'
problem-computed-is-parameter = '{ $name }' tayari ni kipimo; thamani iliyokokotolewa inahitaji jina lake lenyewe
problem-material-id = '{ $id }' si kitambulisho sahihi cha malighafi: tumia herufi ndogo, tarakimu, '-' na '_'
problem-material-kind = aina ya malighafi isiyojulikana '{ $text }'{ $suggestion }; tumia mojawapo ya: { $known }
problem-nominal-thickness = unene rasmi wa mm { $value } hauko kati ya 0 na mm { $max }
problem-polygon-points = poligoni inahitaji angalau nukta 3, zimepatikana { $count }
problem-path-segments = njia inahitaji angalau sehemu 2
problem-unknown-shape = umbo lisilojulikana '{ $text }'{ $suggestion }; tumia rect, circle, polygon au path
problem-direction = mwelekeo '{ $text }' lazima uwe up, down, left au right{ $suggestion }
problem-unknown-material = malighafi isiyojulikana '{ $id }'{ $suggestion }; itangaze chini ya [materials.{ $id }]
problem-process = mchakato '{ $text }' lazima uwe 'laser' au 'cnc'{ $suggestion }
problem-rotation = mzunguko { $value } lazima uwe 0, 90, 180 au 270
problem-rotations-empty = rotations ni tupu: ruhusu angalau [0]
problem-unknown-unit = kipimo kisichojulikana '{ $text }'{ $suggestion }; tumia mojawapo ya: { $known }
problem-unit-cost-negative = gharama ya kila kimoja { $value } ni hasi

## Points files

problem-points-file-missing = faili ya nukta '{ $path }' haipo kwenye kifurushi
problem-points-file = faili ya nukta '{ $path }': { $why }
problem-points-file-too-large = baiti { $size } ni zaidi ya kikomo cha baiti { $max }
problem-points-not-utf8 = si maandishi ya UTF-8 (baiti { $byte } si UTF-8)
problem-points-line = mstari { $line }: zilitarajiwa namba mbili 'x y', imepatikana '{ $text }'
problem-points-coordinates = mstari { $line }: viwianishi lazima viwe na kikomo na ndani ya ±mm { $max }
problem-points-too-many = nukta zaidi ya { $max }

## Projects and build logs

problem-project-too-large = project.toml ina baiti { $size }; kikomo ni { $max }
problem-project-unread = mradi haukuweza kusomwa
problem-build-log-too-large = kumbukumbu ya ujenzi ina baiti { $size }; kikomo ni { $max }
problem-build-log-unread = kumbukumbu ya ujenzi haikuweza kusomwa
problem-build-outcome = matokeo yasiyojulikana '{ $text }'{ $suggestion }: tumia works, works-with-changes au failed
problem-build-makerspace = karakana: { $why }
problem-build-material = malighafi isiyojulikana '{ $text }'{ $suggestion }: tumia mojawapo ya { $known }
problem-build-number-range = '{ $key }' ni { $value }{ $unit }; lazima iwe 0 au zaidi na isizidi { $max }{ $unit }
problem-build-date = tarehe '{ $text }' si tarehe kama 2026-11-30 (mwaka-mwezi-siku)
problem-build-photos = picha { $count }; zisizozidi { $max }
problem-build-photo-name = '{ $name }' si jina la picha: herufi ndogo, tarakimu na vistari, kisha .png au .jpg
problem-listed-twice = '{ $name }' imeorodheshwa mara mbili

## Makerspace profiles

problem-profile-too-large = wasifu una baiti { $size }; kikomo ni { $max }
problem-profile-unread = wasifu haukuweza kusomwa
problem-profile-file-name = jina la faili: { $why }
problem-colour-tolerance = colour_tolerance { $value } haiko kati ya 0 na { $max } (umbali wa RGB kutoka nyeusi hadi nyeupe)
problem-colour-key = '{ $key }' si rangi: andika "#rrggbb" (katika alama za nukuu) au namba ya rangi ya AutoCAD 1–255
problem-colour-operation = operesheni isiyojulikana '{ $text }'{ $suggestion }: tumia mojawapo ya { $known }
problem-id = '{ $id }' si kitambulisho sahihi: tumia herufi ndogo, tarakimu, '-' na '_'
problem-number-range-positive = '{ $key }' ni { $value }{ $unit }; lazima iwe zaidi ya 0 na isizidi { $max }{ $unit }
problem-size-values = ulitarajiwa ukubwa [x, y] kwa mm, zimepatikana thamani { $count }
problem-size-range = ukubwa [{ $x }, { $y }] lazima uwe zaidi ya 0 na usizidi mm { $max } kwa kila upande
problem-machine-kind = aina ya mashine isiyojulikana '{ $text }'{ $suggestion }: tumia laser au cnc
problem-tool-diameter = kipenyo cha zana cha mm { $value } lazima kiwe zaidi ya 0 na kisizidi mm { $max }
problem-no-tool-diameters = orodhesha angalau kipenyo kimoja cha zana
problem-stock-material-kind = aina ya malighafi isiyojulikana '{ $text }'{ $suggestion }; aina zinazojulikana: { $known }

## Part geometry

problem-point = ({ $x }, { $y })
problem-span = x { $x0 }…{ $x1 }, y { $y0 }…{ $y1 }
problem-outline-crosses = mzunguko wa nje unajikata karibu na { $point }: njia ya kukata haipaswi kujikata
problem-outline-zero-area = mzunguko wa nje hauna eneo
problem-outline-not-simple = mzunguko wa nje si mzunguko rahisi uliofungwa
problem-hole-crosses = mzunguko wa tundu unajikata
problem-hole-crosses-near = mzunguko wa tundu unajikata karibu na { $point }
problem-hole-outside = tundu haliko ndani kabisa ya mzunguko wa nje{ $hole }{ $outline }; ukataji unaofika ukingoni unapaswa kuwa mfereji
problem-hole-spans = {" "}(tundu linaenea { $span })
problem-outline-spans = ; mzunguko wa nje unaenea { $span }
problem-holes-overlap = tundu linaingiliana na tundu lingine la kipande { $part } karibu na { $point }{ $copies }: chora ukataji unaoingiliana kama njia moja
problem-hole-copies = {" "}(nakala { $count } za tundu hili zinafanya hivyo)
problem-tab-off-edge = msingi wa ulimi { $point } uko mm { $distance } kutoka ukingo wa mzunguko wa nje; 'at' lazima iwe ukingoni
problem-tab-inward = ulimi unaelekea ndani ya kipande; weka 'direction' ielekee mbali na ukingo
problem-slot-off-edge = mdomo wa mfereji { $point } uko mm { $distance } kutoka ukingo wa mzunguko wa nje; 'at' lazima iwe kwenye ukingo ambao mfereji unakatwa kutoka
problem-slot-outward = mfereji unatoka nje ya kipande, si kuingia ndani; weka 'direction' ielekee ndani ya kipande
problem-slot-past-edge = mfereji (upana { $width }, kina { $depth } kutoka { $point }) unapita ukingo wa kipande: lazima ukae ndani ya kipande
problem-nothing-left = hakuna kinachobaki cha kipande baada ya mifereji na matundu kukatwa
problem-part-in-pieces = mifereji na matundu yanakata kipande { $part } vipande { $count }; yapunguze kina au yahamishe

## Design packages

problem-manifest-too-large = manifesti ina baiti { $size }; kikomo ni baiti { $max } (MiB 1). Hamisha maandishi marefu kwenye faili za kifurushi
problem-manifest-not-utf8 = manifesti si UTF-8 sahihi: baiti { $byte } kwenye nafasi { $offset } (hifadhi faili kama UTF-8)
problem-file-missing = '{ $path }' haipo kwenye kifurushi
problem-file-missing-in-folder = '{ $path }' haipo kwenye folda ya kifurushi { $folder }
problem-file-outside = '{ $path }' inaelekeza nje ya kifurushi (kiungo cha ishara?)
problem-file-not-a-file = '{ $path }' si faili
problem-no-manifest-here = hakuna { $file } hapa: kifurushi cha muundo ni folda yenye { $file }
problem-cannot-read = haiwezi kusomwa: { $reason }
problem-cannot-read-folder = folda haiwezi kusomwa: { $reason }
problem-no-such-file-or-folder = hakuna faili wala folda kama hiyo
problem-no-packages-here = hakuna vifurushi vya muundo hapa (hakuna { $file } ndani yake wala kwenye folda zake ndogo)
problem-at-minimum = kwa { $name } = { $value }{ $unit } (kiwango chake cha chini): { $problem }
problem-at-maximum = kwa { $name } = { $value }{ $unit } (kiwango chake cha juu): { $problem }

## Imported manifests (OKH, TOML or YAML)

problem-manifest-too-deep = manifesti ina viwango zaidi ya { $depth } au ina thamani zaidi ya { $max }
problem-invalid-yaml = YAML si sahihi: { $detail }
problem-yaml-alias = majina mbadala ya YAML (*jina) hayafuatwi; thamani inaachwa tupu

## Cutting a part on a machine

problem-cut-slot-too-narrow = kipande { $part }: mfereji ulio { $point } una upana wa mm { $width }, lakini { $tool } ni mm { $cut }: haiwezekani kukata mfereji
problem-cut-dogbone-through = kipande { $part }: dogbone ya mm { $radius } kwenye { $point } ingekata kupitia ukingo wa kipande; tumia kikata kidogo zaidi au hamisha mfereji
problem-cut-hole-too-small = kipande { $part }: tundu karibu na { $point } ni dogo kuliko { $tool } (mm { $cut })
problem-cut-offset = kipande { $part }: kusogeza kwa mm { $offset } kwa ajili ya { $tool } kunaacha vipande { $count }
problem-cut-laser-kerf = upana wa mkato wa leza
problem-cut-router-bit = kikata cha ruta
