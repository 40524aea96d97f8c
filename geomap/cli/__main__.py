"""`python -m geomap.cli`: the same as the `geomap` command."""
from . import main

if __name__ == "__main__":
    main()
