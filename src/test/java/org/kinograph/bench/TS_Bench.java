package org.kinograph.bench;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** The benchmark harness: percentiles, and the whole bench at a small N so that it cannot rot. */
@Suite
@SelectClasses({TestNQuadsText.class, TestQueryLoad.class, TestSubprocess.class, TestBench.class})
public class TS_Bench {}
