package org.kinograph.fuzz;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** The fuzz targets in regression mode: each one over its committed inputs (seeds and past findings). */
@Suite
@SelectClasses({FuzzTargets.class, TestFuzzFindings.class})
public class TS_Fuzz {}
