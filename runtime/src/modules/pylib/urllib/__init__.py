"""The urllib package, for Reap: only its `parse` submodule is provided."""
