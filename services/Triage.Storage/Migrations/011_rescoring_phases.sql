-- A run's record tells its length truthfully: created_at is the request, finished_at the completion, and between
-- them the phases: planned_at (window split into chunks), chunks_started_at (the first worker began), window_read_at
-- (that worker had the window in memory), chunks_done_at (the last chunk was written), clusters_started_at (the
-- cluster step began).
ALTER TABLE rescoring_runs ADD COLUMN planned_at {{timestamp}} NULL;
ALTER TABLE rescoring_runs ADD COLUMN chunks_started_at {{timestamp}} NULL;
ALTER TABLE rescoring_runs ADD COLUMN window_read_at {{timestamp}} NULL;
ALTER TABLE rescoring_runs ADD COLUMN chunks_done_at {{timestamp}} NULL;
ALTER TABLE rescoring_runs ADD COLUMN clusters_started_at {{timestamp}} NULL;
