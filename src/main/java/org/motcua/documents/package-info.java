/**
 * Documents: stored files (content-addressed, written atomically), what a file's bytes say it is, and
 * — as the forms issue lands — the printable legal forms and signatures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.motcua.documents;
