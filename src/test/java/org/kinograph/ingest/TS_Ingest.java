package org.kinograph.ingest;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Ingest: parallel mapping, the bulk path, and the per-document limits. */
@Suite
@SelectClasses({TestOrderedParallel.class, TestBulkIngest.class, TestIngesterLimits.class})
public class TS_Ingest {}
