/**
 * Backup and restore: a consistent copy of the whole database (one snapshot, table by table) and of the file
 * store, made by the running application on demand and every night; restored by the {@code restore} command
 * into an empty database of the same version. See {@code docs/operations.md}, "Backup and restore".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup")
package org.motcua.backup;
