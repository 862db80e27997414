"""Analysis stages, one module each; importing a module registers its stage (see dateline.pipeline)."""
