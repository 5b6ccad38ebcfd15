package org.motcua.shared.audit;

/**
 * Who is acting in the current thread, as the audit trail names them: a user name, or null when nobody
 * is signed in. The identity module provides it; without it the trail asks Spring Security for the
 * authentication's name.
 */
public interface AuditActor {

    String current();
}
