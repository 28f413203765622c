package org.kinograph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinograph.store.StoreFixtures.IDS;
import static org.kinograph.store.StoreFixtures.QUAD;
import static org.kinograph.store.StoreFixtures.goneProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new store is made whole beside its folder and moved into place; what a killed creation left is cleared. */
class TestStoreCreation {
    @TempDir
    Path tmp;

    @Test
    void aNewStoreIsCreatedWithNothingLeftBesideIt() throws Exception {
        Path dir = tmp.resolve("a").resolve("store");
        writeAndReopen(dir);
        assertThat(KinographStore.exists(dir)).isTrue();
        assertThat(siblings(dir)).containsExactly("store");
    }

    @Test
    void whatAKilledCreationLeftIsRemoved() throws Exception {
        Path dir = tmp.resolve("store");
        Path left = tmp.resolve(".store" + KinographStore.CREATING + goneProcess());
        Files.createDirectories(left.resolve("Data-0001"));
        Files.writeString(left.resolve("Data-0001").resolve("GSPO.bpt"), "half made");
        writeAndReopen(dir);
        assertThat(siblings(dir)).containsExactly("store");
    }

    @Test
    void anEmptyFolderBecomesTheStore() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("store"));
        writeAndReopen(dir);
        assertThat(KinographStore.exists(dir)).isTrue();
    }

    @Test
    void aFolderWithOtherFilesGetsTheStoreBesideThem() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("store"));
        Files.writeString(dir.resolve("notes.txt"), "mine");
        writeAndReopen(dir);
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
        assertThat(KinographStore.exists(dir)).isTrue();
    }

    private static void writeAndReopen(Path dir) {
        try (KinographStore s = KinographStore.open(dir, IDS)) {
            Txn.executeWrite(s.dataset(), () -> s.dataset().asDatasetGraph().add(QUAD));
        }
        try (KinographStore s = KinographStore.open(dir, IDS)) {
            assertThat(Txn.calculateRead(s.dataset(), () -> s.dataset().asDatasetGraph().contains(QUAD))).isTrue();
        }
    }

    private static java.util.List<String> siblings(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir.getParent())) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
