"""Pure-Python record model: records, taxonomy, validation, versions, errors. Imports no other layer."""
