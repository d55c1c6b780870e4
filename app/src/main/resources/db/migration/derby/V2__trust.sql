-- Issue 12 item 9: an MKI project belongs to an organisation (null: only the administrator changes it, e.g. the
-- illustrative demo). Matches nl.kringloop.mki.MkiProjectEntity.organisationId.
ALTER TABLE MKI_PROJECT ADD COLUMN ORGANISATION_ID VARCHAR(36);
