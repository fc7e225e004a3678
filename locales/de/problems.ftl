# What is wrong with a manifest, a makerspace profile, a project or a build log.

# After an unknown word, with its leading space: "unknown field 'widht' (did you mean 'width'?)".
problem-did-you-mean = {" "}(meinten Sie '{ $word }'?)
