-- Scenarios with every revision kept, plan runs. Portable between H2 2.x and PostgreSQL 12+; times are epoch ms.
CREATE TABLE scenarios (
    id          VARCHAR(40)   PRIMARY KEY,
    name        VARCHAR(300)  NOT NULL,
    description VARCHAR(2000),
    revision    INTEGER       NOT NULL,
    format      VARCHAR(10)   NOT NULL,
    created_at  BIGINT        NOT NULL,
    updated_at  BIGINT        NOT NULL
);
CREATE TABLE scenario_revisions (
    scenario_id VARCHAR(40)       NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    revision    INTEGER           NOT NULL,
    format      VARCHAR(10)       NOT NULL,
    source      VARCHAR(10000000) NOT NULL,
    size_bytes  INTEGER           NOT NULL,
    created_at  BIGINT            NOT NULL,
    PRIMARY KEY (scenario_id, revision)
);
CREATE TABLE runs (
    id                 VARCHAR(40)  PRIMARY KEY,
    scenario_id        VARCHAR(40)  NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
    scenario_revision  INTEGER      NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    progress           DOUBLE PRECISION NOT NULL,
    stage              VARCHAR(100),
    error_message      VARCHAR(4000),
    binding_constraint VARCHAR(300),
    summary_json       VARCHAR(1000000),
    created_at         BIGINT       NOT NULL,
    started_at         BIGINT,
    finished_at        BIGINT
);
CREATE INDEX runs_by_scenario ON runs (scenario_id);
