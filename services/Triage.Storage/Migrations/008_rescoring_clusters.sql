-- The last step of a rescoring run recomputes the window's clusters in hindsight: how many clusters it changed
-- (members joined or left, flag raised or lowered) and how many complaints it moved between clusters.
ALTER TABLE rescoring_runs ADD COLUMN clusters_changed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE rescoring_runs ADD COLUMN complaints_moved INTEGER NOT NULL DEFAULT 0;
