package org.kinograph.store;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Store tests on real TDB2 folders. */
@Suite
@SelectClasses({TestKinographStore.class, TestValidation.class, TestNodeCaches.class, TestTornJournal.class, TestStoreCreation.class,
        TestBulkLoadMark.class})
public class TS_Store {}
