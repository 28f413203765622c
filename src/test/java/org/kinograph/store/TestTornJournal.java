package org.kinograph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinograph.store.StoreFixtures.IDS;
import static org.kinograph.store.StoreFixtures.QUAD;
import static org.kinograph.store.StoreFixtures.goneProcess;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store whose journal a killed process left with an entry cut short opens, with what was committed. */
class TestTornJournal {
    @TempDir
    Path tmp;

    @Test
    void anEntryCutShortIsDroppedAndTheCommittedDataStays() throws Exception {
        Path store = crashedStore(tmp.resolve("store"));
        Path jenaAlone = tmp.resolve("jena-alone");
        PathUtils.copyDirectory(store, jenaAlone);
        assertThatThrownBy(() -> DatabaseMgr.connectDatasetGraph(Location.create(jenaAlone)))
                .as("Jena alone cannot open it").hasStackTraceContaining("journal");

        try (KinographStore s = KinographStore.open(store, IDS)) {
            DatasetGraph dsg = s.dataset().asDatasetGraph();
            assertThat(Txn.calculateRead(dsg, () -> dsg.contains(QUAD))).isTrue();
        }
        assertThat(Files.size(journal(store))).isZero();
    }

    @Test
    void wholeEntriesAreKeptAndOnlyTheCutOneGoes() throws IOException {
        Path f = tmp.resolve("j");
        ByteBuffer whole = entry(5, 5);
        ByteBuffer cut = entry(24, 3);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            ch.write(whole);
            long wholeSize = ch.size();
            assertThat(TornJournal.wholeEntries(ch, ch.size())).isEqualTo(wholeSize);
            ch.write(cut);
            assertThat(TornJournal.wholeEntries(ch, ch.size())).isEqualTo(wholeSize);
            ch.write(ByteBuffer.allocate(7));
            assertThat(TornJournal.wholeEntries(ch, ch.size())).as("header cut short").isEqualTo(wholeSize);
        }
    }

    @Test
    void aStoreLockedByALiveProcessIsLeftAlone() throws Exception {
        Path store = crashedStore(tmp.resolve("live"));
        long size = Files.size(journal(store));
        String live = Long.toString(ProcessHandle.current().pid());
        try (Stream<Path> locks = Files.walk(store)) {
            for (Path lock : locks.filter(p -> p.getFileName().toString().equals("tdb.lock")).toList()) {
                Files.writeString(lock, live);
            }
        }
        assertThat(TornJournal.repair(store)).isEmpty();
        assertThat(Files.size(journal(store))).isEqualTo(size);
    }

    /** @return a store with one committed quad, then an entry cut short, locked by a process that is gone. */
    private static Path crashedStore(Path dir) throws Exception {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        Txn.executeWrite(dsg, () -> dsg.add(QUAD));
        TDBInternal.expel(dsg);
        try (FileChannel ch = FileChannel.open(journal(dir), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(entry(24, 0));
        }
        String gone = Long.toString(goneProcess());
        try (Stream<Path> locks = Files.walk(dir)) {
            for (Path lock : locks.filter(p -> p.getFileName().toString().equals("tdb.lock")).toList()) {
                Files.writeString(lock, gone);
            }
        }
        return dir;
    }

    /** @return a journal entry's header announcing {@code length} bytes, followed by {@code written} of them. */
    private static ByteBuffer entry(int length, int written) {
        ByteBuffer b = ByteBuffer.allocate(TornJournal.HEADER + written);
        b.putInt(length).putInt(0).putInt(1);
        return b.rewind();
    }

    private static Path journal(Path store) {
        return store.resolve("Data-0001").resolve(TornJournal.JOURNAL);
    }
}
