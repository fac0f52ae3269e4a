-- Review flags: the presidential actas that a published rule asks a person to look at again (issue 14).
-- Recomputed for every polling station an upload touches, in the upload's transaction, so the flags
-- always describe the current actas of the same data version. The numbers that triggered a flag are
-- kept with it: value / base is the mesa's figure (e.g. cast / registered, a party's votes / valid),
-- median_num / median_den the median of the station's other mesas for the station rules.
CREATE TABLE review_flag (
    election_id    integer     NOT NULL REFERENCES election,
    mesa_code      integer     NOT NULL,
    rule           varchar(24) NOT NULL CHECK (rule IN ('FULL_TURNOUT', 'ONE_PARTY', 'HIGH_NULL', 'HIGH_BLANK',
                                                        'SHARE_OUT_OF_LINE', 'TURNOUT_OUT_OF_LINE')),
    party_position integer,
    value          bigint      NOT NULL,
    base           bigint      NOT NULL,
    median_num     bigint,
    median_den     bigint,
    PRIMARY KEY (election_id, mesa_code, rule),
    FOREIGN KEY (election_id, mesa_code) REFERENCES mesa
);
CREATE INDEX review_flag_rule ON review_flag (election_id, rule, mesa_code);
