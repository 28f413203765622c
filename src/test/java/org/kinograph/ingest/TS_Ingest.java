package org.kinograph.ingest;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Parallel mapping and the bulk path of ingest. */
@Suite
@SelectClasses({TestOrderedParallel.class, TestBulkIngest.class})
public class TS_Ingest {}
