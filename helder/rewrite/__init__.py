"""Fixes, not only advice: replacement words in the form of the words they replace, and
passive clauses rewritten as active ones.

`inflected` puts a lexicon alternative in the found form ("verzocht" -> "gevraagd");
`active` turns a passive clause into an active one ("uw aanvraag werd door ons
afgewezen" -> "wij wezen uw aanvraag af"). Both return nothing rather than a
guess that is not Dutch: the caller then gives advice instead.

`inflected` has its parts in the modules beside it: `verbs`, `expressions`, `noun_phrases`,
`articles`, `reflexives`, `clauses` and `vocabulary` (its docstring says which does what).
"""
