-- Mesas of one polling station, for the drill-down (a station id is unique only within its locality).
CREATE INDEX mesa_station ON mesa (election_id, locality_id, station_id);
