package org.kinograph.link;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Link discovery: normalisation, similarities, matching, the benchmark, targets, the link command. */
@Suite
@SelectClasses({TestNormaliser.class, TestSimilarity.class, TestFeatureScorer.class, TestAssignment.class,
    TestBlocking.class, TestMatcher.class, TestLinkEval.class, TestTargetProfile.class, TestTargetReader.class,
    TestDirectEvidence.class, TestSparqlEndpoint.class, TestLinkCommand.class, TestBlockingScale.class})
public class TS_Link {}
