package org.kinograph.vocab;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Tests of IRI minting. */
@Suite
@SelectClasses({TestIds.class, TestOntology.class})
public class TS_Vocab {}
