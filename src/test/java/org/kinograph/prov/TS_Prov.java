package org.kinograph.prov;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Provenance tests. */
@Suite
@SelectClasses({TestProvenance.class})
public class TS_Prov {}
