-- What-if edits (issue 20 item 3): a change of one line's quantity is stored as a row here instead of rewriting the
-- whole project document (20 MB at 100,000 lines); reading the project folds the rows with REVISION above the
-- document's DOCUMENT_REVISION into the document, in REVISION order, and any other change of the project (or the
-- 64th edit) folds them into DOCUMENT_JSON and deletes them (nl.kringloop.mki.MkiProjects, docs/mki.md).
-- EDIT_JSON: {"line": <line id>, "patch": <JSON merge patch of the line>}.
ALTER TABLE MKI_PROJECT ADD COLUMN DOCUMENT_REVISION BIGINT NOT NULL DEFAULT 0;
UPDATE MKI_PROJECT SET DOCUMENT_REVISION = COALESCE(REVISION, 0);
CREATE TABLE MKI_PROJECT_LINE_EDIT (
    PROJECT_ID VARCHAR(36) NOT NULL,
    REVISION BIGINT NOT NULL,
    EDIT_JSON VARCHAR(32672) NOT NULL,
    PRIMARY KEY (PROJECT_ID, REVISION),
    CONSTRAINT MKI_LINE_EDIT_PROJECT FOREIGN KEY (PROJECT_ID) REFERENCES MKI_PROJECT (ID) ON DELETE CASCADE
);
