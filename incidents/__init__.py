"""incidents: Arabic conflict reporting on Syria into a local, cited incident store.

The distribution installs one import name. The pipeline's folders at the top of
the repository (documents/, extract/, store/, query/, render/, shell/, seeds/)
are mapped by pyproject.toml's package-dir to ``incidents.documents`` … so the
repository reads as the pipeline while the install claims only ``incidents``.
"""

__version__ = "0.1.0"
