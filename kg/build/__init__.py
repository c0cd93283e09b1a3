"""Running the stages: reading inputs, extraction in batches and worker processes, writing to a store."""
