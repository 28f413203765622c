package org.kinograph.source;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Tests of reading and finding source files. */
@Suite
@SelectClasses({TestSourceReader.class, TestSourceWalker.class})
public class TS_Source {}
