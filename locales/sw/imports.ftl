# What an import found in cut files (DXF, SVG) and OKH manifests, and what it decided:
# units, thickness, joints, repairs and warnings.

## Units of a cut file, and how they were decided.

imp-unit-mm = milimita
imp-unit-cm = sentimita
imp-unit-m = mita
imp-unit-in = inchi
imp-unit-ft = futi
imp-unit-pt = pointi (1/72 ya inchi)
imp-unit-px = px { $dpi } kwa inchi
imp-length-m = { $m } m
imp-length-mm = { $mm } mm
imp-length-mm-fine = { NUMBER($mm, minimumFractionDigits: 2) } mm
imp-units-given = vipimo: { $unit } (vilivyotolewa)
imp-units-none-in-file = faili haitaji vipimo
imp-units-insunits = $INSUNITS = { $code }
imp-units-svg-px = width/height kwa px ({ $dpi } kwa inchi{ $drawn-by })
imp-units-as-drawn-by = , kama { $program } ilivyozichora
imp-units-svg-size = width/height kwa { $unit } pamoja na viewBox
imp-units-svg-generator = { $program }, iliyochora px { $dpi } kwa inchi
imp-program = { $name }
imp-program-unknown = programu isiyojulikana
imp-program-old-inkscape = Inkscape 0.91 au ya zamani zaidi
imp-units-why-sheet = muhtasari wa ubao wa kawaida umechorwa kwa { $unit }
imp-units-why-sizes = ikisomwa kwa { $unit }, kipande kikubwa zaidi kingekuwa { $largest }; kwa { $other } ni { $other-largest }
imp-units-corrected = { $said } ({ $declared }), lakini { $why }: imesomwa kwa { $unit }; weka units={ $code } ili kulazimisha
imp-units-guessed = { $said }, lakini { $why }: imesomwa kwa { $unit }; weka units={ $code } ili kulazimisha
imp-units-assumed = { $said }: { $unit } imechukuliwa (kipande kikubwa zaidi: { $largest }); weka units=in (au mm, cm, m, ft, pt, px) ikiwa si sahihi
imp-units-implausible = { $said }: { $unit } (kipande kikubwa zaidi: { $largest }, jambo linaloonekana si sahihi; hakuna kipimo kingine kinachofaa zaidi); weka units ili kulazimisha
imp-units-declared = { $said }: { $unit }

## The sheet thickness and where it came from ($process is laser or cnc).

imp-thickness-given = imetolewa
imp-thickness-from-layer = kutoka jina la tabaka la ubao katika { $file }
imp-thickness-assumed = unene haukutolewa wala haumo kwenye faili: { $mm } mm imechukuliwa kwa { $process ->
    [cnc] mashine ya CNC
   *[other] mashine ya leza
}; weka unene

## Notes on what an import found.

imp-note-parts = { $count ->
    [one] kipande { $count }
   *[other] vipande { $count }
}{ $merged }; { $joints ->
    [one] kiungo { $joints } kinachofuata
   *[other] viungo { $joints } vinavyofuata
} unene ({ $thickness } mm)
imp-note-merged = {" "}({ $count ->
    [one] nakala { $count } inayofanana imehesabiwa
   *[other] nakala { $count } zinazofanana zimehesabiwa
} kama idadi)
imp-note-made-by = { $file }: imetengenezwa na { $program }
imp-note-file-units = { $file }: { $reason }
imp-note-joints-as-drawn = viungo vimeandikwa kama vilivyochorwa: vikifuata unene, vilifanya kipande kisiweze kujengwa kwenye ncha za kiwango

## The import review: what each item is, its size and joints ($kind is slot, finger or
## mortise).

imp-item-part = kipande
imp-item-sheet-outline = muhtasari wa ubao
imp-item-non-cut = si kwa mashine
imp-item-engraving = nakshi
imp-item-score = mstari wa alama
imp-item-size = { $width } × { $height } mm
imp-joint-group = { $count ->
    [1] {""}
   *[other] { $count } ×{" "}
}{ $kind ->
    [slot] mpasuo
    [finger] jino
   *[other] tundu
} { $width } mm
imp-joints-follow = { $slots ->
    [one] mpasuo { $slots }
   *[other] mipasuo { $slots }
}, { $fingers ->
    [one] jino { $fingers } la kiungo
   *[other] meno { $fingers } ya viungo
} na { $mortises ->
    [one] tundu { $mortises } la kiungo
   *[other] matundu { $mortises } ya viungo
} vinafuata unene

## What an OKH manifest's import worked around. Field names and [extra.okh] stay as
## written; 'Imported design' is the name written into the design.

imp-okh-list-first = ilitarajiwa thamani moja, imepatikana orodha: ya kwanza inatumika
imp-okh-table-ignored = yalitarajiwa maandishi, limepatikana jedwali: limepuuzwa
imp-okh-unknown-field = sehemu ya OKH isiyojulikana{ $suggestion }; imehifadhiwa katika [extra.okh]
imp-okh-too-long = zaidi ya herufi { $max }: imefupishwa
imp-okh-no-name = hakuna jina: muundo unaitwa 'Imported design'
imp-okh-version-padded = '{ $text }' si toleo la kisemantiki; imesomwa kama { $version }
imp-okh-not-a-version = '{ $text }' si toleo; 0.1.0 inatumika na asili imehifadhiwa katika [extra.okh]
imp-okh-no-version = hakuna toleo: 0.1.0 inatumika
imp-okh-no-licensor = hakuna mtoa leseni (licensor): mwandishi ametajwa kama '{ $author }'
imp-okh-no-function = hakuna kazi (function): muhtasari unarudia jina
imp-okh-image-kept = { $why }; imehifadhiwa katika [extra.okh]
imp-okh-path-not-a-url = '{ $path }' si URL
imp-okh-path-is-a-url = '{ $path }' ni URL
imp-okh-path-leaves = '{ $path }' inatoka nje ya folda ya maelezo
imp-okh-path-not-a-file = '{ $path }' si faili ndani ya folda ya maelezo
imp-okh-path-missing = '{ $path }' haipo kando ya maelezo
imp-detail = { $detail }
imp-okh-not-a-language = '{ $text }' si msimbo wa lugha kama 'en'; imehifadhiwa katika [extra.okh]
imp-okh-note-parts = { $count ->
    [one] kipande { $count } cha OKH hakina jiometri ya 2D katika maelezo: kimehifadhiwa katika [[extra.okh.part]] (ingiza faili zake za kukata kama vipande vya muundo)
   *[other] vipande { $count } vya OKH havina jiometri ya 2D katika maelezo: vimehifadhiwa katika [[extra.okh.part]] (ingiza faili zao za kukata kama vipande vya muundo)
}
imp-okh-text-number = '{ $text }' ni maandishi, si namba: imesomwa kama { $value } { $unit }
imp-okh-not-a-number = si namba ya { $unit }: imeachwa
imp-okh-dimensions-not-a-table = lilitarajiwa jedwali {"{"}width, depth, height{"}"}: limeachwa
imp-okh-parts-not-tables = yalitarajiwa majedwali ya [[part]]: yamepuuzwa
imp-okh-part-not-a-table = lilitarajiwa jedwali: limepuuzwa
imp-okh-part-no-name = kipande bila jina
imp-okh-no-licence = hakuna leseni: imewekwa '{ $licence }'; irekebishe kabla ya kuchapisha
imp-okh-no-hardware-licence = hakuna leseni ya vifaa katika jedwali: imewekwa '{ $licence }'
imp-okh-empty-licence = leseni tupu: imewekwa '{ $licence }'
imp-okh-licence-spelling = '{ $text }' si usemi wa SPDX; imesomwa kama '{ $licence }'
imp-okh-licence-unknown = '{ $text }' si leseni ambayo Barnraise inaijua: imewekwa '{ $licence }' (asili imehifadhiwa katika [extra.okh]); irekebishe kabla ya kuchapisha
imp-okh-number-not-a-name = namba si jina: imepuuzwa
imp-okh-author-name-used = '{ $text }' haiko katika umbo 'Jina <barua pepe>': '{ $name }' inatumika
imp-okh-not-a-name = '{ $text }' si jina: imepuuzwa
imp-okh-level-read-as = '{ $text }' imesomwa kama '{ $level }'
imp-okh-level-unknown = '{ $text }' si kati ya { $prefix }-1 na { $prefix }-{ $max }; imehifadhiwa katika [extra.okh]
