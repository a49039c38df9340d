"""`python -m helder` runs the command line."""

from helder.cli import main

main()
