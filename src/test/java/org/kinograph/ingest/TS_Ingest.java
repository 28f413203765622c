package org.kinograph.ingest;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Ingest's per-document limits. */
@Suite
@SelectClasses({TestIngesterLimits.class})
public class TS_Ingest {}
