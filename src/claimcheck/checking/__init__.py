"""Stage 4: findings from claims, against facts, policies and each other.

:mod:`engine` runs every check; :mod:`facts`, :mod:`consistency` and the
modules of :mod:`policies` are the rule kinds.
"""
