"""ASN Monitor: everything that does not need Qt (domain, storage, services, CLI).

Nothing in this package may import PySide6 or ``ui``; ``tests/unit/test_layering.py``
imports every module with PySide6 blocked to keep it that way.
"""

__version__ = "0.1.0"
