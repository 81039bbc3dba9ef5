-- Reference data, parties, bodies and their composition, and the events calendar.
-- Dates are ISO 8601 text (YYYY-MM-DD), timestamps RFC 3339 UTC text; flags are 0/1 integers,
-- so that both backends store and order them alike. Reviewed as a pair with ../postgres/0001_init.sql.

CREATE TABLE regional_groups (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE states (
    iso2 TEXT PRIMARY KEY,
    iso3 TEXT NOT NULL UNIQUE,
    m49 TEXT NOT NULL,
    name TEXT NOT NULL,
    regional_group TEXT REFERENCES regional_groups (code),
    un_status TEXT NOT NULL,
    least_developed INTEGER NOT NULL
);

CREATE TABLE stakeholder_groups (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE stakeholder_sub_categories (
    code TEXT PRIMARY KEY,
    stakeholder_group TEXT NOT NULL REFERENCES stakeholder_groups (code),
    name TEXT NOT NULL
);

CREATE TABLE action_lines (
    code TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    parent TEXT REFERENCES action_lines (code),
    position INTEGER NOT NULL
);

CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    acronym TEXT,
    stakeholder_group TEXT NOT NULL REFERENCES stakeholder_groups (code),
    sub_category TEXT REFERENCES stakeholder_sub_categories (code),
    ecosoc_status TEXT NOT NULL,
    country TEXT REFERENCES states (iso2),
    website TEXT,
    lang TEXT NOT NULL,
    illustrative INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    honorific TEXT,
    country TEXT REFERENCES states (iso2),
    organization_id INTEGER REFERENCES organizations (id),
    stakeholder_group TEXT REFERENCES stakeholder_groups (code),
    position TEXT,
    lang TEXT NOT NULL,
    illustrative INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE bodies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    acronym TEXT NOT NULL,
    acronym_key TEXT NOT NULL UNIQUE,
    body_type TEXT NOT NULL,
    parent_id INTEGER REFERENCES bodies (id),
    mandate_symbol TEXT,
    mandate_paragraph TEXT,
    mandate_text TEXT,
    mandate_lang TEXT NOT NULL,
    reports_to_id INTEGER REFERENCES bodies (id),
    reporting_target TEXT,
    reporting_deadline TEXT,
    decision_rule TEXT NOT NULL,
    openness TEXT NOT NULL,
    lifecycle TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    description TEXT,
    lang TEXT NOT NULL,
    illustrative INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX bodies_parent ON bodies (parent_id);

CREATE TABLE body_lifecycle_changes (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    from_state TEXT,
    to_state TEXT NOT NULL,
    changed_on TEXT,
    note TEXT,
    recorded_at TEXT NOT NULL
);
CREATE INDEX body_lifecycle_changes_body ON body_lifecycle_changes (body_id);

CREATE TABLE seat_quotas (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    label TEXT NOT NULL,
    kind TEXT NOT NULL,
    regional_group TEXT REFERENCES regional_groups (code),
    stakeholder_group TEXT REFERENCES stakeholder_groups (code),
    seats INTEGER NOT NULL CHECK (seats > 0),
    hard INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX seat_quotas_body ON seat_quotas (body_id);

CREATE TABLE seat_quota_states (
    quota_id INTEGER NOT NULL REFERENCES seat_quotas (id),
    state TEXT NOT NULL REFERENCES states (iso2),
    PRIMARY KEY (quota_id, state)
);

CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    body_id INTEGER NOT NULL REFERENCES bodies (id),
    quota_id INTEGER REFERENCES seat_quotas (id),
    role TEXT NOT NULL,
    state TEXT REFERENCES states (iso2),
    organization_id INTEGER REFERENCES organizations (id),
    person_id INTEGER REFERENCES people (id),
    start_date TEXT,
    end_date TEXT,
    personal_capacity INTEGER NOT NULL DEFAULT 0,
    nominated_by TEXT,
    illustrative INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    CHECK (state IS NOT NULL OR organization_id IS NOT NULL OR person_id IS NOT NULL)
);
CREATE INDEX memberships_body ON memberships (body_id);
CREATE INDEX memberships_state ON memberships (state);
CREATE INDEX memberships_person ON memberships (person_id);
CREATE INDEX memberships_organization ON memberships (organization_id);

CREATE TABLE calendar_events (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    venue TEXT NOT NULL,
    country TEXT REFERENCES states (iso2),
    organiser TEXT,
    url TEXT,
    source TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX calendar_events_starts ON calendar_events (starts_on);
