package org.motcua.documents;

/**
 * Implemented by every module that keeps stored files' hashes (the dossier's submitted documents, issued
 * forms and results): the orphan clean-up deletes a file only when no implementation refers to it.
 */
public interface FileReferences {

    boolean isReferenced(String sha256);
}
