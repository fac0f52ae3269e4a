-- Named accounts with roles, and the audit log of every administrative action.

-- Accounts are never deleted: a disabled one keeps its name in the history of what it did.
ALTER TABLE app_user
    ADD COLUMN enabled             boolean     NOT NULL DEFAULT true,
    ADD COLUMN created_by          varchar(60),
    ADD COLUMN password_changed_at timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT app_user_role CHECK (role IN ('ADMIN', 'UPLOADER'));
-- One account per name whatever its case, so that "Maria" and "maria" cannot be two people.
CREATE UNIQUE INDEX app_user_username_lower ON app_user (lower(username));

-- Append-only: the trigger below refuses any UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE TABLE audit_entry (
    id             bigserial    PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL DEFAULT clock_timestamp(),
    actor          varchar(60)  NOT NULL,
    action         varchar(30)  NOT NULL,
    outcome        varchar(10)  NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE')),
    target         varchar(200),
    detail         varchar(1000),
    client_address varchar(64)
);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_actor ON audit_entry (lower(actor), id DESC);
CREATE INDEX audit_entry_action ON audit_entry (action, id DESC);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
