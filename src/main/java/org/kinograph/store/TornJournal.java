package org.kinograph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.dboe.transaction.txn.ComponentId;

/**
 * Repairs the one kind of damage that a killed process leaves in a TDB2 journal and that Jena 5.6
 * does not recover from: an entry cut short at the end of the journal. The journal writes an
 * entry's header and its data with two calls, so a kill between them leaves a header whose data is
 * missing, and opening the store then fails ("Failed to read the journal entry data"). An entry
 * cut short belongs to a commit that never finished: the commit's own entry is written after it
 * and synced before the commit returns. Dropping the cut entry from the end of the journal loses
 * nothing committed; Jena's recovery then discards the rest of the unfinished commit as it does
 * after any other crash. A journal of whole entries, or one whose store a live process holds
 * locked, is left as it is.
 */
public final class TornJournal {
    /** An entry's header: length of its data, checksum, entry type (4 bytes each) and component id. */
    static final int HEADER = 3 * Integer.BYTES + ComponentId.SIZE;
    /** The journal of each storage folder ({@code Data-0001} …), as Jena names it. */
    static final String JOURNAL = "journal.jrnl";

    private TornJournal() {}

    /**
     * @param store a TDB2 store folder
     * @return one line per journal cut back (which file, from what length to what length)
     */
    public static List<String> repair(Path store) {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(store) || lockedByLiveProcess(store.resolve(TdbLayout.LOCK))) return out;
        try {
            for (Path dir : TdbLayout.storageFolders(store)) {
                Path journal = dir.resolve(JOURNAL);
                if (Files.isRegularFile(journal) && !lockedByLiveProcess(dir.resolve(TdbLayout.LOCK))) {
                    String cut = cut(journal);
                    if (cut != null) out.add(cut);
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot check the journal of store " + store + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** @return what was cut, or null when the journal ends with a whole entry. */
    private static String cut(Path journal) throws IOException {
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long whole = wholeEntries(ch, size);
            if (whole == size) return null;
            ch.truncate(whole);
            ch.force(true);
            return journal.getParent().getFileName() + "/" + JOURNAL + ": an entry cut short by a crash ("
                    + (size - whole) + " bytes from byte " + whole + ") was dropped; it belonged to a commit that never finished";
        }
    }

    /** @return the length of the journal's leading whole entries. */
    static long wholeEntries(FileChannel ch, long size) throws IOException {
        ByteBuffer length = ByteBuffer.allocate(4);
        long pos = 0;
        while (pos < size) {
            if (size - pos < HEADER) return pos;
            length.clear();
            if (ch.read(length, pos) != 4) return pos;
            long end = pos + HEADER + Math.max(0, length.getInt(0));
            if (end > size) return pos;
            pos = end;
        }
        return pos;
    }

    /** @return true when the lock file names a process that is still running (or cannot be read). */
    private static boolean lockedByLiveProcess(Path lock) {
        try {
            if (!Files.isRegularFile(lock)) return false;
            String pid = Files.readString(lock, StandardCharsets.US_ASCII).strip();
            return !pid.isEmpty() && processAlive(pid, true);
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * @param pid      a process id as written in a file or folder name
     * @param notAPid  the answer when {@code pid} is not a number
     * @return true when that process is running
     */
    static boolean processAlive(String pid, boolean notAPid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return notAPid;
        }
    }
}
