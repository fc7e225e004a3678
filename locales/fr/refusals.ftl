# What exports, nesting, search, sign-up and the command line refuse.
