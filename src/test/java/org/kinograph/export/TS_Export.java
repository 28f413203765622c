package org.kinograph.export;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Export tests: round trips through Jena and through independent parsers. */
@Suite
@SelectClasses({TestExport.class, TestIndependentParsers.class})
public class TS_Export {}
