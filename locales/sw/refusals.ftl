# What exports, nesting, search, sign-up and the command line refuse.

# Nesting.
refusal-nest-empty = hakuna vipande vya kupanga
refusal-nest-too-large = kipande { $label } (mm { NUMBER($w, minimumFractionDigits: 1) } × { NUMBER($h, minimumFractionDigits: 1) } na nafasi ya mm { $spacing }) hakitoshi eneo linalotumika la ubao, mm { NUMBER($uw, minimumFractionDigits: 1) } × { NUMBER($uh, minimumFractionDigits: 1) } (ubao wa mm { $sw } × { $sh } ukiondoa ukingo wa mm { $margin }), kwa mzunguko wowote unaoruhusiwa ({ $rotations })
refusal-nest-shape = kipande { $label }: umbo lake haliwezi kupangwa: { $reason }
refusal-nest-sheet-size = ubao wa mm { $w } × { $h } lazima uwe na pande zote mbili zaidi ya 0
refusal-nest-margin-spacing = ukingo wa mm { $margin } na nafasi ya mm { $spacing } lazima viwe 0 au zaidi
refusal-nest-margin-too-wide = ukingo wa mm { $margin } hauachi chochote cha ubao wa mm { $w } × { $h }
refusal-nest-not-all-placed = ni vipande { $placed } tu kati ya { $count } vilivyoweza kuwekwa; injini ya migongano ilikataa vilivyobaki
refusal-nest-bad-strip = utepe wa { $length } × { $height } si chombo halali
refusal-nest-item-not-placed = kipande kimoja hakikuwekwa

# Exports.
refusal-export-design-problems = { $count ->
        [one] tatizo { $count }
       *[other] matatizo { $count }
    } katika muundo au vigezo vyake
refusal-export-write = { $path }: { $reason }
refusal-in-design = { $slug }: { $message }
refusal-export-material-too-thick = nyenzo '{ $material }' ina unene wa mm { $thickness }; mashine '{ $machine }' hukata mm { $max } tu kwa zaidi
refusal-export-no-parts = muundo '{ $slug }' hauna vipande vya kukata
refusal-export-stock-too-thick = { $material } ya mm { $thickness } ni nene kuliko mm { $max } ambazo mashine '{ $machine }' hukata
refusal-export-sheet-over-bed = ubao wa mm { $width } × { $height } hautoshi meza ya mm { $bed_width } × { $bed_height } ya '{ $machine }'; kata ubao uwe mdogo au chagua mashine nyingine
refusal-export-machine-needs-makerspace = mashine '{ $machine }' inahitaji karakana ili kujua ni mashine ya nani
refusal-export-no-such-machine = { $makerspace } haina mashine '{ $machine }'; mashine zake: { $machines }
refusal-export-gcode-laser = G-code ni kwa mashine za CNC; '{ $machine }' ni leza
refusal-export-gcode-needs-cnc = G-code inahitaji mashine ya CNC
refusal-export-no-machine-of-kind = { $makerspace } haina { $kind ->
        [laser] leza
       *[cnc] mashine ya CNC
    } kwa faili za { $format }; mashine zake: { $machines }
refusal-export-which-material = muundo huu unatumia nyenzo { $count } ({ $materials }); sema ubao '{ $stock }' ni wa nyenzo ipi
refusal-export-no-such-stock = { $makerspace } haina '{ $stock }' ghalani; vilivyo ghalani: { $stocks }
refusal-export-needs-stock = inahitaji { $kind } ya mm { $thickness } ({ $name }); ghalani kwa { $makerspace }: { $stocks }
refusal-export-project-no-designs = mradi '{ $slug }' hauna miundo ya kukata
refusal-export-project-two-machines = '{ $first }' hukatwa kwa { $first_kind ->
        [laser] leza
       *[cnc] mashine ya CNC
    } na '{ $slug }' kwa { $kind ->
        [laser] leza
       *[cnc] mashine ya CNC
    }; kazi moja hukatwa kwa mashine moja: chagua karakana na mashine yake, au muundo wa faili (svg kwa leza, dxf kwa mashine ya CNC)
refusal-export-project-no-parts = mradi '{ $slug }' hauna vipande ambavyo mashine hii hukata
refusal-export-nothing-to-build = muundo hauna vipande vya kujenga

# Search queries.
refusal-search-not-a-number = { $filter }: '{ $text }' si namba
refusal-search-bed = bed: '{ $text }' si UPANAxUREFU kwa mm, kwa mfano 600x400
refusal-search-too-long = utafutaji una herufi { $count }; kikomo ni { $max }
refusal-search-filter-needs-value = kichujio '{ $filter }:' kinahitaji thamani, kwa mfano { $filter }:…
refusal-search-unknown-filter = kichujio kisichojulikana '{ $filter }'{ $suggestion }; vichujio ni: { $filters }
refusal-search-built = built: '{ $text }' si idadi ya ujenzi wala 'works', kwa mfano built:>0, built:3 au built:works
refusal-search-unreadable-query = haiwezekani kusoma utafutaji '{ $query }': { $reason }
refusal-search-unreadable-author = haiwezekani kusoma mwandishi '{ $author }': { $reason }

# Accounts: sign-up and the other forms (after "field: ").
refusal-account-username-length = lazima iwe na herufi { $min } hadi { $max }
refusal-account-username-characters = inaweza kuwa na herufi a-z, tarakimu 0-9 na '-' tu
refusal-account-display-name-brackets = isiwe na '<' wala '>'
refusal-account-email = lazima ifanane na jina@example.org
refusal-account-password-short = lazima iwe na herufi { $min } angalau
refusal-account-password-long = isizidi herufi { $max }
refusal-account-password-username = isiwe jina la mtumiaji
refusal-account-empty = isiwe tupu
refusal-account-too-long = isizidi herufi { $max }
refusal-account-control-characters = isiwe na herufi za udhibiti
refusal-account-spaces = isiwe na nafasi
refusal-account-not-json = si JSON: { $reason }
refusal-account-not-a-number = lazima iwe namba
refusal-account-write-something = andika kitu kwanza
refusal-account-post-too-long = herufi { $count }; zisizozidi { $max }

# The limit, then when to try again.
refusal-account-limited = { $what }; jaribu tena baada ya { $minutes ->
        [one] dakika { $minutes }
       *[other] dakika { $minutes }
    }
refusal-account-signups-limited = akaunti zisizozidi { $count } kwa { $per ->
        [hour] saa
       *[day] siku
    } zinaweza kufunguliwa kutoka anwani moja
refusal-account-storage-limited = akaunti inaweza kuhifadhi MB { $mb } kwa siku { $days } na hii imeshahifadhi MB { $used }; hii ingeongeza MB { $adding }
refusal-account-posts-limited = akaunti inaweza kuweka maswali na majibu { $count } kwa saa
refusal-account-not-found = { $what ->
        [user] mtumiaji hakupatikana
        [proposal] pendekezo halikupatikana
        [question] swali halikupatikana
        [job] kazi haikupatikana
       *[other] { $what } haikupatikana
    }
refusal-accounts-schema-too-new = hifadhidata ya akaunti ina toleo la muundo { $found }, jipya kuliko { $supported } ambalo Barnraise hii inalijua; sasisha Barnraise (faili halikuguswa)
refusal-account-only-maintainers-decide = ni watunzaji wa { $slug } tu wanaoweza kuamua mapendekezo yake
refusal-account-proposal-decided = pendekezo { $id } tayari { $state ->
        [accepted] limekubaliwa
        [refused] limekataliwa
       *[other] limeamuliwa
    }
refusal-account-proposal-being-accepted = pendekezo { $id } tayari linakubaliwa
refusal-account-job-over = kazi { $id } tayari { $state ->
        [finished] imekamilika
       *[failed] imeshindwa
    }
refusal-account-answer-the-question = { $id } ni jibu; jibu swali ambalo ni lake

# The store.
refusal-store-already-a-repository = { $path } tayari ina hazina ya git; ifungue badala ya kuianzisha
refusal-store-already-released = { $tag } tayari imetolewa; chapisha toleo jipya kwanza
refusal-store-author-needs-email = mwandishi '{ $name }' anahitaji anwani ya barua pepe: andika "Jina <email>"
refusal-store-build-exists = kumbukumbu ya ujenzi '{ $id }' ya '{ $slug }' tayari ipo
refusal-store-ca-empty = { $path }: haina cheti chochote (kipande cha -----BEGIN CERTIFICATE-----)
refusal-store-ca-not-pem = { $path }: si faili ya PEM ya vyeti (vipande vya -----BEGIN CERTIFICATE-----)
refusal-store-ca-too-large = { $path }: faili ya CA ya baiti { $size } ni kubwa kuliko baiti { $max } zinazokubaliwa
refusal-store-cannot-fetch = haiwezekani kuleta kutoka kwa mwenza '{ $peer }': { $reason }
refusal-store-cannot-fork = haiwezekani kutengeneza tawi la '{ $slug }' chini ya { $license }: { $reason }
refusal-store-empty = hifadhi ni tupu
refusal-store-file-name-not-utf8 = { $path }: majina ya faili lazima yawe UTF-8
refusal-store-file-too-large = { $path }: baiti { $size } zinazidi kikomo cha MiB { $mib } kwa faili moja
refusal-store-manifest-uneditable = '{ $slug }': design.toml haiwezi kuhaririwa: { $reason }
refusal-store-no-readable-manifest = '{ $slug }' haina design.toml inayosomeka
refusal-store-not-a-build-id = '{ $id }' si kitambulisho cha kumbukumbu ya ujenzi
refusal-store-not-a-commit = '{ $id }' si kitambulisho cha commit
refusal-store-not-a-git-url = '{ $url }' si URL ya git
refusal-store-not-a-proposal = '{ $git_ref }' si pendekezo
refusal-store-not-an-author = '{ $text }' si mwandishi kama "Your Name <you@example.org>"
refusal-store-not-bare = { $path } ni nakala yenye mti wa kazi; Barnraise huandika kwenye hifadhi tupu (bare) tu ili nakala isitofautiane. Badala yake sukuma commit zako kwenye hifadhi
refusal-store-not-beside-build = '{ $name }' haiwezi kuwekwa kando ya kumbukumbu ya ujenzi
refusal-store-package-no-manifest = kifurushi hakina { $file }
refusal-store-package-over-limit = { $path }: kifurushi kinazidi kikomo cha MiB { $mib } au faili { $files }
refusal-store-package-too-large = kifurushi kina baiti { $size }; zisizozidi MiB { $mib }
refusal-store-too-many-files = kifurushi kina faili { $count }; zisizozidi { $max }
refusal-store-path-not-utf8 = { $path } si njia ya UTF-8
refusal-store-peer-exists = mwenza anayeitwa '{ $name }' tayari yupo
refusal-store-peer-name = jina la mwenza '{ $name }' lazima liwe herufi ndogo, tarakimu na '-' (kwa mfano 'leeds-makerspace')
refusal-store-peer-sent-too-much = mwenza '{ $peer }' alituma zaidi ya MiB { $mib }; hakuna kilichochukuliwa
refusal-store-project-version-not-raised = mradi '{ $slug }' tayari umechapishwa kwa toleo { $current }; ongeza 'version' katika project.toml (kwa mfano hadi { $next }) ili kuchapisha mabadiliko
refusal-store-symlink = { $path }: viungo vya ishara havihifadhiwi; nakili faili ndani ya kifurushi
refusal-store-tag-not-created = { $tag } haikuundwa

# The command line's own refusals (flags and commands stay as typed).
refusal-export-stock-pick = '{ $text }' si kitambulisho cha ubao wala material=stock-id (kwa mfano ply18=birch18)
refusal-cli-sheet = --sheet '{ $text }' si UPANAxUREFU kwa mm, kwa mfano 2440x1220
refusal-cli-size = --size '{ $text }' si UPANAxUREFU kwa pikseli (kila moja { $min } hadi { $max }), kwa mfano 800x600
refusal-cli-material = --material { $reason }
refusal-cli-time-limit = --time-limit { $seconds }: toa sekunde kati ya 0 na { $max }
refusal-cli-quantity = --design { $design }: idadi '{ $text }' si namba kamili
refusal-cli-project-format = --project hutoa faili za kukata na karatasi za ujenzi: tumia --format svg, dxf, gcode, pdf au all
refusal-cli-project-params = --param na --material huwekwa kwa kila muundo katika project.toml, si kwa mradi mzima
refusal-cli-addr = --addr '{ $text }' si HOST:PORT, kwa mfano 127.0.0.1:8080
refusal-cli-jobs = --jobs { $jobs }: toa 1 hadi { $max }
refusal-cli-addr-in-use = { $addr } inatumika: programu nyingine (au barnraise serve nyingine) inasikiliza hapo; chagua nyingine kwa --addr
refusal-cli-no-author = mabadiliko haya hayana mwandishi
refusal-cli-cannot-write = haiwezekani kuandika { $path }: { $reason }
refusal-cli-unknown-argument = hoja isiyotarajiwa '{ $arg }'{ $suggestion }
refusal-cli-unknown-command = amri isiyojulikana '{ $command }'{ $suggestion }
refusal-cli-invalid-value = thamani '{ $value }' si halali kwa { $arg }: tumia mojawapo ya { $valid }
refusal-cli-empty-value = { $arg } inahitaji thamani
refusal-cli-no-language = hakuna lugha ya kiolesura '{ $value }'; chagua mojawapo ya: { $valid }
refusal-cli-bad-value = thamani '{ $value }' si halali kwa { $arg }
refusal-cli-missing-argument = hoja zifuatazo zinazohitajika hazikutolewa: { $args }
refusal-cli-missing-command = taja amri: barnraise --help inaziorodhesha
refusal-cli-conflict = { $arg } haiwezi kutumika pamoja na { $other }
refusal-cli-unexpected-value = { $arg } imepewa thamani ambayo haipokei
refusal-param-not-a-pair = '{ $text }' si jina=thamani (k.m. thickness=17.4)
refusal-gcode-too-deep = { $what }: ukataji unafika kina cha mm { $depth } pamoja na ziada, lakini mashine inafika mm { $limit } tu
refusal-gcode-tabs = { $what }: vishikio { $count } vya mm { $width } havitoshi kwenye mzingo wa mm { $perimeter }
refusal-gcode-passes = { $what }: mizunguko { $passes } ya kina cha mm { $pass_depth } inahitajika, zaidi ya { $max } inayoruhusiwa

# Build logs, projects, imports and the editor.
refusal-build-parameter-out-of-bounds = { $name } = { $value } iko nje ya mipaka ya muundo ({ $min } hadi { $max })
refusal-build-no-parameter = '{ $slug }' haina kigezo '{ $name }'{ $suggestion }
refusal-build-photo = picha { $name }: { $reason }
refusal-build-photo-not-sent = picha '{ $name }' imeorodheshwa lakini haikutumwa
refusal-build-manifest-not-sent = kumbukumbu inataja manifest.json ya uhamishaji, lakini haikutumwa pamoja nayo
refusal-build-revision-lacks-design = toleo { $revision } la hifadhi halina '{ $slug }'
refusal-build-invalid-at-revision = '{ $slug }' si halali katika toleo { $revision }
refusal-build-no-revision = toleo '{ $revision }' halimo katika hifadhi hii (toa commit ya main, kama `history` inavyoziorodhesha, au liache wazi kwa toleo la sasa)
refusal-build-other-version = toleo { $version } linatofautiana na { $held } lililo katika toleo hilo
refusal-build-no-makerspace = hakuna karakana '{ $space }' katika hifadhi{ $suggestion }; badala yake itaje kwa 'place' na 'country'
refusal-build-future-date = tarehe { $date } iko katika siku zijazo
refusal-build-not-an-export-manifest = hii si manifest.json ya uhamishaji wa Barnraise: { $reason }
refusal-build-too-many-photos = picha { $count }; kumbukumbu ya ujenzi hubeba zisizozidi { $max }
refusal-edited-manifest-too-large = design.toml ina KiB { $kib }; zisizozidi KiB { $max }
refusal-import-no-okh-manifests = hakuna maelezo ya OKH hapa (nilitafuta { $names } katika mti wa folda)
refusal-no-such-file-or-folder = hakuna faili wala folda hiyo

# Importing DXF and SVG cut files.
refusal-import-binary-dxf = DXF ya binari haisomwi: hifadhi mchoro kama DXF ya ASCII (R12 hadi R2018)
refusal-import-dxf-binary-data = si faili ya DXF: ina data ya binari (DXF ni maandishi)
refusal-import-dxf-unreadable = si faili ya DXF inayosomeka: { $reason }
refusal-import-dxf-gave-up = si faili ya DXF inayosomeka (kisomaji kilishindwa)
refusal-import-too-many-entities = vitu { $count } ni zaidi ya kikomo cha { $max }; gawanya mchoro
refusal-import-too-many-expanded = zaidi ya vitu { $max } vitalu vikishapanuliwa; gawanya mchoro
refusal-import-no-entities = si faili ya DXF: hakuna sehemu ya ENTITIES (je, imekatika?)
refusal-import-svg-not-utf8 = si faili ya SVG: si maandishi ya UTF-8
refusal-import-svg-entities = SVG imekataliwa kwa kuwa DOCTYPE yake inatangaza entities: zinaweza kuelekeza kwenye faili nyingine na hazipanuliwi kamwe; ondoa kipande cha <!DOCTYPE …>
refusal-import-svg-too-many-nodes = zaidi ya nodi { $max } za XML: kubwa mno kuingizwa; gawanya mchoro
refusal-import-svg-too-many-elements = zaidi ya elementi { $max } (ukihesabu nakala za <use>): kubwa mno kuingizwa
refusal-import-svg-too-many-points = zaidi ya nukta { $max } baada ya kunyoosha mikunjo: kubwa mno kuingizwa
refusal-import-svg-unreadable = si faili ya SVG: { $reason }
refusal-import-svg-gave-up = si faili ya SVG inayosomeka (kichanganuzi kilishindwa)
refusal-import-svg-root = si faili ya SVG: elementi ya mzizi ni <{ $name }>, si <svg>
refusal-import-thickness = unene wa mm { $mm } si unene wa ubao (0 < t ≤ { $max })
refusal-import-dpi = dpi { $dpi } haiko kati ya { $min } na { $max }
refusal-import-no-file = hakuna faili ya kukata iliyotolewa
refusal-import-too-many-files = faili { $count } ni zaidi ya kikomo cha { $max } zinazoingizwa pamoja
refusal-import-not-dxf-or-svg = si faili ya DXF wala SVG (kwa jina lake na baiti zake za kwanza)
refusal-import-too-many-contours = mizunguko iliyofungwa { $count } ni zaidi ya kikomo cha { $max }
refusal-import-crossing = { $what }: mzunguko unajikata karibu na ({ NUMBER($x, minimumFractionDigits: 2) }, { NUMBER($y, minimumFractionDigits: 2) }) mm (si kitanzi cha kona): njia ya kukata isijikate; rekebisha mchoro hapo
refusal-import-all-excluded = kila kipande kiliondolewa: hakuna cha kuingiza
refusal-import-nothing = hakuna mizunguko iliyofungwa ya kukata: hakuna cha kuingiza
refusal-import-not-a-valid-design = vipande vilivyoingizwa havifanyi muundo halali: { $detail }

# What an import leaves out (warnings on the review page and in the CLI's report).
refusal-import-svg-elements-ignored = elementi { $count } za <{ $kind }> zimepuuzwa (si mzunguko)
refusal-import-svg-viewbox = viewBox "{ $text }" si namba nne zenye ukubwa chanya: imepuuzwa
refusal-import-svg-css-selectors = viteuzi { $count } vya CSS visivyo .class, #id au majina ya elementi havikutumika
refusal-import-svg-too-deep = imeingizwa ndani zaidi ya ngazi { $max }: imepuuzwa
refusal-import-svg-transform = transform "{ $text }" haieleweki ({ $reason }): elementi imepuuzwa
refusal-import-svg-script = <script> imepuuzwa: skripti haziendeshwi kamwe
refusal-import-svg-embedded-image = <image> imepuuzwa: si mzunguko (picha ya raster iliyopachikwa)
refusal-import-svg-linked-image = <image> imepuuzwa: si mzunguko (kiungo chake "{ $href }" hakifuatwi kamwe)
refusal-import-svg-foreign-object = <foreignObject> imepuuzwa
refusal-import-svg-use-without-href = <use> bila href: imepuuzwa
refusal-import-svg-use-outside = <use> inayoelekeza nje ya faili ("{ $href }") imepuuzwa: marejeo ndani ya faili tu ndiyo hufuatwa
refusal-import-svg-use-no-id = <use> ya "#{ $id }": hakuna id hiyo, imepuuzwa
refusal-import-svg-use-too-deep = <use> imeingizwa ndani zaidi ya ngazi { $max } au katika kitanzi: imepuuzwa
refusal-import-svg-path-broken = data ya njia imevunjika ({ $reason }): imechorwa hadi hapo
refusal-import-svg-too-large = kubwa kuliko m { $m } au si kikomo: imepuuzwa
refusal-import-dxf-spline = SPLINE bila nukta za udhibiti au za kulinganisha zinazotumika: imepuuzwa
refusal-import-dxf-no-block = INSERT ya kitalu '{ $name }', ambacho faili haikifafanui: imepuuzwa
refusal-import-dxf-blocks-too-deep = vitalu vimeingizwa ndani zaidi ya ngazi { $max } (kitalu kinajiingiza chenyewe?): vimepuuzwa
refusal-import-dxf-entities-ignored = vitu { $count } vya { $kind } vimepuuzwa (si mzunguko)
refusal-import-dxf-hidden-layer = vitu { $count } vimerukwa: tabaka limezimwa au halichapishwi
refusal-import-okh-not-utf8 = si maandishi ya UTF-8 (baiti mbaya katika nafasi { $offset }); je, kweli haya ni maelezo ya mradi?
refusal-import-okh-not-a-table = maelezo si jedwali la sehemu (ufunguo = thamani)
refusal-import-taken-as-sheet = imechukuliwa kama ubao ambao vipande vimepangwa juu yake (mstatili unaozunguka vipande vingine), si kipande; iwekee alama ya kipande kama ni kipande
refusal-import-score-as-outline = mzunguko uliofungwa wa rangi ya kuchora wenye mikato ndani: umekatwa kama mzunguko wa nje (toa ramani ya rangi kama rangi za karakana yako ni tofauti)
refusal-import-duplicate = nakala ya { $what }: imeondolewa
refusal-import-open-contour = mzunguko ulio wazi kutoka ({ NUMBER($x1, minimumFractionDigits: 2) }, { NUMBER($y1, minimumFractionDigits: 2) }) hadi ({ NUMBER($x2, minimumFractionDigits: 2) }, { NUMBER($y2, minimumFractionDigits: 2) }) mm: si ukingo wa kipande, umepuuzwa
refusal-import-more-open-contours = … na mizunguko iliyo wazi { $count } zaidi
refusal-import-more-duplicates = … na mistari { $count } zaidi iliyorudiwa imeondolewa
refusal-import-loop-removed = kitanzi cha mm² { NUMBER($area, minimumFractionDigits: 3) } ambapo mzunguko unajikata karibu na ({ NUMBER($x, minimumFractionDigits: 2) }, { NUMBER($y, minimumFractionDigits: 2) }) mm kimeondolewa (kitanzi cha kona au mwingiliano)
refusal-import-touches-itself = mzunguko unajigusa wenyewe, ukizingira maeneo { $count }: yamekatwa kama matundu
refusal-import-edge-cuts = vikato { $count } vinavyofika ukingo wa mzunguko vimekatwa kutoka kwenye mzunguko
refusal-import-cut-outs-merged = vikato vinavyoingiliana au kugusana vimeunganishwa kuwa kimoja: { $whats }
refusal-import-split-off = vikato vinatenganisha vipande vidogo { $count } kutoka kwenye kipande: vimeondolewa
refusal-import-turned = imezungushwa kwa { NUMBER($degrees, minimumFractionDigits: 2) }° ili kingo zake zifuate x na y
refusal-import-identical = inafanana na kipande { $label }: imehesabiwa katika idadi yake
