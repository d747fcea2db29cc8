"""Rules files: entities, attributes, facts and policies, loaded and validated."""

from claimcheck.rules.loader import load_rules, rules_files
from claimcheck.rules.model import Origin, RuleSet, valid_on

__all__ = ["Origin", "RuleSet", "load_rules", "rules_files", "valid_on"]
