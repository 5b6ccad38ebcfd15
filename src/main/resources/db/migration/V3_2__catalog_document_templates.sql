-- The blank form (mẫu đơn, tờ khai) of a required document, uploaded by an administrator: its content
-- lives in the documents module's file store under this SHA-256; template_file keeps the original name.
alter table catalog.required_document
    add column template_sha256 char(64) check (template_sha256 ~ '^[0-9a-f]{64}$');
