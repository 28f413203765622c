package org.kinograph.resolve;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/** Entity resolution: normaliser, matcher, the resolution stage over real stores, conflicts, explain. */
@Suite
@SelectClasses({TestMention.class, TestRewriter.class, TestPlanner.class, TestConflicts.class, TestNormaliser.class, TestMentionMatcher.class, TestSeedResolution.class, TestResolutionOrder.class, TestReresolution.class, TestStoreResolver.class, TestConflictsAndExplain.class})
public class TS_Resolve {}
