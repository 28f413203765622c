package org.kinograph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinograph.store.StoreFixtures.IDS;
import static org.kinograph.store.StoreFixtures.QUAD;
import static org.kinograph.store.StoreFixtures.goneProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that a bulk load left uncommitted is emptied on open; any other store is left as it is. */
class TestBulkLoadMark {
    @TempDir
    Path tmp;

    @Test
    void theMarkIsThereOnlyWhileTheLoadRuns() {
        Path dir = tmp.resolve("store");
        AtomicBoolean markedDuringLoad = new AtomicBoolean();
        try (KinographStore s = KinographStore.open(dir, IDS)) {
            s.bulkLoad(() -> {
                markedDuringLoad.set(Files.exists(dir.resolve(BulkLoadMark.FILE)));
                Txn.executeWrite(s.dataset(), () -> s.dataset().asDatasetGraph().add(QUAD));
            });
        }
        assertThat(markedDuringLoad).isTrue();
        assertThat(dir.resolve(BulkLoadMark.FILE)).doesNotExist();
        assertThat(holdsQuad(dir)).isTrue();
    }

    @Test
    void aStoreMarkedByAnEndedProcessIsEmptiedAndTheFolderKeepsOtherFiles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("store"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThat(commitQuad(dir)).isTrue();
        Files.writeString(dir.resolve(BulkLoadMark.FILE), Long.toString(goneProcess()));
        assertThat(holdsQuad(dir)).isFalse();
        assertThat(dir.resolve(BulkLoadMark.FILE)).doesNotExist();
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
        assertThat(commitQuad(dir)).isTrue();
    }

    @Test
    void aStoreMarkedByARunningProcessIsLeftAlone() throws Exception {
        Path dir = tmp.resolve("store");
        commitQuad(dir);
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(dir.resolve(BulkLoadMark.FILE), Long.toString(running));
        assertThat(holdsQuad(dir)).isTrue();
        assertThat(dir.resolve(BulkLoadMark.FILE)).exists();
    }

    @Test
    void aLoadThatFailedInThisProcessIsDiscardedOnTheNextOpen() {
        Path dir = tmp.resolve("store");
        try (KinographStore s = KinographStore.open(dir, IDS)) {
            assertThatThrownBy(() -> s.bulkLoad(() -> {
                Txn.executeWrite(s.dataset(), () -> s.dataset().asDatasetGraph().add(QUAD));
                throw new IllegalStateException("load failed");
            })).hasMessage("load failed");
        }
        assertThat(dir.resolve(BulkLoadMark.FILE)).exists();
        assertThat(holdsQuad(dir)).isFalse();
    }

    /** Commits {@link StoreFixtures#QUAD} and tells whether a reopened store holds it. */
    private static boolean commitQuad(Path dir) {
        try (KinographStore s = KinographStore.open(dir, IDS)) {
            Txn.executeWrite(s.dataset(), () -> s.dataset().asDatasetGraph().add(QUAD));
        }
        return holdsQuad(dir);
    }

    private static boolean holdsQuad(Path dir) {
        try (KinographStore s = KinographStore.open(dir, IDS)) {
            return Txn.calculateRead(s.dataset(), () -> s.dataset().asDatasetGraph().contains(QUAD));
        }
    }
}
