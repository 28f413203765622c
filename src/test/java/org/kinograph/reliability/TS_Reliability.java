package org.kinograph.reliability;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * Reliability: the generated corpus, long input, hostile files, crash safety, the server under load. The slow ones
 * (hostile corpus, crash trials) run ingest in processes of their own; see README.
 */
@Suite
@SelectClasses({TestCorpusGenerator.class, TestDocumentSlices.class, TestLongInput.class, TestHostileCorpus.class,
    TestCrashSafety.class, TestServerUnderLoad.class})
public class TS_Reliability {}
