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
