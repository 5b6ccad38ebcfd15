package org.motcua.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a backup holds, written last into it ({@code manifest.json}): a directory without one is not a
 * backup.
 *
 * @param format the layout of the backup directory ({@link #FORMAT})
 * @param migrations the database migrations applied when it was made, in order: a restore needs exactly these
 * @param tables every table copied, in the order a restore loads them, with its columns and rows
 * @param sequences each sequence's last value
 * @param files how many stored files it holds, and their bytes
 */
public record BackupManifest(
        int format,
        String name,
        Instant createdAt,
        List<String> migrations,
        List<Table> tables,
        Map<String, Long> sequences,
        long files,
        long fileBytes) {

    static final int FORMAT = 1;
    static final String FILE = "manifest.json";

    /** A table as copied: {@code schema.name}, its columns in copy order, its rows. */
    public record Table(String name, List<String> columns, long rows) {}

    public long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }
}
