"""Questions across articles, as pure functions over rows the store hands in: entity linking
(:mod:`.linking`), statement provenance (:mod:`.provenance`) and coverage of one event by several
outlets (:mod:`.coverage`).  Nothing here opens a database."""
